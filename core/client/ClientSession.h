#pragma once

#include "client/ClientEvents.h"
#include "client/ClientState.h"
#include "client/ConversationSession.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>
#include <memory>

namespace confab::client {

class ApiClient;
class CachePersister;
class ConversationListing;
class CredentialStore;
class LocalCache;
class PhoenixChannel;
class PhoenixSocket;

// One signed-in account: sign-in over HTTP, the token in the keychain, the Phoenix socket and
// the account's own channels (user:, notifications:), the local cache, the outbox store, and
// the state every view reads. Each conversation is a ConversationSession it owns (its chat
// channel, history paging, read position, typing and outbox slice); the per-conversation
// methods here only forward to it. Everything is asynchronous; results come back as state
// changes or signals on this thread.
class ClientSession : public QObject
{
    Q_OBJECT
public:
    enum class Connection { SignedOut, Connecting, Online, Offline, WaitingToReconnect };
    Q_ENUM(Connection)

    struct Options
    {
        QUrl serverUrl; // http(s)://host:port
        // Names the account in the keychain; defaults to serverUrl. The embedded server uses a
        // fixed one, because its port may change between runs.
        QUrl accountUrl;
        QString dataDir;  // where this account's cache file lives
        QString deviceId; // shown in presence metas
        int heartbeatIntervalMs = 30'000;
        int reconnectInitialMs = 1'000;
        int reconnectMaxMs = 30'000;
        int pushTimeoutMs = 10'000;
        // How long another user's "is typing" lasts without a refresh: the server's 5 s rule
        // plus a second for the refresh to travel (senders refresh every 3 s).
        int typingExpiryMs = 6'000;
    };

    ClientSession(Options options, CredentialStore *credentials, QObject *parent = nullptr);
    ~ClientSession() override;

    ClientState *state() const { return m_state; }
    Connection connection() const { return m_connection; }
    QUrl serverUrl() const { return m_options.serverUrl; }
    QString username() const { return m_username; }
    // The keychain key of this account ("" before the user name is known).
    QString accountKey() const;
    QDateTime nextReconnectAt() const;
    int pendingCount() const; // outbox entries not yet acknowledged
    bool tokenStoredInsecurely() const { return m_insecureToken; }
    // The last attempt to store this sign-in's token failed: it lives only as long as the app.
    bool tokenInMemoryOnly() const { return m_tokenInMemoryOnly; }
    // Stores the token again when it is held in memory only (after the user allowed the
    // unencrypted fallback, say). Returns whether an attempt was started.
    bool retryStoringToken();

    // --- signing in ---
    void signIn(const QString &username, const QString &password);
    void registerAccount(const QString &username, const QString &password,
                         const QString &displayName);
    // Starts from the token kept in the keychain and the cache: the UI shows the cached state
    // at once, then catches up when the server answers. signInRequired() when there is none.
    void resume(const QString &username);
    void signOut();
    void reconnectNow();
    // The server moved (the embedded one restarted on another port): use this URL from the
    // next connection on. The account's keychain identity (accountUrl) does not change.
    void setServerUrl(const QUrl &serverUrl);

    // --- conversations ---
    // The conversation object for this id, created on first use; it lives as long as the
    // session (its channel comes and goes: joined while open or while it has messages to send).
    ConversationSession *conversation(qint64 conversationId);
    void openConversation(qint64 conversationId);
    void closeConversation(qint64 conversationId);
    qint64 openConversationId() const { return m_open; }

    // Forwards to conversation(id), so the views need not hold conversation objects.
    void loadOlder(qint64 id) { conversation(id)->loadOlder(); }
    void loadThread(qint64 id, qint64 rootId) { conversation(id)->loadThread(rootId); }
    void loadStarred(qint64 id) { conversation(id)->loadStarred(); }
    void markRead(qint64 id, qint64 seq) { conversation(id)->markRead(seq); }
    // Returns the outbox entry's mobile_ref_id; empty (nothing queued) for blank content.
    QString sendMessage(qint64 id, const QString &content,
                        std::optional<qint64> parentId = std::nullopt)
    {
        return conversation(id)->sendMessage(content, parentId);
    }
    void retryMessage(const QString &mobileRefId);
    void discardMessage(const QString &mobileRefId);
    void editMessage(qint64 id, qint64 messageId, const QString &content)
    {
        conversation(id)->editMessage(messageId, content);
    }
    void deleteMessage(qint64 id, qint64 messageId) { conversation(id)->deleteMessage(messageId); }
    void toggleReaction(qint64 id, qint64 messageId, const QString &emoji)
    {
        conversation(id)->toggleReaction(messageId, emoji);
    }
    void setStarred(qint64 id, qint64 messageId, bool starred)
    {
        conversation(id)->setStarred(messageId, starred);
    }
    void setTyping(qint64 id, bool typing) { conversation(id)->setTyping(typing); }
    void updateConversation(qint64 id, const QString &title, const QString &topic)
    {
        conversation(id)->updateConversation(title, topic);
    }
    void addMembers(qint64 id, const QList<qint64> &userIds)
    {
        conversation(id)->addMembers(userIds);
    }
    void removeMember(qint64 id, qint64 userId) { conversation(id)->removeMember(userId); }
    void leaveConversation(qint64 id) { conversation(id)->leaveConversation(); }
    void setArchived(qint64 id, bool archived) { conversation(id)->setArchived(archived); }

    // --- account-wide actions (results show up as state changes; refusals as actionFailed) ---
    void setPinned(qint64 conversationId, bool pinned);
    void setMuted(qint64 conversationId, bool muted);
    void setStatus(Availability status);
    Availability ownStatus() const { return m_status; }
    void markAllNotificationsRead();

    using ConversationCallback = std::function<void(qint64 conversationId, const QString &error)>;
    void createConversation(bool direct, const QString &title, const QList<qint64> &memberIds,
                            ConversationCallback done);
    using UsersCallback = std::function<void(const QList<model::User> &users)>;
    void searchUsers(const QString &query, UsersCallback done);

Q_SIGNALS:
    void connectionChanged(confab::client::ClientSession::Connection connection);
    void signedIn();
    void signInFailed(const QString &reason);
    void signInRequired(const QString &reason); // no stored token, or it was revoked (4401)
    void signedOut();
    void pendingCountChanged(int count);
    // A push the user asked for was refused; `reason` is the protocol's error reason.
    void actionFailed(const QString &action, const QString &reason);
    // The token could not go to the keychain; it is kept in memory only (or in the explicit
    // insecure fallback, then `insecure` is true and `reason` empty). `reason` tells why:
    // keychain_unavailable, keychain_refused or keychain (FailureReason.h).
    void credentialStorageProblem(bool insecure, const QString &reason);
    void cacheFailed(const QString &error);
    // Where the token is kept changed (tokenInMemoryOnly(), tokenStoredInsecurely()).
    void tokenStorageChanged();

private:
    // --- sign-in and connection (ClientSession.cpp) ---
    void finishSignIn(const model::User &me, const QString &token);
    void startWithToken(std::optional<model::User> me, const QString &token);
    void storeToken(const QString &token);
    void openCache(std::function<void(const CacheSnapshot &)> ready);
    void applySnapshot(const model::User &me, const CacheSnapshot &snapshot);
    void connectSocket(const QString &token);
    void forgetToken();
    void setConnection(Connection connection);
    void onSocketState();
    void onUnauthorized();
    // The one way events reach the state: the reducer applies them, then the cache keeps
    // those that did not come from it.
    void dispatch(const events::Event &event, EventOrigin origin = EventOrigin::Server);
    void noteTimelineReset(const events::Event &event);
    void joinAccountChannels();
    void onAccountJoined(const QJsonObject &response);
    // The whole conversation list is known (or will not be this time): the account is online.
    void finishAccountJoin();
    void onNotificationEvent(const QString &event, const QJsonObject &payload);
    void ackPendingNotifications(qint64 upToId);
    void sendStatus();

    // --- conversation objects (SessionConversations.cpp) ---
    ConversationSession *createConversationSession(qint64 conversationId);
    void maybeLeaveChat(qint64 conversationId);

    // --- pushes (SessionActions.cpp) ---
    void pushUser(const QString &action, const QString &event, const QJsonObject &payload,
                  std::function<void(const QJsonObject &)> onOk = {});

    Options m_options;
    CredentialStore *m_credentials;
    ClientState *m_state;
    ApiClient *m_api;
    PhoenixSocket *m_socket;
    ConversationListing *m_listing; // the pages after the user: join reply's first
    std::unique_ptr<LocalCache> m_cache;
    std::unique_ptr<CachePersister> m_persister;          // uses m_cache: declared after it
    QHash<qint64, ConversationSession *> m_conversations; // children of this session
    QPointer<PhoenixChannel> m_userChannel;
    QPointer<PhoenixChannel> m_notificationsChannel;
    QString m_username;
    QString m_token;
    Connection m_connection = Connection::SignedOut;
    Availability m_status = Availability::Online;
    qint64 m_open = 0;
    qint64 m_pendingNotificationMax = 0;
    bool m_insecureToken = false;
    bool m_tokenInMemoryOnly = false;
};

} // namespace confab::client
