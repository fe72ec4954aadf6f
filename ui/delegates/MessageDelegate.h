#pragma once

#include "delegates/MessageLayout.h"

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>
#include <QUrl>

namespace confab::ui {

// Paints timeline rows (TimelineModel, MessageListModel): day separator, header (avatar, name,
// time), the Markdown body with "(edited)", a star, reaction chips, the replies link, "Seen by"
// and the delivery state (pending: dimmed, "Sending…"; failed: "Not sent", Retry, Discard).
//
// Clicks are hit-tested against the same MessageLayout that sized and painted the row and come
// out as signals; the view's owner acts on them. Layouts are cached (see MessageLayout), so
// sizeHint() is cheap after a row's first layout.
//
// For a smooth 100k-row timeline the view should use QListView::ScrollPerPixel,
// setResizeMode(Adjust), setLayoutMode(Batched) and enable mouse tracking (hover time).
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit MessageDelegate(QObject *parent = nullptr);
    ~MessageDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // Drops every cached layout (after a font or style change the cache notices by itself; a
    // language change of the view it is installed on clears it too).
    void clearCache();

    // The row the view's owner considers hovered. Once set, it replaces the view's own hover
    // state, which lingers after the mouse leaves through a popup or the rows scroll away
    // under a still mouse; an invalid index means no row is hovered.
    void setHoveredIndex(const QModelIndex &index);
    QModelIndex hoveredIndex() const { return m_hovered; }
    // Where the message of `index` starts in its row, below the introduction and day band.
    int messageTop(const QAbstractItemView *view, const QModelIndex &index) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

public:
    // Links a click may open: http, https and mailto only.
    static bool isOpenableLink(const QUrl &url);

Q_SIGNALS:
    void reactionToggled(const QModelIndex &index, const QString &emoji);
    void threadRequested(const QModelIndex &index);
    void retryRequested(const QString &mobileRef);
    void discardRequested(const QString &mobileRef);
    // Every clicked Markdown link, whether or not it was opened.
    void linkActivated(const QUrl &url);

private:
    struct Hit
    {
        enum class Kind { None, Chip, Replies, Retry, Discard, Link, Time, Status };
        Kind kind = Kind::None;
        qsizetype chip = -1;
        QString anchor;
    };

    int layoutWidth(const QStyleOptionViewItem &option) const;
    bool isHovered(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    Hit hitTest(const MessageRow &row, const MessageGeometry &geometry, const QPoint &position,
                const QFont &font) const;
    void activate(const Hit &hit, const MessageRow &row, const MessageGeometry &geometry,
                  const QModelIndex &index);
    QString toolTip(const Hit &hit, const MessageRow &row, const MessageGeometry &geometry) const;

    mutable MessageLayout m_layout; // a cache: sizeHint() and paint() are const
    QPersistentModelIndex m_hovered;
    bool m_tracksHover = false;
};

} // namespace confab::ui
