#include "socket/SocketConnection.h"

#include "Metrics.h"
#include "auth/RateLimiter.h"
#include "socket/ChannelRegistry.h"
#include "socket/TopicHub.h"
#include "websocket/MemoryTrimmer.h"
#include "wire/ProtocolNames.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QUuid>
#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcSocket, "confab.socket")

namespace confab::server {

using wire::ErrorReason;
namespace event = wire::event;

namespace {
// Pings and pongs per socket. Browsers and WebSocket libraries ping rarely, so these are
// generous; they only stop a socket that makes the server answer in a
// loop. Not configurable: docs/admin.md lists them.
constexpr double kControlBurst = 100;
constexpr double kControlPerSecond = 10;
// A peer that never answers the close handshake must not keep the connection alive.
constexpr int kCloseHandshakeMs = 5000;
// A slow consumer's Close gets this long to reach it before the connection is cut.
constexpr int kSlowConsumerGraceMs = 5000;
// Requests of one socket running at once (waiting for the database, mostly). Enough for a
// client that pipelines sends; few enough that the replies of a client that does not read stay
// a bounded amount of memory (each reply is at most about 512 KiB).
constexpr int kMaxRequestsInFlight = 16;
// What one of them may hold while it runs (a page of messages as read and as encoded).
constexpr qint64 kMaxReplyEstimate = 1024 * 1024;
} // namespace

SocketConnection::SocketConnection(std::unique_ptr<WireSocket> socket, model::User user,
                                   QString device, QString tokenHash, const Services &services,
                                   QObject *parent)
    : QObject(parent)
    , m_socket(std::move(socket))
    , m_user(std::move(user))
    , m_device(std::move(device))
    , m_tokenHash(std::move(tokenHash))
    , m_connectionId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_services(services)
{
    m_socket->setParent(nullptr);
    connect(m_socket.get(), &WireSocket::textReceived, this, &SocketConnection::onTextMessage);
    connect(m_socket.get(), &WireSocket::binaryReceived, this, &SocketConnection::onBinaryMessage);
    connect(m_socket.get(), &WireSocket::disconnected, this, &SocketConnection::onDisconnected);
    connect(m_socket.get(), &WireSocket::controlReceived, this, &SocketConnection::onControlFrame);
    connect(m_socket.get(), &WireSocket::drained, this, &SocketConnection::onDrained,
            Qt::QueuedConnection); // emitted from inside the socket's write loop

    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(m_services.limits.idleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, &SocketConnection::onIdleTimeout);
    m_lastFrameMs = QDeadlineTimer::current().deadline();
    m_controlTokens = kControlBurst;
    m_controlUpdatedMs = m_lastFrameMs;
    m_heartbeatTokens = std::max(kControlBurst, m_services.limits.heartbeatBurst);
    m_heartbeatUpdatedMs = m_lastFrameMs;
    m_idleTimer.start();
}

SocketConnection::~SocketConnection()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

bool SocketConnection::sendEncoded(const OutgoingFrame &frame, bool droppable)
{
    if (m_closing || !m_socket || !m_socket->isOpen())
        return false;
    const qint64 queued = m_socket->bytesQueued();
    const qint64 limit = m_services.limits.sendQueueBytes;
    if (droppable && queued > limit / 2) {
        ++m_services.metrics->framesDropped;
        return false;
    }
    if (queued + frame.size() > limit) {
        overflow();
        return false;
    }
    sendQueued(frame);
    return true;
}

void SocketConnection::sendQueued(const OutgoingFrame &frame)
{
    m_socket->send(frame);
    ++m_services.metrics->framesOut;
}

void SocketConnection::overflow()
{
    qCWarning(lcSocket) << "send queue full for" << m_user.username << "- closing";
    m_services.metrics->countError(QStringLiteral("send_queue_full"));
    // The Close must not wait behind the backlog the client is not reading: drop it, so the
    // client sees 1013 (and rejoins) instead of a cut connection (1006).
    m_pending.clear();
    m_pendingBytes = 0;
    m_socket->discardQueued();
    closeWithin(wire::close_code::TryAgainLater, QStringLiteral("send queue full"),
                kSlowConsumerGraceMs);
}

void SocketConnection::whenDrained(std::function<void()> ready)
{
    if (m_closing || !m_socket)
        return;
    if (m_socket->bytesQueued() <= m_services.limits.sendQueueBytes / 4) {
        ready();
        return;
    }
    m_whenDrained.append(std::move(ready));
    m_drainArmed = true;
    m_socket->notifyWhenDrainedTo(m_services.limits.sendQueueBytes / 4);
}

// Backed up from half full until drained to a quarter: the gap between the marks keeps a client
// that reads at the edge from switching reading on and off for every frame.
bool SocketConnection::queueBackedUp() const
{
    return m_drainArmed || bytesQueued() >= m_services.limits.sendQueueBytes / 2;
}

bool SocketConnection::canRunRequest() const
{
    return !m_closing && m_inFlight < kMaxRequestsInFlight && !queueBackedUp();
}

void SocketConnection::requestSettled()
{
    --m_inFlight;
    if (!m_pending.isEmpty() || m_readingPaused)
        scheduleRunPending();
}

// Runs waiting frames while the socket may take requests; the loop itself continues when a
// request settles inside it, so only a settle from outside (a database answer) needs a turn.
void SocketConnection::runPending()
{
    if (m_running)
        return;
    m_running = true;
    QPointer<SocketConnection> self(this);
    while (!m_pending.isEmpty() && canRunRequest()) {
        const QByteArray frame = m_pending.takeFirst();
        m_pendingBytes -= frame.size();
        processFrame(frame);
        if (!self)
            return;
    }
    m_running = false;
    updateReading();
}

void SocketConnection::scheduleRunPending()
{
    if (m_runScheduled || m_running || m_closing)
        return;
    m_runScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_runScheduled = false;
            runPending();
        },
        Qt::QueuedConnection);
}

// Reading stops while frames wait or the queue is backed up; it resumes once the client has
// read enough that the queue is below a quarter.
void SocketConnection::updateReading()
{
    if (m_closing || !m_socket)
        return;
    const bool backedUp = queueBackedUp();
    const bool pause = backedUp || !m_pending.isEmpty();
    if (pause != m_readingPaused) {
        m_readingPaused = pause;
        m_socket->setReadingPaused(pause);
    }
    if (backedUp && !m_drainArmed) {
        m_drainArmed = true;
        m_socket->notifyWhenDrainedTo(m_services.limits.sendQueueBytes / 4);
    }
}

void SocketConnection::onDrained()
{
    m_drainArmed = false;
    if (m_closing)
        return;
    const QList<std::function<void()>> ready = std::exchange(m_whenDrained, {});
    QPointer<SocketConnection> self(this);
    for (const auto &callback : ready) {
        callback();
        if (!self || m_closing)
            return;
    }
    scheduleRunPending();
}

void SocketConnection::pushPayload(const QString &topic, const QString &eventName,
                                   const QJsonObject &payload, bool droppable)
{
    const auto it = m_joins.constFind(topic);
    const std::optional<QString> joinRef =
        it != m_joins.cend() ? std::optional<QString>(it->joinRef) : std::nullopt;
    sendEncoded(OutgoingFrame::phoenix({joinRef, std::nullopt, topic, eventName, payload}),
                droppable);
}

void SocketConnection::sendReply(const QString &topic, const std::optional<QString> &joinRef,
                                 const std::optional<QString> &ref,
                                 const protocol::ReplyEnvelope &reply)
{
    if (reply.status == protocol::ReplyEnvelope::Status::Error) {
        if (const auto error = protocol::ErrorReply::fromJson(reply.response))
            m_services.metrics->countError(wire::errorReasonName(error->reason));
    }
    // A reply is what the client asked for: it is always queued, never the reason for a 1013.
    // The queue stays bounded because the socket takes no new request while it is over half
    // full, and at most kMaxRequestsInFlight replies can land on top of that.
    if (m_closing || !m_socket || !m_socket->isOpen())
        return;
    sendQueued(
        OutgoingFrame::phoenix({joinRef, ref, topic, QString(event::Reply), reply.toJson()}));
}

void SocketConnection::close(int code, const QString &reason)
{
    closeWithin(code, reason, kCloseHandshakeMs);
}

void SocketConnection::closeWithin(int code, const QString &reason, int graceMs)
{
    if (m_closing || !m_socket)
        return;
    m_closing = true;
    m_idleTimer.stop();
    m_pending.clear();
    m_pendingBytes = 0;
    m_whenDrained.clear();
    m_socket->close(code, reason);
    QTimer::singleShot(graceMs, this, [this] {
        if (m_socket)
            m_socket->abort();
    });
}

bool SocketConnection::isJoined(const QString &topic) const
{
    const auto it = m_joins.constFind(topic);
    return it != m_joins.cend() && it->joined;
}

QStringList SocketConnection::joinedTopics() const
{
    QStringList topics;
    for (auto it = m_joins.cbegin(); it != m_joins.cend(); ++it) {
        if (it->joined)
            topics.append(it.key());
    }
    return topics;
}

void SocketConnection::processEarlyFrames(const QList<QByteArray> &frames)
{
    QPointer<SocketConnection> self(this);
    for (const QByteArray &frame : frames) {
        if (!self || m_closing)
            return;
        onTextMessage(frame);
    }
}

void SocketConnection::onBinaryMessage()
{
    // The V2 serializer only uses binary frames for binary payloads, which Confab has none of.
    countMalformed();
}

void SocketConnection::onTextMessage(const QByteArray &utf8)
{
    if (m_closing)
        return;
    // Only noted: restarting the timer for every frame cost a timer unregistration and
    // registration each time; the timeout checks this instead.
    m_lastFrameMs = QDeadlineTimer::current().deadline();
    m_pending.append(utf8);
    m_pendingBytes += utf8.size();
    // A raw socket stops reading at once, so what waits is at most one read's worth; a
    // transport that cannot stop (TLS through QWebSocket) is closed like a slow consumer.
    if (m_pendingBytes > std::max<qint64>(m_services.limits.sendQueueBytes,
                                          m_services.codec.limits().maxFrameBytes)) {
        qCWarning(lcSocket) << "too many requests waiting for" << m_user.username << "- closing";
        m_services.metrics->countError(QStringLiteral("request_backlog"));
        m_pending.clear();
        m_pendingBytes = 0;
        closeWithin(wire::close_code::TryAgainLater, QStringLiteral("too many requests waiting"),
                    kSlowConsumerGraceMs);
        return;
    }
    runPending();
}

void SocketConnection::processFrame(const QByteArray &utf8)
{
    ++m_services.metrics->framesIn;
    const wire::DecodeResult result = m_services.codec.decode(utf8);
    if (const auto *error = std::get_if<wire::DecodeError>(&result)) {
        if (error->kind == wire::DecodeError::Kind::TooLarge) {
            m_services.metrics->countError(wire::errorReasonName(ErrorReason::TooLarge));
            close(wire::close_code::TooBig, QStringLiteral("frame too large"));
            return;
        }
        qCDebug(lcSocket) << "malformed frame from" << m_user.username << error->detail;
        countMalformed();
        return;
    }
    m_badFramesInRow = 0;
    handleFrame(std::get<wire::Frame>(result));
}

void SocketConnection::onControlFrame()
{
    if (m_closing)
        return;
    m_lastFrameMs = QDeadlineTimer::current().deadline(); // a pinging peer is not idle
    spendControlBudget();
}

namespace {
// Takes one token from a bucket of `burst` refilled at `perSecond`; false when it is empty.
bool takeToken(double &tokens, qint64 &updatedMs, double burst, double perSecond)
{
    const qint64 now = QDeadlineTimer::current().deadline();
    tokens = std::min(burst, tokens + double(now - updatedMs) * perSecond / 1000.0);
    updatedMs = now;
    if (tokens < 1)
        return false;
    tokens -= 1;
    return true;
}
} // namespace

bool SocketConnection::spendControlBudget()
{
    if (takeToken(m_controlTokens, m_controlUpdatedMs, kControlBurst, kControlPerSecond))
        return true;
    closeForFlooding(QStringLiteral("too many pings"));
    return false;
}

// Heartbeats are answered by the server without touching a channel, but a loop of them still
// keeps a core busy: they have their own bucket, as generous as the flood control of pushes.
bool SocketConnection::spendHeartbeatBudget()
{
    const SocketLimits &limits = m_services.limits;
    if (takeToken(m_heartbeatTokens, m_heartbeatUpdatedMs,
                  std::max(kControlBurst, limits.heartbeatBurst),
                  std::max(kControlPerSecond, limits.heartbeatsPerSecond)))
        return true;
    closeForFlooding(QStringLiteral("too many heartbeats"));
    return false;
}

void SocketConnection::closeForFlooding(const QString &why)
{
    qCInfo(lcSocket) << "closing socket of" << m_user.username << "for" << why;
    m_services.metrics->countError(QStringLiteral("control_flood"));
    close(wire::close_code::PolicyViolation, why);
}

void SocketConnection::onIdleTimeout()
{
    const qint64 idleMs = QDeadlineTimer::current().deadline() - m_lastFrameMs;
    const qint64 limitMs = m_services.limits.idleTimeoutMs;
    if (idleMs < limitMs) {
        m_idleTimer.start(int(limitMs - idleMs)); // a frame came since: wait for the rest
        return;
    }
    qCInfo(lcSocket) << "closing idle socket of" << m_user.username;
    close(wire::close_code::Normal, QStringLiteral("idle timeout"));
}

void SocketConnection::countMalformed()
{
    ++m_services.metrics->framesMalformed;
    if (++m_badFramesInRow >= m_services.limits.maxBadFramesInRow) {
        m_services.metrics->countError(QStringLiteral("malformed_frames"));
        close(wire::close_code::PolicyViolation, QStringLiteral("too many malformed frames"));
    }
}

void SocketConnection::replyError(const wire::Frame &frame, ErrorReason reason,
                                  const QString &message)
{
    Reply::forRequest(this, frame.topic, frame.joinRef, frame.ref).error(reason, message);
}

void SocketConnection::handleFrame(const wire::Frame &frame)
{
    if (frame.event == event::Reply) {
        return; // clients do not reply to us; ignore rather than count as abuse
    }
    if (frame.topic == wire::topic::Phoenix) {
        if (frame.event != event::Heartbeat)
            replyError(frame, ErrorReason::UnmatchedTopic);
        else if (spendHeartbeatBudget())
            Reply::forRequest(this, frame.topic, frame.joinRef, frame.ref).ok();
        return;
    }
    if (!m_services.flood->tryAcquire(QString::number(m_user.id))) {
        replyError(frame, ErrorReason::RateLimited, QStringLiteral("too many requests"));
        return;
    }
    if (frame.event == event::Join)
        handleJoin(frame);
    else if (frame.event == event::Leave)
        handleLeave(frame);
    else
        handlePush(frame);
}

ChannelSession SocketConnection::sessionFor(const QString &topic, const QString &joinRef)
{
    return ChannelSession{m_user, m_device, topic, joinRef, QPointer<SocketConnection>(this)};
}

namespace {
// A topic with surrounding white space or control characters may still parse ("user:1 " as
// user 1 with toLongLong), but broadcasts go to the clean name, so such a join would succeed
// and then stay silent forever.
bool isCleanTopic(const QString &topic)
{
    if (topic.isEmpty() || topic.front().isSpace() || topic.back().isSpace())
        return false;
    return std::none_of(topic.cbegin(), topic.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    });
}
} // namespace

void SocketConnection::handleJoin(const wire::Frame &frame)
{
    if (!isCleanTopic(frame.topic)) {
        replyError(frame, ErrorReason::Invalid,
                   QStringLiteral("topic: must not have surrounding white space or control "
                                  "characters"));
        return;
    }
    ChannelHandler *handler = m_services.channels->find(frame.topic);
    if (!handler) {
        replyError(frame, ErrorReason::UnmatchedTopic, QStringLiteral("no such topic"));
        return;
    }
    if (!frame.joinRef) {
        replyError(frame, ErrorReason::Invalid, QStringLiteral("join_ref: is required"));
        return;
    }
    if (m_joins.contains(frame.topic)) {
        endJoin(frame.topic, true); // a rejoin replaces the old join
    } else if (m_joins.size() >= m_services.limits.maxChannels) {
        replyError(frame, ErrorReason::TooManyChannels);
        return;
    }

    const QString topic = frame.topic;
    const QString joinRef = *frame.joinRef;
    m_joins.insert(topic, Join{joinRef, handler, false});

    Reply reply = Reply::forRequest(this, topic, frame.joinRef, frame.ref);
    QPointer<SocketConnection> self(this);
    JoinReply joinReply(reply, [self, topic, joinRef, reply](const QJsonObject &response,
                                                             std::function<void()> afterJoin) {
        Reply answer = reply;
        if (!self)
            return;
        auto it = self->m_joins.find(topic);
        if (it == self->m_joins.end() || it->joinRef != joinRef || it->joined)
            return; // left or replaced while the handler was deciding
        it->joined = true;
        self->m_services.hub->subscribe(topic, self);
        ++self->m_services.metrics->joins;
        answer.ok(response);
        if (afterJoin)
            afterJoin();
    });
    // A refused join leaves no trace.
    handler->join(sessionFor(topic, joinRef), frame.payload, std::move(joinReply));
    auto it = m_joins.find(topic);
    if (it != m_joins.end() && it->joinRef == joinRef && !it->joined && reply.answered())
        m_joins.erase(it);
}

void SocketConnection::handleLeave(const wire::Frame &frame)
{
    const auto it = m_joins.constFind(frame.topic);
    if (it == m_joins.cend() || (frame.joinRef && *frame.joinRef != it->joinRef)) {
        replyError(frame, ErrorReason::UnmatchedTopic);
        return;
    }
    Reply::forRequest(this, frame.topic, frame.joinRef, frame.ref).ok();
    endJoin(frame.topic, true);
}

void SocketConnection::endJoin(const QString &topic, bool sendClose)
{
    const auto it = m_joins.find(topic);
    if (it == m_joins.end())
        return;
    const Join join = *it;
    m_joins.erase(it);
    m_services.hub->unsubscribe(topic, this);
    if (sendClose)
        sendEncoded(OutgoingFrame::phoenix(
            {join.joinRef, join.joinRef, topic, QString(event::Close), QJsonObject{}}));
    if (join.joined)
        join.handler->leave(sessionFor(topic, join.joinRef));
}

void SocketConnection::handlePush(const wire::Frame &frame)
{
    const auto it = m_joins.constFind(frame.topic);
    if (it == m_joins.cend() || !it->joined || (frame.joinRef && *frame.joinRef != it->joinRef)) {
        replyError(frame, ErrorReason::UnmatchedTopic);
        return;
    }
    it->handler->handleIn(sessionFor(frame.topic, it->joinRef), frame.event, frame.payload,
                          Reply::forRequest(this, frame.topic, frame.joinRef, frame.ref));
}

void SocketConnection::onDisconnected()
{
    // Replies still running for a socket that is gone are built and dropped: up to
    // kMaxRequestsInFlight of them, each up to about 512 KiB, worth giving back afterwards.
    MemoryTrimmer::noteFreed(qint64(m_inFlight) * kMaxReplyEstimate);
    m_closing = true;
    m_idleTimer.stop();
    m_pending.clear();
    m_pendingBytes = 0;
    m_whenDrained.clear();
    const QStringList topics = m_joins.keys();
    for (const QString &topic : topics)
        endJoin(topic, false);
    Q_EMIT closed(this);
}

} // namespace confab::server
