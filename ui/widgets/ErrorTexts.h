#pragma once

#include <QColor>
#include <QPalette>
#include <QString>
#include <QStringList>

namespace confab::ui {

// The user-facing text for an error `reason`: the protocol's reply reasons (PROTOCOL.md §2),
// the HTTP error codes (§4) and the client's own transport reasons (network, timeout,
// disconnected, not_joined, bad_response). Server `message` texts are never shown: they are
// English, technical and not meant for users.
//
// `fallbackMessage` is what to show for a reason this function does not know; it must already
// be translated by the caller (say, "Could not start the conversation."). Without it an
// unknown reason gets a generic text.
QString errorText(const QString &reason, const QString &fallbackMessage = {});

// Every reason errorText() has a specific text for (for tests and for callers that want to
// know whether a reason is known).
QStringList knownErrorReasons();

// The colour error texts are drawn in: a red that stays readable on the palette's window
// colour, light or dark.
QColor errorColor(const QPalette &palette);

} // namespace confab::ui
