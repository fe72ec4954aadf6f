#include "client/PhoenixSocket.h"

#include "client/ClientLogging.h"
#include "wire/ProtocolNames.h"

#include <QNetworkRequest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

namespace confab::client {

namespace {

// Server frames may be far larger than client frames: a join reply carries history, and the
// server caps those at about 512 KiB.
constexpr qsizetype kMaxServerFrameBytes = 16 * 1024 * 1024;
constexpr int kAbnormalClose = 1006; // RFC 6455: closed without a close frame
constexpr int kUserClose = 1000;
constexpr int kGracefulCloseGraceMs = 5000;

wire::FrameLimits serverFrameLimits()
{
    wire::FrameLimits limits;
    limits.maxFrameBytes = kMaxServerFrameBytes;
    return limits;
}

QString percentEncoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

PhoenixSocket::PhoenixSocket(QObject *parent)
    : QObject(parent)
    , m_codec(serverFrameLimits())
    , m_heartbeatTimer(this)
    , m_reconnectTimer(this)
    , m_connectTimer(this)
{
    m_heartbeatTimer.setInterval(m_heartbeatIntervalMs);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &PhoenixSocket::sendHeartbeat);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &PhoenixSocket::startConnecting);
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this,
            [this] { dropConnection(QStringLiteral("connect timeout")); });
}

PhoenixSocket::~PhoenixSocket()
{
    // The WebSocket is a child and dies after us; it must not call back into a half-destroyed
    // socket.
    if (m_webSocket) {
        m_webSocket->disconnect(this);
        m_webSocket->abort();
    }
}

void PhoenixSocket::setServerUrl(const QUrl &httpBaseUrl)
{
    m_baseUrl = httpBaseUrl;
}

void PhoenixSocket::setToken(const QString &token)
{
    m_token = token;
}

void PhoenixSocket::setDeviceId(const QString &deviceId)
{
    m_deviceId = deviceId;
}

void PhoenixSocket::setHeartbeatIntervalMs(int ms)
{
    m_heartbeatIntervalMs = std::max(1, ms);
    m_heartbeatTimer.setInterval(m_heartbeatIntervalMs);
}

void PhoenixSocket::setBackoff(int initialMs, int maxMs)
{
    m_backoff = Backoff(initialMs, maxMs);
}

void PhoenixSocket::setAutoReconnect(bool enabled)
{
    m_autoReconnect = enabled;
    if (!enabled && m_state == State::WaitingToReconnect) {
        m_reconnectTimer.stop();
        setState(State::Disconnected);
    }
}

void PhoenixSocket::setConnectTimeoutMs(int ms)
{
    m_connectTimeoutMs = std::max(1, ms);
}

QUrl PhoenixSocket::socketUrl() const
{
    return endpointUrl(true);
}

QStringList PhoenixSocket::subprotocols() const
{
    // What phoenix.js's `authToken` option sends: URLs end up in proxy and server logs,
    // handshake headers do not.
    const QByteArray encoded =
        m_token.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return {QStringLiteral("phoenix"),
            QStringLiteral("base64url.bearer.phx.") + QString::fromLatin1(encoded)};
}

QUrl PhoenixSocket::endpointUrl(bool withToken) const
{
    QUrl url = m_baseUrl;
    if (url.scheme() == u"https")
        url.setScheme(QStringLiteral("wss"));
    else if (url.scheme() != u"wss")
        url.setScheme(QStringLiteral("ws"));
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/socket/websocket"));
    QString query = QStringLiteral("vsn=2.0.0");
    if (withToken)
        query += QStringLiteral("&token=") + percentEncoded(m_token);
    if (!m_deviceId.isEmpty())
        query += QStringLiteral("&device_unique_id=") + percentEncoded(m_deviceId);
    url.setQuery(query);
    url.setFragment(QString());
    return url;
}

QDateTime PhoenixSocket::nextReconnectAt() const
{
    return m_state == State::WaitingToReconnect ? m_nextReconnectAt : QDateTime();
}

PhoenixChannel *PhoenixSocket::channel(const QString &topic)
{
    PhoenixChannel *&channel = m_channels[topic];
    if (!channel)
        channel = new PhoenixChannel(topic, this);
    return channel;
}

void PhoenixSocket::removeChannel(const QString &topic)
{
    PhoenixChannel *channel = m_channels.take(topic);
    if (!channel)
        return;
    channel->leave();
    channel->deleteLater();
}

void PhoenixSocket::open()
{
    m_userClosed = false;
    m_unauthorized = false;
    m_reconnectTimer.stop();
    if (m_state == State::Connecting || m_state == State::Connected)
        return;
    startConnecting();
}

void PhoenixSocket::close()
{
    m_userClosed = true;
    m_reconnectTimer.stop();
    if (m_webSocket)
        finishConnection(kUserClose, false, true);
    else
        setState(State::Disconnected);
}

void PhoenixSocket::startConnecting()
{
    if (m_webSocket)
        return;
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_webSocket = socket;
    m_closeFrameSeen = false;
    socket->setMaxAllowedIncomingMessageSize(quint64(kMaxServerFrameBytes));
    socket->setMaxAllowedIncomingFrameSize(quint64(kMaxServerFrameBytes));
    connect(socket, &QWebSocket::connected, this, &PhoenixSocket::onConnected);
    connect(socket, &QWebSocket::textMessageReceived, this, &PhoenixSocket::onTextMessage);
    connect(socket, &QWebSocket::aboutToClose, this, [this] { m_closeFrameSeen = true; });
    connect(socket, &QWebSocket::disconnected, this, &PhoenixSocket::onSocketClosed);
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &PhoenixSocket::onSocketError);
    setState(State::Connecting);
    m_connectTimer.start(m_connectTimeoutMs);
    qCDebug(lcClientSocket) << "connecting to" << m_baseUrl.toString();
    QWebSocketHandshakeOptions options;
    options.setSubprotocols(subprotocols());
    socket->open(QNetworkRequest(endpointUrl(false)), options);
}

void PhoenixSocket::onConnected()
{
    m_connectTimer.stop();
    m_backoff.reset();
    m_heartbeatRef.reset();
    m_heartbeatTimer.start();
    qCInfo(lcClientSocket) << "connected to" << m_baseUrl.toString();
    setState(State::Connected);
    Q_EMIT connected();
    const QList<QPointer<PhoenixChannel>> channels(m_channels.cbegin(), m_channels.cend());
    for (const QPointer<PhoenixChannel> &channel : channels) {
        if (!isConnected())
            return; // a handler closed us
        if (channel)
            channel->onSocketConnected();
    }
}

void PhoenixSocket::onTextMessage(const QString &text)
{
    const wire::DecodeResult decoded = m_codec.decode(text.toUtf8());
    if (const auto *error = std::get_if<wire::DecodeError>(&decoded)) {
        // The frame's size, never its text: it may hold someone's message.
        qCWarning(lcClientSocket) << "dropping malformed server frame:" << error->detail << "-"
                                  << text.size() << "characters";
        return;
    }
    const auto &frame = std::get<wire::Frame>(decoded);
    if (frame.topic == wire::topic::Phoenix) {
        if (frame.event == wire::event::Reply && frame.ref && frame.ref == m_heartbeatRef) {
            m_heartbeatRef.reset();
            Q_EMIT heartbeatAnswered(int(m_heartbeatSent.elapsed()));
        }
        return;
    }
    if (PhoenixChannel *channel = m_channels.value(frame.topic))
        channel->handleFrame(frame);
    else
        qCDebug(lcClientSocket) << "frame for unknown topic" << frame.topic << frame.event;
}

void PhoenixSocket::onSocketError()
{
    if (!m_webSocket)
        return;
    qCInfo(lcClientSocket) << "socket error:" << m_webSocket->errorString();
    if (m_state == State::Connecting) {
        // Qt 6.4 reports a refused upgrade only through the error text ("Unhandled http status
        // code: 403 (Forbidden)").
        const bool forbidden = m_webSocket->errorString().contains(u"status code: 403");
        finishConnection(kAbnormalClose, forbidden);
    } else if (m_webSocket->state() == QAbstractSocket::UnconnectedState) {
        onSocketClosed();
    }
    // Otherwise `disconnected` follows and reports the close code.
}

void PhoenixSocket::onSocketClosed()
{
    if (!m_webSocket)
        return;
    const int code = m_closeFrameSeen ? int(m_webSocket->closeCode()) : kAbnormalClose;
    qCInfo(lcClientSocket) << "socket closed with" << code << m_webSocket->closeReason();
    finishConnection(code, code == wire::close_code::Unauthorized);
}

void PhoenixSocket::dropConnection(const QString &why)
{
    qCWarning(lcClientSocket) << "dropping the connection:" << why;
    finishConnection(kAbnormalClose, false);
}

void PhoenixSocket::finishConnection(int closeCode, bool authFailed, bool graceful)
{
    retireWebSocket(graceful);
    m_connectTimer.stop();
    m_heartbeatTimer.stop();
    m_heartbeatRef.reset();
    setState(State::Disconnected);

    QPointer<PhoenixSocket> self(this);
    const QList<QPointer<PhoenixChannel>> channels(m_channels.cbegin(), m_channels.cend());
    for (const QPointer<PhoenixChannel> &channel : channels) {
        if (channel)
            channel->onSocketDisconnected();
        if (!self)
            return;
    }
    Q_EMIT disconnected(closeCode);
    if (!self)
        return;
    if (authFailed) {
        m_unauthorized = true;
        Q_EMIT unauthorized();
        if (!self)
            return;
    }
    // Handlers may have reopened or closed the socket meanwhile.
    if (m_state == State::Disconnected && m_autoReconnect && !m_userClosed && !m_unauthorized)
        scheduleReconnect();
}

void PhoenixSocket::retireWebSocket(bool graceful)
{
    QWebSocket *socket = m_webSocket;
    if (!socket)
        return;
    m_webSocket = nullptr;
    socket->disconnect(this);
    if (graceful && socket->state() == QAbstractSocket::ConnectedState) {
        // Let the close handshake finish on its own, but not forever.
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(kGracefulCloseGraceMs, socket, &QObject::deleteLater);
        socket->close(QWebSocketProtocol::CloseCodeNormal);
        return;
    }
    socket->abort();
    socket->deleteLater(); // we may be inside one of its signals
}

void PhoenixSocket::sendHeartbeat()
{
    if (m_heartbeatRef) {
        dropConnection(QStringLiteral("heartbeat not answered"));
        return;
    }
    m_heartbeatRef = makeRef();
    m_heartbeatSent.start();
    send({std::nullopt, m_heartbeatRef, QString(wire::topic::Phoenix),
          QString(wire::event::Heartbeat), QJsonObject{}});
}

void PhoenixSocket::scheduleReconnect()
{
    const int delay = m_backoff.nextDelayMs();
    m_nextReconnectAt = QDateTime::currentDateTimeUtc().addMSecs(delay);
    m_reconnectTimer.start(delay);
    qCInfo(lcClientSocket) << "reconnecting in" << delay << "ms";
    setState(State::WaitingToReconnect);
    Q_EMIT reconnectScheduled(delay);
}

QString PhoenixSocket::makeRef()
{
    return QString::number(m_nextRef++);
}

bool PhoenixSocket::send(const wire::Frame &frame)
{
    if (!m_webSocket || m_state != State::Connected)
        return false;
    m_webSocket->sendTextMessage(wire::FrameCodec::encodeText(frame));
    return true;
}

void PhoenixSocket::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace confab::client
