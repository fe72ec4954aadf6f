#include "presence/PresenceTracker.h"

#include "socket/SocketConnection.h"
#include "socket/TopicHub.h"
#include "wire/ProtocolNames.h"

#include <QDateTime>
#include <QJsonDocument>
#include <algorithm>

namespace confab::server {

using model::PresenceMeta;
using protocol::user::PresenceDiff;

namespace {
QString userTopic(qint64 userId)
{
    return wire::topic::UserPrefix + QString::number(userId);
}

// One user's metas as a presence map: empty (not a user with no metas) when there are none.
model::PresenceMap presenceOf(qint64 userId, const QList<PresenceMeta> &metas)
{
    if (metas.isEmpty())
        return {};
    return {{userId, metas}};
}
} // namespace

PresenceTracker::PresenceTracker(TopicHub *hub, Audience audience)
    : m_hub(hub)
    , m_audience(std::move(audience))
{
}

// phx_ref is "<connection id>.<revision>": unique per meta version, and still says which socket
// the meta belongs to.
QString PresenceTracker::nextRef(const QString &connectionId)
{
    return connectionId + QLatin1Char('.') + QString::number(++m_revision);
}

QString PresenceTracker::connectionOf(const QString &phxRef)
{
    return phxRef.section(QLatin1Char('.'), 0, -2);
}

void PresenceTracker::socketOpened(const SocketConnection *socket)
{
    const qint64 userId = socket->user().id;
    PresenceMeta meta;
    meta.phxRef = nextRef(socket->connectionId());
    meta.device = socket->device();
    meta.status = m_status.value(userId, PresenceMeta::Status::Online);
    meta.onlineAt = QDateTime::currentDateTimeUtc();
    m_status.insert(userId, meta.status);
    m_metas[userId].append(meta);
    sendDiff(userId, {meta}, {});
}

void PresenceTracker::socketClosed(const SocketConnection *socket)
{
    const qint64 userId = socket->user().id;
    auto it = m_metas.find(userId);
    if (it == m_metas.end())
        return;
    QList<PresenceMeta> left;
    for (qsizetype i = it->size() - 1; i >= 0; --i) {
        if (connectionOf(it->at(i).phxRef) == socket->connectionId())
            left.append(it->takeAt(i));
    }
    if (it->isEmpty()) {
        m_metas.erase(it);
        m_status.remove(userId);
    }
    if (!left.isEmpty())
        sendDiff(userId, {}, left);
}

void PresenceTracker::setStatus(qint64 userId, PresenceMeta::Status status)
{
    auto it = m_metas.find(userId);
    if (it == m_metas.end() || m_status.value(userId) == status)
        return;
    m_status.insert(userId, status);
    // Phoenix expresses an update as the old metas leaving and the new ones joining.
    // Each updated meta needs a new phx_ref: phoenix.js applies joins before leaves, so a leave
    // with the same ref would remove the meta that just joined.
    const QList<PresenceMeta> before = *it;
    for (PresenceMeta &meta : *it) {
        meta.status = status;
        meta.phxRef = nextRef(connectionOf(meta.phxRef));
    }
    sendDiff(userId, *it, before);
}

QList<PresenceMeta> PresenceTracker::visibleMetas(qint64 userId) const
{
    const QList<PresenceMeta> metas = m_metas.value(userId);
    return metas.size() <= MaxMetasPerUser ? metas : metas.last(MaxMetasPerUser);
}

protocol::user::PresenceState PresenceTracker::stateFor(qint64 viewerId) const
{
    model::PresenceMap visible;
    for (qint64 userId : m_audience(viewerId)) {
        if (m_metas.contains(userId))
            visible.insert(userId, visibleMetas(userId));
    }
    return {visible};
}

void PresenceTracker::sendStateTo(QPointer<SocketConnection> socket, const QString &topic,
                                  qint64 viewerId)
{
    QList<qint64> users = m_audience(viewerId);
    users.removeIf([this](qint64 userId) { return !m_metas.contains(userId); });
    std::sort(users.begin(), users.end());
    sendStateChunk(socket, topic, users, 0);
}

void PresenceTracker::sendStateChunk(QPointer<SocketConnection> socket, const QString &topic,
                                     const QList<qint64> &users, qsizetype next)
{
    if (!socket)
        return;
    const bool first = next == 0;
    model::PresenceMap chunk;
    qsizetype bytes = 0;
    for (; next < users.size() && (chunk.isEmpty() || bytes < ChunkBytes); ++next) {
        const QList<PresenceMeta> metas = visibleMetas(users.at(next));
        if (metas.isEmpty())
            continue; // went offline since: its leave has been sent already
        for (const PresenceMeta &meta : metas)
            bytes += QJsonDocument(meta.toJson()).toJson(QJsonDocument::Compact).size() + 32;
        chunk.insert(users.at(next), metas);
    }
    if (first)
        socket->push(topic, protocol::user::PresenceState{chunk});
    else if (!chunk.isEmpty())
        socket->push(topic, PresenceDiff{chunk, {}});
    if (next >= users.size())
        return;
    socket->whenDrained([this, alive = std::weak_ptr<int>(m_alive), socket, topic, users, next] {
        if (alive.lock())
            sendStateChunk(socket, topic, users, next);
    });
}

void PresenceTracker::announceTo(qint64 viewerId, qint64 subjectId, bool visible)
{
    const QList<PresenceMeta> metas = visibleMetas(subjectId);
    if (metas.isEmpty())
        return;
    const PresenceDiff diff = visible ? diffOf(subjectId, metas, {}) : diffOf(subjectId, {}, metas);
    m_hub->broadcastEvent(userTopic(viewerId), diff, nullptr, TopicHub::Delivery::Droppable);
}

PresenceDiff PresenceTracker::diffOf(qint64 subjectId, const QList<PresenceMeta> &joins,
                                     const QList<PresenceMeta> &leaves)
{
    return {presenceOf(subjectId, joins), presenceOf(subjectId, leaves)};
}

void PresenceTracker::sendDiff(qint64 subjectId, const QList<PresenceMeta> &joins,
                               const QList<PresenceMeta> &leaves)
{
    // Encoded once for the whole audience.
    const QJsonObject payload = diffOf(subjectId, joins, leaves).toJson();
    for (qint64 viewerId : m_audience(subjectId)) {
        m_hub->broadcast(userTopic(viewerId), QString(PresenceDiff::Event), payload, nullptr,
                         TopicHub::Delivery::Droppable);
    }
}

} // namespace confab::server
