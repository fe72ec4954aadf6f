#include "client/ClientState.h"
#include "client/ConversationSession.h"
#include "client/LocalCache.h"
#include "client/PhoenixChannel.h"
#include "wire/ProtocolNames.h"

// Paging through one conversation's history, from the cache first and then from the server,
// and the other ways messages are fetched (threads, starred). A page asked for before the
// timeline was replaced (a fresh first load, a gap) no longer fits and is dropped.

namespace confab::client {

namespace ev = wire::event;

// After a replay gap: the latest page replaces what was loaded and cached.
void ConversationSession::reloadLatest()
{
    PhoenixChannel *joined = joinedChannel();
    const model::Conversation *conversation = m_state.conversation(m_id);
    if (!joined || !conversation)
        return;
    const int epoch = m_timelineEpoch;
    joined->push(
        QString(ev::LoadHistory),
        {{QStringLiteral("before_seq"), conversation->lastSeq + 1},
         {QStringLiteral("limit"), PageSize}},
        [this, guard = QPointer<ConversationSession>(this), epoch](const PushResult &result) {
            if (!guard || !result.ok || epoch != m_timelineEpoch)
                return;
            const model::Conversation *current = m_state.conversation(m_id);
            if (!current)
                return;
            events::ConversationResynced details = gapFromState();
            events::ConversationLoaded loaded;
            loaded.conversation = *current;
            loaded.members = details.members;
            loaded.readStates = details.readStates;
            loaded.messages =
                events::parseMessages(result.response.value(QLatin1StringView("messages")));
            loaded.hasMore = result.response.value(QLatin1StringView("has_more")).toBool();
            dispatch(loaded);
        },
        m_context.pushTimeoutMs);
}

void ConversationSession::showCachedTimeline()
{
    LocalCache *cache = m_context.cache();
    if (!cache)
        return;
    if (m_state.members(m_id).isEmpty())
        loadCachedDetails();
    if (m_state.oldestLoadedSeq(m_id) != 0)
        return;
    // The cached page shows at once; the join catches up behind it.
    const int epoch = m_timelineEpoch;
    cache->loadMessages(m_id, 0, PageSize,
                        [this, guard = QPointer<ConversationSession>(this),
                         epoch](const QList<model::Message> &messages) {
                            if (!guard || messages.isEmpty() || epoch != m_timelineEpoch)
                                return;
                            dispatchCached(events::HistoryLoaded{m_id, messages, true, true});
                        });
}

// Members and read positions as last seen, for a conversation opened before its join answers.
void ConversationSession::loadCachedDetails()
{
    m_context.cache()->loadDetails(m_id, [this, guard = QPointer<ConversationSession>(this)](
                                             const ConversationDetails &cached) {
        if (!guard)
            return;
        const model::Conversation *conversation = m_state.conversation(m_id);
        if (!conversation || cached.members.isEmpty() || !m_state.members(m_id).isEmpty())
            return; // the join came first, and is newer
        dispatchCached(
            events::ConversationResynced{*conversation, cached.members, cached.readStates, false});
    });
}

// The cache first: a full page there is a page without holes. Once the cache runs out, the
// server continues from wherever the cache stopped.
void ConversationSession::loadOlder()
{
    if (m_historyInFlight || !m_state.hasOlderMessages(m_id))
        return;
    m_historyInFlight = true;
    LocalCache *cache = m_context.cache();
    if (!cache) {
        loadOlderFromServer();
        return;
    }
    const int epoch = m_timelineEpoch;
    cache->loadMessages(m_id, m_state.oldestLoadedSeq(m_id), PageSize,
                        [this, guard = QPointer<ConversationSession>(this),
                         epoch](const QList<model::Message> &messages) {
                            if (!guard)
                                return;
                            if (epoch != m_timelineEpoch) {
                                // The timeline was replaced meanwhile: ask again, from where it
                                // now starts.
                                m_historyInFlight = false;
                                loadOlder();
                                return;
                            }
                            if (!messages.isEmpty())
                                dispatchCached(events::HistoryLoaded{m_id, messages, true, true});
                            if (messages.size() >= PageSize)
                                m_historyInFlight = false;
                            else
                                loadOlderFromServer();
                        });
}

void ConversationSession::loadOlderFromServer()
{
    PhoenixChannel *joined = joinedChannel();
    const model::Conversation *conversation = m_state.conversation(m_id);
    if (!joined || !conversation) {
        m_historyInFlight = false; // offline: the cache was all there is
        return;
    }
    const qint64 oldest = m_state.oldestLoadedSeq(m_id);
    const qint64 before = oldest > 0 ? oldest : conversation->lastSeq + 1;
    const int epoch = m_timelineEpoch;
    joined->push(
        QString(ev::LoadHistory),
        {{QStringLiteral("before_seq"), before}, {QStringLiteral("limit"), PageSize}},
        [this, guard = QPointer<ConversationSession>(this), epoch](const PushResult &result) {
            if (!guard)
                return;
            m_historyInFlight = false;
            if (!result.ok)
                return;
            if (epoch != m_timelineEpoch) {
                loadOlder();
                return;
            }
            const bool hasMore = result.response.value(QLatin1StringView("has_more")).toBool();
            dispatch(events::HistoryLoaded{
                m_id, events::parseMessages(result.response.value(QLatin1StringView("messages"))),
                hasMore});
        },
        m_context.pushTimeoutMs);
}

void ConversationSession::loadThread(qint64 rootId)
{
    if (LocalCache *cache = m_context.cache())
        cache->loadThread(m_id, rootId,
                          [this, guard = QPointer<ConversationSession>(this)](
                              const QList<model::Message> &messages) {
                              if (guard)
                                  dispatchCached(events::MessagesMerged{m_id, messages, true});
                          });
    if (!joinedChannel())
        return;
    push(QStringLiteral("load_thread"), QString(ev::LoadThread),
         {{QStringLiteral("message_id"), rootId}}, [this](const QJsonObject &response) {
             QList<model::Message> messages =
                 events::parseMessages(response.value(QLatin1StringView("replies")));
             if (auto root =
                     model::Message::fromJson(response.value(QLatin1StringView("root")).toObject()))
                 messages.prepend(*root);
             dispatch(events::MessagesMerged{m_id, messages});
         });
}

void ConversationSession::loadStarred()
{
    if (LocalCache *cache = m_context.cache())
        cache->loadStarred(m_id, [this, guard = QPointer<ConversationSession>(this)](
                                     const QList<model::Message> &messages) {
            if (guard)
                dispatchCached(events::MessagesMerged{m_id, messages, true});
        });
    if (!joinedChannel())
        return;
    push(QStringLiteral("list_starred"), QString(ev::ListStarred), {},
         [this](const QJsonObject &response) {
             dispatch(events::MessagesMerged{
                 m_id, events::parseMessages(response.value(QLatin1StringView("messages")))});
         });
}

} // namespace confab::client
