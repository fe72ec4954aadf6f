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
    const qint64 userId = session.user.id;
    m_context.db->submit<Pending>(
        m_context.owner,
        [userId](QSqlDatabase &db) {
            return Pending{NotificationStore::pending(db, userId, notifications::MaxPendingPerPush),
                           NotificationStore::unreadCount(db, userId)};
        },
        [session, reply](DbResult<Pending> pending) mutable {
            if (!pending.ok())
                return reply.error(pending.failureReason(), pending.failureMessage());
            const Pending loaded = *pending.value;
            reply.ok({}, [session, loaded]() { pushPending(session, loaded); });
        });
}

void NotificationsChannel::pushPending(const ChannelSession &session, const Pending &pending)
{
    if (!session.socket)
        return;
    for (const model::Notification &notification : pending.first)
        session.socket->push(session.topic, notifications::PendingNotification{notification});
    session.socket->push(session.topic, notifications::NotificationCount{pending.second});
}

// Clears pending notifications up to the id, then pushes the next ones (at most
// MaxPendingPerPush after that id) to this socket: a client that had more than one join's worth
// gets them one acknowledged batch at a time.
void NotificationsChannel::acknowledge(const ChannelSession &session, const QJsonObject &payload,
                                       Reply reply)
{
    const auto push = notifications::AckNotifications::fromJson(payload);
    if (!push)
        return reply.error(ErrorReason::Invalid, push.error().text());
    const qint64 upToId = push->upToId;
    const qint64 userId = session.user.id;
    m_context.db->submit<Pending>(
        m_context.owner,
        [=](QSqlDatabase &db) {
            NotificationStore::acknowledge(db, userId, upToId);
            return Pending{
                NotificationStore::pending(db, userId, notifications::MaxPendingPerPush, upToId),
                NotificationStore::unreadCount(db, userId)};
        },
        [session, reply](DbResult<Pending> next) mutable {
            if (!next.ok())
                return reply.error(ErrorReason::Internal);
            reply.ok();
            if (!next.value->first.isEmpty())
                pushPending(session, *next.value);
        });
}

void NotificationsChannel::handleIn(const ChannelSession &session, const QString &eventName,
                                    const QJsonObject &payload, Reply reply)
{
    const qint64 userId = session.user.id;
    if (eventName == event::AckNotifications) {
        acknowledge(session, payload, reply);
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
