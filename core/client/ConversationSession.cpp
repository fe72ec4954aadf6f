#include "client/ConversationSession.h"

#include "client/CachePersister.h"
#include "client/ClientLogging.h"
#include "client/ClientState.h"
#include "client/FailureReason.h"
#include "client/Outbox.h"
#include "client/PhoenixChannel.h"
#include "client/PhoenixSocket.h"
#include "protocol/ChatTopic.h"
#include "wire/ProtocolNames.h"

// The chat:<id> channel of one conversation: joining it, what a join reply and a replayed log
// do to the state, live events, and the pushes behind user actions. History paging is in
// ConversationHistory.cpp, the actions themselves in ConversationActions.cpp.

namespace confab::client {

namespace ev = wire::event;

namespace {
QString chatTopic(qint64 conversationId)
{
    return wire::topic::ChatPrefix + QString::number(conversationId);
}

// The seq a logged chat event carries; 0 for events that take none (and for our own changes,
// which come back without one).
qint64 seqOf(const events::Event &event)
{
    return std::visit(
        [](const auto &e) -> qint64 {
            if constexpr (requires { e.seq; })
                return e.seq;
            else
                return 0;
        },
        event);
}
} // namespace

ConversationSession::ConversationSession(qint64 conversationId, Context context, QObject *parent)
    : QObject(parent)
    , m_id(conversationId)
    , m_context(std::move(context))
    , m_state(*m_context.state)
{
    m_outbox = new Outbox(
        m_id, m_state, [this](const events::Event &event) { dispatch(event); },
        [this] { return joinedChannel(); }, this);
    connect(m_outbox, &Outbox::drained, this, &ConversationSession::drained);
}

ConversationSession::~ConversationSession() = default;

void ConversationSession::dispatch(const events::Event &event)
{
    m_context.dispatch(event, EventOrigin::Server);
}

void ConversationSession::dispatchCached(const events::Event &event)
{
    m_context.dispatch(event, EventOrigin::Cache);
}

void ConversationSession::advanceSynced(qint64 seq)
{
    if (CachePersister *persister = m_context.persister(); persister && seq > 0)
        persister->advance(m_id, seq);
}

// --- the channel ---

PhoenixChannel *ConversationSession::joinedChannel() const
{
    return m_channel && m_channel->isJoined() ? m_channel.data() : nullptr;
}

bool ConversationSession::isJoined() const
{
    return joinedChannel() != nullptr;
}

PhoenixChannel *ConversationSession::channel()
{
    if (m_channel)
        return m_channel;
    m_channel = m_context.socket->channel(chatTopic(m_id));
    // Asked on every (re)join, so a reconnect replays exactly what was missed.
    m_channel->setJoinParams([this] { return joinParams(); });
    connect(m_channel, &PhoenixChannel::joined, this, &ConversationSession::onJoined);
    connect(m_channel, &PhoenixChannel::eventReceived, this, &ConversationSession::onEvent);
    connect(m_channel, &PhoenixChannel::joinFailed, this, &ConversationSession::onJoinFailed);
    // Removed from the conversation while joined; conversation_removed tells the state.
    connect(m_channel, &PhoenixChannel::closedByServer, this,
            [this] { onJoinFailed(reasonName(wire::ErrorReason::Forbidden)); });
    return m_channel;
}

QJsonObject ConversationSession::joinParams() const
{
    const CachePersister *persister = m_context.persister();
    const auto synced = persister ? persister->syncedSeq(m_id) : std::nullopt;
    // Remembered: the join reply is a replay exactly when the join asked for one.
    m_joinedSince = synced.has_value();
    return protocol::chat::JoinParams{synced}.toJson();
}

void ConversationSession::join()
{
    if (!m_context.hasToken())
        return;
    PhoenixChannel *chat = channel();
    if (chat->state() == PhoenixChannel::State::Closed ||
        chat->state() == PhoenixChannel::State::Errored)
        chat->join();
}

void ConversationSession::leave()
{
    if (m_channel) {
        m_channel->disconnect(this);
        m_context.socket->removeChannel(chatTopic(m_id));
        m_channel.clear();
    }
    m_historyInFlight = false;
    m_typingSentAt.invalidate();
}

void ConversationSession::onDisconnected()
{
    // The server forgot our typing with the connection.
    m_typingSentAt.invalidate();
}

void ConversationSession::onJoinFailed(const QString &reason)
{
    qCInfo(lcClientSession) << "cannot join conversation" << m_id << reason;
    if (!isReason(reason, wire::ErrorReason::Forbidden) &&
        !isReason(reason, wire::ErrorReason::NotFound))
        return; // the channel retries on its own
    markUnavailable(reason);
}

void ConversationSession::markUnavailable(const QString &reason)
{
    // Not ours any more: what is still unsent cannot go out.
    m_outbox->failPending(reason);
    leave();
    Q_EMIT unavailable(reason);
}

// --- join replies and live events ---

void ConversationSession::onJoined(const QJsonObject &response)
{
    if (m_joinedSince) {
        applyReplay(response);
    } else if (const auto loaded = events::parseConversationLoaded(response)) {
        dispatch(*loaded);
    } else {
        qCWarning(lcClientSession) << "join reply for" << m_id << "has an unexpected shape";
        return;
    }
    m_outbox->flush();
    sendReadPosition();
}

// A resync with a gap: the header of a replay that cannot be used, from what the state knows.
events::ConversationResynced ConversationSession::gapFromState() const
{
    events::ConversationResynced resync;
    resync.conversation = *m_state.conversation(m_id);
    resync.members = m_state.members(m_id);
    for (const model::Member &member : resync.members)
        resync.readStates.append({member.userId, m_state.readSeqOf(m_id, member.userId)});
    resync.gap = true;
    return resync;
}

void ConversationSession::applyReplay(const QJsonObject &response)
{
    const auto replay = events::parseReplay(m_id, response);
    if (!replay || replay->header.gap) {
        if (!replay)
            qCWarning(lcClientSession)
                << "replay for" << m_id << "has an unexpected shape; reloading";
        if (replay)
            dispatch(replay->header);
        else if (m_state.conversation(m_id))
            dispatch(gapFromState());
        reloadLatest();
        return;
    }
    dispatch(replay->header);
    qint64 last = 0;
    for (const events::Event &event : replay->events) {
        dispatch(event);
        last = std::max(last, seqOf(event));
    }
    advanceSynced(last);
}

void ConversationSession::onEvent(const QString &event, const QJsonObject &payload)
{
    const auto parsed = events::parseServerEvent(chatTopic(m_id), event, payload);
    if (!parsed) {
        if (event != ev::MessageSent)
            qCWarning(lcClientSession) << "ignored chat event" << event;
        return;
    }
    dispatch(*parsed);
    // Live events of a joined topic arrive in order, so the log is complete up to this seq
    // (the ones we caused ourselves were applied from their replies).
    advanceSynced(seqOf(*parsed));
}

// Pushes a user action on the joined channel; a refusal (or no channel) is actionFailed with
// the protocol's reason, which the UI turns into a translated text.
void ConversationSession::refuseReply(const QString &action, const QString &why)
{
    qCWarning(lcClientSession) << "reply to" << action << "in" << m_id << "refused:" << why;
    Q_EMIT actionFailed(action, reasonName(LocalReason::BadResponse));
}

void ConversationSession::push(const QString &action, const QString &event,
                               const QJsonObject &payload,
                               std::function<void(const QJsonObject &)> onOk)
{
    PhoenixChannel *joined = joinedChannel();
    if (!joined) {
        Q_EMIT actionFailed(action, reasonName(LocalReason::Disconnected));
        return;
    }
    joined->push(
        event, payload,
        [guard = QPointer<ConversationSession>(this), action,
         onOk = std::move(onOk)](const PushResult &result) {
            if (!guard)
                return;
            if (!result.ok)
                Q_EMIT guard->actionFailed(action, result.reason);
            else if (onOk)
                onOk(result.response);
        },
        m_context.pushTimeoutMs);
}

} // namespace confab::client
