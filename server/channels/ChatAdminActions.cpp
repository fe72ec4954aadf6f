// chat:<id> pushes that change the conversation itself: settings, members, archive.

#include "channels/ChatChannel.h"
#include "chat/ChatDirectory.h"
#include "socket/SocketConnection.h"
#include "storage/ConversationStore.h"
#include "storage/DbWorker.h"
#include "storage/NotificationStore.h"
#include "wire/PayloadReader.h"

#include <QJsonArray>

namespace confab::server {

using model::Conversation;
using model::Notification;
using wire::ErrorReason;
namespace event = wire::event;

namespace {
constexpr qsizetype kMaxMembersPerCall = 256;

// An optional text field where null or "" clears it.
void readClearable(wire::PayloadReader &reader, const QJsonObject &payload, const QString &field,
                   qsizetype maxLength, QJsonObject &changes)
{
    if (!payload.contains(field))
        return;
    if (payload.value(field).isNull()) {
        changes.insert(field, QJsonValue::Null);
        return;
    }
    const auto text = reader.optionalString(field, 0, maxLength);
    if (text)
        changes.insert(field, text->trimmed().isEmpty() ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(text->trimmed()));
}
} // namespace

void ChatChannel::updateConversation(const ChannelSession &session, qint64 conversationId,
                                     const QJsonObject &payload, Reply reply)
{
    wire::PayloadReader reader(payload);
    QJsonObject changes;
    readClearable(reader, payload, QStringLiteral("title"), Conversation::MaxTitleLength, changes);
    readClearable(reader, payload, QStringLiteral("topic"), Conversation::MaxTopicLength, changes);
    if (!reader.ok())
        return reply.error(ErrorReason::Invalid, reader.error());
    if (changes.isEmpty())
        return reply.error(ErrorReason::Invalid, QStringLiteral("title or topic: one is required"));
    const ConversationState *state = m_context.directory->find(conversationId);
    if (state->conversation.kind == Conversation::Kind::Direct &&
        changes.contains(QStringLiteral("title")))
        return reply.error(ErrorReason::Invalid,
                           QStringLiteral("title: a direct conversation has none"));
    if (refuseIfArchived(conversationId, reply))
        return;
    // In a group the owner decides; in a direct conversation both members may set the topic.
    if (state->conversation.kind == Conversation::Kind::Group &&
        refuseIfNotOwner(conversationId, session.user.id, reply))
        return;
    const qint64 userId = session.user.id;
    m_context.db->submit<LoggedEvent>(
        m_context.owner,
        [=](QSqlDatabase &db) { return ConversationStore::update(db, conversationId, changes); },
        [this, reply, conversationId, changes, userId](DbResult<LoggedEvent> logged) mutable {
            if (!logged.ok())
                return reply.error(ErrorReason::Internal);
            m_context.directory->applyChanges(conversationId, changes);
            m_context.directory->noteSeq(conversationId, logged.value->seq);
            reply.ok({{QStringLiteral("conversation"),
                       m_context.directory->viewFor(conversationId, userId).toJson()}});
            m_context.toChat(conversationId, logged.value->event, logged.value->payload);
            m_context.announceChanges(conversationId, changes);
        });
}

void ChatChannel::addMembers(const ChannelSession &session, qint64 conversationId,
                             const QJsonObject &payload, Reply reply)
{
    wire::PayloadReader reader(payload);
    const QList<qint64> userIds =
        reader.requireIdList(QStringLiteral("user_ids"), kMaxMembersPerCall);
    if (!reader.ok())
        return reply.error(ErrorReason::Invalid, reader.error());
    if (userIds.isEmpty())
        return reply.error(ErrorReason::Invalid, QStringLiteral("user_ids: must not be empty"));
    const ConversationState *state = m_context.directory->find(conversationId);
    if (state->conversation.kind == Conversation::Kind::Direct)
        return reply.error(ErrorReason::Invalid,
                           QStringLiteral("a direct conversation has two members"));
    if (refuseIfArchived(conversationId, reply) ||
        refuseIfNotOwner(conversationId, session.user.id, reply))
        return;
    const qint64 adderId = session.user.id;
    struct Added
    {
        Outcome<QList<std::pair<MemberRecord, LoggedEvent>>> members;
        QList<std::pair<qint64, Notification>> notifications;
        QHash<qint64, qint64> counts;
    };
    m_context.db->submit<Added>(
        m_context.owner,
        [=](QSqlDatabase &db) {
            Added added{ConversationStore::addMembers(db, conversationId, userIds), {}, {}};
            if (!added.members.ok())
                return added;
            for (const auto &[member, logged] : added.members.value) {
                const qint64 userId = member.member.userId;
                added.notifications.append(
                    {userId, NotificationStore::add(db, userId, Notification::Kind::Added,
                                                    conversationId, std::nullopt, adderId, {})});
                added.counts.insert(userId, NotificationStore::unreadCount(db, userId));
            }
            return added;
        },
        [this, reply, conversationId](DbResult<Added> added) mutable {
            if (!added.ok())
                return reply.error(ErrorReason::Internal);
            if (!added.value->members.ok())
                return reply.error(*added.value->members.error, added.value->members.message);
            QJsonArray members;
            QList<qint64> newcomers;
            for (const auto &[member, logged] : added.value->members.value)
                newcomers.append(member.member.userId);
            const auto priorAudiences = m_context.audiencesOf(newcomers);
            for (const auto &[member, logged] : added.value->members.value) {
                m_context.directory->addMember(conversationId, member);
                m_context.directory->noteSeq(conversationId, logged.seq);
                members.append(member.member.toJson());
            }
            reply.ok({{QStringLiteral("members"), members}});
            for (const auto &[member, logged] : added.value->members.value)
                m_context.toChat(conversationId, logged.event, logged.payload);
            m_context.announceConversation(conversationId, newcomers, priorAudiences);
            m_context.announceChanges(
                conversationId,
                {{QStringLiteral("member_count"),
                  m_context.directory->find(conversationId)->conversation.memberCount}});
            m_context.deliverNotifications(added.value->notifications, added.value->counts);
        });
}

void ChatChannel::removeMember(const ChannelSession &session, qint64 conversationId,
                               const QJsonObject &payload, Reply reply)
{
    wire::PayloadReader reader(payload);
    const qint64 userId = reader.requireId(QStringLiteral("user_id"));
    if (!reader.ok())
        return reply.error(ErrorReason::Invalid, reader.error());
    const ConversationState *state = m_context.directory->find(conversationId);
    const bool leaving = userId == session.user.id;
    if (state->conversation.kind == Conversation::Kind::Direct)
        return reply.error(ErrorReason::Invalid,
                           QStringLiteral("a direct conversation cannot be left"));
    if (refuseIfArchived(conversationId, reply))
        return;
    if (!leaving && refuseIfNotOwner(conversationId, session.user.id, reply))
        return;
    if (!state->members.contains(userId))
        return reply.error(ErrorReason::NotFound, QStringLiteral("user_id: not a member"));
    const QList<qint64> formerAudience = m_context.directory->audienceOf(userId);
    m_context.db->submit<Outcome<ConversationStore::Removed>>(
        m_context.owner,
        [=](QSqlDatabase &db) {
            return ConversationStore::removeMember(db, conversationId, userId);
        },
        [this, reply, conversationId, userId, leaving,
         formerAudience](DbResult<Outcome<ConversationStore::Removed>> removed) mutable {
            if (!removed.ok())
                return reply.error(ErrorReason::Internal);
            if (!removed.value->ok())
                return reply.error(*removed.value->error, removed.value->message);
            const ConversationStore::Removed &change = removed.value->value;
            m_context.directory->removeMember(conversationId, userId);
            m_context.directory->noteSeq(conversationId, change.left.seq);
            reply.ok();
            m_context.announceRemoval(conversationId, userId,
                                      leaving ? QStringLiteral("left") : QStringLiteral("removed"),
                                      formerAudience);
            m_context.toChat(conversationId, change.left.event, change.left.payload);
            QJsonObject changes{
                {QStringLiteral("member_count"),
                 m_context.directory->find(conversationId)->conversation.memberCount}};
            if (change.ownerChanged) {
                m_context.directory->setOwner(conversationId, *change.newOwnerId);
                m_context.directory->noteSeq(conversationId, change.ownerChanged->seq);
                m_context.toChat(conversationId, change.ownerChanged->event,
                                 change.ownerChanged->payload);
                changes.insert(QStringLiteral("owner_id"), *change.newOwnerId);
            }
            m_context.announceChanges(conversationId, changes);
        });
}

void ChatChannel::archive(const ChannelSession &session, qint64 conversationId,
                          const QJsonObject &payload, Reply reply)
{
    wire::PayloadReader reader(payload);
    const bool archived = reader.requireBool(QStringLiteral("archived"));
    if (!reader.ok())
        return reply.error(ErrorReason::Invalid, reader.error());
    const ConversationState *state = m_context.directory->find(conversationId);
    if (state->conversation.kind == Conversation::Kind::Group &&
        refuseIfNotOwner(conversationId, session.user.id, reply))
        return;
    if (state->conversation.archived == archived)
        return reply.ok();
    const QJsonObject changes{{QStringLiteral("archived"), archived}};
    m_context.db->submit<LoggedEvent>(
        m_context.owner,
        [=](QSqlDatabase &db) { return ConversationStore::update(db, conversationId, changes); },
        [this, reply, conversationId, changes](DbResult<LoggedEvent> logged) mutable {
            if (!logged.ok())
                return reply.error(ErrorReason::Internal);
            m_context.directory->applyChanges(conversationId, changes);
            m_context.directory->noteSeq(conversationId, logged.value->seq);
            reply.ok();
            m_context.toChat(conversationId, logged.value->event, logged.value->payload);
            m_context.announceChanges(conversationId, changes);
        });
}

} // namespace confab::server
