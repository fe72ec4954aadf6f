// chat:<id> pushes that create or change messages: send, edit, delete, react, star.

#include "Metrics.h"
#include "channels/ChatChannel.h"
#include "chat/ChatDirectory.h"
#include "chat/Mentions.h"
#include "socket/SocketConnection.h"
#include "storage/ConversationStore.h"
#include "storage/DbWorker.h"
#include "storage/MessageStore.h"
#include "storage/NotificationStore.h"
#include "wire/PayloadReader.h"

namespace confab::server {

using model::Message;
using model::Notification;
using wire::ErrorReason;
namespace event = wire::event;

namespace {

constexpr qsizetype kMaxEmojiLength = 32;

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

QList<std::pair<qint64, Notification>>
notifyRecipients(const QSqlDatabase &db, const Message &message, const QList<Recipient> &recipients)
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
                                                      message.senderId, message.content)});
    }
    return created;
}

QJsonObject messageSent(const QString &ref, qint64 conversationId, std::optional<qint64> messageId,
                        const QString &reason = {})
{
    QJsonObject payload{{QStringLiteral("mobile_ref_id"), ref},
                        {QStringLiteral("status"),
                         reason.isEmpty() ? QStringLiteral("sent") : QStringLiteral("error")},
                        {QStringLiteral("chat_id"), conversationId},
                        {QStringLiteral("message_id"),
                         messageId ? QJsonValue(*messageId) : QJsonValue(QJsonValue::Null)}};
    if (!reason.isEmpty())
        payload.insert(QStringLiteral("reason"), reason);
    return payload;
}

} // namespace

void ChatChannel::sendMessage(const ChannelSession &session, qint64 conversationId,
                              const QJsonObject &payload, Reply reply)
{
    wire::PayloadReader reader(payload);
    const QString ref =
        reader.requireString(QStringLiteral("mobile_ref_id"), 1, Message::MaxMobileRefLength);
    const QString content =
        reader.requireString(QStringLiteral("content"), 1, Message::MaxContentLength);
    const std::optional<qint64> parentId = reader.optionalId(QStringLiteral("parent_id"));
    const QString topic = session.topic;
    const QPointer<SocketConnection> socket = session.socket;
    const auto fail = [&](ErrorReason reason, const QString &message) {
        reply.error(reason, message);
        const QJsonValue refValue = payload.value(QLatin1StringView("mobile_ref_id"));
        if (socket && refValue.isString())
            socket->push(topic, QString(event::MessageSent),
                         messageSent(refValue.toString(), conversationId, std::nullopt,
                                     wire::errorReasonName(reason)));
    };
    if (!reader.ok())
        return fail(ErrorReason::Invalid, reader.error());
    if (content.trimmed().isEmpty())
        return fail(ErrorReason::Invalid, QStringLiteral("content: must not be blank"));
    const ConversationState *state = m_context.directory->find(conversationId);
    if (state->conversation.archived)
        return fail(ErrorReason::Archived, QStringLiteral("the conversation is archived"));

    QList<Recipient> recipients;
    for (auto it = state->members.cbegin(); it != state->members.cend(); ++it) {
        if (it.key() != session.user.id && !m_context.hasJoinedChat(it.key(), conversationId))
            recipients.append(Recipient{it.key(), it->muted});
    }
    const MessageStore::NewMessage input{conversationId, session.user.id, content, ref, parentId};
    m_context.db->submit<SendResult>(
        m_context.owner,
        [input, recipients](QSqlDatabase &db) {
            SendResult result{MessageStore::send(db, input), {}, {}};
            if (result.sent.ok() && !result.sent.value.duplicate) {
                result.notifications = notifyRecipients(db, result.sent.value.message, recipients);
                for (const auto &[userId, notification] : result.notifications)
                    result.counts.insert(userId, NotificationStore::unreadCount(db, userId));
            }
            return result;
        },
        [this, reply, socket, topic, ref, conversationId](DbResult<SendResult> result) mutable {
            if (!result.ok() || !result.value->sent.ok()) {
                const ErrorReason reason =
                    result.ok() ? *result.value->sent.error : ErrorReason::Internal;
                reply.error(reason, result.ok() ? result.value->sent.message
                                                : QStringLiteral("could not store the message"));
                if (socket)
                    socket->push(topic, QString(event::MessageSent),
                                 messageSent(ref, conversationId, std::nullopt,
                                             wire::errorReasonName(reason)));
                return;
            }
            const MessageStore::Sent &sent = result.value->sent.value;
            // Built once: the reply and every member's conversation_activity share it.
            const QJsonObject messageJson = sent.message.toJson();
            // The acknowledgement only now: the message is committed.
            reply.ok({{QStringLiteral("message"), messageJson}});
            if (socket)
                socket->push(topic, QString(event::MessageSent),
                             messageSent(ref, conversationId, sent.message.id));
            if (sent.duplicate)
                return;
            ++m_context.metrics->messagesStored;
            m_context.directory->noteNewMessage(sent.message);
            m_context.toChat(conversationId, sent.event.event, sent.event.payload, socket);
            if (sent.threadRoot) {
                m_context.toChat(conversationId, QString(event::ThreadUpdated),
                                 {{QStringLiteral("message_id"), sent.threadRoot->id},
                                  {QStringLiteral("reply_count"), sent.threadRoot->replyCount}});
            }
            const ConversationState *state = m_context.directory->find(conversationId);
            for (auto it = state->members.cbegin(); it != state->members.cend(); ++it) {
                if (!m_context.watchesUserTopic(it.key()))
                    continue; // nobody would receive it: do not build it
                m_context.toUser(it.key(), QString(event::ConversationActivity),
                                 {{QStringLiteral("conversation_id"), conversationId},
                                  {QStringLiteral("message"), messageJson},
                                  {QStringLiteral("unread_count"), it->unread}});
            }
            m_context.deliverNotifications(result.value->notifications, result.value->counts);
        });
}

void ChatChannel::rememberEditedMessage(const QJsonObject &payload)
{
    const QJsonValue message = payload.value(QLatin1StringView("message"));
    if (message.isObject()) {
        if (const auto parsed = Message::fromJson(message.toObject()))
            m_context.directory->noteChangedMessage(*parsed);
    }
}

void ChatChannel::editMessage(const ChannelSession &session, qint64 conversationId,
                              const QJsonObject &payload, Reply reply)
{
    wire::PayloadReader reader(payload);
    const qint64 messageId = reader.requireId(QStringLiteral("message_id"));
    const QString content =
        reader.requireString(QStringLiteral("content"), 1, Message::MaxContentLength);
    if (!reader.ok())
        return reply.error(ErrorReason::Invalid, reader.error());
    if (content.trimmed().isEmpty())
        return reply.error(ErrorReason::Invalid, QStringLiteral("content: must not be blank"));
    if (refuseIfArchived(conversationId, reply))
        return;
    const qint64 userId = session.user.id;
    const QPointer<SocketConnection> socket = session.socket;
    m_context.db->submit<Outcome<LoggedEvent>>(
        m_context.owner,
        [=](QSqlDatabase &db) {
            return MessageStore::edit(db, conversationId, messageId, userId, content);
        },
        [this, reply, socket, conversationId](DbResult<Outcome<LoggedEvent>> edited) mutable {
            if (!edited.ok())
                return reply.error(ErrorReason::Internal);
            if (!edited.value->ok())
                return reply.error(*edited.value->error, edited.value->message);
            const LoggedEvent &logged = edited.value->value;
            m_context.directory->noteSeq(conversationId, logged.seq);
            rememberEditedMessage(logged.payload);
            reply.ok(
                {{QStringLiteral("message"), logged.payload.value(QLatin1StringView("message"))}});
            m_context.toChat(conversationId, logged.event, logged.payload, socket);
        });
}

void ChatChannel::deleteMessage(const ChannelSession &session, qint64 conversationId,
                                const QJsonObject &payload, Reply reply)
{
    wire::PayloadReader reader(payload);
    const qint64 messageId = reader.requireId(QStringLiteral("message_id"));
    if (!reader.ok())
        return reply.error(ErrorReason::Invalid, reader.error());
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
                return reply.error(ErrorReason::Internal);
            const auto &[outcome, tombstone] = *deleted.value;
            if (!outcome.ok())
                return reply.error(*outcome.error, outcome.message);
            m_context.directory->noteSeq(conversationId, outcome.value.seq);
            if (tombstone)
                m_context.directory->noteChangedMessage(*tombstone);
            reply.ok();
            m_context.toChat(conversationId, outcome.value.event, outcome.value.payload, socket);
        });
}

void ChatChannel::addReaction(const ChannelSession &session, qint64 conversationId,
                              const QJsonObject &payload, Reply reply)
{
    react(session, conversationId, payload, reply, true);
}

void ChatChannel::removeReaction(const ChannelSession &session, qint64 conversationId,
                                 const QJsonObject &payload, Reply reply)
{
    react(session, conversationId, payload, reply, false);
}

void ChatChannel::react(const ChannelSession &session, qint64 conversationId,
                        const QJsonObject &payload, Reply reply, bool add)
{
    wire::PayloadReader reader(payload);
    const qint64 messageId = reader.requireId(QStringLiteral("message_id"));
    const QString emoji = reader.requireString(QStringLiteral("emoji"), 1, kMaxEmojiLength);
    if (!reader.ok())
        return reply.error(ErrorReason::Invalid, reader.error());
    if (emoji.trimmed() != emoji || emoji.isEmpty())
        return reply.error(ErrorReason::Invalid,
                           QStringLiteral("emoji: must not contain spaces at its ends"));
    if (refuseIfArchived(conversationId, reply))
        return;
    const qint64 userId = session.user.id;
    const QPointer<SocketConnection> socket = session.socket;
    using Result = Outcome<std::optional<LoggedEvent>>;
    m_context.db->submit<Result>(
        m_context.owner,
        [=](QSqlDatabase &db) {
            return MessageStore::react(db, conversationId, messageId, userId, emoji, add);
        },
        [this, reply, socket, conversationId](DbResult<Result> result) mutable {
            if (!result.ok())
                return reply.error(ErrorReason::Internal);
            if (!result.value->ok())
                return reply.error(*result.value->error, result.value->message);
            reply.ok();
            if (const auto &logged = result.value->value) {
                m_context.directory->noteSeq(conversationId, logged->seq);
                m_context.toChat(conversationId, logged->event, logged->payload, socket);
            }
        });
}

void ChatChannel::starMessage(const ChannelSession &session, qint64 conversationId,
                              const QJsonObject &payload, Reply reply)
{
    wire::PayloadReader reader(payload);
    const qint64 messageId = reader.requireId(QStringLiteral("message_id"));
    const bool starred = reader.requireBool(QStringLiteral("starred"));
    if (!reader.ok())
        return reply.error(ErrorReason::Invalid, reader.error());
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
                return reply.error(ErrorReason::Internal);
            if (!result.value->ok())
                return reply.error(*result.value->error, result.value->message);
            reply.ok();
            if (const auto &logged = result.value->value) {
                m_context.directory->noteSeq(conversationId, logged->seq);
                // Stars are conversation-wide: every socket hears it, the starring one too.
                m_context.toChat(conversationId, logged->event, logged->payload);
            }
        });
}

} // namespace confab::server
