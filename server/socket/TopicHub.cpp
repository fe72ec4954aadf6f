#include "socket/TopicHub.h"

#include "socket/SocketConnection.h"
#include "websocket/OutgoingFrame.h"
#include "wire/Frame.h"

namespace confab::server {

void TopicHub::subscribe(const QString &topic, SocketConnection *socket)
{
    QList<SocketConnection *> &list = m_topics[topic];
    if (!list.contains(socket))
        list.append(socket);
}

void TopicHub::unsubscribe(const QString &topic, SocketConnection *socket)
{
    auto it = m_topics.find(topic);
    if (it == m_topics.end())
        return;
    it->removeAll(socket);
    if (it->isEmpty())
        m_topics.erase(it);
}

void TopicHub::addUserSocket(qint64 userId, SocketConnection *socket)
{
    m_userSockets[userId].append(socket);
}

void TopicHub::removeSocket(qint64 userId, SocketConnection *socket)
{
    auto it = m_userSockets.find(userId);
    if (it == m_userSockets.end())
        return;
    it->removeAll(socket);
    if (it->isEmpty())
        m_userSockets.erase(it);
}

int TopicHub::broadcast(const QString &topic, const QString &event, const QJsonObject &payload,
                        const SocketConnection *except, Delivery delivery)
{
    return sendToSubscribers(topic, event, payload, delivery,
                             [except](const SocketConnection *socket) { return socket != except; });
}

int TopicHub::broadcastExceptUser(const QString &topic, const QString &event,
                                  const QJsonObject &payload, qint64 exceptUserId,
                                  Delivery delivery)
{
    return sendToSubscribers(topic, event, payload, delivery,
                             [exceptUserId](const SocketConnection *socket) {
                                 return socket->user().id != exceptUserId;
                             });
}

int TopicHub::sendToSubscribers(const QString &topic, const QString &event,
                                const QJsonObject &payload, Delivery delivery,
                                const std::function<bool(const SocketConnection *)> &include)
{
    const auto it = m_topics.constFind(topic);
    if (it == m_topics.cend())
        return 0;
    // Encoded and framed once: every subscriber's queue shares these bytes.
    const OutgoingFrame frame =
        OutgoingFrame::phoenix(wire::Frame{std::nullopt, std::nullopt, topic, event, payload});
    // Copy: a send may close a socket, which unsubscribes it while we iterate.
    const QList<SocketConnection *> targets = *it;
    int sent = 0;
    for (SocketConnection *socket : targets) {
        if (include(socket) && socket->sendEncoded(frame, delivery == Delivery::Droppable))
            ++sent;
    }
    return sent;
}

bool TopicHub::userJoined(qint64 userId, const QString &topic) const
{
    const auto it = m_topics.constFind(topic);
    if (it == m_topics.cend())
        return false;
    return std::any_of(it->cbegin(), it->cend(),
                       [userId](const SocketConnection *s) { return s->user().id == userId; });
}

QList<SocketConnection *> TopicHub::socketsOf(qint64 userId) const
{
    return m_userSockets.value(userId);
}

} // namespace confab::server
