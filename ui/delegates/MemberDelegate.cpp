#include "delegates/MemberDelegate.h"

#include "client/ClientState.h"
#include "delegates/AvatarPainter.h"
#include "models/ModelRoles.h"

#include <QApplication>
#include <QPainter>

namespace confab::ui {

namespace {

constexpr int kPadding = 8;
constexpr int kAvatarSize = 32;
constexpr int kMinRowHeight = 44;

} // namespace

MemberDelegate::MemberDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

MemberDelegate::~MemberDelegate() = default;

QSize MemberDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {qMax(option.rect.width(), 160),
            qMax(kMinRowHeight, option.fontMetrics.height() + 2 * kPadding)};
}

void MemberDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = {};
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette &palette = option.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor secondary = selected ? text : palette.color(QPalette::PlaceholderText);

    painter->save();
    const QRect rect = option.rect.adjusted(kPadding, 0, -kPadding, 0);
    const QRect avatar(rect.left(), rect.center().y() - kAvatarSize / 2, kAvatarSize, kAvatarSize);
    AvatarPainter::paint(painter, avatar, index.data(InitialsRole).toString(),
                         index.data(AvatarSeedRole).toLongLong(),
                         client::Availability(index.data(PresenceRole).toInt()), true,
                         palette.color(selected ? QPalette::Highlight : QPalette::Base));

    int right = rect.right();
    if (index.data(MemberRole).toString() == u"owner") {
        QFont tagFont = option.font;
        tagFont.setPointSizeF(tagFont.pointSizeF() * 0.8);
        const QFontMetrics tagMetrics(tagFont);
        const QString tag = tr("owner", "member role tag");
        const int height = tagMetrics.height() + 2;
        const QRect pill(right - tagMetrics.horizontalAdvance(tag) - 12 + 1,
                         rect.center().y() - height / 2, tagMetrics.horizontalAdvance(tag) + 12,
                         height);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(secondary, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0,
                                 height / 2.0);
        painter->setFont(tagFont);
        painter->drawText(pill, Qt::AlignCenter, tag);
        right = pill.left() - 6;
    }

    const int left = avatar.right() + 1 + kPadding;
    const QRect line(left, rect.top(), right - left + 1, rect.height());
    const QString name = index.data(NameRole).toString();
    const QString username = tr("@%1").arg(index.data(UsernameRole).toString());
    painter->setFont(option.font);
    painter->setPen(text);
    const QString shownName = option.fontMetrics.elidedText(name, Qt::ElideRight, line.width());
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, shownName);
    const int nameWidth = option.fontMetrics.horizontalAdvance(shownName) + 6;
    if (nameWidth < line.width()) {
        painter->setPen(secondary);
        painter->drawText(
            line.adjusted(nameWidth, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
            option.fontMetrics.elidedText(username, Qt::ElideRight, line.width() - nameWidth));
    }
    painter->restore();
}

} // namespace confab::ui
