#include "client/ClientLogging.h"
#include "client/ClientState.h"
#include "client/ConversationSession.h"
#include "client/LocalCache.h"
#include "client/PhoenixChannel.h"
#include "protocol/ChatTopic.h"
#include "wire/ProtocolNames.h"

// Paging through one conversation's history, from the cache first and then from the server,
// and the other ways messages are fetched (threads, starred). A page asked for before the
// timeline was replaced (a fresh first load, a gap) no longer fits and is dropped.

namespace confab::client {

namespace ev = wire::event;
namespace chat = protocol::chat;

namespace {
// A history page from a push reply; empty (and logged) when the reply does not decode.
std::optional<chat::MessagesReply> pageOf(qint64 conversationId, const PushResult &result)
{
    auto page = chat::MessagesReply::fromJson(result.response);
    if (!page)
        qCWarning(lcClientSession)
            << "history page for" << conversationId << "refused:" << page.error().text();
    return std::move(page).toOptional();
}
} // namespace

// After a replay gap: the latest page replaces what was loaded and cached.
void ConversationSession::reloadLatest()
{
    PhoenixChannel *joined = joinedChannel();
    const model::Conversation *conversation = m_state.conversation(m_id);
    if (!joined || !conversation)
        return;
    const int epoch = m_timelineEpoch;
    joined->push(
        QString(ev::LoadHistory), chat::LoadHistory{conversation->lastSeq + 1, PageSize}.toJson(),
        [this, guard = QPointer<ConversationSession>(this), epoch](const PushResult &result) {
            if (!guard || !result.ok || epoch != m_timelineEpoch)
                return;
            const model::Conversation *current = m_state.conversation(m_id);
            const auto page = pageOf(m_id, result);
            if (!current || !page)
                return;
            events::ConversationResynced details = gapFromState();
            events::ConversationLoaded loaded;
            loaded.conversation = *current;
            loaded.members = details.members;
            loaded.readStates = details.readStates;
            loaded.messages = page->messages;
            loaded.hasMore = page->hasMore;
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
        QString(ev::LoadHistory), chat::LoadHistory{before, PageSize}.toJson(),
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
            if (const auto page = pageOf(m_id, result))
                dispatch(events::HistoryLoaded{m_id, page->messages, page->hasMore});
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
    push<chat::ThreadReply>(QStringLiteral("load_thread"), ev::LoadThread, chat::LoadThread{rootId},
                            [this](const chat::ThreadReply &thread) {
                                QList<model::Message> messages = thread.replies;
                                messages.prepend(thread.root);
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
    push<chat::MessagesReply>(QStringLiteral("list_starred"), ev::ListStarred, protocol::Empty{},
                              [this](const chat::MessagesReply &starred) {
                                  dispatch(events::MessagesMerged{m_id, starred.messages});
                              });
}

} // namespace confab::client
