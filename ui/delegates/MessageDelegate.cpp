#include "delegates/MessageDelegate.h"

#include "delegates/AvatarPainter.h"
#include "models/MessageData.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDesktopServices>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QtMath>

namespace confab::ui {

using client::Delivery;

namespace {

constexpr int kHitSlop = 3; // links are small; forgive a near miss

struct Colors
{
    QColor text;
    QColor secondary;
    QColor link;
    QColor error;
    QColor accent;
    QColor chip;
    QColor chipBorder;
};

Colors colorsFor(const QStyleOptionViewItem &option)
{
    const QPalette &palette = option.palette;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    Colors colors;
    colors.text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    colors.secondary = selected ? colors.text : palette.color(QPalette::PlaceholderText);
    colors.link = selected ? colors.text : palette.color(QPalette::Link);
    colors.error = QColor(0xe5, 0x48, 0x4d); // readable on light and dark bases alike
    colors.accent = palette.color(QPalette::Highlight);
    colors.chip = palette.color(QPalette::AlternateBase);
    colors.chipBorder = palette.color(QPalette::Mid);
    return colors;
}

void paintDaySeparator(QPainter *painter, const QRect &band, const QString &text, const QFont &font,
                       const QColor &color)
{
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const int textWidth = metrics.horizontalAdvance(text) + 24;
    const int y = band.center().y();
    painter->setPen(QPen(color, 1));
    const int left = band.left() + 12;
    const int right = band.right() - 12;
    const int textLeft = band.center().x() - textWidth / 2;
    if (textLeft > left)
        painter->drawLine(left, y, textLeft, y);
    if (textLeft + textWidth < right)
        painter->drawLine(textLeft + textWidth, y, right, y);
    painter->drawText(band, Qt::AlignCenter, text);
}

void paintStar(QPainter *painter, const QRectF &box, const QColor &color)
{
    QPainterPath star;
    const QPointF center = box.center();
    const qreal outer = box.width() / 2;
    const qreal inner = outer * 0.45;
    for (int i = 0; i < 10; ++i) {
        const qreal radius = i % 2 == 0 ? outer : inner;
        const qreal angle = qDegreesToRadians(-90.0 + i * 36.0);
        const QPointF point(center.x() + radius * qCos(angle), center.y() + radius * qSin(angle));
        if (i == 0)
            star.moveTo(point);
        else
            star.lineTo(point);
    }
    star.closeSubpath();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPath(star);
    painter->restore();
}

void paintClock(QPainter *painter, const QRectF &box, const QColor &color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal pen = qMax(1.0, box.width() / 10);
    painter->setPen(QPen(color, pen, Qt::SolidLine, Qt::RoundCap));
    painter->setBrush(Qt::NoBrush);
    const QRectF face = box.adjusted(pen, pen, -pen, -pen);
    painter->drawEllipse(face);
    const QPointF center = face.center();
    painter->drawLine(center, QPointF(center.x(), face.top() + face.height() * 0.22));
    painter->drawLine(center, QPointF(face.right() - face.width() * 0.25, center.y()));
    painter->restore();
}

void paintChip(QPainter *painter, const MessageGeometry::Chip &chip, const Colors &colors)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = chip.mine ? colors.accent : colors.chip;
    if (chip.mine)
        fill.setAlphaF(0.22f);
    painter->setPen(QPen(chip.mine ? colors.accent : colors.chipBorder, 1));
    painter->setBrush(fill);
    const qreal radius = chip.rect.height() / 2.0;
    painter->drawRoundedRect(QRectF(chip.rect).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->setPen(colors.text);
    painter->drawText(chip.rect, Qt::AlignCenter, chip.label);
    painter->restore();
}

void paintLink(QPainter *painter, const QRect &rect, const QString &text, const QFont &font,
               const QColor &color)
{
    QFont underlined = font;
    underlined.setUnderline(true);
    painter->setFont(underlined);
    painter->setPen(color);
    painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, text);
}

bool hits(const QRect &rect, const QPoint &position)
{
    return rect.isValid() &&
           rect.adjusted(-kHitSlop, -kHitSlop, kHitSlop, kHitSlop).contains(position);
}

} // namespace

MessageDelegate::MessageDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
    // Cached layouts hold translated texts ("edited", "3 replies", dates in the UI language).
    if (parent)
        parent->installEventFilter(this);
}

bool MessageDelegate::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        clearCache();
        if (auto *view = qobject_cast<QAbstractItemView *>(watched)) {
            view->doItemsLayout(); // asks every row's size again
            view->viewport()->update();
        }
    }
    // The view is not an editor: the base class's editor handling (focus out commits and
    // closes) must not see its events.
    if (watched == parent())
        return false;
    return QStyledItemDelegate::eventFilter(watched, event);
}

MessageDelegate::~MessageDelegate() = default;

void MessageDelegate::clearCache()
{
    m_layout.clear();
}

void MessageDelegate::setHoveredIndex(const QModelIndex &index)
{
    m_tracksHover = true;
    m_hovered = index;
}

int MessageDelegate::messageTop(const QAbstractItemView *view, const QModelIndex &index) const
{
    return m_layout.geometry(MessageRow::read(index), view->font(), view->viewport()->width()).top;
}

bool MessageDelegate::isHovered(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (m_tracksHover)
        return m_hovered.isValid() && m_hovered == index;
    return option.state.testFlag(QStyle::State_MouseOver);
}

bool MessageDelegate::isOpenableLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http" || scheme == u"https" || scheme == u"mailto");
}

// Rows are as wide as the viewport: QListView asks for size hints with an empty rect.
int MessageDelegate::layoutWidth(const QStyleOptionViewItem &option) const
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width() > 0 ? option.rect.width() : 400;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = layoutWidth(option);
    return {width, m_layout.geometry(MessageRow::read(index), option.font, width).height};
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const MessageRow row = MessageRow::read(index);
    const int width = layoutWidth(option);
    const MessageGeometry g = m_layout.geometry(row, option.font, width);
    const Colors colors = colorsFor(option);
    const QFont small = MessageLayout::smallFont(option.font);
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();

    painter->save();
    // Hover and selection cover the message, not its introduction or day separator.
    QStyleOptionViewItem panel = option;
    panel.rect.setTop(option.rect.top() + g.top);
    panel.state.setFlag(QStyle::State_MouseOver, isHovered(option, index));
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &panel, painter, option.widget);

    painter->translate(option.rect.topLeft());
    painter->setClipRect(QRect(0, 0, option.rect.width(), option.rect.height()));
    if (!row.intro.isEmpty()) {
        painter->setFont(MessageLayout::introFont(option.font));
        painter->setPen(option.palette.color(QPalette::Text));
        painter->drawText(g.intro, Qt::AlignLeft | Qt::TextWordWrap, row.intro);
    }
    if (row.day.isValid())
        paintDaySeparator(painter, g.day, MessageLayout::dayText(row.day), small, colors.secondary);
    if (row.delivery == Delivery::Pending)
        painter->setOpacity(0.6);

    if (row.showHeader) {
        AvatarPainter::paint(painter, g.avatar, AvatarPainter::initials(row.senderName),
                             row.senderId, client::Availability::Offline, false);
        const QFont name = MessageLayout::nameFont(option.font);
        painter->setFont(name);
        painter->setPen(colors.text);
        painter->drawText(
            g.name, Qt::AlignLeft | Qt::AlignTop,
            QFontMetrics(name).elidedText(row.senderName, Qt::ElideRight, g.name.width()));
        painter->setFont(small);
        painter->setPen(colors.secondary);
        painter->drawText(g.time, Qt::AlignLeft | Qt::AlignTop,
                          MessageLayout::timeText(row.sentAt));
    } else if (panel.state.testFlag(QStyle::State_MouseOver)) {
        painter->setFont(small);
        painter->setPen(colors.secondary);
        painter->drawText(g.hoverTime, Qt::AlignRight | Qt::AlignTop,
                          MessageLayout::timeText(row.sentAt));
    }
    if (row.starred)
        paintStar(painter, g.star, QColor(0xf2, 0xa1, 0x00));

    const MessageBody *body = m_layout.body(row, option.font, g.body.width());
    body->draw(painter, g.body.topLeft(), option.palette,
               row.deleted ? colors.secondary : colors.text, colors.secondary);

    painter->setFont(small);
    for (const MessageGeometry::Chip &chip : g.chips)
        paintChip(painter, chip, colors);
    if (row.replyCount > 0)
        paintLink(painter, g.replies, MessageLayout::repliesText(row.replyCount), small,
                  colors.link);

    if (row.delivery == Delivery::Pending) {
        const QRectF clock(g.status.left(), g.status.top(), g.status.height(), g.status.height());
        paintClock(painter, clock, colors.secondary);
        painter->setFont(small);
        painter->setPen(colors.secondary);
        painter->drawText(g.status.adjusted(g.status.height() + 4, 0, 0, 0),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          MessageLayout::statusText(row.delivery));
    } else if (row.delivery == Delivery::Failed) {
        painter->setFont(small);
        painter->setPen(colors.error);
        painter->drawText(g.status, Qt::AlignLeft | Qt::AlignVCenter,
                          MessageLayout::statusText(row.delivery));
        paintLink(painter, g.retry, MessageLayout::tr("Retry"), small, colors.link);
        paintLink(painter, g.discard, MessageLayout::tr("Discard"), small, colors.link);
    }

    if (!row.seenBy.isEmpty()) {
        painter->setFont(small);
        painter->setPen(colors.secondary);
        const QString seen = QFontMetrics(small).elidedText(MessageLayout::seenByText(row.seenBy),
                                                            Qt::ElideRight, g.seenBy.width());
        painter->drawText(g.seenBy, Qt::AlignLeft | Qt::AlignVCenter, seen);
    }
    painter->restore();

    if (option.state.testFlag(QStyle::State_HasFocus)) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.rect = panel.rect;
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, option.widget);
    }
}

MessageDelegate::Hit MessageDelegate::hitTest(const MessageRow &row,
                                              const MessageGeometry &geometry,
                                              const QPoint &position, const QFont &font) const
{
    Hit hit;
    for (qsizetype i = 0; i < geometry.chips.size(); ++i) {
        if (geometry.chips.at(i).rect.contains(position)) {
            hit.kind = Hit::Kind::Chip;
            hit.chip = i;
            return hit;
        }
    }
    if (hits(geometry.replies, position))
        hit.kind = Hit::Kind::Replies;
    else if (hits(geometry.retry, position))
        hit.kind = Hit::Kind::Retry;
    else if (hits(geometry.discard, position))
        hit.kind = Hit::Kind::Discard;
    else if (geometry.time.contains(position) || geometry.hoverTime.contains(position))
        hit.kind = Hit::Kind::Time;
    else if (geometry.status.contains(position))
        hit.kind = Hit::Kind::Status;
    else if (geometry.body.contains(position)) {
        const MessageBody *body = m_layout.body(row, font, geometry.body.width());
        hit.anchor = body->anchorAt(QPointF(position - geometry.body.topLeft()));
        if (!hit.anchor.isEmpty())
            hit.kind = Hit::Kind::Link;
    }
    return hit;
}

bool MessageDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const bool press =
        event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick;
    const bool release = event->type() == QEvent::MouseButtonRelease;
    if ((!press && !release) || !index.isValid())
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton)
        return QStyledItemDelegate::editorEvent(event, model, option, index);

    const MessageRow row = MessageRow::read(index);
    const MessageGeometry geometry = m_layout.geometry(row, option.font, layoutWidth(option));
    const Hit hit =
        hitTest(row, geometry, mouse->position().toPoint() - option.rect.topLeft(), option.font);
    if (hit.kind == Hit::Kind::None || hit.kind == Hit::Kind::Time || hit.kind == Hit::Kind::Status)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    // The press is taken too, so clicking a link does not also select or drag the row.
    if (release)
        activate(hit, row, geometry, index);
    return true;
}

void MessageDelegate::activate(const Hit &hit, const MessageRow &row,
                               const MessageGeometry &geometry, const QModelIndex &index)
{
    switch (hit.kind) {
    case Hit::Kind::Chip:
        Q_EMIT reactionToggled(index, geometry.chips.at(hit.chip).emoji);
        break;
    case Hit::Kind::Replies:
        Q_EMIT threadRequested(index);
        break;
    case Hit::Kind::Retry:
        Q_EMIT retryRequested(row.mobileRef);
        break;
    case Hit::Kind::Discard:
        Q_EMIT discardRequested(row.mobileRef);
        break;
    case Hit::Kind::Link: {
        const QUrl url(hit.anchor);
        Q_EMIT linkActivated(url);
        // Anything else (file:, custom schemes) could run or read things on this machine.
        if (isOpenableLink(url))
            QDesktopServices::openUrl(url);
        break;
    }
    case Hit::Kind::None:
    case Hit::Kind::Time:
    case Hit::Kind::Status:
        break;
    }
}

QString MessageDelegate::toolTip(const Hit &hit, const MessageRow &row,
                                 const MessageGeometry &geometry) const
{
    switch (hit.kind) {
    case Hit::Kind::Chip: {
        const MessageGeometry::Chip &chip = geometry.chips.at(hit.chip);
        return tr("%1 reacted with %2").arg(QLocale().createSeparatedList(chip.names), chip.emoji);
    }
    case Hit::Kind::Time:
        return QLocale().toString(messagedata::localTime(row.sentAt), QLocale::LongFormat);
    case Hit::Kind::Status:
        return row.failureReason;
    case Hit::Kind::Link:
        return hit.anchor;
    case Hit::Kind::Replies:
        return tr("Open the thread");
    case Hit::Kind::Retry:
        return tr("Send this message again");
    case Hit::Kind::Discard:
        return tr("Delete this unsent message");
    case Hit::Kind::None:
        break;
    }
    return {};
}

bool MessageDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && index.isValid()) {
        const MessageRow row = MessageRow::read(index);
        const MessageGeometry geometry = m_layout.geometry(row, option.font, layoutWidth(option));
        const Hit hit = hitTest(row, geometry, event->pos() - option.rect.topLeft(), option.font);
        const QString tip = toolTip(hit, row, geometry);
        if (!tip.isEmpty()) {
            QToolTip::showText(event->globalPos(), tip, view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace confab::ui
