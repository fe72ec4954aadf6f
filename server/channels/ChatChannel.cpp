#include "channels/ChatChannel.h"

#include "chat/ChatDirectory.h"
#include "chat/TypingTracker.h"
#include "presence/PresenceTracker.h"
#include "socket/SocketConnection.h"
#include "storage/ConversationStore.h"
#include "storage/DbWorker.h"
#include "storage/EventLog.h"
#include "storage/MessageStore.h"
#include "wire/PayloadReader.h"

#include <QJsonArray>

namespace confab::server {

using wire::ErrorReason;
namespace event = wire::event;

namespace {
constexpr int kJoinMessages = 50;
constexpr int kMaxReplay = 500;
constexpr int kMaxHistoryPage = 100;

QJsonArray messagesJson(const QList<model::Message> &messages)
{
    QJsonArray array;
    for (const model::Message &message : messages)
        array.append(message.toJson());
    return array;
}
} // namespace

ChatChannel::ChatChannel(ChatContext context)
    : m_context(context)
{
    m_handlers = {
        {QString(event::SendMessage), &ChatChannel::sendMessage},
        {QString(event::EditMessage), &ChatChannel::editMessage},
        {QString(event::DeleteMessage), &ChatChannel::deleteMessage},
        {QString(event::AddReaction), &ChatChannel::addReaction},
        {QString(event::RemoveReaction), &ChatChannel::removeReaction},
        {QString(event::StarMessage), &ChatChannel::starMessage},
        {QString(event::MarkRead), &ChatChannel::markRead},
        {QString(event::Typing), &ChatChannel::typing},
        {QString(event::LoadHistory), &ChatChannel::loadHistory},
        {QString(event::LoadThread), &ChatChannel::loadThread},
        {QString(event::ListStarred), &ChatChannel::listStarred},
        {QString(event::UpdateConversation), &ChatChannel::updateConversation},
        {QString(event::AddMembers), &ChatChannel::addMembers},
        {QString(event::RemoveMember), &ChatChannel::removeMember},
        {QString(event::ArchiveConversation), &ChatChannel::archive},
    };
}

QJsonObject ChatChannel::joinBase(qint64 conversationId, qint64 userId) const
{
    const ConversationState *state = m_context.directory->find(conversationId);
    QJsonArray members;
    QJsonArray online;
    QJsonArray readStates;
    QList<MemberState> sorted = state->members.values();
    std::sort(sorted.begin(), sorted.end(), [](const MemberState &a, const MemberState &b) {
        return std::pair(a.member.joinedAt, a.member.userId) <
               std::pair(b.member.joinedAt, b.member.userId);
    });
    for (const MemberState &member : sorted) {
        members.append(member.member.toJson());
        if (m_context.presence->isOnline(member.member.userId))
            online.append(member.member.userId);
        readStates.append(QJsonObject{{QStringLiteral("user_id"), member.member.userId},
                                      {QStringLiteral("last_read_seq"), member.lastReadSeq}});
    }
    return {{QStringLiteral("conversation"),
             m_context.directory->viewFor(conversationId, userId).toJson()},
            {QStringLiteral("members"), members},
            {QStringLiteral("online_user_ids"), online},
            {QStringLiteral("read_states"), readStates}};
}

void ChatChannel::join(const ChannelSession &session, const QJsonObject &params, JoinReply reply)
{
    const qint64 conversationId = session.topicId();
    if (conversationId == 0 || !m_context.directory->find(conversationId)) {
        reply.error(ErrorReason::NotFound, QStringLiteral("no such conversation"));
        return;
    }
    if (!m_context.directory->isMember(conversationId, session.user.id)) {
        reply.error(ErrorReason::Forbidden, QStringLiteral("not a member of this conversation"));
        return;
    }
    wire::PayloadReader reader(params);
    const std::optional<qint64> sinceSeq =
        reader.optionalInt(QStringLiteral("since_seq"), 0, (qint64(1) << 53) - 1);
    if (!reader.ok()) {
        reply.error(ErrorReason::Invalid, reader.error());
        return;
    }
    struct Loaded
    {
        QList<model::Message> messages;
        bool hasMore = false;
        QList<LoggedEvent> events;
        bool gap = false;
    };
    const qint64 userId = session.user.id;
    m_context.db->submit<Loaded>(
        m_context.owner,
        [conversationId, sinceSeq](QSqlDatabase &db) {
            Loaded loaded;
            if (sinceSeq)
                loaded.events = EventLog::since(db, conversationId, *sinceSeq, kMaxReplay,
                                                MessageStore::MaxReplyBytes, &loaded.gap);
            else
                loaded.messages =
                    MessageStore::page(db, conversationId, 0, kJoinMessages, &loaded.hasMore);
            return loaded;
        },
        [this, conversationId, userId, sinceSeq, reply](DbResult<Loaded> loaded) mutable {
            if (!loaded.ok()) {
                reply.error(ErrorReason::Internal,
                            QStringLiteral("could not load the conversation"));
                return;
            }
            if (!m_context.directory->isMember(conversationId, userId)) {
                reply.error(ErrorReason::Forbidden,
                            QStringLiteral("not a member of this conversation"));
                return;
            }
            QJsonObject response = joinBase(conversationId, userId);
            if (sinceSeq) {
                QJsonArray events;
                for (const LoggedEvent &logged : loaded.value->events)
                    events.append(logged.toJson());
                response.insert(QStringLiteral("events"), events);
                response.insert(QStringLiteral("gap"), loaded.value->gap);
            } else {
                response.insert(QStringLiteral("messages"), messagesJson(loaded.value->messages));
                response.insert(QStringLiteral("has_more"), loaded.value->hasMore);
            }
            reply.ok(response);
        });
}

void ChatChannel::handleIn(const ChannelSession &session, const QString &eventName,
                           const QJsonObject &payload, Reply reply)
{
    const qint64 conversationId = session.topicId();
    const auto handler = m_handlers.constFind(eventName);
    if (handler == m_handlers.cend()) {
        reply.error(ErrorReason::Invalid,
                    QStringLiteral("unknown event %1").arg(eventName.left(64)));
        return;
    }
    // Membership can end while joined (removed by the owner): check on every push.
    if (!m_context.directory->isMember(conversationId, session.user.id)) {
        reply.error(ErrorReason::Forbidden, QStringLiteral("not a member of this conversation"));
        return;
    }
    (this->*handler.value())(session, conversationId, payload, reply);
}

void ChatChannel::leave(const ChannelSession &session)
{
    m_context.typing->update(session.topicId(), session.user.id, session.user.displayName,
                             session.socket, false);
}

bool ChatChannel::refuseIfArchived(qint64 conversationId, Reply &reply) const
{
    const ConversationState *state = m_context.directory->find(conversationId);
    if (state && state->conversation.archived) {
        reply.error(ErrorReason::Archived, QStringLiteral("the conversation is archived"));
        return true;
    }
    return false;
}

bool ChatChannel::refuseIfNotOwner(qint64 conversationId, qint64 userId, Reply &reply) const
{
    const ConversationState *state = m_context.directory->find(conversationId);
    if (!state || !state->isOwner(userId)) {
        reply.error(ErrorReason::Forbidden, QStringLiteral("only the owner may do this"));
        return true;
    }
    return false;
}

void ChatChannel::loadHistory(const ChannelSession &, qint64 conversationId,
                              const QJsonObject &payload, Reply reply)
{
    wire::PayloadReader reader(payload);
    const qint64 beforeSeq =
        reader.requireInt(QStringLiteral("before_seq"), 1, (qint64(1) << 53) - 1);
    const int limit = int(
        reader.optionalInt(QStringLiteral("limit"), 1, kMaxHistoryPage).value_or(kJoinMessages));
    if (!reader.ok()) {
        reply.error(ErrorReason::Invalid, reader.error());
        return;
    }
    using Page = std::pair<QList<model::Message>, bool>;
    m_context.db->submit<Page>(
        m_context.owner,
        [=](QSqlDatabase &db) {
            bool more = false;
            auto messages = MessageStore::page(db, conversationId, beforeSeq, limit, &more);
            return Page{messages, more};
        },
        [reply](DbResult<Page> page) mutable {
            if (!page.ok())
                return reply.error(ErrorReason::Internal);
            reply.ok({{QStringLiteral("messages"), messagesJson(page.value->first)},
                      {QStringLiteral("has_more"), page.value->second}});
        });
}

void ChatChannel::loadThread(const ChannelSession &, qint64 conversationId,
                             const QJsonObject &payload, Reply reply)
{
    wire::PayloadReader reader(payload);
    const qint64 messageId = reader.requireId(QStringLiteral("message_id"));
    if (!reader.ok()) {
        reply.error(ErrorReason::Invalid, reader.error());
        return;
    }
    struct Thread
    {
        model::Message root;
        QList<model::Message> replies;
        bool truncated = false;
    };
    m_context.db->submit<std::optional<Thread>>(
        m_context.owner,
        [=](QSqlDatabase &db) -> std::optional<Thread> {
            auto message = MessageStore::find(db, messageId);
            if (!message || message->conversationId != conversationId)
                return std::nullopt;
            // Asking with a reply's id opens the thread it belongs to.
            if (message->parentId)
                message = MessageStore::find(db, *message->parentId);
            Thread thread{*message, {}, false};
            thread.replies = MessageStore::replies(db, message->id, &thread.truncated);
            return thread;
        },
        [reply](DbResult<std::optional<Thread>> thread) mutable {
            if (!thread.ok())
                return reply.error(ErrorReason::Internal);
            if (!*thread.value)
                return reply.error(ErrorReason::NotFound,
                                   QStringLiteral("message_id: no such message"));
            const Thread &found = **thread.value;
            reply.ok({{QStringLiteral("root"), found.root.toJson()},
                      {QStringLiteral("replies"), messagesJson(found.replies)},
                      {QStringLiteral("has_more"), found.truncated}});
        });
}

void ChatChannel::listStarred(const ChannelSession &, qint64 conversationId, const QJsonObject &,
                              Reply reply)
{
    using Starred = std::pair<QList<model::Message>, bool>;
    m_context.db->submit<Starred>(
        m_context.owner,
        [conversationId](QSqlDatabase &db) {
            bool truncated = false;
            auto messages = MessageStore::starred(db, conversationId, &truncated);
            return Starred{messages, truncated};
        },
        [reply](DbResult<Starred> starred) mutable {
            if (!starred.ok())
                return reply.error(ErrorReason::Internal);
            reply.ok({{QStringLiteral("messages"), messagesJson(starred.value->first)},
                      {QStringLiteral("has_more"), starred.value->second}});
        });
}

void ChatChannel::markRead(const ChannelSession &session, qint64 conversationId,
                           const QJsonObject &payload, Reply reply)
{
    const ConversationState *state = m_context.directory->find(conversationId);
    wire::PayloadReader reader(payload);
    const qint64 seq = reader.requireInt(QStringLiteral("seq"), 0, state->conversation.lastSeq);
    if (!reader.ok()) {
        reply.error(ErrorReason::Invalid, reader.error());
        return;
    }
    const qint64 userId = session.user.id;
    using ReadState = std::pair<qint64, qint64>; // last_read_seq, unread
    m_context.db->submit<ReadState>(
        m_context.owner,
        [=](QSqlDatabase &db) {
            const qint64 lastRead =
                ConversationStore::advanceReadSeq(db, conversationId, userId, seq);
            return ReadState{lastRead,
                             MessageStore::unreadAfter(db, conversationId, userId, lastRead)};
        },
        [this, conversationId, userId, reply](DbResult<ReadState> read) mutable {
            if (!read.ok())
                return reply.error(ErrorReason::Internal);
            const auto [lastRead, unread] = *read.value;
            m_context.directory->setRead(conversationId, userId, lastRead, unread);
            reply.ok();
            m_context.toChat(
                conversationId, QString(event::MessageRead),
                {{QStringLiteral("user_id"), userId}, {QStringLiteral("seq"), lastRead}});
            m_context.toUser(userId, QString(event::ConversationRead),
                             {{QStringLiteral("conversation_id"), conversationId},
                              {QStringLiteral("last_read_seq"), lastRead},
                              {QStringLiteral("unread_count"), unread}});
        });
}

void ChatChannel::typing(const ChannelSession &session, qint64 conversationId,
                         const QJsonObject &payload, Reply reply)
{
    wire::PayloadReader reader(payload);
    const bool isTyping = reader.requireBool(QStringLiteral("typing"));
    if (!reader.ok()) {
        reply.error(ErrorReason::Invalid, reader.error());
        return;
    }
    m_context.typing->update(conversationId, session.user.id, session.user.displayName,
                             session.socket, isTyping);
    reply.ok();
}

} // namespace confab::server
