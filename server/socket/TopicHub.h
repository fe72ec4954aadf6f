#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <functional>

namespace confab::server {

class SocketConnection;
class Metrics;

// Who is joined to which topic, and which sockets belong to which user. Broadcasts are
// encoded once and the same bytes go to every subscriber.
class TopicHub
{
public:
    enum class Delivery { Reliable, Droppable };

    void subscribe(const QString &topic, SocketConnection *socket);
    void unsubscribe(const QString &topic, SocketConnection *socket);
    void addUserSocket(qint64 userId, SocketConnection *socket);
    void removeSocket(qint64 userId, SocketConnection *socket);

    // Sends [null, null, topic, event, payload] to every socket joined to topic except `except`.
    int broadcast(const QString &topic, const QString &event, const QJsonObject &payload,
                  const SocketConnection *except = nullptr, Delivery delivery = Delivery::Reliable);

    // A typed event, named by its type: a call cannot pair a name with the wrong payload.
    template<typename Event>
    int broadcastEvent(const QString &topic, const Event &event,
                       const SocketConnection *except = nullptr,
                       Delivery delivery = Delivery::Reliable)
    {
        return broadcast(topic, QString(Event::Event), event.toJson(), except, delivery);
    }

    // The same, skipping every socket of `exceptUserId` (typing is never echoed to the typer).
    int broadcastExceptUser(const QString &topic, const QString &event, const QJsonObject &payload,
                            qint64 exceptUserId, Delivery delivery);
    bool userJoined(qint64 userId, const QString &topic) const;

    QList<SocketConnection *> socketsOf(qint64 userId) const;
    bool hasSubscribers(const QString &topic) const { return m_topics.contains(topic); }
    bool isOnline(qint64 userId) const { return m_userSockets.contains(userId); }
    qsizetype topicCount() const { return m_topics.size(); }

private:
    int sendToSubscribers(const QString &topic, const QString &event, const QJsonObject &payload,
                          Delivery delivery,
                          const std::function<bool(const SocketConnection *)> &include);

    QHash<QString, QList<SocketConnection *>> m_topics;
    QHash<qint64, QList<SocketConnection *>> m_userSockets;
};

} // namespace confab::server
