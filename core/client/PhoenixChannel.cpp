#include "client/PhoenixChannel.h"

#include "client/ClientLogging.h"
#include "client/FailureReason.h"
#include "client/PhoenixSocket.h"
#include "protocol/Phoenix.h"
#include "wire/ProtocolNames.h"

#include <QPointer>

namespace confab::client {

namespace {

constexpr int kDefaultJoinTimeoutMs = 10000;

// Join refusals that will not change by retrying: stop rejoining.
bool isTerminalJoinError(const QString &reason)
{
    using wire::ErrorReason;
    const std::optional<ErrorReason> known = wire::errorReasonFromName(reason);
    return known == ErrorReason::Forbidden || known == ErrorReason::NotFound ||
           known == ErrorReason::Unauthorized;
}

PushResult resultFromReply(const QJsonObject &payload)
{
    PushResult result;
    const auto envelope = protocol::ReplyEnvelope::fromJson(payload);
    if (!envelope) {
        result.reason = reasonName(LocalReason::BadResponse);
        result.message = envelope.error().text();
        return result;
    }
    result.response = envelope->response;
    result.ok = envelope->status == protocol::ReplyEnvelope::Status::Ok;
    if (!result.ok) {
        // An error reply that does not fit the protocol is an answer this client cannot trust.
        const auto error = protocol::ErrorReply::fromJson(result.response);
        result.reason = error ? reasonName(error->reason) : reasonName(LocalReason::BadResponse);
        result.message = error ? error->message.value_or(QString()) : QString();
    }
    return result;
}

PushResult clientFailure(const QString &reason, const QString &message)
{
    PushResult result;
    result.reason = reason;
    result.message = message;
    return result;
}

} // namespace

PhoenixChannel::PhoenixChannel(const QString &topic, PhoenixSocket *socket)
    : QObject(socket)
    , m_socket(socket)
    , m_topic(topic)
    , m_joinTimer(this)
    , m_rejoinTimer(this)
{
    m_joinTimer.setSingleShot(true);
    m_joinTimer.setInterval(kDefaultJoinTimeoutMs);
    connect(&m_joinTimer, &QTimer::timeout, this, &PhoenixChannel::onJoinTimeout);
    m_rejoinTimer.setSingleShot(true);
    connect(&m_rejoinTimer, &QTimer::timeout, this, [this] {
        if (m_wantJoined && m_socket->isConnected() && m_joinRef.isEmpty())
            sendJoin();
    });
}

// Pending reply handlers are dropped, not called: their owners may be gone too.
PhoenixChannel::~PhoenixChannel() = default;

void PhoenixChannel::setJoinParams(std::function<QJsonObject()> provider)
{
    m_paramsProvider = std::move(provider);
}

void PhoenixChannel::setJoinTimeoutMs(int ms)
{
    m_joinTimer.setInterval(std::max(1, ms));
}

void PhoenixChannel::join()
{
    m_wantJoined = true;
    if (m_state == State::Joined || !m_joinRef.isEmpty())
        return; // joined or a join is on its way
    m_rejoinTimer.stop();
    m_rejoinBackoff.reset();
    if (m_socket->isConnected())
        sendJoin();
    else
        setState(State::Joining);
}

void PhoenixChannel::leave()
{
    m_wantJoined = false;
    m_rejoinTimer.stop();
    m_joinTimer.stop();
    if (!m_joinRef.isEmpty() && m_socket->isConnected()) {
        // Fire and forget: the reply and the phx_close that follows carry a join_ref that is no
        // longer ours and are ignored.
        m_socket->send(
            {m_joinRef, m_socket->makeRef(), m_topic, QString(wire::event::Leave), QJsonObject{}});
    }
    m_joinRef.clear();
    setState(State::Closed);
}

void PhoenixChannel::push(const QString &event, const QJsonObject &payload, ReplyHandler onReply,
                          int timeoutMs)
{
    if (m_state != State::Joined) {
        if (onReply) {
            // Queued, so callers never see their handler run inside push().
            QMetaObject::invokeMethod(
                this,
                [onReply = std::move(onReply), topic = m_topic] {
                    onReply(clientFailure(reasonName(LocalReason::NotJoined),
                                          QStringLiteral("%1 is not joined").arg(topic)));
                },
                Qt::QueuedConnection);
        }
        return;
    }
    const QString ref = m_socket->makeRef();
    m_socket->send({m_joinRef, ref, m_topic, event, payload});
    if (!onReply)
        return;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, ref] {
        finishPush(ref,
                   clientFailure(reasonName(LocalReason::Timeout), QStringLiteral("no reply")));
    });
    timer->start(std::max(0, timeoutMs));
    m_pending.insert(ref, Pending{std::move(onReply), timer});
}

void PhoenixChannel::handleFrame(const wire::Frame &frame)
{
    if (frame.event == wire::event::Reply) {
        handleReply(frame);
        return;
    }
    // Frames of an earlier join (replaced, left or from before a reconnect) are not ours.
    if (m_joinRef.isEmpty() || (frame.joinRef && *frame.joinRef != m_joinRef)) {
        qCDebug(lcClientSocket) << "ignoring" << frame.event << "on" << m_topic
                                << "for stale join_ref" << frame.joinRef.value_or(QString());
        return;
    }
    if (frame.event == wire::event::Close) {
        if (frame.joinRef)
            handleServerClose();
        return;
    }
    if (frame.event == wire::event::Error) {
        qCWarning(lcClientSocket) << "channel error on" << m_topic << "- rejoining";
        m_joinRef.clear();
        m_joinTimer.stop();
        setState(State::Joining);
        scheduleRejoin();
        return;
    }
    if (m_state != State::Joined)
        return;
    Q_EMIT eventReceived(frame.event, frame.payload);
}

void PhoenixChannel::handleReply(const wire::Frame &frame)
{
    if (!frame.ref)
        return;
    if (m_pending.contains(*frame.ref)) {
        finishPush(*frame.ref, resultFromReply(frame.payload));
        return;
    }
    if (m_state == State::Joining && *frame.ref == m_joinRef) {
        handleJoinReply(frame.payload);
        return;
    }
    qCDebug(lcClientSocket) << "reply on" << m_topic << "for unknown ref" << *frame.ref;
}

void PhoenixChannel::sendJoin()
{
    const QString ref = m_socket->makeRef();
    const QJsonObject params = m_paramsProvider ? m_paramsProvider() : QJsonObject{};
    // The provider may have left or rejoined us; only the latest intention counts.
    if (!m_wantJoined || !m_socket->isConnected())
        return;
    m_joinRef = ref;
    qCDebug(lcClientSocket) << "joining" << m_topic << "ref" << ref;
    m_socket->send({ref, ref, m_topic, QString(wire::event::Join), params});
    m_joinTimer.start();
    setState(State::Joining);
}

void PhoenixChannel::handleJoinReply(const QJsonObject &payload)
{
    m_joinTimer.stop();
    const PushResult result = resultFromReply(payload);
    if (result.ok) {
        m_rejoinBackoff.reset();
        setState(State::Joined);
        Q_EMIT joined(result.response);
        return;
    }
    qCInfo(lcClientSocket) << "join of" << m_topic << "refused:" << result.reason << result.message;
    m_joinRef.clear();
    if (isTerminalJoinError(result.reason)) {
        m_wantJoined = false;
        setState(State::Errored);
    } else {
        setState(State::Joining);
        scheduleRejoin();
    }
    Q_EMIT joinFailed(result.reason, result.message);
}

void PhoenixChannel::onJoinTimeout()
{
    qCInfo(lcClientSocket) << "join of" << m_topic << "timed out";
    // A late reply carries the old ref and is ignored; the next join replaces the old one on
    // the server.
    m_joinRef.clear();
    setState(State::Joining);
    scheduleRejoin();
    Q_EMIT joinFailed(reasonName(LocalReason::Timeout), QStringLiteral("no reply to the join"));
}

void PhoenixChannel::scheduleRejoin()
{
    if (m_wantJoined)
        m_rejoinTimer.start(m_rejoinBackoff.nextDelayMs());
}

void PhoenixChannel::handleServerClose()
{
    qCInfo(lcClientSocket) << "server closed" << m_topic;
    m_wantJoined = false;
    m_joinRef.clear();
    m_joinTimer.stop();
    m_rejoinTimer.stop();
    setState(State::Closed);
    Q_EMIT closedByServer();
}

void PhoenixChannel::finishPush(const QString &ref, const PushResult &result)
{
    const auto it = m_pending.find(ref);
    if (it == m_pending.end())
        return;
    const Pending pending = it.value();
    m_pending.erase(it);
    pending.timer->stop();
    pending.timer->deleteLater(); // we may be inside its timeout signal
    pending.handler(result);
}

void PhoenixChannel::failAllPending(const QString &reason)
{
    const QStringList refs = m_pending.keys();
    QPointer<PhoenixChannel> self(this);
    for (const QString &ref : refs) {
        if (!self)
            return; // a handler deleted us
        finishPush(ref, clientFailure(reason, QStringLiteral("the connection was lost")));
    }
}

void PhoenixChannel::onSocketConnected()
{
    if (m_wantJoined && m_joinRef.isEmpty()) {
        m_rejoinTimer.stop();
        sendJoin();
    }
}

void PhoenixChannel::onSocketDisconnected()
{
    m_joinRef.clear();
    m_joinTimer.stop();
    m_rejoinTimer.stop();
    if (m_wantJoined)
        setState(State::Joining);
    else if (m_state != State::Errored)
        setState(State::Closed);
    failAllPending(reasonName(LocalReason::Disconnected));
}

void PhoenixChannel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace confab::client
