#include "channels/UserChannel.h"

#include "presence/PresenceTracker.h"
#include "socket/SocketConnection.h"

#include <QJsonArray>

namespace confab::server {

using wire::ErrorReason;

UserChannel::UserChannel(PresenceTracker *presence) : m_presence(presence) {}

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
    const QJsonObject response{{QStringLiteral("user"), session.user.toJson()},
                               {QStringLiteral("conversations"), QJsonArray()}};
    PresenceTracker *presence = m_presence;
    reply.ok(response, [presence, session]() {
        if (session.socket)
            session.socket->push(session.topic, QString(wire::event::PresenceState),
                                 presence->stateFor(session.user.id));
    });
}

void UserChannel::handleIn(const ChannelSession &, const QString &event, const QJsonObject &,
                           Reply reply)
{
    reply.error(ErrorReason::Invalid, QStringLiteral("unknown event %1").arg(event.left(64)));
}

} // namespace confab::server
