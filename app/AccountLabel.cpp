#include "AccountLabel.h"

#include <QCoreApplication>

namespace confab::app {

QString serverName(bool embedded, const QUrl &server)
{
    if (embedded)
        return QCoreApplication::translate("AccountLabel", "this computer");
    const bool defaultPort = server.port() == -1 ||
                             (server.scheme() == u"https" && server.port() == 443) ||
                             (server.scheme() == u"http" && server.port() == 80);
    return defaultPort ? server.host()
                       : QStringLiteral("%1:%2").arg(server.host()).arg(server.port());
}

QString accountLabel(const QString &displayName, const QString &username, bool embedded,
                     const QUrl &server)
{
    const QString where = serverName(embedded, server);
    if (displayName.isEmpty() || displayName == username)
        //: An account: %1 is the user name, %2 the server ("this computer" or a host name).
        return QCoreApplication::translate("AccountLabel", "@%1 on %2").arg(username, where);
    //: An account: %1 is the person's name, %2 the user name, %3 the server.
    return QCoreApplication::translate("AccountLabel", "%1 (@%2) on %3")
        .arg(displayName, username, where);
}

} // namespace confab::app
