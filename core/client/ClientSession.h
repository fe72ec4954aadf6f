#pragma once

#include "client/ClientEvents.h"
#include "client/ClientState.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>
#include <functional>
#include <memory>

namespace confab::client {

class ApiClient;
class CachePersister;
class CredentialStore;
class LocalCache;
class Outbox;
class PhoenixChannel;
class PhoenixSocket;

// One signed-in account: sign-in over HTTP, the token in the keychain, the Phoenix socket and
// its channels, the local cache, the outbox, and the state every view reads. Everything it
// does is asynchronous; results come back as state changes or signals on this thread.
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

    // --- reading ---
    void openConversation(qint64 conversationId);
    void closeConversation(qint64 conversationId);
    qint64 openConversationId() const { return m_open; }
    void loadOlder(qint64 conversationId);
    void loadThread(qint64 conversationId, qint64 rootId);
    void loadStarred(qint64 conversationId);
    void markRead(qint64 conversationId, qint64 seq);

    // --- writing (results show up as state changes; refusals as actionFailed) ---
    // Returns the outbox entry's mobile_ref_id; empty (nothing queued) for blank content.
    QString sendMessage(qint64 conversationId, const QString &content,
                        std::optional<qint64> parentId = std::nullopt);
    void retryMessage(const QString &mobileRefId);
    void discardMessage(const QString &mobileRefId);
    void editMessage(qint64 conversationId, qint64 messageId, const QString &content);
    void deleteMessage(qint64 conversationId, qint64 messageId);
    void toggleReaction(qint64 conversationId, qint64 messageId, const QString &emoji);
    void setStarred(qint64 conversationId, qint64 messageId, bool starred);
    void setTyping(qint64 conversationId, bool typing);
    void setPinned(qint64 conversationId, bool pinned);
    void setMuted(qint64 conversationId, bool muted);
    void setStatus(Availability status);
    Availability ownStatus() const { return m_status; }
    void updateConversation(qint64 conversationId, const QString &title, const QString &topic);
    void addMembers(qint64 conversationId, const QList<qint64> &userIds);
    void removeMember(qint64 conversationId, qint64 userId);
    void leaveConversation(qint64 conversationId);
    void setArchived(qint64 conversationId, bool archived);
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
    // insecure fallback, then `insecure` is true).
    void credentialStorageProblem(bool insecure, const QString &error);
    void cacheFailed(const QString &error);

private:
    // --- sign-in and connection (ClientSession.cpp) ---
    void finishSignIn(const model::User &me, const QString &token);
    void startWithToken(std::optional<model::User> me, const QString &token);
    void openCache(std::function<void(const CacheSnapshot &)> ready);
    void applySnapshot(const model::User &me, const CacheSnapshot &snapshot);
    void connectSocket(const QString &token);
    void forgetToken();
    void setConnection(Connection connection);
    void onSocketState();
    void onUnauthorized();
    void dispatch(const events::Event &event);
    void joinAccountChannels();
    void onAccountJoined(const QJsonObject &response);
    void onNotificationEvent(const QString &event, const QJsonObject &payload);
    void ackPendingNotifications(qint64 upToId);
    void sendStatus();

    // --- chat channels and history (SessionChats.cpp) ---
    PhoenixChannel *chatChannel(qint64 conversationId);
    PhoenixChannel *joinedChat(qint64 conversationId) const;
    void ensureChatJoined(qint64 conversationId);
    void maybeLeaveChat(qint64 conversationId);
    void dropChat(qint64 conversationId);
    void onChatJoined(qint64 conversationId, const QJsonObject &response);
    void onChatJoinFailed(qint64 conversationId, const QString &reason);
    void applyReplay(qint64 conversationId, const QJsonObject &response);
    void onChatEvent(qint64 conversationId, const QString &event, const QJsonObject &payload);
    void reloadLatest(qint64 conversationId);
    void loadOlderFromServer(qint64 conversationId);
    int timelineEpoch(qint64 conversationId) const
    {
        return m_timelineEpochs.value(conversationId);
    }
    void noteTimelineReset(const events::Event &event);
    void loadCachedDetails(qint64 conversationId);
    void sendReadPosition(qint64 conversationId);

    // --- pushes (SessionActions.cpp) ---
    void pushChat(qint64 conversationId, const QString &action, const QString &event,
                  const QJsonObject &payload, std::function<void(const QJsonObject &)> onOk = {});
    void pushUser(const QString &action, const QString &event, const QJsonObject &payload,
                  std::function<void(const QJsonObject &)> onOk = {});
    void pushOn(PhoenixChannel *joined, const QString &action, const QString &event,
                const QJsonObject &payload, std::function<void(const QJsonObject &)> onOk);

    Options m_options;
    CredentialStore *m_credentials;
    ClientState *m_state;
    ApiClient *m_api;
    PhoenixSocket *m_socket;
    std::unique_ptr<LocalCache> m_cache;
    std::unique_ptr<CachePersister> m_persister; // uses m_cache: declared after it
    Outbox *m_outbox;
    QHash<qint64, QPointer<PhoenixChannel>> m_chats;
    QPointer<PhoenixChannel> m_userChannel;
    QPointer<PhoenixChannel> m_notificationsChannel;
    QString m_username;
    QString m_token;
    Connection m_connection = Connection::SignedOut;
    Availability m_status = Availability::Online;
    qint64 m_open = 0;
    QSet<qint64> m_historyInFlight;
    // Bumped whenever a conversation's timeline is replaced (a fresh page, a gap): pages asked
    // for before that no longer fit and are dropped.
    QHash<qint64, int> m_timelineEpochs;
    QHash<qint64, qint64> m_readWanted; // mark_read asked for, sent once the chat is joined
    QHash<qint64, qint64> m_readSent;
    QHash<qint64, QElapsedTimer> m_typingSentAt; // conversations where we said we are typing
    qint64 m_pendingNotificationMax = 0;
    bool m_insecureToken = false;
};

} // namespace confab::client
