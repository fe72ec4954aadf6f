#include "client/Reducer.h"

#include <QDeadlineTimer>
#include <QSet>
#include <algorithm>
#include <functional>

namespace confab::client {

using namespace events;

// The steps of the reducer, one per event type. A friend of ClientState, so it is the only code
// that writes the state's fields; it emits exactly the signals that describe each change.
struct ReducerSteps
{
    ClientState &s;

    // --- helpers ---

    struct Upserted
    {
        QList<qint64> inserted;
        QList<qint64> changed;
    };

    // How a message reached the state, which decides what it may change.
    enum class Arrival {
        Live,        // new: live, replayed or acknowledged; counts as a reply on its root
        ServerPage,  // a history page from the server: authoritative, extends the window
        CachePage,   // a history page from the cache: fills in only, extends the window
        ServerMerge, // thread or starred list from the server: replaces, no window change
        CacheMerge,  // thread or starred list from the cache: fills in only
    };

    static bool fillsOnly(Arrival arrival)
    {
        return arrival == Arrival::CachePage || arrival == Arrival::CacheMerge;
    }

    // Replaces a loaded message with another copy of it. The copy may be older (a replayed
    // receive_message carries the message as it was sent, and the replies that follow it in the
    // log count themselves again); the server's reply count never goes down, so the larger one
    // is right. False when nothing changed.
    static bool replaceMessage(model::Message &loaded, const model::Message &incoming)
    {
        model::Message merged = incoming;
        merged.replyCount = std::max(loaded.replyCount, incoming.replyCount);
        if (merged == loaded)
            return false;
        loaded = std::move(merged);
        return true;
    }

    static void insertSorted(ClientState::Timeline &timeline, const model::Message &message)
    {
        const auto at = std::upper_bound(
            timeline.messages.cbegin(), timeline.messages.cend(), message.seq,
            [](qint64 seq, const model::Message &loaded) { return seq < loaded.seq; });
        const qsizetype position = at - timeline.messages.cbegin();
        timeline.messages.insert(position, message);
        timeline.reindexFrom(position); // later indexes shifted by one
    }

    // Moves the start of the hole-free part of the timeline down to what just arrived.
    static void extendWindow(ClientState::Timeline &timeline, const QList<model::Message> &messages,
                             Arrival arrival)
    {
        if (messages.isEmpty() || arrival == Arrival::ServerMerge || arrival == Arrival::CacheMerge)
            return;
        const qint64 first =
            std::min_element(messages.cbegin(), messages.cend(), [](const auto &a, const auto &b) {
                return a.seq < b.seq;
            })->seq;
        // Live arrivals only open a window nothing else opened: they are newer than any page.
        if (arrival == Arrival::Live && timeline.completeFrom != 0)
            return;
        if (timeline.completeFrom == 0 || first < timeline.completeFrom)
            timeline.completeFrom = first;
    }

    // Inserts or replaces messages in a conversation's timeline, keeping it sorted by seq.
    Upserted upsertMessages(qint64 conversationId, const QList<model::Message> &messages,
                            Arrival arrival)
    {
        ClientState::Timeline &timeline = s.timelineOf(conversationId);
        Upserted result;
        for (const model::Message &message : messages) {
            settleOutbox(message);
            const auto existing = timeline.indexById.constFind(message.id);
            if (existing != timeline.indexById.cend()) {
                if (!fillsOnly(arrival) && replaceMessage(timeline.messages[*existing], message))
                    result.changed.append(message.id);
                continue;
            }
            insertSorted(timeline, message);
            result.inserted.append(message.id);
            if (arrival == Arrival::Live)
                countNewReply(conversationId, timeline, message);
        }
        extendWindow(timeline, messages, arrival);
        if (!result.inserted.isEmpty())
            Q_EMIT s.messagesInserted(conversationId, result.inserted);
        for (qint64 id : std::as_const(result.changed))
            Q_EMIT s.messageChanged(conversationId, id);
        return result;
    }

    // A reply that arrives live adds one to its root's count; thread_updated later sets the
    // exact number, and replayed logs (which do not carry thread_updated) stay right too.
    // Loaded pages do not count: their roots already include them.
    void countNewReply(qint64 conversationId, ClientState::Timeline &timeline,
                       const model::Message &message)
    {
        if (!message.parentId)
            return;
        const auto root = timeline.indexById.constFind(*message.parentId);
        if (root == timeline.indexById.cend())
            return;
        ++timeline.messages[*root].replyCount;
        Q_EMIT s.messageChanged(conversationId, *message.parentId);
    }

    // Changes one loaded message in place; false when it is not loaded.
    bool editMessage(qint64 conversationId, qint64 messageId,
                     const std::function<void(model::Message &)> &change)
    {
        auto timeline = s.m_timelines.find(conversationId);
        if (timeline == s.m_timelines.end())
            return false;
        const auto index = timeline->indexById.constFind(messageId);
        if (index == timeline->indexById.cend())
            return false;
        change(timeline->messages[*index]);
        Q_EMIT s.messageChanged(conversationId, messageId);
        return true;
    }

    // Keeps the conversation list's preview and last_seq in step with what arrived.
    void noteLatest(const model::Message &message)
    {
        auto conversation = s.m_conversations.find(message.conversationId);
        if (conversation == s.m_conversations.end())
            return;
        bool changed = false;
        if (message.seq > conversation->lastSeq) {
            conversation->lastSeq = message.seq;
            changed = true;
        }
        if (conversation->reader && !message.parentId) {
            std::optional<model::Message> &last = conversation->reader->lastMessage;
            if (!last || last->id == message.id || last->seq < message.seq) {
                if (last != message) {
                    last = message;
                    changed = true;
                }
            }
        }
        if (changed)
            Q_EMIT s.conversationChanged(message.conversationId);
    }

    void bumpSeq(qint64 conversationId, qint64 seq)
    {
        auto conversation = s.m_conversations.find(conversationId);
        if (conversation != s.m_conversations.end() && seq > conversation->lastSeq) {
            conversation->lastSeq = seq;
            Q_EMIT s.conversationChanged(conversationId);
        }
    }

    // Applies a message change to the conversation list preview when it shows that message.
    void refreshPreview(qint64 conversationId, const model::Message &updated)
    {
        auto conversation = s.m_conversations.find(conversationId);
        if (conversation == s.m_conversations.end() || !conversation->reader ||
            !conversation->reader->lastMessage ||
            conversation->reader->lastMessage->id != updated.id)
            return;
        conversation->reader->lastMessage = updated;
        Q_EMIT s.conversationChanged(conversationId);
    }

    void dropOutboxEntry(const QString &mobileRefId, qint64 conversationId)
    {
        const auto removed = s.m_outbox.removeIf(
            [&](const OutboxEntry &entry) { return entry.mobileRefId == mobileRefId; });
        if (removed > 0)
            Q_EMIT s.outboxChanged(conversationId);
    }

    // Our own message arriving by any path (reply, replay, page, conversation list activity,
    // another device) settles the outbox entry that carried it: this is what keeps a resend
    // from showing twice. The only place that rule lives: the cache follows the state's outbox
    // (CachePersister::forgetSettledOutboxEntries).
    void settleOutbox(const model::Message &message)
    {
        if (message.mobileRefId && message.senderId == s.m_me.id)
            dropOutboxEntry(*message.mobileRefId, message.conversationId);
    }

    void storeMessage(const model::Message &message)
    {
        upsertMessages(message.conversationId, {message}, Arrival::Live);
        noteLatest(message);
    }

    // An empty title or topic is shown as none, as a cleared one is.
    static std::optional<QString> patchedText(const std::optional<QString> &value)
    {
        return value && !value->isEmpty() ? value : std::nullopt;
    }

    void applyChanges(qint64 conversationId, const ConversationChanges &changes)
    {
        auto conversation = s.m_conversations.find(conversationId);
        if (conversation == s.m_conversations.end())
            return;
        if (changes.title)
            conversation->title = patchedText(*changes.title);
        if (changes.topic)
            conversation->topic = patchedText(*changes.topic);
        if (changes.archived)
            conversation->archived = *changes.archived;
        if (changes.memberCount)
            conversation->memberCount = int(*changes.memberCount);
        if (conversation->reader && changes.pinned)
            conversation->reader->pinned = *changes.pinned;
        if (conversation->reader && changes.muted)
            conversation->reader->muted = *changes.muted;
        if (changes.ownerId)
            setOwner(conversationId, *changes.ownerId);
        Q_EMIT s.conversationChanged(conversationId);
    }

    void setOwner(qint64 conversationId, qint64 ownerId)
    {
        auto members = s.m_members.find(conversationId);
        if (members == s.m_members.end())
            return;
        for (model::Member &member : *members)
            member.role =
                member.userId == ownerId ? model::Member::Role::Owner : model::Member::Role::Member;
        Q_EMIT s.membersChanged(conversationId);
    }

    void putConversation(const model::Conversation &conversation)
    {
        const bool known = s.m_conversations.contains(conversation.id);
        model::Conversation merged = conversation;
        // A chat join reply may describe the conversation without this reader's view.
        if (!merged.reader && known)
            merged.reader = s.m_conversations.value(conversation.id).reader;
        s.m_conversations.insert(conversation.id, merged);
        if (known)
            Q_EMIT s.conversationChanged(conversation.id);
        else
            Q_EMIT s.conversationAdded(conversation.id);
    }

    void putDetails(qint64 conversationId, const QList<model::Member> &members,
                    const QList<ReadState> &readStates)
    {
        s.m_members.insert(conversationId, members);
        QHash<qint64, qint64> &seqs = s.m_readSeqs[conversationId];
        seqs.clear();
        for (const ReadState &state : readStates)
            seqs.insert(state.userId, state.lastReadSeq);
        Q_EMIT s.membersChanged(conversationId);
        Q_EMIT s.readStatesChanged(conversationId);
    }

    void forget(qint64 conversationId)
    {
        s.m_conversations.remove(conversationId);
        s.m_timelines.remove(conversationId);
        s.m_members.remove(conversationId);
        s.m_readSeqs.remove(conversationId);
        s.m_typing.remove(conversationId);
        s.m_typingRefreshed.remove(conversationId);
    }

    // A typing state is stamped with when it was last refreshed, so that it can expire even
    // when the server's "stopped" never reaches us (TypingExpired).
    void setTyping(qint64 conversationId, const TypingUser &user, bool typing)
    {
        QList<TypingUser> &users = s.m_typing[conversationId];
        const auto removed =
            users.removeIf([&](const TypingUser &known) { return known.userId == user.userId; });
        QHash<qint64, qint64> &refreshed = s.m_typingRefreshed[conversationId];
        if (typing) {
            users.append(user);
            refreshed.insert(user.userId, QDeadlineTimer::current().deadline());
        } else {
            refreshed.remove(user.userId);
        }
        if (users.isEmpty())
            s.m_typing.remove(conversationId);
        if (refreshed.isEmpty())
            s.m_typingRefreshed.remove(conversationId);
        if (typing || removed > 0)
            Q_EMIT s.typingChanged(conversationId);
    }

    // A user with no device left, or whose message arrived, is not typing any more.
    void stopTyping(qint64 userId)
    {
        const QList<qint64> conversations = s.m_typing.keys();
        for (qint64 conversationId : conversations)
            setTyping(conversationId, {userId, {}}, false);
    }

    // Everyone whose presence a view may show: when presence turns known or unknown, all of
    // them change, not only those with devices.
    QList<qint64> everyoneKnown() const
    {
        QSet<qint64> users(s.m_presence.keyBegin(), s.m_presence.keyEnd());
        for (const QList<model::Member> &members : std::as_const(s.m_members)) {
            for (const model::Member &member : members)
                users.insert(member.userId);
        }
        for (const model::Conversation &conversation : std::as_const(s.m_conversations)) {
            if (conversation.reader && conversation.reader->peer)
                users.insert(conversation.reader->peer->id);
        }
        return users.values();
    }

    // --- one operator() per event ---

    void operator()(const AccountLoaded &e)
    {
        if (e.hasMore.value_or(false)) {
            s.m_me = e.me;
            Q_EMIT s.meChanged();
            for (const model::Conversation &conversation : e.conversations)
                putConversation(conversation);
            return;
        }
        s.m_me = e.me;
        QSet<qint64> present;
        QHash<qint64, model::Conversation> conversations;
        for (const model::Conversation &conversation : e.conversations) {
            conversations.insert(conversation.id, conversation);
            present.insert(conversation.id);
        }
        const QList<qint64> known = s.m_conversations.keys();
        for (qint64 id : known) {
            if (!present.contains(id))
                forget(id);
        }
        s.m_conversations = conversations;
        Q_EMIT s.meChanged();
        Q_EMIT s.conversationsReset();
    }
    void operator()(const ConversationsPaged &e)
    {
        for (const model::Conversation &conversation : e.conversations)
            putConversation(conversation);
    }
    void operator()(const ConversationListCompleted &e)
    {
        const QList<qint64> known = s.m_conversations.keys();
        for (qint64 id : known) {
            if (e.listed.contains(id))
                continue;
            forget(id);
            Q_EMIT s.conversationRemoved(id);
        }
    }
    void operator()(const ConversationCreated &e) { putConversation(e.conversation); }
    void operator()(const ConversationUpdated &e) { applyChanges(e.conversationId, e.changes); }
    void operator()(const ConversationRemoved &e)
    {
        if (!s.m_conversations.contains(e.conversationId))
            return;
        forget(e.conversationId);
        Q_EMIT s.conversationRemoved(e.conversationId);
    }
    void operator()(const ConversationRead &e)
    {
        auto conversation = s.m_conversations.find(e.conversationId);
        if (conversation == s.m_conversations.end() || !conversation->reader)
            return;
        conversation->reader->lastReadSeq = e.lastReadSeq;
        conversation->reader->unreadCount = e.unreadCount;
        Q_EMIT s.conversationChanged(e.conversationId);
        operator()(MessageRead{e.conversationId, s.m_me.id, e.lastReadSeq});
    }
    void operator()(const ConversationActivity &e)
    {
        auto conversation = s.m_conversations.find(e.conversationId);
        if (conversation == s.m_conversations.end())
            return;
        if (conversation->reader)
            conversation->reader->unreadCount = e.unreadCount;
        setTyping(e.conversationId, {e.message.senderId, {}}, false);
        // Only a loaded timeline takes the message; an unloaded one catches up on join.
        if (s.oldestLoadedSeq(e.conversationId) != 0) {
            storeMessage(e.message);
        } else {
            settleOutbox(e.message);
            noteLatest(e.message);
        }
        Q_EMIT s.conversationChanged(e.conversationId);
    }
    void operator()(const PresenceState &e)
    {
        QSet<qint64> affected(s.m_presence.keyBegin(), s.m_presence.keyEnd());
        for (auto it = e.presence.cbegin(); it != e.presence.cend(); ++it)
            affected.insert(it.key());
        if (!s.m_presenceKnown) {
            const QList<qint64> everyone = everyoneKnown();
            affected.unite(QSet<qint64>(everyone.cbegin(), everyone.cend()));
        }
        const QList<qint64> before = s.m_presence.keys();
        s.m_presence = e.presence;
        s.m_presenceKnown = true;
        for (qint64 userId : before) {
            if (!s.m_presence.contains(userId))
                stopTyping(userId);
        }
        Q_EMIT s.presenceChanged(affected.values());
    }
    // Metas are matched by phx_ref, as phoenix.js Presence does. Leaves go first: the server
    // reports a status change as the same phx_ref leaving and joining again, which applied
    // joins-first (phoenix.js's order) would end with the device gone.
    void operator()(const PresenceDiff &e)
    {
        QSet<qint64> affected;
        for (auto it = e.leaves.cbegin(); it != e.leaves.cend(); ++it) {
            QList<model::PresenceMeta> &metas = s.m_presence[it.key()];
            for (const model::PresenceMeta &left : it.value())
                metas.removeIf([&](const auto &meta) { return meta.phxRef == left.phxRef; });
            if (metas.isEmpty())
                s.m_presence.remove(it.key());
            affected.insert(it.key());
        }
        // Gone for good only when no device is left and none joins again in this diff (a
        // status change is its device leaving and joining).
        for (auto it = e.leaves.cbegin(); it != e.leaves.cend(); ++it) {
            if (!s.m_presence.contains(it.key()) && !e.joins.contains(it.key()))
                stopTyping(it.key());
        }
        for (auto it = e.joins.cbegin(); it != e.joins.cend(); ++it) {
            QList<model::PresenceMeta> &metas = s.m_presence[it.key()];
            for (const model::PresenceMeta &joined : it.value()) {
                metas.removeIf([&](const auto &meta) { return meta.phxRef == joined.phxRef; });
                metas.append(joined);
            }
            affected.insert(it.key());
        }
        Q_EMIT s.presenceChanged(affected.values());
    }
    void operator()(const ConversationLoaded &e)
    {
        putConversation(e.conversation);
        putDetails(e.conversation.id, e.members, e.readStates);
        ClientState::Timeline &timeline = s.timelineOf(e.conversation.id);
        timeline = {};
        timeline.messages = e.messages;
        std::stable_sort(timeline.messages.begin(), timeline.messages.end(),
                         [](const auto &a, const auto &b) { return a.seq < b.seq; });
        timeline.reindexFrom(0);
        timeline.hasOlder = e.hasMore;
        // An empty conversation is loaded too: everything after its last seq will come live.
        timeline.completeFrom = timeline.messages.isEmpty()
                                    ? std::max<qint64>(1, e.conversation.lastSeq + 1)
                                    : timeline.messages.constFirst().seq;
        for (const model::Message &message : std::as_const(timeline.messages))
            settleOutbox(message);
        Q_EMIT s.messagesReset(e.conversation.id);
    }
    void operator()(const ConversationResynced &e)
    {
        putConversation(e.conversation);
        putDetails(e.conversation.id, e.members, e.readStates);
        if (e.gap) {
            ClientState::Timeline &timeline = s.timelineOf(e.conversation.id);
            timeline = {};
            Q_EMIT s.messagesReset(e.conversation.id);
        }
    }
    void operator()(const MessageReceived &e)
    {
        storeMessage(e.message);
        // Whoever sent it has stopped typing it; the server's "stopped" may come later or not.
        setTyping(e.message.conversationId, {e.message.senderId, {}}, false);
    }
    void operator()(const MessageEdited &e)
    {
        // Only a loaded copy changes: an edit never brings an old message into the timeline,
        // where it would sit above a hole that paging could not see.
        const qint64 conversationId = e.message.conversationId;
        ClientState::Timeline &timeline = s.timelineOf(conversationId);
        const auto index = timeline.indexById.constFind(e.message.id);
        if (index != timeline.indexById.cend() &&
            replaceMessage(timeline.messages[*index], e.message))
            Q_EMIT s.messageChanged(conversationId, e.message.id);
        refreshPreview(conversationId, e.message);
        bumpSeq(conversationId, e.seq);
    }
    void operator()(const MessageDeleted &e)
    {
        editMessage(e.conversationId, e.messageId, [](model::Message &message) {
            message.deleted = true;
            message.content.clear();
            message.reactions.clear();
            message.starred = false;
            message.starredBy.reset();
        });
        auto conversation = s.m_conversations.find(e.conversationId);
        if (conversation != s.m_conversations.end() && conversation->reader &&
            conversation->reader->lastMessage &&
            conversation->reader->lastMessage->id == e.messageId) {
            conversation->reader->lastMessage->deleted = true;
            conversation->reader->lastMessage->content.clear();
            Q_EMIT s.conversationChanged(e.conversationId);
        }
        bumpSeq(e.conversationId, e.seq);
    }
    void operator()(const ReactionsChanged &e)
    {
        editMessage(e.conversationId, e.messageId,
                    [&](model::Message &message) { message.reactions = e.reactions; });
        bumpSeq(e.conversationId, e.seq);
    }
    void operator()(const MessageStarred &e)
    {
        editMessage(e.conversationId, e.messageId, [&](model::Message &message) {
            message.starred = e.starred;
            message.starredBy = e.starred ? std::optional<qint64>(e.by) : std::nullopt;
        });
        bumpSeq(e.conversationId, e.seq);
    }
    void operator()(const MemberJoined &e)
    {
        QList<model::Member> &members = s.m_members[e.conversationId];
        members.removeIf([&](const model::Member &m) { return m.userId == e.member.userId; });
        members.append(e.member);
        Q_EMIT s.membersChanged(e.conversationId);
        bumpSeq(e.conversationId, e.seq);
    }
    void operator()(const MemberLeft &e)
    {
        s.m_members[e.conversationId].removeIf(
            [&](const model::Member &m) { return m.userId == e.userId; });
        s.m_readSeqs[e.conversationId].remove(e.userId);
        setTyping(e.conversationId, {e.userId, {}}, false);
        Q_EMIT s.membersChanged(e.conversationId);
        Q_EMIT s.readStatesChanged(e.conversationId);
        bumpSeq(e.conversationId, e.seq);
    }
    void operator()(const ChatConversationUpdated &e)
    {
        applyChanges(e.conversationId, e.changes);
        bumpSeq(e.conversationId, e.seq);
    }
    void operator()(const ThreadUpdated &e)
    {
        editMessage(e.conversationId, e.messageId,
                    [&](model::Message &message) { message.replyCount = e.replyCount; });
    }
    void operator()(const MessageRead &e)
    {
        qint64 &seq = s.m_readSeqs[e.conversationId][e.userId];
        if (e.seq <= seq)
            return;
        seq = e.seq;
        Q_EMIT s.readStatesChanged(e.conversationId);
    }
    void operator()(const Typing &e)
    {
        if (e.userId != s.m_me.id)
            setTyping(e.conversationId, {e.userId, e.displayName}, e.typing);
    }
    void operator()(const TypingExpired &e)
    {
        const QHash<qint64, QHash<qint64, qint64>> refreshed = s.m_typingRefreshed;
        for (auto conversation = refreshed.cbegin(); conversation != refreshed.cend();
             ++conversation) {
            for (auto user = conversation->cbegin(); user != conversation->cend(); ++user) {
                if (user.value() <= e.refreshedUpTo)
                    setTyping(conversation.key(), {user.key(), {}}, false);
            }
        }
    }
    void operator()(const HistoryLoaded &e)
    {
        upsertMessages(e.conversationId, e.messages,
                       e.fromCache ? Arrival::CachePage : Arrival::ServerPage);
        s.timelineOf(e.conversationId).hasOlder = e.hasMore;
    }
    void operator()(const MessagesMerged &e)
    {
        upsertMessages(e.conversationId, e.messages,
                       e.fromCache ? Arrival::CacheMerge : Arrival::ServerMerge);
    }
    void operator()(const OutboxQueued &e)
    {
        const auto existing =
            std::find_if(s.m_outbox.begin(), s.m_outbox.end(), [&](const OutboxEntry &entry) {
                return entry.mobileRefId == e.entry.mobileRefId;
            });
        if (existing != s.m_outbox.end())
            *existing = e.entry;
        else
            s.m_outbox.append(e.entry);
        std::stable_sort(s.m_outbox.begin(), s.m_outbox.end(),
                         [](const auto &a, const auto &b) { return a.position < b.position; });
        Q_EMIT s.outboxChanged(e.entry.conversationId);
    }
    void operator()(const OutboxFailed &e)
    {
        for (OutboxEntry &entry : s.m_outbox) {
            if (entry.mobileRefId == e.mobileRefId) {
                entry.status = OutboxEntry::Status::Failed;
                entry.failureReason = e.reason;
                Q_EMIT s.outboxChanged(entry.conversationId);
                return;
            }
        }
    }
    void operator()(const OutboxDiscarded &e)
    {
        if (const OutboxEntry *entry = s.outboxEntry(e.mobileRefId))
            dropOutboxEntry(e.mobileRefId, entry->conversationId);
    }
    void operator()(const MessageAcknowledged &e) { storeMessage(e.message); }
    void operator()(const NotificationReceived &e)
    {
        Q_EMIT s.notificationReceived(e.notification, e.pending);
    }
    void operator()(const NotificationCount &e)
    {
        if (s.m_notificationCount == e.count)
            return;
        s.m_notificationCount = e.count;
        Q_EMIT s.notificationCountChanged(e.count);
    }
    void operator()(const Disconnected &)
    {
        const QList<qint64> typingIn = s.m_typing.keys();
        s.m_typing.clear();
        s.m_typingRefreshed.clear();
        for (qint64 id : typingIn)
            Q_EMIT s.typingChanged(id);
        // Nobody is offline because we are: everyone's presence is unknown until the next
        // presence_state.
        const QList<qint64> everyone = s.m_presenceKnown ? everyoneKnown() : s.m_presence.keys();
        s.m_presence.clear();
        s.m_presenceKnown = false;
        if (!everyone.isEmpty())
            Q_EMIT s.presenceChanged(everyone);
    }
};

void Reducer::apply(ClientState &state, const Event &event)
{
    std::visit(ReducerSteps{state}, event);
}

} // namespace confab::client
