#include "client/ClientLogging.h"

namespace confab::client {

Q_LOGGING_CATEGORY(lcClientSocket, "confab.client.socket", QtInfoMsg)
Q_LOGGING_CATEGORY(lcClientApi, "confab.client.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcClientCache, "confab.client.cache", QtInfoMsg)
Q_LOGGING_CATEGORY(lcClientKeychain, "confab.client.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcClientSession, "confab.client.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcClientOutbox, "confab.client.outbox", QtInfoMsg)

} // namespace confab::client
