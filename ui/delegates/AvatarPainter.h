#pragma once

#include "client/ClientState.h"

#include <QColor>
#include <QRect>
#include <QString>

class QPainter;

namespace confab::ui {

// Round letter avatars: initials on a colour derived from an id (the same person is the same
// colour in every list), with an optional presence dot at the bottom right (none while the
// presence is unknown).
class AvatarPainter
{
public:
    // `background` is what the dot is cut out of (the row's colour); invalid means the
    // application palette's base colour.
    static void paint(QPainter *painter, const QRect &rect, const QString &initials,
                      qint64 colorSeed, client::Availability presence, bool showPresence,
                      const QColor &background = {});

    static QString initials(const QString &name);
    static QColor color(qint64 colorSeed);
    static QColor presenceColor(client::Availability presence);
};

} // namespace confab::ui
