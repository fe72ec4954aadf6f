#include "channels/UserChannel.h"

#include "chat/ChatDirectory.h"
#include "chat/ConversationPage.h"
#include "presence/PresenceTracker.h"
#include "socket/SocketConnection.h"
#include "storage/ConversationStore.h"
#include "storage/DbWorker.h"
#include "storage/NotificationStore.h"

namespace confab::server {

using model::Conversation;
using model::Notification;
using protocol::user::ConversationChanges;
using wire::ErrorReason;
namespace event = wire::event;
namespace user = protocol::user;

UserChannel::UserChannel(ChatContext context)
    : m_context(context)
{
}

void UserChannel::join(const ChannelSession &session, const QJsonObject &, JoinReply reply)
{
    const qint64 topicUser = session.topicId();
    if (topicUser == 0) {
        reply.error(ErrorReason::NotFound, QStringLiteral("topic must be user:<id>"));
        return;
    }
    if (topicUser != session.user.id) {
        reply.error(ErrorReason::Forbidden, QStringLiteral("only the user may join their topic"));
        return;
    }
    // One page: every conversation at once could outgrow the send queue, and a reply that
    // cannot be sent would close the socket on every rejoin, locking the user out.
    ConversationPage page = ConversationPage::build(*m_context.directory, session.user.id,
                                                    std::nullopt, user::DefaultConversationPage);
    const user::JoinReply response{session.user, std::move(page.conversations), page.hasMore};
    PresenceTracker *presence = m_context.presence;
    reply.ok(response.toJson(), [presence, session]() {
        if (session.socket)
            presence->sendStateTo(session.socket, session.topic, session.user.id);
    });
}

void UserChannel::listConversations(const ChannelSession &session,
                                    const user::ListConversations &push, Reply reply)
{
    ConversationPage page =
        ConversationPage::build(*m_context.directory, session.user.id, push.before,
                                push.limit.value_or(user::DefaultConversationPage));
    reply.ok(user::ListConversationsReply{std::move(page.conversations), page.hasMore}.toJson());
}

void UserChannel::handleIn(const ChannelSession &session, const QString &eventName,
                           const QJsonObject &payload, Reply reply)
{
    if (eventName == event::CreateConversation)
        decodeThen(&UserChannel::createConversation, session, payload, reply);
    else if (eventName == event::SearchUsers)
        decodeThen(&UserChannel::searchUsers, session, payload, reply);
    else if (eventName == event::ListConversations)
        decodeThen(&UserChannel::listConversations, session, payload, reply);
    else if (eventName == event::SetPinned)
        decodeThen(&UserChannel::setPinned, session, payload, reply);
    else if (eventName == event::SetMuted)
        decodeThen(&UserChannel::setMuted, session, payload, reply);
    else if (eventName == event::SetStatus)
        decodeThen(&UserChannel::setStatus, session, payload, reply);
    else
        reply.error(ErrorReason::Invalid,
                    QStringLiteral("unknown event %1").arg(eventName.left(64)));
}

void UserChannel::createConversation(const ChannelSession &session,
                                     const user::CreateConversation &push, Reply reply)
{
    const Conversation::Kind kind = push.kind;
    const QList<qint64> memberIds = push.memberIds;
    std::optional<QString> title = push.title;
    if (title && title->trimmed().isEmpty())
        title.reset();
    if (title)
        title = title->trimmed();
    if (kind == Conversation::Kind::Direct && title)
        return reply.error(ErrorReason::Invalid,
                           QStringLiteral("title: a direct conversation has none"));
    const Quotas quotas = m_context.quotas;
    if (memberIds.size() > quotas.membersPerRequest)
        return reply.error(
            ErrorReason::Invalid,
            QStringLiteral("member_ids: at most %1 per request").arg(quotas.membersPerRequest));
    const qint64 creatorId = session.user.id;
    struct Created
    {
        Outcome<ConversationStore::Created> created;
        QList<std::pair<qint64, Notification>> notifications;
        QHash<qint64, qint64> counts;
    };
    m_context.db->submit<Created>(
        m_context.owner,
        [=](QSqlDatabase &db) {
            Created result{
                ConversationStore::create(db, kind, title, creatorId, memberIds, quotas), {}, {}};
            if (!result.created.ok() || result.created.value.existed)
                return result;
            const ConversationRecord &record = result.created.value.record;
            for (const MemberRecord &member : record.members) {
                const qint64 userId = member.member.userId;
                if (userId == creatorId)
                    continue;
                result.notifications.append(
                    {userId, NotificationStore::add(db, userId, Notification::Kind::Added,
                                                    record.conversation.id, std::nullopt, creatorId,
                                                    record.conversation.title.value_or(QString()),
                                                    quotas.notificationsPerUser)});
                result.counts.insert(userId, NotificationStore::unreadCount(db, userId));
            }
            return result;
        },
        [this, reply, creatorId](DbResult<Created> result) mutable {
            if (!result.ok())
                return reply.error(result.failureReason(), result.failureMessage());
            if (!result.value->created.ok())
                return reply.error(*result.value->created.error, result.value->created.message);
            const ConversationStore::Created &created = result.value->created.value;
            const qint64 id = created.record.conversation.id;
            if (created.existed) {
                reply.ok(user::ConversationCreated{m_context.directory->viewFor(id, creatorId)}
                             .toJson());
                return;
            }
            QList<qint64> members;
            for (const MemberRecord &member : created.record.members)
                members.append(member.member.userId);
            const auto priorAudiences = m_context.audiencesOf(members);
            m_context.directory->put(created.record);
            reply.ok(
                user::ConversationCreated{m_context.directory->viewFor(id, creatorId)}.toJson());
            m_context.announceConversation(id, members, priorAudiences);
            m_context.deliverNotifications(result.value->notifications, result.value->counts);
        });
}

void UserChannel::searchUsers(const ChannelSession &session, const user::SearchUsers &push,
                              Reply reply)
{
    const QString query = push.query;
    const int limit = push.limit.value_or(user::DefaultSearchLimit);
    const qint64 userId = session.user.id;
    m_context.db->submit<QList<model::User>>(
        m_context.owner,
        [=](QSqlDatabase &db) {
            return ConversationStore::searchUsers(db, query.trimmed(), limit, userId);
        },
        [reply](DbResult<QList<model::User>> users) mutable {
            if (!users.ok())
                return reply.error(users.failureReason(), users.failureMessage());
            reply.ok(user::SearchUsersReply{*users.value}.toJson());
        });
}

void UserChannel::setPinned(const ChannelSession &session, const user::SetPinned &push, Reply reply)
{
    ConversationChanges change;
    change.pinned = push.pinned;
    setFlag(session, push.conversationId, change, reply);
}

void UserChannel::setMuted(const ChannelSession &session, const user::SetMuted &push, Reply reply)
{
    ConversationChanges change;
    change.muted = push.muted;
    setFlag(session, push.conversationId, change, reply);
}

// `change` holds exactly one of pinned and muted: the member's own setting to store.
void UserChannel::setFlag(const ChannelSession &session, qint64 conversationId,
                          const ConversationChanges &change, Reply reply)
{
    const bool pinned = change.pinned.has_value();
    const bool value = pinned ? *change.pinned : change.muted.value_or(false);
    const auto flag = pinned ? ConversationStore::Flag::Pinned : ConversationStore::Flag::Muted;
    if (!m_context.directory->find(conversationId))
        return reply.error(ErrorReason::NotFound,
                           QStringLiteral("conversation_id: no such conversation"));
    const qint64 userId = session.user.id;
    if (!m_context.directory->isMember(conversationId, userId))
        return reply.error(ErrorReason::Forbidden,
                           QStringLiteral("not a member of this conversation"));
    m_context.db->submit<bool>(
        m_context.owner,
        [=](QSqlDatabase &db) {
            ConversationStore::setFlag(db, conversationId, userId, flag, value);
            return true;
        },
        [this, reply, conversationId, userId, change, value, pinned](DbResult<bool> done) mutable {
            if (!done.ok())
                return reply.error(done.failureReason(), done.failureMessage());
            m_context.directory->setFlag(conversationId, userId, pinned, value);
            reply.ok();
            // The user's other devices keep their conversation list in step.
            m_context.toUser(userId, user::ConversationUpdated{conversationId, change});
        });
}

void UserChannel::setStatus(const ChannelSession &session, const user::SetStatus &push, Reply reply)
{
    m_context.presence->setStatus(session.user.id, push.status);
    reply.ok();
}

} // namespace confab::server
