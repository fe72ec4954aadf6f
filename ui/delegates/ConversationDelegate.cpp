#include "delegates/ConversationDelegate.h"
#include "TimeFormat.h"

#include "client/ClientState.h"
#include "delegates/AvatarPainter.h"
#include "models/MessageData.h"
#include "models/ModelRoles.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace confab::ui {

namespace {

constexpr int kMinRowHeight = 64;
constexpr int kPadding = 10;
constexpr int kAvatarSize = 44;
constexpr int kGlyphSize = 12;

struct Colors
{
    QColor text;
    QColor secondary;
    QColor background;
};

Colors colorsFor(const QStyleOptionViewItem &option)
{
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette &palette = option.palette;
    Colors colors;
    colors.text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    colors.secondary = selected ? colors.text : palette.color(QPalette::PlaceholderText);
    if (selected)
        colors.secondary.setAlphaF(0.8f);
    colors.background = palette.color(selected ? QPalette::Highlight : QPalette::Base);
    return colors;
}

// A push pin, drawn so no icon file or emoji font is needed.
void paintPin(QPainter *painter, const QRectF &box, const QColor &color)
{
    painter->save();
    painter->translate(box.center());
    painter->rotate(45);
    const qreal s = box.width() / 2;
    painter->setPen(QPen(color, qMax(1.0, s * 0.22), Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(QPointF(0, s * 0.1), QPointF(0, s));
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(QRectF(-s * 0.45, -s, s * 0.9, s * 0.75), s * 0.2, s * 0.2);
    painter->drawRect(QRectF(-s * 0.75, -s * 0.3, s * 1.5, s * 0.35));
    painter->restore();
}

// A speaker with a slash through it.
void paintMuted(QPainter *painter, const QRectF &box, const QColor &color)
{
    painter->save();
    const qreal w = box.width();
    QPainterPath speaker;
    speaker.moveTo(box.left(), box.top() + w * 0.35);
    speaker.lineTo(box.left() + w * 0.25, box.top() + w * 0.35);
    speaker.lineTo(box.left() + w * 0.55, box.top() + w * 0.1);
    speaker.lineTo(box.left() + w * 0.55, box.top() + w * 0.9);
    speaker.lineTo(box.left() + w * 0.25, box.top() + w * 0.65);
    speaker.lineTo(box.left(), box.top() + w * 0.65);
    speaker.closeSubpath();
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPath(speaker);
    painter->setPen(QPen(color, qMax(1.0, w * 0.1), Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(QPointF(box.left() + w * 0.1, box.top() + w * 0.05),
                      QPointF(box.right(), box.bottom() - w * 0.05));
    painter->restore();
}

// Returns the badge's width so the preview can end before it.
int paintBadge(QPainter *painter, const QStyleOptionViewItem &option, const QRect &line,
               qint64 unread, bool muted)
{
    QFont font = option.font;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetrics metrics(font);
    const QString text = ConversationDelegate::badgeText(unread);
    const int height = metrics.height() + 2;
    const int width = qMax(height, metrics.horizontalAdvance(text) + height / 2 + 2);
    const QRect badge(line.right() - width + 1, line.center().y() - height / 2, width, height);

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette &palette = option.palette;
    QColor fill =
        muted ? palette.color(QPalette::PlaceholderText) : palette.color(QPalette::Highlight);
    QColor ink = muted ? palette.color(QPalette::Base) : palette.color(QPalette::HighlightedText);
    if (selected) {
        // On the selection colour the badge inverts, so it never disappears into the row.
        fill = palette.color(QPalette::HighlightedText);
        ink = palette.color(QPalette::Highlight);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setFont(font);
    painter->setPen(ink);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
    return width;
}

} // namespace

ConversationDelegate::ConversationDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

ConversationDelegate::~ConversationDelegate() = default;

QString ConversationDelegate::timeText(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    const QDateTime local = messagedata::localTime(time);
    const QDate day = local.date();
    const QDate today = messagedata::localTime(now).date();
    const QLocale locale;
    if (day == today)
        return timeformat::timeOfDay(local.time());
    const qint64 daysAgo = day.daysTo(today);
    if (daysAgo > 0 && daysAgo <= 6)
        return locale.dayName(day.dayOfWeek(), QLocale::ShortFormat);
    return locale.toString(day, QLocale::ShortFormat);
}

QString ConversationDelegate::badgeText(qint64 unread)
{
    return unread > 99 ? tr("99+", "unread badge over 99") : QLocale().toString(unread);
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int lines = option.fontMetrics.height() * 2 + 6;
    return {qMax(option.rect.width(), 200), qMax(kMinRowHeight, lines + 2 * kPadding)};
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    // Selection, hover and focus come from the style, without its own text and icon.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = {};
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const Colors colors = colorsFor(option);
    const qint64 unread = index.data(UnreadRole).toLongLong();
    const bool muted = index.data(MutedRole).toBool();
    const bool pinned = index.data(PinnedRole).toBool();
    const bool direct = index.data(KindRole).toInt() == int(model::Conversation::Kind::Direct);

    painter->save();
    if (index.data(ArchivedRole).toBool())
        painter->setOpacity(0.55);
    const QRect rect = option.rect.adjusted(kPadding, 0, -kPadding, 0);
    const QRect avatar(rect.left(), rect.center().y() - kAvatarSize / 2, kAvatarSize, kAvatarSize);
    AvatarPainter::paint(painter, avatar, index.data(InitialsRole).toString(),
                         index.data(AvatarSeedRole).toLongLong(),
                         client::Availability(index.data(PresenceRole).toInt()), direct,
                         colors.background);

    QFont nameFont = option.font;
    nameFont.setBold(unread > 0);
    const QFontMetrics nameMetrics(nameFont);
    const int lineHeight = qMax(nameMetrics.height(), option.fontMetrics.height());
    const int textLeft = avatar.right() + 1 + kPadding;
    const int top = rect.center().y() - lineHeight - 1;
    QRect firstLine(textLeft, top, rect.right() - textLeft + 1, lineHeight);
    QRect secondLine = firstLine.translated(0, lineHeight + 3);

    // First line, right to left: time, pin; then the name and the muted mark.
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics smallMetrics(small);
    const QString time = timeText(index.data(LastActivityRole).toDateTime());
    const int timeWidth = smallMetrics.horizontalAdvance(time);
    painter->setFont(small);
    painter->setPen(colors.secondary);
    painter->drawText(firstLine, Qt::AlignRight | Qt::AlignVCenter, time);
    int nameRight = firstLine.right() - timeWidth - 6;
    if (pinned) {
        const QRectF pin(nameRight - kGlyphSize, firstLine.center().y() - kGlyphSize / 2.0,
                         kGlyphSize, kGlyphSize);
        paintPin(painter, pin, colors.secondary);
        nameRight -= kGlyphSize + 6;
    }
    const int mutedSpace = muted ? kGlyphSize + 6 : 0;
    const QString name = nameMetrics.elidedText(index.data(NameRole).toString(), Qt::ElideRight,
                                                nameRight - textLeft - mutedSpace);
    painter->setFont(nameFont);
    painter->setPen(colors.text);
    painter->drawText(firstLine, Qt::AlignLeft | Qt::AlignVCenter, name);
    if (muted) {
        const int x = textLeft + nameMetrics.horizontalAdvance(name) + 6;
        paintMuted(painter,
                   QRectF(x, firstLine.center().y() - kGlyphSize / 2.0, kGlyphSize, kGlyphSize),
                   colors.secondary);
    }

    // Second line: the preview, and the unread badge at its right.
    if (unread > 0)
        secondLine.setRight(secondLine.right() -
                            paintBadge(painter, option, secondLine, unread, muted) - 6);
    painter->setFont(option.font);
    painter->setPen(colors.secondary);
    const QString preview = option.fontMetrics.elidedText(index.data(PreviewRole).toString(),
                                                          Qt::ElideRight, secondLine.width());
    painter->drawText(secondLine, Qt::AlignLeft | Qt::AlignVCenter, preview);
    painter->restore();
}

} // namespace confab::ui
