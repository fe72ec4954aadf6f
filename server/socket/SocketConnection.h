#pragma once

#include "model/User.h"
#include "socket/Channel.h"
#include "websocket/WireSocket.h"
#include "wire/FrameCodec.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <memory>

namespace confab::server {

class ChannelRegistry;
class Metrics;
class RateLimiter;
class TopicHub;

struct SocketLimits
{
    int idleTimeoutMs = 60'000;
    qsizetype sendQueueBytes = 1024 * 1024;
    int maxChannels = 100;
    int maxBadFramesInRow = 10;
    // Heartbeats per socket: as generous as the per-user flood control for pushes, and never
    // below the ping allowance (the app sends one every 30 s).
    double heartbeatBurst = 1000;
    double heartbeatsPerSecond = 200;
};

// One authenticated WebSocket: decodes frames, routes joins/pushes/leaves to channel handlers,
// answers heartbeats, enforces the idle timeout, the bad-frame limit, the channel limit, flood
// control, and the bounded send queue. Its requests are back-pressured: while its send queue is
// over half full, or too many of its requests are still running, it takes no new request and
// stops reading, so a client that does not read its replies slows only itself (TCP fills up)
// instead of growing the server's memory.
class SocketConnection : public QObject
{
    Q_OBJECT
public:
    struct Services
    {
        ChannelRegistry *channels;
        TopicHub *hub;
        Metrics *metrics;
        RateLimiter *flood;
        wire::FrameCodec codec;
        SocketLimits limits;
    };

    SocketConnection(std::unique_ptr<WireSocket> socket, model::User user, QString device,
                     QString tokenHash, const Services &services, QObject *parent = nullptr);
    ~SocketConnection() override;

    const model::User &user() const { return m_user; }
    const QString &device() const { return m_device; }
    const QString &tokenHash() const { return m_tokenHash; }
    const QString &connectionId() const { return m_connectionId; }

    // Queues an already-encoded frame the client did not ask for. A droppable frame (typing,
    // presence) is skipped when the queue is half full; any frame that would overflow it
    // closes the socket with 1013. Returns whether the frame was queued.
    bool sendEncoded(const OutgoingFrame &frame, bool droppable = false);
    // Bytes queued for this socket and not yet taken by the kernel.
    qint64 bytesQueued() const { return m_socket ? m_socket->bytesQueued() : 0; }
    // Runs `ready` (once) as soon as the send queue is below its low-water mark: at once when it
    // already is. For long server-built streams (presence_state chunks) that must not pile up.
    void whenDrained(std::function<void()> ready);
    // Server push to this socket on a joined topic, carrying this socket's join_ref. The event's
    // type names it, so a call cannot pair one event's name with another's payload.
    template<typename Event>
    void push(const QString &topic, const Event &event, bool droppable = false)
    {
        pushPayload(topic, QString(Event::Event), event.toJson(), droppable);
    }
    void sendReply(const QString &topic, const std::optional<QString> &joinRef,
                   const std::optional<QString> &ref, const protocol::ReplyEnvelope &reply);
    void close(int code, const QString &reason);
    // Frames that arrived while the token was being checked, in order.
    void processEarlyFrames(const QList<QByteArray> &frames);
    bool isJoined(const QString &topic) const;
    // Ends this socket's join of `topic` from the server side (removed from a conversation).
    void kick(const QString &topic) { endJoin(topic, true); }
    QStringList joinedTopics() const;
    // For Reply only: a request of this socket started, or was answered (or dropped).
    void requestStarted() { ++m_inFlight; }
    void requestSettled();

Q_SIGNALS:
    void closed(confab::server::SocketConnection *connection);

private:
    bool queueBackedUp() const;
    bool canRunRequest() const;
    void runPending();
    void scheduleRunPending();
    void updateReading();
    void onDrained();
    void sendQueued(const OutgoingFrame &frame);
    void overflow();
    void processFrame(const QByteArray &utf8);

    void pushPayload(const QString &topic, const QString &event, const QJsonObject &payload,
                     bool droppable);

    struct Join
    {
        QString joinRef;
        ChannelHandler *handler = nullptr;
        bool joined = false; // false while the handler decides
    };

    void onTextMessage(const QByteArray &utf8);
    void onControlFrame();
    bool spendControlBudget();
    bool spendHeartbeatBudget();
    void closeForFlooding(const QString &why);
    void closeWithin(int code, const QString &reason, int graceMs);
    void onBinaryMessage();
    void handleFrame(const wire::Frame &frame);
    void handleJoin(const wire::Frame &frame);
    void handleLeave(const wire::Frame &frame);
    void handlePush(const wire::Frame &frame);
    void endJoin(const QString &topic, bool sendClose);
    void countMalformed();
    void replyError(const wire::Frame &frame, wire::ErrorReason reason,
                    const QString &message = {});
    ChannelSession sessionFor(const QString &topic, const QString &joinRef);
    void onDisconnected();
    void onIdleTimeout();

    std::unique_ptr<WireSocket> m_socket;
    model::User m_user;
    QString m_device;
    QString m_tokenHash;
    QString m_connectionId;
    Services m_services;
    QHash<QString, Join> m_joins;
    QTimer m_idleTimer;
    qint64 m_lastFrameMs = 0; // monotonic, of the last frame received
    int m_badFramesInRow = 0;
    // Pings, pongs and heartbeats: a per-socket token bucket (see kControlBurst).
    double m_controlTokens = 0;
    qint64 m_controlUpdatedMs = 0;
    double m_heartbeatTokens = 0;
    qint64 m_heartbeatUpdatedMs = 0;
    bool m_closing = false;
    // Frames received but not yet run, in order (bounded: reading stops while any wait).
    QList<QByteArray> m_pending;
    qsizetype m_pendingBytes = 0;
    int m_inFlight = 0;
    bool m_running = false;
    bool m_runScheduled = false;
    bool m_readingPaused = false;
    bool m_drainArmed = false;
    QList<std::function<void()>> m_whenDrained;
};

} // namespace confab::server
