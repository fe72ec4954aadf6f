#pragma once

#include "model/PresenceMeta.h"
#include "protocol/UserTopic.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <functional>
#include <memory>

namespace confab::server {

class SocketConnection;
class TopicHub;

// Who is online, one meta per connected socket, and the presence events that follow from it.
// A user is online while at least one socket is connected. Changes go out as presence_diff on
// the `user:<id>` topic of everyone allowed to see them (the audience), in the exact shape
// phoenix.js `Presence.syncDiff` consumes.
class PresenceTracker
{
public:
    // The users who may see `userId`'s presence (always including userId itself).
    using Audience = std::function<QList<qint64>(qint64 userId)>;

    PresenceTracker(TopicHub *hub, Audience audience);

    void socketOpened(const SocketConnection *socket);
    void socketClosed(const SocketConnection *socket);
    // Replaces the status on every device of the user (set_status).
    void setStatus(qint64 userId, model::PresenceMeta::Status status);

    // Metas of one user that presence_state and an audience change carry: the newest ones. A
    // user with more devices is still online to everyone; the rest show as they change.
    static constexpr qsizetype MaxMetasPerUser = 8;
    // Each frame of the presence stream below stops at about this many bytes.
    static constexpr qsizetype ChunkBytes = 64 * 1024;

    // presence_state for `viewerId`: every visible user that is online.
    protocol::user::PresenceState stateFor(qint64 viewerId) const;
    // Pushes it to a socket that just joined `topic` without ever queueing more than a chunk
    // at a time: the first ChunkBytes as presence_state, the rest as presence_diff joins (as
    // phoenix.js Presence consumes them), each once the socket's queue has drained. Every chunk
    // is read when it is sent, so it is never older than the live diffs before it.
    void sendStateTo(QPointer<SocketConnection> socket, const QString &topic, qint64 viewerId);
    // Sends joins (or leaves) for all of `subjectId`'s devices to `viewerId` alone, for when
    // the audience changes (a shared conversation appears or goes away).
    void announceTo(qint64 viewerId, qint64 subjectId, bool visible);
    bool isOnline(qint64 userId) const { return m_metas.contains(userId); }
    QList<qint64> onlineUsers() const { return m_metas.keys(); }

private:
    void sendDiff(qint64 subjectId, const QList<model::PresenceMeta> &joins,
                  const QList<model::PresenceMeta> &leaves);
    static protocol::user::PresenceDiff diffOf(qint64 subjectId,
                                               const QList<model::PresenceMeta> &joins,
                                               const QList<model::PresenceMeta> &leaves);

    QList<model::PresenceMeta> visibleMetas(qint64 userId) const;
    void sendStateChunk(QPointer<SocketConnection> socket, const QString &topic,
                        const QList<qint64> &users, qsizetype next);

    QString nextRef(const QString &connectionId);
    static QString connectionOf(const QString &phxRef);

    TopicHub *m_hub;
    Audience m_audience;
    QHash<qint64, QList<model::PresenceMeta>> m_metas;
    QHash<qint64, model::PresenceMeta::Status> m_status; // kept while any device is connected
    quint64 m_revision = 0;
    // Chunks still to send hold a weak reference: they are dropped if the tracker goes first.
    std::shared_ptr<int> m_alive = std::make_shared<int>(0);
};

} // namespace confab::server
