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

// A tint of the selection colour: it marks the open conversation while the keys are elsewhere
// without competing with where the user types.
QColor inactiveSelectionColor(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor mark = palette.color(QPalette::Highlight);
    constexpr float share = 0.22f;
    return QColor::fromRgbF(base.redF() + (mark.redF() - base.redF()) * share,
                            base.greenF() + (mark.greenF() - base.greenF()) * share,
                            base.blueF() + (mark.blueF() - base.blueF()) * share);
}

Colors colorsFor(const QStyleOptionViewItem &option)
{
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool active = ConversationDelegate::showsActiveSelection(option);
    const QPalette &palette = option.palette;
    Colors colors;
    colors.text = palette.color(active ? QPalette::HighlightedText : QPalette::Text);
    colors.secondary = active ? colors.text : palette.color(QPalette::PlaceholderText);
    if (active)
        colors.secondary.setAlphaF(0.8f);
    colors.background = active     ? palette.color(QPalette::Highlight)
                        : selected ? inactiveSelectionColor(palette)
                                   : palette.color(QPalette::Base);
    return colors;
}

QFont smallFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    return small;
}

QFont badgeFont(const QFont &font)
{
    QFont badge = smallFont(font);
    badge.setBold(true);
    return badge;
}

QSize badgeSize(const QFont &font, qint64 unread)
{
    const QFontMetrics metrics(badgeFont(font));
    const int height = metrics.height() + 2;
    const int width =
        qMax(height,
             metrics.horizontalAdvance(ConversationDelegate::badgeText(unread)) + height / 2 + 2);
    return {width, height};
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

void paintBadge(QPainter *painter, const QStyleOptionViewItem &option, const QRect &badge,
                qint64 unread, bool muted)
{
    const QPalette &palette = option.palette;
    QColor fill =
        muted ? palette.color(QPalette::PlaceholderText) : palette.color(QPalette::Highlight);
    QColor ink = muted ? palette.color(QPalette::Base) : palette.color(QPalette::HighlightedText);
    if (ConversationDelegate::showsActiveSelection(option)) {
        // On the selection colour the badge inverts, so it never disappears into the row.
        fill = palette.color(QPalette::HighlightedText);
        ink = palette.color(QPalette::Highlight);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
    painter->setFont(badgeFont(option.font));
    painter->setPen(ink);
    painter->drawText(badge, Qt::AlignCenter, ConversationDelegate::badgeText(unread));
    painter->restore();
}

// Where the keyboard is in the list. Drawn here because styles such as Fusion show their own
// focus frame only after a Tab press, so arrowing through the list would show nothing.
void paintFocusRing(QPainter *painter, const QStyleOptionViewItem &option)
{
    const QColor color = option.palette.color(ConversationDelegate::showsActiveSelection(option)
                                                  ? QPalette::HighlightedText
                                                  : QPalette::Highlight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color, 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(option.rect).adjusted(2, 2, -2, -2), 4, 4);
    painter->restore();
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
    // The narrowest useful row, not the view's width: a row wider than the viewport makes the
    // list scroll sideways, and a list view stretches its rows to the viewport anyway.
    return {kAvatarSize + 2 * kPadding, qMax(kMinRowHeight, lines + 2 * kPadding)};
}

bool ConversationDelegate::showsActiveSelection(const QStyleOptionViewItem &option)
{
    if (!option.state.testFlag(QStyle::State_Selected))
        return false;
    // The view's own focus: State_HasFocus marks only the current row, which need not be the
    // selected one.
    return option.widget ? option.widget->hasFocus()
                         : option.state.testFlag(QStyle::State_HasFocus);
}

ConversationDelegate::RowLayout ConversationDelegate::layoutRow(const QStyleOptionViewItem &option,
                                                                const QModelIndex &index)
{
    RowLayout layout;
    const QRect rect = option.rect.adjusted(kPadding, 0, -kPadding, 0);
    layout.avatar =
        QRect(rect.left(), rect.center().y() - kAvatarSize / 2, kAvatarSize, kAvatarSize);

    QFont nameFont = option.font;
    nameFont.setBold(index.data(UnreadRole).toLongLong() > 0);
    const int lineHeight = qMax(QFontMetrics(nameFont).height(), option.fontMetrics.height());
    const int textLeft = layout.avatar.right() + 1 + kPadding;
    const int top = rect.center().y() - lineHeight - 1;
    const QRect firstLine(textLeft, top, qMax(0, rect.right() - textLeft + 1), lineHeight);
    const QRect secondLine = firstLine.translated(0, lineHeight + 3);

    // First line, right to left: the time at its full width, the pin, then the name in the rest.
    layout.timeText = timeText(index.data(LastActivityRole).toDateTime());
    const int timeWidth = QFontMetrics(smallFont(option.font)).horizontalAdvance(layout.timeText);
    layout.time = QRect(rect.right() - timeWidth + 1, firstLine.top(), timeWidth, lineHeight);
    int nameRight = layout.time.left() - 6;
    if (index.data(PinnedRole).toBool()) {
        layout.pin = QRect(nameRight - kGlyphSize + 1, firstLine.center().y() - kGlyphSize / 2,
                           kGlyphSize, kGlyphSize);
        nameRight = layout.pin.left() - 6;
    }
    layout.name = QRect(textLeft, firstLine.top(), qMax(0, nameRight - textLeft + 1), lineHeight);

    // Second line: the unread badge at its full width on the right, the preview in the rest.
    int previewRight = secondLine.right();
    const qint64 unread = index.data(UnreadRole).toLongLong();
    if (unread > 0) {
        const QSize badge = badgeSize(option.font, unread);
        layout.badge = QRect(
            QPoint(rect.right() - badge.width() + 1, secondLine.center().y() - badge.height() / 2),
            badge);
        previewRight = layout.badge.left() - 6;
    }
    layout.preview =
        QRect(textLeft, secondLine.top(), qMax(0, previewRight - textLeft + 1), lineHeight);
    return layout;
}

void ConversationDelegate::paintBackground(QPainter *painter, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    // Hover and an active selection come from the style, without its own text and icon.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = {};
    background.showDecorationSelected = true; // the whole row is the item, whatever the style
    background.state.setFlag(QStyle::State_HasFocus, false); // paintFocusRing() shows it
    if (option.state.testFlag(QStyle::State_Selected) && !showsActiveSelection(option)) {
        background.state.setFlag(QStyle::State_Selected, false);
        painter->fillRect(option.rect, inactiveSelectionColor(option.palette));
    }
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    paintBackground(painter, option, index);
    const RowLayout layout = layoutRow(option, index);
    const Colors colors = colorsFor(option);
    const qint64 unread = index.data(UnreadRole).toLongLong();
    const bool muted = index.data(MutedRole).toBool();
    const bool direct = index.data(KindRole).toInt() == int(model::Conversation::Kind::Direct);

    painter->save();
    if (index.data(ArchivedRole).toBool())
        painter->setOpacity(0.55);
    AvatarPainter::paint(painter, layout.avatar, index.data(InitialsRole).toString(),
                         index.data(AvatarSeedRole).toLongLong(),
                         client::Availability(index.data(PresenceRole).toInt()), direct,
                         colors.background);

    painter->setFont(smallFont(option.font));
    painter->setPen(colors.secondary);
    painter->drawText(layout.time, Qt::AlignRight | Qt::AlignVCenter, layout.timeText);
    if (!layout.pin.isEmpty())
        paintPin(painter, layout.pin, colors.secondary);

    QFont nameFont = option.font;
    nameFont.setBold(unread > 0);
    const QFontMetrics nameMetrics(nameFont);
    const int mutedSpace = muted ? kGlyphSize + 6 : 0;
    const QString name = nameMetrics.elidedText(index.data(NameRole).toString(), Qt::ElideRight,
                                                qMax(0, layout.name.width() - mutedSpace));
    painter->setFont(nameFont);
    painter->setPen(colors.text);
    painter->drawText(layout.name, Qt::AlignLeft | Qt::AlignVCenter, name);
    if (muted) {
        const int x = layout.name.left() + nameMetrics.horizontalAdvance(name) + 6;
        paintMuted(painter,
                   QRectF(x, layout.name.center().y() - kGlyphSize / 2.0, kGlyphSize, kGlyphSize),
                   colors.secondary);
    }

    if (unread > 0)
        paintBadge(painter, option, layout.badge, unread, muted);
    painter->setFont(option.font);
    painter->setPen(colors.secondary);
    const QString preview = option.fontMetrics.elidedText(index.data(PreviewRole).toString(),
                                                          Qt::ElideRight, layout.preview.width());
    painter->drawText(layout.preview, Qt::AlignLeft | Qt::AlignVCenter, preview);
    painter->restore();

    if (option.state.testFlag(QStyle::State_HasFocus))
        paintFocusRing(painter, option);
}

} // namespace confab::ui
