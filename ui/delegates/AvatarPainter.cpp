#include "delegates/AvatarPainter.h"

#include "models/PlainText.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <array>

namespace confab::ui {

using client::Availability;

namespace {

// Mid-tone hues that keep white initials readable on light and dark themes alike.
constexpr std::array<QRgb, 12> kAvatarColors = {
    0xffe5484d, 0xfff76b15, 0xffd6a100, 0xff46a758, 0xff12a594, 0xff0090ff,
    0xff3e63dd, 0xff6e56cf, 0xff8e4ec6, 0xffd6409f, 0xffad7f58, 0xff687076,
};

// splitmix64's finaliser: neighbouring ids land on unrelated colours.
quint64 mix(quint64 value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

void paintPresenceDot(QPainter *painter, const QRectF &avatar, Availability presence,
                      const QColor &background)
{
    const qreal diameter = qMax<qreal>(8.0, avatar.width() * 0.32);
    const qreal ring = qMax<qreal>(1.5, diameter * 0.18);
    const QRectF dot(avatar.right() - diameter + ring * 0.5,
                     avatar.bottom() - diameter + ring * 0.5, diameter, diameter);
    painter->setPen(QPen(background, ring));
    // Offline is a hollow grey ring: present in the list, not reachable.
    painter->setBrush(presence == Availability::Offline ? background
                                                        : AvatarPainter::presenceColor(presence));
    painter->drawEllipse(dot);
    if (presence == Availability::Offline) {
        painter->setPen(QPen(AvatarPainter::presenceColor(presence), ring));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(dot.adjusted(ring, ring, -ring, -ring));
    }
}

} // namespace

QString AvatarPainter::initials(const QString &name)
{
    return initialsOf(name);
}

QColor AvatarPainter::color(qint64 colorSeed)
{
    return QColor::fromRgba(kAvatarColors.at(mix(quint64(colorSeed)) % kAvatarColors.size()));
}

QColor AvatarPainter::presenceColor(Availability presence)
{
    switch (presence) {
    case Availability::Online:
        return QColor(0x2f, 0xb3, 0x44);
    case Availability::Away:
        return QColor(0xf2, 0xa1, 0x00);
    case Availability::DoNotDisturb:
        return QColor(0xe5, 0x48, 0x4d);
    case Availability::Offline:
    case Availability::Unknown:
        break;
    }
    return QColor(0x8b, 0x8d, 0x98);
}

void AvatarPainter::paint(QPainter *painter, const QRect &rect, const QString &initials,
                          qint64 colorSeed, Availability presence, bool showPresence,
                          const QColor &background)
{
    const int side = qMin(rect.width(), rect.height());
    if (side <= 0)
        return;
    const QRectF circle(rect.x() + (rect.width() - side) / 2.0,
                        rect.y() + (rect.height() - side) / 2.0, side, side);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color(colorSeed));
    painter->drawEllipse(circle);

    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(qMax(6, int(side * (initials.size() > 1 ? 0.38 : 0.45))));
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(circle, Qt::AlignCenter, initials.isEmpty() ? QStringLiteral("?") : initials);

    // Unknown presence (we are offline ourselves) draws no dot: a grey ring would say
    // "offline", which we cannot know.
    if (showPresence && presence != Availability::Unknown) {
        const QColor cutout =
            background.isValid() ? background : QGuiApplication::palette().color(QPalette::Base);
        paintPresenceDot(painter, circle, presence, cutout);
    }
    painter->restore();
}

} // namespace confab::ui
