#pragma once

#include <QString>
#include <QUrl>

namespace confab::app {

// How an account is named wherever several may be listed (account menu, settings, sign-in
// page): "Ada Lovelace (@ada) on chat.example.com", or "… on this computer" for the server this
// app hosts. Two accounts of one person on two servers, or two people on one, never read alike.
QString accountLabel(const QString &displayName, const QString &username, bool embedded,
                     const QUrl &server);

// The server part alone: "this computer", or the host (with its port when it is not the
// scheme's default, so two servers on one machine differ).
QString serverName(bool embedded, const QUrl &server);

} // namespace confab::app
