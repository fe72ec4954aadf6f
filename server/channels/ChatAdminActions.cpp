// chat:<id> pushes that change the conversation itself: settings, members, archive.

#include "channels/ChatChannel.h"
#include "chat/ChatDirectory.h"
#include "socket/SocketConnection.h"
#include "storage/ConversationStore.h"
#include "storage/DbWorker.h"
#include "storage/NotificationStore.h"

namespace confab::server {

using model::Conversation;
using model::Notification;
using protocol::user::ConversationChanges;
using wire::ErrorReason;
namespace chat = protocol::chat;

namespace {
// A title or topic where blank (or null) clears it, and anything else is kept trimmed.
protocol::PatchValue<QString> clearable(const protocol::PatchValue<QString> &value)
{
    if (!value || !*value)
        return value;
    const QString text = (*value)->trimmed();
    return text.isEmpty() ? std::optional<QString>() : std::optional<QString>(text);
}
} // namespace

void ChatChannel::updateConversation(const ChannelSession &session, qint64 conversationId,
                                     const chat::UpdateConversation &push, Reply reply)
{
    ConversationChanges changes;
    changes.title = clearable(push.title);
    changes.topic = clearable(push.topic);
    const ConversationState *state = m_context.directory->find(conversationId);
    if (state->conversation.kind == Conversation::Kind::Direct && changes.title)
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
                return reply.error(logged.failureReason(), logged.failureMessage());
            m_context.directory->applyChanges(conversationId, changes);
            m_context.directory->noteSeq(conversationId, logged.value->seq);
            reply.ok(chat::ConversationReply{m_context.directory->viewFor(conversationId, userId)}
                         .toJson());
            m_context.toChat(conversationId, *logged.value);
            m_context.announceChanges(conversationId, changes);
        });
}

void ChatChannel::addMembers(const ChannelSession &session, qint64 conversationId,
                             const chat::AddMembers &push, Reply reply)
{
    const QList<qint64> userIds = push.userIds;
    if (userIds.isEmpty())
        return reply.error(ErrorReason::Invalid, QStringLiteral("user_ids: must not be empty"));
    const Quotas quotas = m_context.quotas;
    if (userIds.size() > quotas.membersPerRequest)
        return reply.error(
            ErrorReason::Invalid,
            QStringLiteral("user_ids: at most %1 per request").arg(quotas.membersPerRequest));
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
            Added added{ConversationStore::addMembers(db, conversationId, userIds,
                                                      quotas.membersPerConversation),
                        {},
                        {}};
            if (!added.members.ok())
                return added;
            for (const auto &[member, logged] : added.members.value) {
                const qint64 userId = member.member.userId;
                added.notifications.append(
                    {userId, NotificationStore::add(db, userId, Notification::Kind::Added,
                                                    conversationId, std::nullopt, adderId, {},
                                                    quotas.notificationsPerUser)});
                added.counts.insert(userId, NotificationStore::unreadCount(db, userId));
            }
            return added;
        },
        [this, reply, conversationId](DbResult<Added> added) mutable {
            if (!added.ok())
                return reply.error(added.failureReason(), added.failureMessage());
            if (!added.value->members.ok())
                return reply.error(*added.value->members.error, added.value->members.message);
            chat::AddMembersReply response;
            QList<qint64> newcomers;
            for (const auto &[member, logged] : added.value->members.value)
                newcomers.append(member.member.userId);
            const auto priorAudiences = m_context.audiencesOf(newcomers);
            for (const auto &[member, logged] : added.value->members.value) {
                m_context.directory->addMember(conversationId, member);
                m_context.directory->noteSeq(conversationId, logged.seq);
                response.members.append(member.member);
            }
            reply.ok(response.toJson());
            for (const auto &[member, logged] : added.value->members.value)
                m_context.toChat(conversationId, logged);
            m_context.announceConversation(conversationId, newcomers, priorAudiences);
            ConversationChanges changes;
            changes.memberCount =
                m_context.directory->find(conversationId)->conversation.memberCount;
            m_context.announceChanges(conversationId, changes);
            m_context.deliverNotifications(added.value->notifications, added.value->counts);
        });
}

void ChatChannel::removeMember(const ChannelSession &session, qint64 conversationId,
                               const chat::RemoveMember &push, Reply reply)
{
    const qint64 userId = push.userId;
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
                return reply.error(removed.failureReason(), removed.failureMessage());
            if (!removed.value->ok())
                return reply.error(*removed.value->error, removed.value->message);
            const ConversationStore::Removed &change = removed.value->value;
            m_context.directory->removeMember(conversationId, userId);
            m_context.directory->noteSeq(conversationId, change.left.seq);
            reply.ok();
            using Removal = protocol::user::ConversationRemoved::Reason;
            m_context.announceRemoval(conversationId, userId,
                                      leaving ? Removal::Left : Removal::Removed, formerAudience);
            m_context.toChat(conversationId, change.left);
            ConversationChanges changes;
            changes.memberCount =
                m_context.directory->find(conversationId)->conversation.memberCount;
            if (change.ownerChanged) {
                m_context.directory->setOwner(conversationId, *change.newOwnerId);
                m_context.directory->noteSeq(conversationId, change.ownerChanged->seq);
                m_context.toChat(conversationId, *change.ownerChanged);
                changes.ownerId = *change.newOwnerId;
            }
            m_context.announceChanges(conversationId, changes);
        });
}

void ChatChannel::archive(const ChannelSession &session, qint64 conversationId,
                          const chat::ArchiveConversation &push, Reply reply)
{
    const bool archived = push.archived;
    const ConversationState *state = m_context.directory->find(conversationId);
    if (state->conversation.kind == Conversation::Kind::Group &&
        refuseIfNotOwner(conversationId, session.user.id, reply))
        return;
    if (state->conversation.archived == archived)
        return reply.ok();
    ConversationChanges changes;
    changes.archived = archived;
    m_context.db->submit<LoggedEvent>(
        m_context.owner,
        [=](QSqlDatabase &db) { return ConversationStore::update(db, conversationId, changes); },
        [this, reply, conversationId, changes](DbResult<LoggedEvent> logged) mutable {
            if (!logged.ok())
                return reply.error(logged.failureReason(), logged.failureMessage());
            m_context.directory->applyChanges(conversationId, changes);
            m_context.directory->noteSeq(conversationId, logged.value->seq);
            reply.ok();
            m_context.toChat(conversationId, *logged.value);
            m_context.announceChanges(conversationId, changes);
        });
}

} // namespace confab::server
