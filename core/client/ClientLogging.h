#pragma once

// Logging categories of the client library, one per area. Debug output is off by default;
// enable it with QT_LOGGING_RULES="confab.client.*.debug=true".

#include <QLoggingCategory>

namespace confab::client {

Q_DECLARE_LOGGING_CATEGORY(lcClientSocket)   // confab.client.socket: WebSocket, channels
Q_DECLARE_LOGGING_CATEGORY(lcClientApi)      // confab.client.api: HTTP API
Q_DECLARE_LOGGING_CATEGORY(lcClientCache)    // confab.client.cache: local SQLite cache
Q_DECLARE_LOGGING_CATEGORY(lcClientKeychain) // confab.client.keychain: credential store
Q_DECLARE_LOGGING_CATEGORY(lcClientSession)  // confab.client.session: session life cycle
Q_DECLARE_LOGGING_CATEGORY(lcClientOutbox)   // confab.client.outbox: unsent messages

// Short names for the same categories.
inline const QLoggingCategory &lcSocket()
{
    return lcClientSocket();
}
inline const QLoggingCategory &lcApi()
{
    return lcClientApi();
}
inline const QLoggingCategory &lcCache()
{
    return lcClientCache();
}
inline const QLoggingCategory &lcKeychain()
{
    return lcClientKeychain();
}
inline const QLoggingCategory &lcSession()
{
    return lcClientSession();
}
inline const QLoggingCategory &lcOutbox()
{
    return lcClientOutbox();
}

} // namespace confab::client
