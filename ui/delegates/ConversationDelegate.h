#pragma once

#include <QDateTime>
#include <QStyledItemDelegate>

namespace confab::ui {

// A sidebar row of a ConversationListModel (through its proxy): avatar with presence for
// direct conversations, name (bold when unread), a one-line preview, the time of the last
// activity, an unread badge, and pin and mute marks. Colours come from the palette, so dark
// themes work; geometry is in logical pixels, so high-DPI screens do too.
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
};

} // namespace confab::ui
