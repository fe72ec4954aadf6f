// chat:<id> pushes that create or change messages: send, edit, delete, react, star.

#include "Metrics.h"
#include "channels/ChatChannel.h"
#include "chat/ChatDirectory.h"
#include "chat/Mentions.h"
#include "model/Emoji.h"
#include "socket/SocketConnection.h"
#include "storage/ConversationStore.h"
#include "storage/DbWorker.h"
#include "storage/MessageStore.h"
#include "storage/NotificationStore.h"
#include "storage/ReactionStore.h"

namespace confab::server {

using model::Message;
using model::Notification;
using wire::ErrorReason;
namespace chat = protocol::chat;

namespace {

// Who should hear about a new message by notification rather than on the chat topic: members
// with no socket joined to it. Whether they do depends on mute and mentions, decided with the
// stored user names inside the same transaction as the message.
struct Recipient
{
    qint64 userId;
    bool muted;
};

struct SendResult
{
    Outcome<MessageStore::Sent> sent;
    QList<std::pair<qint64, Notification>> notifications;
    QHash<qint64, qint64> counts;
};

QList<std::pair<qint64, Notification>> notifyRecipients(const QSqlDatabase &db,
                                                        const Message &message,
                                                        const QList<Recipient> &recipients,
                                                        int keep)
{
    const QList<qint64> mentioned = ConversationStore::membersNamed(
        db, message.conversationId, mentionedUsernames(message.content));
    QList<std::pair<qint64, Notification>> created;
    for (const Recipient &recipient : recipients) {
        const bool isMentioned = mentioned.contains(recipient.userId);
        if (recipient.muted && !isMentioned)
            continue;
        created.append(
            {recipient.userId, NotificationStore::add(db, recipient.userId,
                                                      isMentioned ? Notification::Kind::Mention
                                                                  : Notification::Kind::Message,
                                                      message.conversationId, message.id,
                                                      message.senderId, message.content, keep)});
    }
    return created;
}

chat::MessageSent sentOk(const QString &ref, qint64 conversationId, qint64 messageId)
{
    return {ref, chat::MessageSent::Status::Sent, conversationId, messageId, std::nullopt};
}

chat::MessageSent sentError(const QString &ref, qint64 conversationId, ErrorReason reason)
{
    return {ref, chat::MessageSent::Status::Error, conversationId, std::nullopt, reason};
}

} // namespace

void ChatChannel::sendMessage(const ChannelSession &session, qint64 conversationId,
                              const QJsonObject &payload, Reply reply)
{
    const auto fail = [&](ErrorReason reason, const QString &message) {
        reply.error(reason, message);
        const std::optional<QString> ref = chat::SendMessage::mobileRefIdOf(payload);
        if (session.socket && ref)
            session.socket->push(session.topic, sentError(*ref, conversationId, reason));
    };
    const auto push = chat::SendMessage::fromJson(payload);
    if (!push)
        return fail(ErrorReason::Invalid, push.error().text());
    if (m_context.directory->find(conversationId)->conversation.archived)
        return fail(ErrorReason::Archived, QStringLiteral("the conversation is archived"));
    storeMessage(session, conversationId, *push, reply);
}

void ChatChannel::storeMessage(const ChannelSession &session, qint64 conversationId,
                               const chat::SendMessage &push, Reply reply)
{
    const QString topic = session.topic;
    const QString ref = push.mobileRefId;
    const QPointer<SocketConnection> socket = session.socket;
    const ConversationState *state = m_context.directory->find(conversationId);

    QList<Recipient> recipients;
    for (auto it = state->members.cbegin(); it != state->members.cend(); ++it) {
        if (it.key() != session.user.id && !m_context.hasJoinedChat(it.key(), conversationId))
            recipients.append(Recipient{it.key(), it->muted});
    }
    const MessageStore::NewMessage input{conversationId, session.user.id, push.content, ref,
                                         push.parentId};
    m_context.db->submit<SendResult>(
        m_context.owner,
        [input, recipients, keep = m_context.quotas.notificationsPerUser](QSqlDatabase &db) {
            SendResult result{MessageStore::send(db, input), {}, {}};
            if (result.sent.ok() && !result.sent.value.duplicate) {
                result.notifications =
                    notifyRecipients(db, result.sent.value.message, recipients, keep);
                for (const auto &[userId, notification] : result.notifications)
                    result.counts.insert(userId, NotificationStore::unreadCount(db, userId));
            }
            return result;
        },
        [this, reply, socket, topic, ref, conversationId](DbResult<SendResult> result) mutable {
            if (!result.ok() || !result.value->sent.ok()) {
                const ErrorReason reason =
                    result.ok() ? *result.value->sent.error : result.failureReason();
                reply.error(reason, result.ok() ? result.value->sent.message
                                                : result.failureMessage(QStringLiteral(
                                                      "could not store the message")));
                if (socket)
                    socket->push(topic, sentError(ref, conversationId, reason));
                return;
            }
            const MessageStore::Sent &sent = result.value->sent.value;
            // The acknowledgement only now: the message is committed.
            reply.ok(chat::MessageReply{sent.message}.toJson());
            if (socket)
                socket->push(topic, sentOk(ref, conversationId, sent.message.id));
            if (sent.duplicate)
                return;
            ++m_context.metrics->messagesStored;
            m_context.directory->noteNewMessage(sent.message);
            m_context.toChat(conversationId, sent.event, socket);
            if (sent.threadRoot) {
                m_context.toChat(conversationId,
                                 chat::ThreadUpdated{conversationId, sent.threadRoot->id,
                                                     sent.threadRoot->replyCount});
            }
            // Not to the sending socket: its reply carries the message already.
            m_context.announceActivity(sent.message, socket);
            m_context.deliverNotifications(result.value->notifications, result.value->counts);
        });
}

void ChatChannel::editMessage(const ChannelSession &session, qint64 conversationId,
                              const chat::EditMessage &push, Reply reply)
{
    if (refuseIfArchived(conversationId, reply))
        return;
    const qint64 userId = session.user.id;
    const QPointer<SocketConnection> socket = session.socket;
    m_context.db->submit<Outcome<MessageStore::Edited>>(
        m_context.owner,
        [=](QSqlDatabase &db) {
            return MessageStore::edit(db, conversationId, push.messageId, userId, push.content);
        },
        [this, reply, socket,
         conversationId](DbResult<Outcome<MessageStore::Edited>> edited) mutable {
            if (!edited.ok())
                return reply.error(edited.failureReason(), edited.failureMessage());
            if (!edited.value->ok())
                return reply.error(*edited.value->error, edited.value->message);
            const MessageStore::Edited &change = edited.value->value;
            m_context.directory->noteSeq(conversationId, change.event.seq);
            // Keeps the conversation list's last-message preview in step with the edit.
            m_context.directory->noteChangedMessage(change.message);
            reply.ok(chat::MessageReply{change.message}.toJson());
            m_context.toChat(conversationId, change.event, socket);
        });
}

void ChatChannel::deleteMessage(const ChannelSession &session, qint64 conversationId,
                                const chat::DeleteMessage &push, Reply reply)
{
    const qint64 messageId = push.messageId;
    if (refuseIfArchived(conversationId, reply))
        return;
    const qint64 userId = session.user.id;
    const bool byOwner = m_context.directory->find(conversationId)->isOwner(userId);
    const QPointer<SocketConnection> socket = session.socket;
    using Deleted = std::pair<Outcome<LoggedEvent>, std::optional<Message>>;
    m_context.db->submit<Deleted>(
        m_context.owner,
        [=](QSqlDatabase &db) {
            auto outcome = MessageStore::remove(db, conversationId, messageId, userId, byOwner);
            return Deleted{outcome,
                           outcome.ok() ? MessageStore::find(db, messageId) : std::nullopt};
        },
        [this, reply, socket, conversationId](DbResult<Deleted> deleted) mutable {
            if (!deleted.ok())
                return reply.error(deleted.failureReason(), deleted.failureMessage());
            const auto &[outcome, tombstone] = *deleted.value;
            if (!outcome.ok())
                return reply.error(*outcome.error, outcome.message);
            m_context.directory->noteSeq(conversationId, outcome.value.seq);
            if (tombstone)
                m_context.directory->noteChangedMessage(*tombstone);
            reply.ok();
            m_context.toChat(conversationId, outcome.value, socket);
        });
}

void ChatChannel::addReaction(const ChannelSession &session, qint64 conversationId,
                              const chat::Reaction &payload, Reply reply)
{
    react(session, conversationId, payload, reply, true);
}

void ChatChannel::removeReaction(const ChannelSession &session, qint64 conversationId,
                                 const chat::Reaction &payload, Reply reply)
{
    react(session, conversationId, payload, reply, false);
}

void ChatChannel::react(const ChannelSession &session, qint64 conversationId,
                        const chat::Reaction &push, Reply reply, bool add)
{
    const qint64 messageId = push.messageId;
    const QString emoji = push.emoji;
    // Only on adding: a reaction stored before this rule (any short text) can still be taken
    // away.
    if (add && !model::isSingleEmoji(emoji))
        return reply.error(ErrorReason::Invalid, QStringLiteral("emoji: must be a single emoji"));
    if (refuseIfArchived(conversationId, reply))
        return;
    const Quotas quotas = m_context.quotas;
    const qint64 userId = session.user.id;
    const QPointer<SocketConnection> socket = session.socket;
    using Result = Outcome<std::optional<LoggedEvent>>;
    m_context.db->submit<Result>(
        m_context.owner,
        [=](QSqlDatabase &db) {
            return ReactionStore::react(db, conversationId, messageId, userId, emoji, add, quotas);
        },
        [this, reply, socket, conversationId](DbResult<Result> result) mutable {
            if (!result.ok())
                return reply.error(result.failureReason(), result.failureMessage());
            if (!result.value->ok())
                return reply.error(*result.value->error, result.value->message);
            reply.ok();
            if (const auto &logged = result.value->value) {
                m_context.directory->noteSeq(conversationId, logged->seq);
                m_context.toChat(conversationId, *logged, socket);
            }
        });
}

void ChatChannel::starMessage(const ChannelSession &session, qint64 conversationId,
                              const chat::StarMessage &push, Reply reply)
{
    const qint64 messageId = push.messageId;
    const bool starred = push.starred;
    if (refuseIfArchived(conversationId, reply))
        return;
    const qint64 userId = session.user.id;
    using Result = Outcome<std::optional<LoggedEvent>>;
    m_context.db->submit<Result>(
        m_context.owner,
        [=](QSqlDatabase &db) {
            return MessageStore::star(db, conversationId, messageId, userId, starred);
        },
        [this, reply, conversationId](DbResult<Result> result) mutable {
            if (!result.ok())
                return reply.error(result.failureReason(), result.failureMessage());
            if (!result.value->ok())
                return reply.error(*result.value->error, result.value->message);
            reply.ok();
            if (const auto &logged = result.value->value) {
                m_context.directory->noteSeq(conversationId, logged->seq);
                // Stars are conversation-wide: every socket hears it, the starring one too.
                m_context.toChat(conversationId, *logged);
            }
        });
}

} // namespace confab::server
