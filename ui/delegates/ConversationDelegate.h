#pragma once

#include <QDateTime>
#include <QRect>
#include <QStyledItemDelegate>

namespace confab::ui {

// A sidebar row of a ConversationListModel (through its proxy): avatar with presence for
// direct conversations, name (bold when unread), a one-line preview, the time of the last
// activity, an unread badge, and pin and mute marks. Colours come from the palette, so dark
// themes work; geometry is in logical pixels, so high-DPI screens do too. The selection is solid
// while the view has the keyboard and a subdued tint otherwise; the current row gets a focus
// ring while the view has the keyboard.
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ConversationDelegate(QObject *parent = nullptr);
    ~ConversationDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Today: the short time; the six days before: the weekday's short name; else a short date.
    static QString timeText(const QDateTime &time,
                            const QDateTime &now = QDateTime::currentDateTime());
    // The badge's text: the count, capped at "99+".
    static QString badgeText(qint64 unread);

    // Where a row's parts go. The time and the unread badge get their full width first; the
    // name and the preview take what is left and are elided, so a narrow list cuts text but
    // never the time.
    struct RowLayout
    {
        QRect avatar;
        QRect name; // the name, then the muted mark
        QRect pin;  // empty unless pinned
        QRect time;
        QRect preview;
        QRect badge; // empty without unread messages
        QString timeText;
    };
    static RowLayout layoutRow(const QStyleOptionViewItem &option, const QModelIndex &index);

    // Whether a row shows the solid selection colour: selected, and its view has the keyboard
    // focus (without a view: the option's State_HasFocus).
    static bool showsActiveSelection(const QStyleOptionViewItem &option);

private:
    void paintBackground(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const;
};

} // namespace confab::ui
