#include "channels/ChatChannel.h"

#include "chat/ChatDirectory.h"
#include "chat/TypingTracker.h"
#include "presence/PresenceTracker.h"
#include "socket/SocketConnection.h"
#include "storage/ConversationStore.h"
#include "storage/DbWorker.h"
#include "storage/EventLog.h"
#include "storage/MessageStore.h"
#include "storage/ReactionStore.h"

namespace confab::server {

using wire::ErrorReason;
namespace event = wire::event;
namespace chat = protocol::chat;

ChatChannel::ChatChannel(ChatContext context)
    : m_context(context)
{
    using C = ChatChannel;
    m_handlers = {
        {QString(event::SendMessage), &raw<&C::sendMessage>},
        {QString(event::EditMessage), &decodeThen<chat::EditMessage, &C::editMessage>},
        {QString(event::DeleteMessage), &decodeThen<chat::DeleteMessage, &C::deleteMessage>},
        {QString(event::AddReaction), &decodeThen<chat::Reaction, &C::addReaction>},
        {QString(event::RemoveReaction), &decodeThen<chat::Reaction, &C::removeReaction>},
        {QString(event::StarMessage), &decodeThen<chat::StarMessage, &C::starMessage>},
        {QString(event::MarkRead), &raw<&C::markRead>},
        {QString(event::Typing), &decodeThen<chat::SetTyping, &C::typing>},
        {QString(event::LoadHistory), &decodeThen<chat::LoadHistory, &C::loadHistory>},
        {QString(event::LoadThread), &decodeThen<chat::LoadThread, &C::loadThread>},
        {QString(event::ListStarred), &decodeThen<protocol::Empty, &C::listStarred>},
        {QString(event::UpdateConversation),
         &decodeThen<chat::UpdateConversation, &C::updateConversation>},
        {QString(event::AddMembers), &decodeThen<chat::AddMembers, &C::addMembers>},
        {QString(event::RemoveMember), &decodeThen<chat::RemoveMember, &C::removeMember>},
        {QString(event::ArchiveConversation), &decodeThen<chat::ArchiveConversation, &C::archive>},
    };
}

template<typename JoinResponse>
void ChatChannel::fillJoinBase(JoinResponse &response, qint64 conversationId, qint64 userId) const
{
    const ConversationState *state = m_context.directory->find(conversationId);
    QList<MemberState> sorted = state->members.values();
    std::sort(sorted.begin(), sorted.end(), [](const MemberState &a, const MemberState &b) {
        return std::pair(a.member.joinedAt, a.member.userId) <
               std::pair(b.member.joinedAt, b.member.userId);
    });
    for (const MemberState &member : sorted) {
        response.members.append(member.member);
        if (m_context.presence->isOnline(member.member.userId))
            response.onlineUserIds.append(member.member.userId);
        response.readStates.append(chat::ReadState{member.member.userId, member.lastReadSeq});
    }
    response.conversation = m_context.directory->viewFor(conversationId, userId);
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
    const auto decoded = chat::JoinParams::fromJson(params);
    if (!decoded) {
        reply.error(ErrorReason::Invalid, decoded.error().text());
        return;
    }
    const std::optional<qint64> sinceSeq = decoded->sinceSeq;
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
            if (sinceSeq) {
                loaded.events = EventLog::since(db, conversationId, *sinceSeq, chat::MaxReplay,
                                                MessageStore::MaxReplyBytes, &loaded.gap);
                ReactionStore::expandReplay(db, loaded.events, MessageStore::MaxReplyBytes,
                                            &loaded.gap);
            } else {
                loaded.messages =
                    MessageStore::page(db, conversationId, 0, chat::JoinMessages, &loaded.hasMore);
            }
            return loaded;
        },
        [this, conversationId, userId, sinceSeq, reply](DbResult<Loaded> loaded) mutable {
            if (!loaded.ok()) {
                reply.error(loaded.failureReason(), loaded.failureMessage(QStringLiteral(
                                                        "could not load the conversation")));
                return;
            }
            if (!m_context.directory->isMember(conversationId, userId)) {
                reply.error(ErrorReason::Forbidden,
                            QStringLiteral("not a member of this conversation"));
                return;
            }
            if (sinceSeq) {
                chat::ReplayReply response;
                fillJoinBase(response, conversationId, userId);
                response.events = loaded.value->events;
                response.gap = loaded.value->gap;
                reply.ok(response.toJson());
            } else {
                chat::JoinReply response;
                fillJoinBase(response, conversationId, userId);
                response.messages = loaded.value->messages;
                response.hasMore = loaded.value->hasMore;
                reply.ok(response.toJson());
            }
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
    handler.value()(*this, session, conversationId, payload, reply);
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
                              const chat::LoadHistory &push, Reply reply)
{
    const qint64 beforeSeq = push.beforeSeq;
    const int limit = push.limit.value_or(chat::JoinMessages);
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
                return reply.error(page.failureReason(), page.failureMessage());
            reply.ok(chat::MessagesReply{page.value->first, page.value->second}.toJson());
        });
}

void ChatChannel::loadThread(const ChannelSession &, qint64 conversationId,
                             const chat::LoadThread &push, Reply reply)
{
    const qint64 messageId = push.messageId;
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
                return reply.error(thread.failureReason(), thread.failureMessage());
            if (!*thread.value)
                return reply.error(ErrorReason::NotFound,
                                   QStringLiteral("message_id: no such message"));
            const Thread &found = **thread.value;
            reply.ok(chat::ThreadReply{found.root, found.replies, found.truncated}.toJson());
        });
}

void ChatChannel::listStarred(const ChannelSession &, qint64 conversationId,
                              const protocol::Empty &, Reply reply)
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
                return reply.error(starred.failureReason(), starred.failureMessage());
            reply.ok(chat::MessagesReply{starred.value->first, starred.value->second}.toJson());
        });
}

void ChatChannel::markRead(const ChannelSession &session, qint64 conversationId,
                           const QJsonObject &payload, Reply reply)
{
    const ConversationState *state = m_context.directory->find(conversationId);
    const qint64 lastSeq = state->conversation.lastSeq;
    const auto push = chat::MarkRead::fromJson(payload);
    // MarkRead has only the seq: whatever is wrong with it, the bound to name is last_seq.
    if (!push || push->seq > lastSeq) {
        reply.error(ErrorReason::Invalid,
                    QStringLiteral("seq: must be an integer from 0 to %1").arg(lastSeq));
        return;
    }
    const qint64 seq = push->seq;
    const qint64 userId = session.user.id;
    using Position = std::pair<qint64, qint64>; // last_read_seq, unread
    m_context.db->submit<Position>(
        m_context.owner,
        [=](QSqlDatabase &db) {
            const qint64 lastRead =
                ConversationStore::advanceReadSeq(db, conversationId, userId, seq);
            return Position{lastRead,
                            MessageStore::unreadAfter(db, conversationId, userId, lastRead)};
        },
        [this, conversationId, userId, reply](DbResult<Position> read) mutable {
            if (!read.ok())
                return reply.error(read.failureReason(), read.failureMessage());
            const auto [lastRead, unread] = *read.value;
            m_context.directory->setRead(conversationId, userId, lastRead, unread);
            reply.ok();
            m_context.toChat(conversationId, chat::MessageRead{conversationId, userId, lastRead});
            m_context.toUser(userId,
                             protocol::user::ConversationRead{conversationId, lastRead, unread});
        });
}

void ChatChannel::typing(const ChannelSession &session, qint64 conversationId,
                         const chat::SetTyping &push, Reply reply)
{
    m_context.typing->update(conversationId, session.user.id, session.user.displayName,
                             session.socket, push.typing);
    reply.ok();
}

} // namespace confab::server
