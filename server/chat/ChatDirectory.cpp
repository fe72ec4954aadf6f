#include "chat/ChatDirectory.h"

#include "protocol/UserTopic.h"
#include "storage/MessageStore.h"

#include <QJsonObject>

namespace confab::server {

bool ConversationState::isOwner(qint64 userId) const
{
    const auto it = members.constFind(userId);
    return it != members.cend() && it->member.role == model::Member::Role::Owner;
}

ChatDirectory::Snapshot ChatDirectory::loadSnapshot(const QSqlDatabase &db)
{
    Snapshot snapshot;
    snapshot.conversations = ConversationStore::loadAll(db);
    for (const ConversationRecord &record : std::as_const(snapshot.conversations)) {
        const qint64 id = record.conversation.id;
        if (const auto last = MessageStore::last(db, id))
            snapshot.lastMessages.insert(id, *last);
        for (const MemberRecord &member : record.members) {
            snapshot.unread[id].insert(
                member.member.userId,
                MessageStore::unreadAfter(db, id, member.member.userId, member.lastReadSeq));
        }
    }
    return snapshot;
}

void ChatDirectory::reset(const Snapshot &snapshot)
{
    m_conversations.clear();
    m_byUser.clear();
    for (const ConversationRecord &record : snapshot.conversations) {
        put(record);
        const qint64 id = record.conversation.id;
        ConversationState &state = m_conversations[id];
        if (snapshot.lastMessages.contains(id))
            state.lastMessage = snapshot.lastMessages.value(id);
        for (auto it = state.members.begin(); it != state.members.end(); ++it)
            it->unread = snapshot.unread.value(id).value(it.key());
    }
}

const ConversationState *ChatDirectory::find(qint64 conversationId) const
{
    const auto it = m_conversations.constFind(conversationId);
    return it == m_conversations.cend() ? nullptr : &*it;
}

bool ChatDirectory::isMember(qint64 conversationId, qint64 userId) const
{
    const ConversationState *state = find(conversationId);
    return state && state->members.contains(userId);
}

QList<qint64> ChatDirectory::conversationsOf(qint64 userId) const
{
    return m_byUser.value(userId).values();
}

QList<qint64> ChatDirectory::audienceOf(qint64 userId) const
{
    QSet<qint64> audience{userId};
    for (qint64 conversationId : m_byUser.value(userId)) {
        const ConversationState *state = find(conversationId);
        for (auto it = state->members.cbegin(); it != state->members.cend(); ++it)
            audience.insert(it.key());
    }
    return audience.values();
}

namespace {
// A list shows one line of the last message: the rest would only make every conversation
// object (and so the join reply of a user with many of them) as big as the message.
std::optional<model::Message> previewOf(const std::optional<model::Message> &message)
{
    if (!message || message->content.size() <= protocol::user::PreviewLength)
        return message;
    model::Message preview = *message;
    qsizetype length = protocol::user::PreviewLength;
    if (preview.content.at(length - 1).isHighSurrogate())
        --length; // never half a character
    preview.content.truncate(length);
    preview.contentTruncated = true;
    return preview;
}

// The other member of a direct conversation, as a user object.
std::optional<model::User> peerOf(const ConversationState &state, qint64 readerId)
{
    for (const MemberState &member : state.members) {
        if (member.member.userId != readerId)
            return model::User{member.member.userId, member.member.username,
                               member.member.displayName};
    }
    return std::nullopt;
}
} // namespace

model::Conversation ChatDirectory::viewFor(qint64 conversationId, qint64 readerId) const
{
    const ConversationState *state = find(conversationId);
    if (!state)
        return {};
    model::Conversation view = state->conversation;
    view.memberCount = int(state->members.size());
    const auto member = state->members.constFind(readerId);
    if (member != state->members.cend()) {
        model::ReaderState reader;
        reader.unreadCount = member->unread;
        reader.lastReadSeq = member->lastReadSeq;
        reader.pinned = member->pinned;
        reader.muted = member->muted;
        reader.lastMessage = previewOf(state->lastMessage);
        if (view.kind == model::Conversation::Kind::Direct)
            reader.peer = peerOf(*state, readerId);
        view.reader = reader;
    }
    return view;
}

void ChatDirectory::put(const ConversationRecord &record)
{
    ConversationState &state = m_conversations[record.conversation.id];
    const std::optional<model::Message> last = state.lastMessage;
    state = ConversationState{record.conversation, {}, last};
    for (const MemberRecord &member : record.members)
        addMember(record.conversation.id, member);
}

void ChatDirectory::addMember(qint64 conversationId, const MemberRecord &record)
{
    ConversationState &state = m_conversations[conversationId];
    MemberState member{record.member, record.lastReadSeq, record.pinned, record.muted, 0};
    state.members.insert(record.member.userId, member);
    state.conversation.memberCount = int(state.members.size());
    m_byUser[record.member.userId].insert(conversationId);
}

void ChatDirectory::removeMember(qint64 conversationId, qint64 userId)
{
    auto it = m_conversations.find(conversationId);
    if (it == m_conversations.end())
        return;
    it->members.remove(userId);
    it->conversation.memberCount = int(it->members.size());
    auto byUser = m_byUser.find(userId);
    if (byUser != m_byUser.end()) {
        byUser->remove(conversationId);
        if (byUser->isEmpty())
            m_byUser.erase(byUser);
    }
}

void ChatDirectory::setOwner(qint64 conversationId, qint64 userId)
{
    auto it = m_conversations.find(conversationId);
    if (it != m_conversations.end() && it->members.contains(userId))
        it->members[userId].member.role = model::Member::Role::Owner;
}

void ChatDirectory::applyChanges(qint64 conversationId,
                                 const protocol::user::ConversationChanges &changes)
{
    auto it = m_conversations.find(conversationId);
    if (it == m_conversations.end())
        return;
    model::Conversation &c = it->conversation;
    if (changes.title)
        c.title = *changes.title;
    if (changes.topic)
        c.topic = *changes.topic;
    if (changes.archived)
        c.archived = *changes.archived;
}

void ChatDirectory::noteSeq(qint64 conversationId, qint64 seq)
{
    auto it = m_conversations.find(conversationId);
    if (it != m_conversations.end())
        it->conversation.lastSeq = std::max(it->conversation.lastSeq, seq);
}

void ChatDirectory::noteNewMessage(const model::Message &message)
{
    auto it = m_conversations.find(message.conversationId);
    if (it == m_conversations.end())
        return;
    noteSeq(message.conversationId, message.seq);
    if (!it->lastMessage || it->lastMessage->seq < message.seq)
        it->lastMessage = message;
    for (auto member = it->members.begin(); member != it->members.end(); ++member) {
        if (member.key() != message.senderId && member->lastReadSeq < message.seq)
            ++member->unread;
    }
}

void ChatDirectory::noteChangedMessage(const model::Message &message)
{
    auto it = m_conversations.find(message.conversationId);
    if (it != m_conversations.end() && it->lastMessage && it->lastMessage->id == message.id)
        it->lastMessage = message;
}

void ChatDirectory::setRead(qint64 conversationId, qint64 userId, qint64 seq, qint64 unread)
{
    auto it = m_conversations.find(conversationId);
    if (it == m_conversations.end() || !it->members.contains(userId))
        return;
    MemberState &member = it->members[userId];
    member.lastReadSeq = std::max(member.lastReadSeq, seq);
    member.unread = unread;
}

void ChatDirectory::setFlag(qint64 conversationId, qint64 userId, bool pinned, bool value)
{
    auto it = m_conversations.find(conversationId);
    if (it == m_conversations.end() || !it->members.contains(userId))
        return;
    if (pinned)
        it->members[userId].pinned = value;
    else
        it->members[userId].muted = value;
}

} // namespace confab::server
