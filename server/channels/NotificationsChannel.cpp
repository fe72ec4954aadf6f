#include "channels/NotificationsChannel.h"

#include "protocol/NotificationsTopic.h"
#include "socket/SocketConnection.h"
#include "socket/TopicHub.h"
#include "storage/DbWorker.h"
#include "storage/NotificationStore.h"

namespace confab::server {

using wire::ErrorReason;
namespace event = wire::event;
namespace notifications = protocol::notifications;

NotificationsChannel::NotificationsChannel(ChatContext context)
    : m_context(context)
{
}

void NotificationsChannel::join(const ChannelSession &session, const QJsonObject &, JoinReply reply)
{
    const qint64 topicUser = session.topicId();
    if (topicUser == 0)
        return reply.error(ErrorReason::NotFound,
                           QStringLiteral("topic must be notifications:<id>"));
    if (topicUser != session.user.id)
        return reply.error(ErrorReason::Forbidden,
                           QStringLiteral("only the user may join their notifications"));
    using Pending = std::pair<QList<model::Notification>, qint64>;
    const qint64 userId = session.user.id;
    m_context.db->submit<Pending>(
        m_context.owner,
        [userId](QSqlDatabase &db) {
            return Pending{NotificationStore::pending(db, userId),
                           NotificationStore::unreadCount(db, userId)};
        },
        [session, reply](DbResult<Pending> pending) mutable {
            if (!pending.ok())
                return reply.error(pending.failureReason(), pending.failureMessage());
            const Pending loaded = *pending.value;
            reply.ok({}, [session, loaded]() {
                if (!session.socket)
                    return;
                for (const model::Notification &notification : loaded.first)
                    session.socket->push(session.topic,
                                         notifications::PendingNotification{notification});
                session.socket->push(session.topic,
                                     notifications::NotificationCount{loaded.second});
            });
        });
}

void NotificationsChannel::handleIn(const ChannelSession &session, const QString &eventName,
                                    const QJsonObject &payload, Reply reply)
{
    const qint64 userId = session.user.id;
    if (eventName == event::AckNotifications) {
        const auto push = notifications::AckNotifications::fromJson(payload);
        if (!push)
            return reply.error(ErrorReason::Invalid, push.error().text());
        const qint64 upToId = push->upToId;
        m_context.db->submit<bool>(
            m_context.owner,
            [=](QSqlDatabase &db) {
                NotificationStore::acknowledge(db, userId, upToId);
                return true;
            },
            [reply](DbResult<bool> done) mutable {
                done.ok() ? reply.ok() : reply.error(ErrorReason::Internal);
            });
    } else if (eventName == event::MarkAllRead) {
        m_context.db->submit<bool>(
            m_context.owner,
            [=](QSqlDatabase &db) {
                NotificationStore::markAllRead(db, userId);
                return true;
            },
            [this, reply, userId](DbResult<bool> done) mutable {
                if (!done.ok())
                    return reply.error(done.failureReason(), done.failureMessage());
                reply.ok();
                m_context.hub->broadcastEvent(ChatContext::notificationsTopic(userId),
                                              notifications::NotificationCount{0});
            });
    } else {
        reply.error(ErrorReason::Invalid,
                    QStringLiteral("unknown event %1").arg(eventName.left(64)));
    }
}

} // namespace confab::server
