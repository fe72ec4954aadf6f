#include "client/ClientSession.h"

#include "client/ApiClient.h"
#include "client/CachePersister.h"
#include "client/ClientLogging.h"
#include "client/ConversationListing.h"
#include "client/CredentialStore.h"
#include "client/FailureReason.h"
#include "client/LocalCache.h"
#include "client/Outbox.h"
#include "client/PhoenixChannel.h"
#include "client/PhoenixSocket.h"
#include "client/Reducer.h"
#include "client/TypingExpiry.h"
#include "protocol/NotificationsTopic.h"
#include "wire/ProtocolNames.h"

#include <QDir>

// Sign-in, the connection and the account's own channels. The conversation objects are made
// in SessionConversations.cpp, the account-wide pushes in SessionActions.cpp.

namespace confab::client {

namespace ev = wire::event;

ClientSession::ClientSession(Options options, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_credentials(credentials)
    , m_state(new ClientState(this))
    , m_api(new ApiClient(this))
    , m_socket(new PhoenixSocket(this))
    , m_listing(new ConversationListing(this))
{
    if (m_options.deviceId.isEmpty())
        m_options.deviceId = QStringLiteral("desktop");
    m_api->setServerUrl(m_options.serverUrl);
    m_socket->setServerUrl(m_options.serverUrl);
    m_socket->setDeviceId(m_options.deviceId);
    m_socket->setHeartbeatIntervalMs(m_options.heartbeatIntervalMs);
    new TypingExpiry(
        *m_state, [this](const events::Event &event) { dispatch(event); }, m_options.typingExpiryMs,
        this);
    m_socket->setBackoff(m_options.reconnectInitialMs, m_options.reconnectMaxMs);
    connect(m_state, &ClientState::outboxChanged, this,
            [this] { Q_EMIT pendingCountChanged(pendingCount()); });
    connect(m_socket, &PhoenixSocket::stateChanged, this, &ClientSession::onSocketState);
    connect(m_socket, &PhoenixSocket::unauthorized, this, &ClientSession::onUnauthorized);
    connect(m_listing, &ConversationListing::pageReceived, this,
            [this](const QList<model::Conversation> &page) {
                dispatch(events::ConversationsPaged{page});
            });
    connect(m_listing, &ConversationListing::completed, this, [this](const QSet<qint64> &listed) {
        dispatch(events::ConversationListCompleted{listed});
        finishAccountJoin();
    });
    connect(m_listing, &ConversationListing::failed, this, &ClientSession::finishAccountJoin);
    connect(m_socket, &PhoenixSocket::disconnected, this, [this] {
        m_listing->cancel();
        dispatch(events::Disconnected{});
        for (ConversationSession *chat : std::as_const(m_conversations))
            chat->onDisconnected();
    });
}

ClientSession::~ClientSession()
{
    // The socket goes first and quietly: its channels must not call back into a session whose
    // cache is already gone. Closing it is what tells the server this device left.
    m_socket->disconnect(this);
    delete m_socket;
}

QString ClientSession::accountKey() const
{
    const QUrl &account =
        m_options.accountUrl.isValid() ? m_options.accountUrl : m_options.serverUrl;
    return m_username.isEmpty() ? QString() : CredentialStore::accountKey(account, m_username);
}

QDateTime ClientSession::nextReconnectAt() const
{
    return m_socket->nextReconnectAt();
}

int ClientSession::pendingCount() const
{
    return int(std::count_if(
        m_state->outbox().cbegin(), m_state->outbox().cend(),
        [](const OutboxEntry &entry) { return entry.status == OutboxEntry::Status::Pending; }));
}

// --- signing in ---

void ClientSession::signIn(const QString &username, const QString &password)
{
    m_username = username;
    setConnection(Connection::Connecting);
    m_api->signIn(username, password, [this](const AuthResult &result) {
        if (!result.ok) {
            setConnection(Connection::SignedOut);
            Q_EMIT signInFailed(result.error.code);
            return;
        }
        finishSignIn(result.user, result.token);
    });
}

void ClientSession::registerAccount(const QString &username, const QString &password,
                                    const QString &displayName)
{
    m_username = username;
    setConnection(Connection::Connecting);
    m_api->registerAccount(username, password, displayName, [this](const AuthResult &result) {
        if (!result.ok) {
            setConnection(Connection::SignedOut);
            Q_EMIT signInFailed(result.error.code);
            return;
        }
        finishSignIn(result.user, result.token);
    });
}

void ClientSession::finishSignIn(const model::User &me, const QString &token)
{
    // A sign-in succeeded, so from now on a lost connection is worth retrying on its own.
    m_socket->setAutoReconnect(true);
    startWithToken(me, token);
    storeToken(token);
    Q_EMIT signedIn();
}

// The token of this sign-in goes to the keychain (or the allowed fallback file); when neither
// takes it, it stays in memory only and the user is told, so they can choose what to do.
void ClientSession::storeToken(const QString &token)
{
    m_credentials->writeToken(
        accountKey(), token, [this, token](const CredentialStore::Result &result) {
            if (token != m_token)
                return; // signed out or signed in again meanwhile
            m_insecureToken = result.ok && result.storage == CredentialStore::Storage::InsecureFile;
            m_tokenInMemoryOnly = !result.ok;
            if (!result.ok)
                Q_EMIT credentialStorageProblem(false, keychainReasonName(result.problem));
            else if (m_insecureToken)
                Q_EMIT credentialStorageProblem(true, QString());
            Q_EMIT tokenStorageChanged();
        });
}

bool ClientSession::retryStoringToken()
{
    if (m_token.isEmpty() || !m_tokenInMemoryOnly)
        return false;
    storeToken(m_token);
    return true;
}

void ClientSession::resume(const QString &username)
{
    m_username = username;
    m_credentials->readToken(accountKey(), [this](const CredentialStore::Result &result) {
        if (!result.ok) {
            // No keychain means no stored token: the user simply signs in. A refusal or a
            // failure is said, each in its own words.
            Q_EMIT signInRequired(result.notFound ? QString() : keychainReasonName(result.problem));
            return;
        }
        m_insecureToken = result.storage == CredentialStore::Storage::InsecureFile;
        // The token came from an earlier successful sign-in: keep trying until the server
        // answers, or refuses it (4401).
        m_socket->setAutoReconnect(true);
        startWithToken(std::nullopt, result.token);
        Q_EMIT signedIn();
    });
}

void ClientSession::startWithToken(std::optional<model::User> me, const QString &token)
{
    m_token = token;
    setConnection(Connection::Connecting);
    openCache([this, me, token](const CacheSnapshot &snapshot) {
        if (m_token != token)
            return; // signed out (or in again) meanwhile
        const std::optional<model::User> known = me ? me : snapshot.me;
        if (known) {
            applySnapshot(*known, snapshot);
            connectSocket(token);
            return;
        }
        // First start on this machine without a cache: ask the server who we are.
        m_api->fetchMe(
            token, [this, snapshot, token](std::optional<model::User> user, const ApiError &error) {
                if (m_token != token)
                    return;
                if (!user) {
                    if (error.httpStatus == 401)
                        onUnauthorized();
                    else
                        Q_EMIT signInFailed(error.code);
                    return;
                }
                applySnapshot(*user, snapshot);
                connectSocket(token);
            });
    });
}

void ClientSession::openCache(std::function<void(const CacheSnapshot &)> ready)
{
    if (m_cache) { // signed in again on this session: the cache is open already
        m_cache->loadSnapshot(std::move(ready));
        return;
    }
    if (m_options.dataDir.isEmpty() || !QDir().mkpath(m_options.dataDir)) {
        qCWarning(lcClientSession)
            << "no cache: cannot use the data directory" << m_options.dataDir;
        ready({});
        return;
    }
    m_cache = std::make_unique<LocalCache>(
        QDir(m_options.dataDir).filePath(QStringLiteral("cache.sqlite3")));
    m_persister = std::make_unique<CachePersister>(*m_state, *m_cache);
    connect(m_cache.get(), &LocalCache::failed, this, &ClientSession::cacheFailed);
    m_cache->open([this](bool ok, const QString &error) {
        if (!ok) {
            qCWarning(lcClientSession) << "cache unavailable:" << error;
            Q_EMIT cacheFailed(error);
        }
    });
    m_cache->loadSnapshot(std::move(ready)); // runs after open, in call order
}

// The cached world, applied without writing it back: the UI is usable before the network.
void ClientSession::applySnapshot(const model::User &me, const CacheSnapshot &snapshot)
{
    dispatch(events::AccountLoaded{me, snapshot.conversations}, EventOrigin::Cache);
    for (auto details = snapshot.details.cbegin(); details != snapshot.details.cend(); ++details) {
        const model::Conversation *conversation = m_state->conversation(details.key());
        if (conversation && !details->members.isEmpty() &&
            m_state->members(details.key()).isEmpty())
            dispatch(events::ConversationResynced{*conversation, details->members,
                                                  details->readStates, false},
                     EventOrigin::Cache);
    }
    for (const OutboxEntry &entry : snapshot.outbox)
        dispatch(events::OutboxQueued{entry}, EventOrigin::Cache);
    if (m_persister) {
        m_persister->restore(snapshot);
        m_cache->saveMe(me);
    }
}

void ClientSession::signOut()
{
    if (!m_token.isEmpty())
        m_api->signOut(m_token, [](bool, const ApiError &) {});
    forgetToken();
    setConnection(Connection::SignedOut);
    Q_EMIT signedOut();
}

void ClientSession::setServerUrl(const QUrl &serverUrl)
{
    if (!m_options.accountUrl.isValid())
        m_options.accountUrl = m_options.serverUrl; // keep the keychain key stable
    m_options.serverUrl = serverUrl;
    m_api->setServerUrl(serverUrl);
    m_socket->setServerUrl(serverUrl);
}

void ClientSession::reconnectNow()
{
    if (!m_token.isEmpty())
        m_socket->open();
}

void ClientSession::onUnauthorized()
{
    qCInfo(lcClientSession) << "the server no longer accepts this account's token";
    forgetToken();
    setConnection(Connection::SignedOut);
    Q_EMIT signInRequired(reasonName(wire::ErrorReason::Unauthorized));
}

// Stops using the token: no socket, no reconnect, nothing in the keychain. The cache stays
// for the next sign-in of the same account.
void ClientSession::forgetToken()
{
    m_token.clear();
    m_tokenInMemoryOnly = false;
    m_socket->setAutoReconnect(false);
    m_socket->close();
    if (!m_username.isEmpty())
        m_credentials->removeToken(accountKey(), [](const CredentialStore::Result &) {});
}

// --- connection ---

void ClientSession::connectSocket(const QString &token)
{
    m_socket->setToken(token);
    joinAccountChannels();
    const QSet<qint64> pending = Outbox::pendingConversations(*m_state);
    for (qint64 conversationId : pending)
        conversation(conversationId)->join();
    if (m_open)
        conversation(m_open)->join();
    m_socket->open();
}

void ClientSession::setConnection(Connection connection)
{
    if (m_connection == connection)
        return;
    m_connection = connection;
    Q_EMIT connectionChanged(connection);
}

void ClientSession::onSocketState()
{
    if (m_token.isEmpty())
        return; // signed out: the socket closing is expected
    switch (m_socket->state()) {
    case PhoenixSocket::State::Connecting:
        setConnection(Connection::Connecting);
        break;
    case PhoenixSocket::State::Connected:
        // Online once the account channel answers (onAccountJoined).
        break;
    case PhoenixSocket::State::WaitingToReconnect:
        setConnection(Connection::WaitingToReconnect);
        break;
    case PhoenixSocket::State::Disconnected:
        setConnection(Connection::Offline);
        break;
    }
}

// The one way events reach the state, from the network, the outbox and the cache: the
// reducer applies them, then the cache keeps what it does not hold already.
void ClientSession::dispatch(const events::Event &event, EventOrigin origin)
{
    if (const auto *created = std::get_if<events::ConversationCreated>(&event))
        m_listing->noteArrived(created->conversation.id);
    noteTimelineReset(event);
    Reducer::apply(*m_state, event);
    if (m_persister && origin == EventOrigin::Server)
        m_persister->persist(event);
}

void ClientSession::joinAccountChannels()
{
    const QString id = QString::number(m_state->me().id);
    if (!m_userChannel) {
        m_userChannel = m_socket->channel(wire::topic::UserPrefix + id);
        connect(m_userChannel, &PhoenixChannel::joined, this, &ClientSession::onAccountJoined);
        connect(m_userChannel, &PhoenixChannel::eventReceived, this,
                [this](const QString &event, const QJsonObject &payload) {
                    if (auto parsed =
                            events::parseServerEvent(m_userChannel->topic(), event, payload))
                        dispatch(*parsed);
                    else
                        qCWarning(lcClientSession) << "ignored account event" << event;
                });
        m_userChannel->join();
    }
    if (!m_notificationsChannel) {
        m_notificationsChannel = m_socket->channel(wire::topic::NotificationsPrefix + id);
        connect(m_notificationsChannel, &PhoenixChannel::eventReceived, this,
                &ClientSession::onNotificationEvent);
        m_notificationsChannel->join();
    }
}

void ClientSession::onAccountJoined(const QJsonObject &response)
{
    const auto loaded = events::parseAccountLoaded(response);
    if (!loaded) {
        qCWarning(lcClientSession) << "account join reply has an unexpected shape";
        return;
    }
    dispatch(*loaded);
    // The reply holds the first page only when there are more: fetch the rest before the
    // account counts as online, so the list appears complete as it always did.
    if (loaded->hasMore.value_or(false) && !loaded->conversations.isEmpty()) {
        m_listing->start(m_userChannel, loaded->conversations, m_options.pushTimeoutMs);
        return;
    }
    finishAccountJoin();
}

void ClientSession::finishAccountJoin()
{
    // Conversations that vanished while we were away take their unsent messages with them.
    const QSet<qint64> pending = Outbox::pendingConversations(*m_state);
    for (qint64 conversationId : pending) {
        if (!m_state->conversation(conversationId))
            conversation(conversationId)->markUnavailable(reasonName(wire::ErrorReason::NotFound));
    }
    setConnection(Connection::Online);
    sendStatus();
}

void ClientSession::onNotificationEvent(const QString &event, const QJsonObject &payload)
{
    const auto parsed = events::parseServerEvent(m_notificationsChannel->topic(), event, payload);
    if (!parsed)
        return;
    if (const auto *notification = std::get_if<events::NotificationReceived>(&*parsed);
        notification && notification->pending)
        m_pendingNotificationMax =
            std::max(m_pendingNotificationMax, notification->notification.id);
    dispatch(*parsed);
    // The count follows the pending ones: they have all been shown now.
    if (std::holds_alternative<events::NotificationCount>(*parsed))
        ackPendingNotifications(m_pendingNotificationMax);
}

void ClientSession::ackPendingNotifications(qint64 upToId)
{
    if (upToId <= 0 || !m_notificationsChannel || !m_notificationsChannel->isJoined())
        return;
    m_notificationsChannel->push(QString(ev::AckNotifications),
                                 protocol::notifications::AckNotifications{upToId}.toJson());
    m_pendingNotificationMax = 0;
}

} // namespace confab::client
