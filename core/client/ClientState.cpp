#include "client/ClientState.h"

#include <algorithm>

namespace confab::client {

namespace {
const QList<model::Message> kNoMessages;
const QList<model::Member> kNoMembers;
const QList<TypingUser> kNoTyping;

int availabilityRank(Availability availability)
{
    switch (availability) {
    case Availability::Online:
        return 3;
    case Availability::Away:
        return 2;
    case Availability::DoNotDisturb:
        return 1;
    case Availability::Offline:
    case Availability::Unknown:
        break;
    }
    return 0;
}

Availability fromStatus(model::PresenceMeta::Status status)
{
    switch (status) {
    case model::PresenceMeta::Status::Online:
        return Availability::Online;
    case model::PresenceMeta::Status::Away:
        return Availability::Away;
    case model::PresenceMeta::Status::Dnd:
        return Availability::DoNotDisturb;
    }
    return Availability::Offline;
}
} // namespace

ClientState::ClientState(QObject *parent)
    : QObject(parent)
{
}

ClientState::~ClientState() = default;

void ClientState::Timeline::reindexFrom(qsizetype first)
{
    for (qsizetype i = first; i < messages.size(); ++i)
        indexById.insert(messages.at(i).id, i);
}

const ClientState::Timeline *ClientState::findTimeline(qint64 conversationId) const
{
    const auto it = m_timelines.constFind(conversationId);
    return it == m_timelines.cend() ? nullptr : &*it;
}

const model::Conversation *ClientState::conversation(qint64 id) const
{
    const auto it = m_conversations.constFind(id);
    return it == m_conversations.cend() ? nullptr : &*it;
}

QString ClientState::displayName(qint64 conversationId) const
{
    const model::Conversation *found = conversation(conversationId);
    if (!found)
        return {};
    if (found->kind == model::Conversation::Kind::Group)
        return found->title.value_or(QString());
    if (found->reader && found->reader->peer)
        return found->reader->peer->displayName;
    for (const model::Member &member : members(conversationId)) {
        if (member.userId != m_me.id)
            return member.displayName;
    }
    return {};
}

qint64 ClientState::peerId(qint64 conversationId) const
{
    const model::Conversation *found = conversation(conversationId);
    if (!found || found->kind != model::Conversation::Kind::Direct)
        return 0;
    if (found->reader && found->reader->peer)
        return found->reader->peer->id;
    for (const model::Member &member : members(conversationId)) {
        if (member.userId != m_me.id)
            return member.userId;
    }
    return 0;
}

QString ClientState::userDisplayName(qint64 userId, qint64 conversationId) const
{
    if (const model::Member *known = member(conversationId, userId))
        return known->displayName;
    for (const QList<model::Member> &members : m_members) {
        for (const model::Member &known : members) {
            if (known.userId == userId)
                return known.displayName;
        }
    }
    for (const model::Conversation &conversation : m_conversations) {
        if (conversation.reader && conversation.reader->peer &&
            conversation.reader->peer->id == userId)
            return conversation.reader->peer->displayName;
    }
    return {};
}

qint64 ClientState::totalUnread() const
{
    qint64 total = 0;
    for (const model::Conversation &conversation : m_conversations) {
        if (conversation.reader && !conversation.reader->muted)
            total += conversation.reader->unreadCount;
    }
    return total;
}

const QList<model::Message> &ClientState::messages(qint64 conversationId) const
{
    const Timeline *timeline = findTimeline(conversationId);
    return timeline ? timeline->messages : kNoMessages;
}

const model::Message *ClientState::message(qint64 conversationId, qint64 messageId) const
{
    const Timeline *timeline = findTimeline(conversationId);
    if (!timeline)
        return nullptr;
    const auto index = timeline->indexById.constFind(messageId);
    return index == timeline->indexById.cend() ? nullptr : &timeline->messages.at(*index);
}

bool ClientState::hasOlderMessages(qint64 conversationId) const
{
    const Timeline *timeline = findTimeline(conversationId);
    if (!timeline)
        return conversation(conversationId) != nullptr;
    return timeline->hasOlder;
}

qint64 ClientState::oldestLoadedSeq(qint64 conversationId) const
{
    const Timeline *timeline = findTimeline(conversationId);
    return timeline ? timeline->completeFrom : 0;
}

QList<model::Message> ClientState::thread(qint64 conversationId, qint64 rootId) const
{
    QList<model::Message> result;
    if (const model::Message *root = message(conversationId, rootId))
        result.append(*root);
    for (const model::Message &message : messages(conversationId)) {
        if (message.parentId == rootId)
            result.append(message);
    }
    return result;
}

QList<model::Message> ClientState::starred(qint64 conversationId) const
{
    QList<model::Message> result;
    for (const model::Message &message : messages(conversationId)) {
        if (message.starred && !message.deleted)
            result.append(message);
    }
    return result;
}

std::optional<model::Message> ClientState::lastOwnMessage(qint64 conversationId) const
{
    const QList<model::Message> &loaded = messages(conversationId);
    for (auto it = loaded.crbegin(); it != loaded.crend(); ++it) {
        if (it->senderId == m_me.id && !it->deleted && !it->parentId)
            return *it;
    }
    return std::nullopt;
}

QList<OutboxEntry> ClientState::outbox(qint64 conversationId) const
{
    QList<OutboxEntry> result;
    for (const OutboxEntry &entry : m_outbox) {
        if (entry.conversationId == conversationId)
            result.append(entry);
    }
    return result;
}

const OutboxEntry *ClientState::outboxEntry(const QString &mobileRefId) const
{
    const auto it = std::find_if(m_outbox.cbegin(), m_outbox.cend(), [&](const OutboxEntry &e) {
        return e.mobileRefId == mobileRefId;
    });
    return it == m_outbox.cend() ? nullptr : &*it;
}

const QList<model::Member> &ClientState::members(qint64 conversationId) const
{
    const auto it = m_members.constFind(conversationId);
    return it == m_members.cend() ? kNoMembers : *it;
}

const model::Member *ClientState::member(qint64 conversationId, qint64 userId) const
{
    for (const model::Member &member : members(conversationId)) {
        if (member.userId == userId)
            return &member;
    }
    return nullptr;
}

QList<qint64> ClientState::seenBy(qint64 conversationId, qint64 seq) const
{
    QList<qint64> users;
    const QHash<qint64, qint64> readSeqs = m_readSeqs.value(conversationId);
    for (auto it = readSeqs.cbegin(); it != readSeqs.cend(); ++it) {
        if (it.key() != m_me.id && it.value() >= seq)
            users.append(it.key());
    }
    std::sort(users.begin(), users.end());
    return users;
}

qint64 ClientState::readSeqOf(qint64 conversationId, qint64 userId) const
{
    return m_readSeqs.value(conversationId).value(userId);
}

Availability ClientState::availability(qint64 userId) const
{
    if (!m_presenceKnown)
        return Availability::Unknown;
    Availability best = Availability::Offline;
    for (const model::PresenceMeta &meta : m_presence.value(userId)) {
        const Availability device = fromStatus(meta.status);
        if (availabilityRank(device) > availabilityRank(best))
            best = device;
    }
    return best;
}

const QList<TypingUser> &ClientState::typing(qint64 conversationId) const
{
    const auto it = m_typing.constFind(conversationId);
    return it == m_typing.cend() ? kNoTyping : *it;
}

std::optional<qint64> ClientState::oldestTypingRefresh() const
{
    std::optional<qint64> oldest;
    for (const QHash<qint64, qint64> &users : m_typingRefreshed) {
        for (qint64 refreshed : users) {
            if (!oldest || refreshed < *oldest)
                oldest = refreshed;
        }
    }
    return oldest;
}

} // namespace confab::client
