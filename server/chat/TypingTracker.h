#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace confab::server {

class SocketConnection;
class TopicHub;

// Typing indicators for chat topics. Forwards at most one `typing: true` per user and
// conversation per throttle interval however often clients send, never to the typer's own
// sockets, and sends `typing: false` itself when no refresh came within the expiry interval or
// when the typing socket closes.
class TypingTracker : public QObject
{
    Q_OBJECT
public:
    TypingTracker(TopicHub *hub, int throttleMs, int expiryMs, QObject *parent = nullptr);
    ~TypingTracker() override;

    void update(qint64 conversationId, qint64 userId, const QString &displayName,
                SocketConnection *socket, bool typing);
    void socketClosed(const SocketConnection *socket);
    void userLeft(qint64 conversationId, qint64 userId);

private:
    struct Entry
    {
        QString displayName;
        QPointer<SocketConnection> socket;
        qint64 lastForwardedMs = -1;
        std::unique_ptr<QTimer> expiry;
    };
    using Key = std::pair<qint64, qint64>; // conversation, user

    void stop(const Key &key);
    void forward(const Key &key, const QString &displayName, bool typing);

    TopicHub *m_hub;
    int m_throttleMs;
    int m_expiryMs;
    QElapsedTimer m_clock;
    std::map<Key, Entry> m_typing;
};

} // namespace confab::server
