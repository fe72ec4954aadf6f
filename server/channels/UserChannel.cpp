#include "channels/UserChannel.h"

#include "chat/ChatDirectory.h"
#include "presence/PresenceTracker.h"
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
constexpr qsizetype kMaxInitialMembers = 256;
constexpr int kDefaultSearchLimit = 20;
constexpr int kMaxSearchLimit = 50;
} // namespace

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
    QJsonArray conversations;
    for (qint64 id : m_context.directory->conversationsOf(session.user.id))
        conversations.append(m_context.directory->viewFor(id, session.user.id).toJson());
    const QJsonObject response{{QStringLiteral("user"), session.user.toJson()},
                               {QStringLiteral("conversations"), conversations}};
    PresenceTracker *presence = m_context.presence;
    reply.ok(response, [presence, session]() {
        if (session.socket)
            session.socket->push(session.topic, QString(event::PresenceState),
                                 presence->stateFor(session.user.id));
    });
}

void UserChannel::handleIn(const ChannelSession &session, const QString &eventName,
                           const QJsonObject &payload, Reply reply)
{
    if (eventName == event::CreateConversation)
        createConversation(session, payload, reply);
    else if (eventName == event::SearchUsers)
        searchUsers(session, payload, reply);
    else if (eventName == event::SetPinned)
        setFlag(session, payload, reply, true);
    else if (eventName == event::SetMuted)
        setFlag(session, payload, reply, false);
    else if (eventName == event::SetStatus)
        setStatus(session, payload, reply);
    else
        reply.error(ErrorReason::Invalid,
                    QStringLiteral("unknown event %1").arg(eventName.left(64)));
}

void UserChannel::createConversation(const ChannelSession &session, const QJsonObject &payload,
                                     Reply reply)
{
    wire::PayloadReader reader(payload);
    const QString kindName = reader.requireOneOf(
        QStringLiteral("kind"), {QStringLiteral("direct"), QStringLiteral("group")});
    const QList<qint64> memberIds =
        reader.requireIdList(QStringLiteral("member_ids"), kMaxInitialMembers);
    std::optional<QString> title =
        reader.optionalString(QStringLiteral("title"), 0, Conversation::MaxTitleLength);
    if (!reader.ok())
        return reply.error(ErrorReason::Invalid, reader.error());
    const Conversation::Kind kind = *Conversation::kindFromName(kindName);
    if (title && title->trimmed().isEmpty())
        title.reset();
    if (title)
        title = title->trimmed();
    if (kind == Conversation::Kind::Direct && title)
        return reply.error(ErrorReason::Invalid,
                           QStringLiteral("title: a direct conversation has none"));
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
                ConversationStore::create(db, kind, title, creatorId, memberIds), {}, {}};
            if (!result.created.ok() || result.created.value.existed)
                return result;
            const ConversationRecord &record = result.created.value.record;
            for (const MemberRecord &member : record.members) {
                const qint64 userId = member.member.userId;
                if (userId == creatorId)
                    continue;
                result.notifications.append(
                    {userId,
                     NotificationStore::add(db, userId, Notification::Kind::Added,
                                            record.conversation.id, std::nullopt, creatorId,
                                            record.conversation.title.value_or(QString()))});
                result.counts.insert(userId, NotificationStore::unreadCount(db, userId));
            }
            return result;
        },
        [this, reply, creatorId](DbResult<Created> result) mutable {
            if (!result.ok())
                return reply.error(ErrorReason::Internal);
            if (!result.value->created.ok())
                return reply.error(*result.value->created.error, result.value->created.message);
            const ConversationStore::Created &created = result.value->created.value;
            const qint64 id = created.record.conversation.id;
            if (created.existed) {
                reply.ok({{QStringLiteral("conversation"),
                           m_context.directory->viewFor(id, creatorId).toJson()}});
                return;
            }
            QList<qint64> members;
            for (const MemberRecord &member : created.record.members)
                members.append(member.member.userId);
            const auto priorAudiences = m_context.audiencesOf(members);
            m_context.directory->put(created.record);
            reply.ok({{QStringLiteral("conversation"),
                       m_context.directory->viewFor(id, creatorId).toJson()}});
            m_context.announceConversation(id, members, priorAudiences);
            m_context.deliverNotifications(result.value->notifications, result.value->counts);
        });
}

void UserChannel::searchUsers(const ChannelSession &session, const QJsonObject &payload,
                              Reply reply)
{
    wire::PayloadReader reader(payload);
    const QString query = reader.requireString(QStringLiteral("query"), 1, 64);
    const int limit = int(reader.optionalInt(QStringLiteral("limit"), 1, kMaxSearchLimit)
                              .value_or(kDefaultSearchLimit));
    if (!reader.ok())
        return reply.error(ErrorReason::Invalid, reader.error());
    const qint64 userId = session.user.id;
    m_context.db->submit<QList<model::User>>(
        m_context.owner,
        [=](QSqlDatabase &db) {
            return ConversationStore::searchUsers(db, query.trimmed(), limit, userId);
        },
        [reply](DbResult<QList<model::User>> users) mutable {
            if (!users.ok())
                return reply.error(ErrorReason::Internal);
            QJsonArray array;
            for (const model::User &user : *users.value)
                array.append(user.toJson());
            reply.ok({{QStringLiteral("users"), array}});
        });
}

void UserChannel::setFlag(const ChannelSession &session, const QJsonObject &payload, Reply reply,
                          bool pinned)
{
    const QString field = pinned ? QStringLiteral("pinned") : QStringLiteral("muted");
    wire::PayloadReader reader(payload);
    const qint64 conversationId = reader.requireId(QStringLiteral("conversation_id"));
    const bool value = reader.requireBool(field);
    if (!reader.ok())
        return reply.error(ErrorReason::Invalid, reader.error());
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
            ConversationStore::setFlag(db, conversationId, userId, field, value);
            return true;
        },
        [this, reply, conversationId, userId, field, value, pinned](DbResult<bool> done) mutable {
            if (!done.ok())
                return reply.error(ErrorReason::Internal);
            m_context.directory->setFlag(conversationId, userId, pinned, value);
            reply.ok();
            // The user's other devices keep their conversation list in step.
            m_context.toUser(userId, QString(event::ConversationUpdated),
                             {{QStringLiteral("conversation_id"), conversationId},
                              {QStringLiteral("changes"), QJsonObject{{field, value}}}});
        });
}

void UserChannel::setStatus(const ChannelSession &session, const QJsonObject &payload, Reply reply)
{
    wire::PayloadReader reader(payload);
    const QString status = reader.requireOneOf(
        QStringLiteral("status"),
        {QStringLiteral("online"), QStringLiteral("away"), QStringLiteral("dnd")});
    if (!reader.ok())
        return reply.error(ErrorReason::Invalid, reader.error());
    m_context.presence->setStatus(session.user.id, *model::PresenceMeta::statusFromName(status));
    reply.ok();
}

} // namespace confab::server
