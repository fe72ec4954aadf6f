#include "client/CachePersister.h"
#include "client/ClientLogging.h"
#include "client/ClientSession.h"
#include "client/LocalCache.h"
#include "client/Outbox.h"
#include "client/PhoenixChannel.h"
#include "client/PhoenixSocket.h"
#include "client/Reducer.h"
#include "wire/ProtocolNames.h"

// The chat:<id> channels: which are joined and why, what a join reply and a replayed log do to
// the state, and paging through history, from the cache first and then from the server.

namespace confab::client {

namespace ev = wire::event;

namespace {
constexpr int kPageSize = 50;

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

// A resync with a gap: the header of a replay that cannot be used, from what the state knows.
events::ConversationResynced gapFromState(const ClientState &state, qint64 conversationId)
{
    events::ConversationResynced resync;
    resync.conversation = *state.conversation(conversationId);
    resync.members = state.members(conversationId);
    for (const model::Member &member : resync.members)
        resync.readStates.append({member.userId, state.readSeqOf(conversationId, member.userId)});
    resync.gap = true;
    return resync;
}
} // namespace

// --- which channels are joined ---

PhoenixChannel *ClientSession::joinedChat(qint64 conversationId) const
{
    const QPointer<PhoenixChannel> channel = m_chats.value(conversationId);
    return channel && channel->isJoined() ? channel.data() : nullptr;
}

PhoenixChannel *ClientSession::chatChannel(qint64 conversationId)
{
    if (const QPointer<PhoenixChannel> existing = m_chats.value(conversationId))
        return existing;
    PhoenixChannel *channel = m_socket->channel(chatTopic(conversationId));
    m_chats.insert(conversationId, channel);
    // Asked on every (re)join, so a reconnect replays exactly what was missed.
    channel->setJoinParams([this, conversationId] {
        const auto synced = m_persister ? m_persister->syncedSeq(conversationId) : std::nullopt;
        return synced ? QJsonObject{{QStringLiteral("since_seq"), *synced}} : QJsonObject{};
    });
    connect(channel, &PhoenixChannel::joined, this,
            [this, conversationId](const QJsonObject &response) {
                onChatJoined(conversationId, response);
            });
    connect(channel, &PhoenixChannel::eventReceived, this,
            [this, conversationId](const QString &event, const QJsonObject &payload) {
                onChatEvent(conversationId, event, payload);
            });
    connect(channel, &PhoenixChannel::joinFailed, this,
            [this, conversationId](const QString &reason) {
                onChatJoinFailed(conversationId, reason);
            });
    // Removed from the conversation while joined; conversation_removed tells the state.
    connect(channel, &PhoenixChannel::closedByServer, this, [this, conversationId] {
        onChatJoinFailed(conversationId, QStringLiteral("forbidden"));
    });
    return channel;
}

void ClientSession::ensureChatJoined(qint64 conversationId)
{
    if (m_token.isEmpty())
        return; // the channel is joined once the socket connects (connectSocket)
    PhoenixChannel *channel = chatChannel(conversationId);
    if (channel->state() == PhoenixChannel::State::Closed ||
        channel->state() == PhoenixChannel::State::Errored)
        channel->join();
}

void ClientSession::maybeLeaveChat(qint64 conversationId)
{
    if (conversationId == m_open || m_outbox->pendingConversations().contains(conversationId))
        return;
    // Leaving lets the server notify us about this conversation again; the synced seq stays,
    // so the next join replays only what was missed.
    dropChat(conversationId);
}

void ClientSession::dropChat(qint64 conversationId)
{
    if (m_chats.remove(conversationId) > 0)
        m_socket->removeChannel(chatTopic(conversationId));
    m_historyInFlight.remove(conversationId);
    m_typingSentAt.remove(conversationId);
}

void ClientSession::onChatJoinFailed(qint64 conversationId, const QString &reason)
{
    qCInfo(lcClientSession) << "cannot join conversation" << conversationId << reason;
    if (reason != u"forbidden" && reason != u"not_found")
        return; // the channel retries on its own
    // Not ours any more: what is still unsent cannot go out.
    m_outbox->failConversation(conversationId, reason);
    dropChat(conversationId);
    if (conversationId == m_open)
        Q_EMIT actionFailed(QStringLiteral("open"), reason);
}

// --- join replies and live events ---

void ClientSession::onChatJoined(qint64 conversationId, const QJsonObject &response)
{
    if (response.contains(QLatin1StringView("events"))) {
        applyReplay(conversationId, response);
    } else if (const auto loaded = events::parseConversationLoaded(response)) {
        dispatch(*loaded);
    } else {
        qCWarning(lcClientSession)
            << "join reply for" << conversationId << "has an unexpected shape";
        return;
    }
    m_outbox->flush(conversationId);
    sendReadPosition(conversationId);
}

void ClientSession::applyReplay(qint64 conversationId, const QJsonObject &response)
{
    const auto replay = events::parseReplay(conversationId, response);
    if (!replay || replay->header.gap) {
        if (!replay)
            qCWarning(lcClientSession)
                << "replay for" << conversationId << "has an unexpected shape; reloading";
        if (replay)
            dispatch(replay->header);
        else if (m_state->conversation(conversationId))
            dispatch(gapFromState(*m_state, conversationId));
        reloadLatest(conversationId);
        return;
    }
    dispatch(replay->header);
    qint64 last = 0;
    for (const events::Event &event : replay->events) {
        dispatch(event);
        last = std::max(last, seqOf(event));
    }
    if (m_persister && last > 0)
        m_persister->advance(conversationId, last);
}

void ClientSession::onChatEvent(qint64 conversationId, const QString &event,
                                const QJsonObject &payload)
{
    const auto parsed = events::parseServerEvent(chatTopic(conversationId), event, payload);
    if (!parsed) {
        if (event != ev::MessageSent)
            qCWarning(lcClientSession) << "ignored chat event" << event;
        return;
    }
    dispatch(*parsed);
    // Live events of a joined topic arrive in order, so the log is complete up to this seq
    // (the ones we caused ourselves were applied from their replies).
    if (const qint64 seq = seqOf(*parsed); m_persister && seq > 0)
        m_persister->advance(conversationId, seq);
}

void ClientSession::noteTimelineReset(const events::Event &event)
{
    if (const auto *loaded = std::get_if<events::ConversationLoaded>(&event))
        ++m_timelineEpochs[loaded->conversation.id];
    else if (const auto *resync = std::get_if<events::ConversationResynced>(&event);
             resync && resync->gap)
        ++m_timelineEpochs[resync->conversation.id];
    else if (const auto *removed = std::get_if<events::ConversationRemoved>(&event))
        ++m_timelineEpochs[removed->conversationId];
}

// After a replay gap: the latest page replaces what was loaded and cached.
void ClientSession::reloadLatest(qint64 conversationId)
{
    PhoenixChannel *channel = joinedChat(conversationId);
    const model::Conversation *conversation = m_state->conversation(conversationId);
    if (!channel || !conversation)
        return;
    const int epoch = timelineEpoch(conversationId);
    channel->push(
        QString(ev::LoadHistory),
        {{QStringLiteral("before_seq"), conversation->lastSeq + 1},
         {QStringLiteral("limit"), kPageSize}},
        [this, guard = QPointer<ClientSession>(this), conversationId,
         epoch](const PushResult &result) {
            if (!guard || !result.ok || epoch != timelineEpoch(conversationId))
                return;
            const model::Conversation *current = m_state->conversation(conversationId);
            if (!current)
                return;
            events::ConversationResynced details = gapFromState(*m_state, conversationId);
            events::ConversationLoaded loaded;
            loaded.conversation = *current;
            loaded.members = details.members;
            loaded.readStates = details.readStates;
            loaded.messages =
                events::parseMessages(result.response.value(QLatin1StringView("messages")));
            loaded.hasMore = result.response.value(QLatin1StringView("has_more")).toBool();
            dispatch(loaded);
        },
        m_options.pushTimeoutMs);
}

// --- reading ---

void ClientSession::openConversation(qint64 conversationId)
{
    const qint64 previous = m_open;
    m_open = conversationId;
    if (previous && previous != conversationId)
        maybeLeaveChat(previous);
    ensureChatJoined(conversationId);
    if (!m_cache)
        return;
    if (m_state->members(conversationId).isEmpty())
        loadCachedDetails(conversationId);
    if (m_state->oldestLoadedSeq(conversationId) != 0)
        return;
    // The cached page shows at once; the join catches up behind it. A page the join replaced
    // meanwhile (a fresh first load, a gap) is dropped.
    const int epoch = timelineEpoch(conversationId);
    m_cache->loadMessages(
        conversationId, 0, kPageSize,
        [this, conversationId, epoch](const QList<model::Message> &messages) {
            if (messages.isEmpty() || epoch != timelineEpoch(conversationId))
                return;
            Reducer::apply(*m_state, events::HistoryLoaded{conversationId, messages, true, true});
        });
}

// Members and read positions as last seen, for a conversation opened before its join answers.
void ClientSession::loadCachedDetails(qint64 conversationId)
{
    m_cache->loadDetails(conversationId, [this, conversationId](const ConversationDetails &cached) {
        const model::Conversation *conversation = m_state->conversation(conversationId);
        if (!conversation || cached.members.isEmpty() ||
            !m_state->members(conversationId).isEmpty())
            return; // the join came first, and is newer
        Reducer::apply(*m_state, events::ConversationResynced{*conversation, cached.members,
                                                              cached.readStates, false});
    });
}

void ClientSession::closeConversation(qint64 conversationId)
{
    if (m_open != conversationId)
        return;
    m_open = 0;
    maybeLeaveChat(conversationId);
}

// The cache first: a full page there is a page without holes. Once the cache runs out, the
// server continues from wherever the cache stopped.
void ClientSession::loadOlder(qint64 conversationId)
{
    if (m_historyInFlight.contains(conversationId) || !m_state->hasOlderMessages(conversationId))
        return;
    m_historyInFlight.insert(conversationId);
    if (!m_cache) {
        loadOlderFromServer(conversationId);
        return;
    }
    const int epoch = timelineEpoch(conversationId);
    m_cache->loadMessages(conversationId, m_state->oldestLoadedSeq(conversationId), kPageSize,
                          [this, conversationId, epoch](const QList<model::Message> &messages) {
                              if (epoch != timelineEpoch(conversationId)) {
                                  // The timeline was replaced meanwhile: ask again, from where it
                                  // now starts.
                                  m_historyInFlight.remove(conversationId);
                                  loadOlder(conversationId);
                                  return;
                              }
                              if (!messages.isEmpty())
                                  Reducer::apply(
                                      *m_state,
                                      events::HistoryLoaded{conversationId, messages, true, true});
                              if (messages.size() >= kPageSize)
                                  m_historyInFlight.remove(conversationId);
                              else
                                  loadOlderFromServer(conversationId);
                          });
}

void ClientSession::loadOlderFromServer(qint64 conversationId)
{
    PhoenixChannel *channel = joinedChat(conversationId);
    const model::Conversation *conversation = m_state->conversation(conversationId);
    if (!channel || !conversation) {
        m_historyInFlight.remove(conversationId); // offline: the cache was all there is
        return;
    }
    const qint64 oldest = m_state->oldestLoadedSeq(conversationId);
    const qint64 before = oldest > 0 ? oldest : conversation->lastSeq + 1;
    const int epoch = timelineEpoch(conversationId);
    channel->push(
        QString(ev::LoadHistory),
        {{QStringLiteral("before_seq"), before}, {QStringLiteral("limit"), kPageSize}},
        [this, guard = QPointer<ClientSession>(this), conversationId,
         epoch](const PushResult &result) {
            if (!guard)
                return;
            m_historyInFlight.remove(conversationId);
            if (!result.ok)
                return;
            if (epoch != timelineEpoch(conversationId)) {
                loadOlder(conversationId);
                return;
            }
            const bool hasMore = result.response.value(QLatin1StringView("has_more")).toBool();
            dispatch(events::HistoryLoaded{
                conversationId,
                events::parseMessages(result.response.value(QLatin1StringView("messages"))),
                hasMore});
        },
        m_options.pushTimeoutMs);
}

} // namespace confab::client
