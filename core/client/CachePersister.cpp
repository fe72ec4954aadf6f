#include "client/CachePersister.h"

#include "client/ClientState.h"
#include "client/LocalCache.h"

namespace confab::client {

using namespace events;

CachePersister::CachePersister(const ClientState &state, LocalCache &cache)
    : m_state(state)
    , m_cache(cache)
{
}

void CachePersister::restore(const CacheSnapshot &snapshot)
{
    m_syncedSeqs = snapshot.syncedSeqs;
    for (const model::Conversation &conversation : snapshot.conversations)
        m_conversationIds.insert(conversation.id);
    for (const OutboxEntry &entry : snapshot.outbox)
        m_outboxRefs.insert(entry.mobileRefId);
}

void CachePersister::advance(qint64 conversationId, qint64 seq)
{
    qint64 &synced = m_syncedSeqs[conversationId];
    if (seq <= synced)
        return;
    synced = seq;
    m_cache.setSyncedSeq(conversationId, seq);
}

void CachePersister::resetSynced(qint64 conversationId, qint64 seq)
{
    m_syncedSeqs.insert(conversationId, seq);
    m_cache.setSyncedSeq(conversationId, seq);
}

void CachePersister::saveConversation(qint64 conversationId)
{
    if (const model::Conversation *conversation = m_state.conversation(conversationId)) {
        m_cache.saveConversations({*conversation});
        m_conversationIds.insert(conversationId);
    }
}

void CachePersister::removeConversation(qint64 conversationId)
{
    m_cache.removeConversation(conversationId);
    m_conversationIds.remove(conversationId);
    m_syncedSeqs.remove(conversationId);
}

// A message that arrived (live, replayed, acknowledged): the state's copy carries merged
// fields, such as a reply count the reducer kept.
void CachePersister::saveArrived(const model::Message &message)
{
    const model::Message *stored = m_state.message(message.conversationId, message.id);
    m_cache.saveMessages({stored ? *stored : message});
    if (message.parentId) {
        if (const model::Message *root = m_state.message(message.conversationId, *message.parentId))
            m_cache.saveMessages({*root});
    }
}

// Changes a message the state may not hold: the loaded copy is saved as it is; otherwise the
// cached copy, if there is one, is read, changed and written back. Changes that come while it
// is read join the same write, so none of them is lost.
void CachePersister::patchMessage(qint64 conversationId, qint64 messageId, Patch patch)
{
    if (const model::Message *loaded = m_state.message(conversationId, messageId)) {
        m_cache.saveMessages({*loaded});
        return;
    }
    QList<Patch> &queued = m_patches[messageId];
    queued.append(std::move(patch));
    if (queued.size() > 1)
        return;
    m_cache.loadThread(conversationId, messageId,
                       [this, messageId](const QList<model::Message> &thread) {
                           const QList<Patch> patches = m_patches.take(messageId);
                           for (model::Message message : thread) {
                               if (message.id != messageId)
                                   continue;
                               for (const Patch &change : patches)
                                   change(message);
                               m_cache.saveMessages({message});
                           }
                       });
}

// Whether an entry left the outbox (its message arrived, or it was discarded) is the
// reducer's decision; the cache drops whatever the state no longer holds, after the event's
// messages are saved, so a crash in between cannot lose a message that left the outbox.
void CachePersister::forgetSettledOutboxEntries()
{
    for (auto it = m_outboxRefs.begin(); it != m_outboxRefs.end();) {
        if (m_state.outboxEntry(*it)) {
            ++it;
            continue;
        }
        m_cache.removeOutboxEntry(*it);
        it = m_outboxRefs.erase(it);
    }
}

void CachePersister::saveDetails(qint64 conversationId)
{
    m_cache.saveMembers(conversationId, m_state.members(conversationId));
    QList<ReadState> readStates;
    for (const model::Member &member : m_state.members(conversationId))
        readStates.append({member.userId, m_state.readSeqOf(conversationId, member.userId)});
    m_cache.saveReadStates(conversationId, readStates);
}

// One overload per event that changes something worth keeping; the rest are transient.
struct CachePersister::Steps
{
    CachePersister &p;

    void operator()(const AccountLoaded &e)
    {
        p.m_cache.saveMe(e.me);
        if (e.hasMore.value_or(false))
            return operator()(ConversationsPaged{e.conversations});
        QSet<qint64> present;
        for (const model::Conversation &conversation : e.conversations)
            present.insert(conversation.id);
        // Conversations left or removed while this client was away.
        const QSet<qint64> cached = p.m_conversationIds;
        for (qint64 id : cached) {
            if (!present.contains(id))
                p.removeConversation(id);
        }
        p.m_cache.saveConversations(e.conversations);
        p.m_conversationIds = present;
    }
    void operator()(const ConversationsPaged &e)
    {
        p.m_cache.saveConversations(e.conversations);
        for (const model::Conversation &conversation : e.conversations)
            p.m_conversationIds.insert(conversation.id);
    }
    void operator()(const ConversationListCompleted &e)
    {
        const QSet<qint64> cached = p.m_conversationIds;
        for (qint64 id : cached) {
            if (!e.listed.contains(id))
                p.removeConversation(id);
        }
    }
    void operator()(const ConversationCreated &e) { p.saveConversation(e.conversation.id); }
    void operator()(const ConversationUpdated &e) { p.saveConversation(e.conversationId); }
    void operator()(const ConversationRemoved &e) { p.removeConversation(e.conversationId); }
    void operator()(const ConversationRead &e)
    {
        p.saveConversation(e.conversationId);
        p.m_cache.saveReadStates(e.conversationId, {{p.m_state.me().id, e.lastReadSeq}});
    }
    void operator()(const ConversationActivity &e)
    {
        p.saveConversation(e.conversationId);
        // Only next to a cached log: a conversation never joined here has no range for the
        // message to extend, just holes around it.
        if (p.syncedSeq(e.conversationId))
            p.saveArrived(e.message);
    }
    void operator()(const ConversationLoaded &e)
    {
        p.saveConversation(e.conversation.id);
        p.saveDetails(e.conversation.id);
        p.m_cache.replaceMessages(e.conversation.id, e.messages);
        p.resetSynced(e.conversation.id, e.conversation.lastSeq);
    }
    void operator()(const ConversationResynced &e)
    {
        p.saveConversation(e.conversation.id);
        p.saveDetails(e.conversation.id);
        if (e.gap)
            p.m_cache.replaceMessages(e.conversation.id, {});
    }
    void operator()(const MessageReceived &e) { p.saveArrived(e.message); }
    void operator()(const MessageAcknowledged &e)
    {
        p.saveArrived(e.message);
        // Our own message is not broadcast back to us; when it is the very next change, the
        // log stays complete through it and the next join need not replay it.
        const std::optional<qint64> synced = p.syncedSeq(e.message.conversationId);
        if (synced && e.message.seq == *synced + 1)
            p.advance(e.message.conversationId, e.message.seq);
    }
    void operator()(const MessageEdited &e)
    {
        const model::Message edited = e.message;
        p.patchMessage(edited.conversationId, edited.id, [edited](model::Message &cached) {
            const int replies = std::max(cached.replyCount, edited.replyCount);
            cached = edited;
            cached.replyCount = replies;
        });
        p.saveConversation(edited.conversationId);
    }
    void operator()(const MessageDeleted &e)
    {
        p.patchMessage(e.conversationId, e.messageId, [](model::Message &cached) {
            cached.deleted = true;
            cached.content.clear();
            cached.reactions.clear();
            cached.starred = false;
            cached.starredBy.reset();
        });
        p.saveConversation(e.conversationId);
    }
    void operator()(const ReactionsChanged &e)
    {
        p.patchMessage(e.conversationId, e.messageId,
                       [reactions = e.reactions](auto &cached) { cached.reactions = reactions; });
    }
    void operator()(const MessageStarred &e)
    {
        p.patchMessage(e.conversationId, e.messageId, [e](model::Message &cached) {
            cached.starred = e.starred;
            cached.starredBy = e.starred ? std::optional<qint64>(e.by) : std::nullopt;
        });
    }
    void operator()(const ThreadUpdated &e)
    {
        p.patchMessage(
            e.conversationId, e.messageId,
            [count = e.replyCount](model::Message &cached) { cached.replyCount = count; });
    }
    void operator()(const MemberJoined &e) { p.saveDetails(e.conversationId); }
    void operator()(const MemberLeft &e) { p.saveDetails(e.conversationId); }
    void operator()(const ChatConversationUpdated &e)
    {
        p.saveConversation(e.conversationId);
        p.saveDetails(e.conversationId);
    }
    void operator()(const MessageRead &e)
    {
        p.m_cache.saveReadStates(e.conversationId,
                                 {{e.userId, p.m_state.readSeqOf(e.conversationId, e.userId)}});
    }
    void operator()(const HistoryLoaded &e)
    {
        // Pages from the cache are not dispatched, so this is a server page next to the window.
        p.m_cache.saveMessages(e.messages);
    }
    void operator()(const MessagesMerged &e)
    {
        // Only where the cache already holds the range: elsewhere the copy would be a hole
        // that history paging from the cache would skip.
        const qint64 windowStart = p.m_state.oldestLoadedSeq(e.conversationId);
        QList<model::Message> inWindow;
        for (const model::Message &message : e.messages) {
            if (windowStart != 0 && message.seq >= windowStart)
                inWindow.append(message);
        }
        if (!inWindow.isEmpty())
            p.m_cache.saveMessages(inWindow);
    }
    void operator()(const OutboxQueued &e)
    {
        p.m_cache.putOutboxEntry(e.entry);
        p.m_outboxRefs.insert(e.entry.mobileRefId);
    }
    void operator()(const OutboxFailed &e)
    {
        if (const OutboxEntry *entry = p.m_state.outboxEntry(e.mobileRefId))
            p.m_cache.putOutboxEntry(*entry);
    }
    // The entry left the state's outbox: forgetSettledOutboxEntries() drops it.
    void operator()(const OutboxDiscarded &) {}

    // Presence, typing, notifications and connection changes are not cached.
    void operator()(const PresenceState &) {}
    void operator()(const PresenceDiff &) {}
    void operator()(const Typing &) {}
    void operator()(const TypingExpired &) {}
    void operator()(const NotificationReceived &) {}
    void operator()(const NotificationCount &) {}
    void operator()(const Disconnected &) {}
};

void CachePersister::persist(const Event &event)
{
    std::visit(Steps{*this}, event);
    forgetSettledOutboxEntries();
}

} // namespace confab::client
