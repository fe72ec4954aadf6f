#pragma once

#include "client/ClientEvents.h"
#include "protocol/Phoenix.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>
#include <type_traits>

namespace confab::client {

class CachePersister;
class ClientState;
class LocalCache;
class Outbox;
class PhoenixChannel;
class PhoenixSocket;
struct PushResult;

// Where an event comes from: the cache's own copy is applied to the state but not written back.
enum class EventOrigin { Server, Cache };

// One conversation of a signed-in account, as libQuotient's Room is one room: its chat:<id>
// channel and join state, paging through its history, its read position, the typing throttle
// and its slice of the outbox. Owned by the ClientSession, which keeps what is account-wide
// and decides when the channel is worth keeping (open, or messages to send). The state is
// never changed here directly: every event goes back through the session's dispatch.
class ConversationSession : public QObject
{
    Q_OBJECT
public:
    // What a conversation needs from its account. The functions answer for the moment they
    // are called: the cache opens after sign-in, the socket gets a token later.
    struct Context
    {
        ClientState *state = nullptr;
        PhoenixSocket *socket = nullptr;
        std::function<void(const events::Event &, EventOrigin)> dispatch;
        std::function<LocalCache *()> cache;         // nullptr without a cache
        std::function<CachePersister *()> persister; // nullptr without a cache
        std::function<bool()> hasToken;              // channels can be joined
        int pushTimeoutMs = 10'000;
    };

    ConversationSession(qint64 conversationId, Context context, QObject *parent = nullptr);
    ~ConversationSession() override;

    qint64 id() const { return m_id; }

    // --- the chat:<id> channel ---
    // Joins the channel unless it is joined or joining already (not before there is a token:
    // the session joins it once the socket connects).
    void join();
    // Leaves the channel; the synced seq stays, so the next join replays only what was missed.
    void leave();
    bool isJoined() const;
    // The conversation is not ours any more (left, removed, gone): unsent messages fail.
    void markUnavailable(const QString &reason);
    // The session saw this conversation's timeline replaced: pages asked for before are stale.
    void noteTimelineReset() { ++m_timelineEpoch; }
    void onDisconnected();

    // --- reading ---
    // On open: the cached members and latest page show before the join answers.
    void showCachedTimeline();
    void loadOlder();
    bool isLoadingHistory() const { return m_historyInFlight; }
    void loadThread(qint64 rootId);
    void loadStarred();
    void markRead(qint64 seq);

    // --- writing (results show up as state changes; refusals as actionFailed) ---
    QString sendMessage(const QString &content, std::optional<qint64> parentId = std::nullopt);
    void retryMessage(const QString &mobileRefId);
    void discardMessage(const QString &mobileRefId);
    bool hasPendingMessages() const;
    QString sendingMessage() const; // the mobile_ref_id on its way; empty when none is
    void editMessage(qint64 messageId, const QString &content);
    void deleteMessage(qint64 messageId);
    void toggleReaction(qint64 messageId, const QString &emoji);
    void setStarred(qint64 messageId, bool starred);
    void setTyping(bool typing);
    void updateConversation(const QString &title, const QString &topic);
    void addMembers(const QList<qint64> &userIds);
    void removeMember(qint64 userId);
    void leaveConversation();
    void setArchived(bool archived);

Q_SIGNALS:
    void actionFailed(const QString &action, const QString &reason);
    // Nothing left to send: the session may leave the channel.
    void drained();
    // The conversation could not be joined because it is not ours (forbidden, not_found).
    void unavailable(const QString &reason);
    // The user left the conversation.
    void left();

private:
    static constexpr int PageSize = 50;

    // --- channel, join replies and live events (ConversationSession.cpp) ---
    PhoenixChannel *channel();
    PhoenixChannel *joinedChannel() const;
    QJsonObject joinParams() const;
    void onJoined(const QJsonObject &response);
    void onJoinFailed(const QString &reason);
    void applyReplay(const QJsonObject &response);
    void onEvent(const QString &event, const QJsonObject &payload);
    void dispatch(const events::Event &event);
    void dispatchCached(const events::Event &event);
    void advanceSynced(qint64 seq);
    void push(const QString &action, const QString &event, const QJsonObject &payload,
              std::function<void(const QJsonObject &)> onOk = {});
    // A typed push: `payload` goes out as `event`, and `onOk` gets the reply decoded as
    // `Reply`; a reply that does not decode is reported as bad_response.
    template<typename Reply = protocol::Empty, typename Payload>
    void push(const QString &action, QLatin1StringView event, const Payload &payload,
              std::type_identity_t<std::function<void(const Reply &)>> onOk)
    {
        push(action, QString(event), payload.toJson(),
             [this, action, onOk = std::move(onOk)](const QJsonObject &response) {
                 const auto reply = Reply::fromJson(response);
                 if (!reply)
                     return refuseReply(action, reply.error().text());
                 onOk(*reply);
             });
    }
    void refuseReply(const QString &action, const QString &why);
    events::ConversationResynced gapFromState() const;

    // --- history (ConversationHistory.cpp) ---
    void reloadLatest();
    void loadCachedDetails();
    void loadOlderFromServer();

    // --- read position (ConversationActions.cpp) ---
    void sendReadPosition();

    const qint64 m_id;
    Context m_context;
    ClientState &m_state;
    Outbox *m_outbox;
    QPointer<PhoenixChannel> m_channel;
    bool m_historyInFlight = false;
    // Bumped whenever the timeline is replaced (a fresh page, a gap): pages asked for before
    // that no longer fit and are dropped.
    int m_timelineEpoch = 0;
    qint64 m_readWanted = 0; // mark_read asked for, sent once the chat is joined
    qint64 m_readSent = 0;
    QElapsedTimer m_typingSentAt; // valid while we said we are typing
    // Whether the latest join asked for a replay (since_seq): its reply is then a replay.
    mutable bool m_joinedSince = false;
};

} // namespace confab::client
