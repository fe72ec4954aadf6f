#include "chat/TypingTracker.h"

#include "protocol/ChatTopic.h"

#include "socket/SocketConnection.h"
#include "socket/TopicHub.h"
#include "wire/ProtocolNames.h"

namespace confab::server {

TypingTracker::TypingTracker(TopicHub *hub, int throttleMs, int expiryMs, QObject *parent)
    : QObject(parent)
    , m_hub(hub)
    , m_throttleMs(throttleMs)
    , m_expiryMs(expiryMs)
{
    m_clock.start();
}

TypingTracker::~TypingTracker() = default;

void TypingTracker::forward(const Key &key, const QString &displayName, bool typing)
{
    using Typing = protocol::chat::Typing;
    const Typing event{key.first, key.second, displayName, typing};
    m_hub->broadcastExceptUser(wire::topic::ChatPrefix + QString::number(key.first),
                               QString(Typing::Event), event.toJson(), key.second,
                               TopicHub::Delivery::Droppable);
}

void TypingTracker::update(qint64 conversationId, qint64 userId, const QString &displayName,
                           SocketConnection *socket, bool typing)
{
    const Key key{conversationId, userId};
    if (!typing) {
        stop(key);
        return;
    }
    Entry &entry = m_typing[key];
    entry.displayName = displayName;
    entry.socket = socket;
    const qint64 now = m_clock.elapsed();
    if (entry.lastForwardedMs < 0 || now - entry.lastForwardedMs >= m_throttleMs) {
        entry.lastForwardedMs = now;
        forward(key, displayName, true);
    }
    if (!entry.expiry) {
        entry.expiry = std::make_unique<QTimer>();
        entry.expiry->setSingleShot(true);
        connect(entry.expiry.get(), &QTimer::timeout, this, [this, key] { stop(key); });
    }
    entry.expiry->start(m_expiryMs);
}

void TypingTracker::stop(const Key &key)
{
    const auto it = m_typing.find(key);
    if (it == m_typing.end())
        return;
    const QString displayName = it->second.displayName;
    // Erasing deletes the timer, which may be the one calling us: defer its destruction.
    if (it->second.expiry)
        it->second.expiry.release()->deleteLater();
    m_typing.erase(it);
    forward(key, displayName, false);
}

void TypingTracker::socketClosed(const SocketConnection *socket)
{
    std::vector<Key> stopping;
    for (const auto &[key, entry] : m_typing) {
        if (entry.socket == socket || entry.socket.isNull())
            stopping.push_back(key);
    }
    for (const Key &key : stopping)
        stop(key);
}

void TypingTracker::userLeft(qint64 conversationId, qint64 userId)
{
    stop(Key{conversationId, userId});
}

} // namespace confab::server
