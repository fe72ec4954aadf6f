#include "http/HttpServer.h"

#include "http/HttpListener.h"
#include "protocol/Http.h"

#include "websocket/QtWebSocketAdapter.h"
#include "websocket/RawWebSocket.h"
#include "websocket/SendFlusher.h"
#include "websocket/WebSocketHandshake.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>
#include <algorithm>
#include <fcntl.h>
#include <unistd.h>

namespace confab::server {

using wire::ErrorReason;

namespace {
// A restart makes every client reconnect at once. With a backlog of 50 most of their SYNs
// would be dropped, and each dropped one is retried only after 1, 3, 7 s.
constexpr int kListenBacklog = 4096;

// Buffers a body of at most maxBytes() for a handler that wants it whole.
class BufferedBodySink final : public HttpBodySink
{
public:
    BufferedBodySink(const HttpRequest &request, HttpResponder responder,
                     const HttpServer::Handler &handler, qsizetype maxBytes)
        : m_request(request)
        , m_responder(std::move(responder))
        , m_handler(handler)
        , m_maxBytes(maxBytes)
    {
    }
    qsizetype maxBytes() const override { return m_maxBytes; }
    void write(QByteArrayView piece) override { m_request.body.append(piece); }
    void finish() override { m_handler(m_request, std::move(m_responder)); }

private:
    HttpRequest m_request;
    HttpResponder m_responder;
    HttpServer::Handler m_handler;
    qsizetype m_maxBytes;
};

// IPv4 clients of a dual-stack socket arrive as ::ffff:a.b.c.d; they are counted as a.b.c.d.
QHostAddress normalized(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

QByteArray errorBody(ErrorReason code, const QString &message)
{
    return QJsonDocument(protocol::http::ErrorResponse{code, message}.toJson())
        .toJson(QJsonDocument::Compact);
}
} // namespace

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
    , m_flusher(std::make_shared<SendFlusher>())
    , m_qtWebSockets(QCoreApplication::applicationName(), QWebSocketServer::NonSecureMode)
{
    // phoenix.js sends its token as a subprotocol next to "phoenix", which must be echoed.
    m_qtWebSockets.setSupportedSubprotocols({QStringLiteral("phoenix")});
    connect(&m_qtWebSockets, &QWebSocketServer::newConnection, this,
            &HttpServer::adoptQtWebSockets);
}

HttpServer::~HttpServer() = default;

QString HttpServer::listen(const QHostAddress &host, quint16 port)
{
    auto listener = std::make_unique<HttpListener>(this);
    if (const QString error = listener->listen(host, port, kListenBacklog); !error.isEmpty())
        return error;
    connect(listener.get(), &HttpListener::accepted, this, &HttpServer::acceptConnection);
    m_listeners.append(listener.release());
    return {};
}

quint16 HttpServer::serverPort() const
{
    return m_listeners.isEmpty() ? 0 : m_listeners.first()->port();
}

void HttpServer::acceptConnection(int descriptor)
{
    QTcpSocket *socket = m_tls ? new QSslSocket : new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        ::close(descriptor);
        delete socket;
        return;
    }
    const QHostAddress peer = normalized(socket->peerAddress());
    if (!admit(peer)) {
        // Cheap to say, and a well-meaning client learns why; TLS clients just see the close.
        if (!m_tls) {
            const QByteArray body = errorBody(
                ErrorReason::RateLimited, QStringLiteral("too many connections from your address"));
            socket->write("HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\n"
                          "Connection: close\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
        }
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->disconnectFromHost();
        if (socket->state() == QAbstractSocket::UnconnectedState)
            socket->deleteLater();
        return;
    }
    if (auto *secure = qobject_cast<QSslSocket *>(socket)) {
        secure->setSslConfiguration(*m_tls);
        secure->startServerEncryption();
    }
    auto *connection = new HttpConnection(socket, *this, m_limits.head, m_limits.timeouts, this);
    connect(connection, &HttpConnection::finished, this, [this, peer] { release(peer); });
}

bool HttpServer::admit(const QHostAddress &peer)
{
    const int cap = m_limits.connectionsPerAddress;
    int &open = m_connectionsByAddress[peer];
    if (cap > 0 && open >= cap && !m_limits.exempt.allows(peer) && !isTrustedProxy(peer)) {
        if (open == 0)
            m_connectionsByAddress.remove(peer);
        return false;
    }
    ++open;
    ++m_openConnections;
    return true;
}

void HttpServer::release(const QHostAddress &peer)
{
    --m_openConnections;
    const auto found = m_connectionsByAddress.find(peer);
    if (found != m_connectionsByAddress.end() && --found.value() <= 0)
        m_connectionsByAddress.erase(found);
}

void HttpServer::setWebSocketHandler(qsizetype maxMessageBytes, WebSocketHandler handler)
{
    m_maxWebSocketMessageBytes = maxMessageBytes;
    m_webSocketHandler = std::move(handler);
}

void HttpServer::route(QHttpServerRequest::Method method, const QString &path, Handler handler,
                       qsizetype maxBodyBytes)
{
    routeStreaming(method, path,
                   [handler = std::move(handler), maxBodyBytes](const HttpRequest &request,
                                                                HttpResponder responder) {
                       return std::make_unique<BufferedBodySink>(request, std::move(responder),
                                                                 handler, maxBodyBytes);
                   });
}

void HttpServer::route(QHttpServerRequest::Method method, const QString &path, Handler handler)
{
    route(method, path, std::move(handler), protocol::http::MaxBodyBytes);
}

void HttpServer::routeStreaming(QHttpServerRequest::Method method, const QString &path,
                                StreamingHandler handler)
{
    m_routes.append(Route{method, path, std::move(handler)});
}

bool HttpServer::originAllowed(const QByteArray &origin) const
{
    if (origin.isEmpty())
        return true;
    const QString text = QString::fromUtf8(origin);
    return m_allowedOrigins.contains(QStringLiteral("*")) || m_allowedOrigins.contains(text);
}

std::unique_ptr<HttpBodySink> HttpServer::startRequest(HttpConnection &connection,
                                                       const HttpRequest &request)
{
    if (onRequest)
        onRequest();
    const QByteArray origin = request.header("origin");
    const bool allowed = originAllowed(origin);
    HttpResponder responder(&connection, allowed ? origin : QByteArray());
    if (!allowed) {
        responder.error(403, ErrorReason::Forbidden, QStringLiteral("origin not allowed"));
        return nullptr;
    }
    bool pathKnown = false;
    for (const Route &route : std::as_const(m_routes)) {
        if (route.path != request.path)
            continue;
        pathKnown = true;
        if (route.method == request.method)
            return route.handler(request, responder);
    }
    if (pathKnown && request.method == QHttpServerRequest::Method::Options)
        responder.preflight(allowedMethods(request.path));
    else if (pathKnown)
        responder.error(405, ErrorReason::Invalid, QStringLiteral("method not allowed"));
    else
        responder.error(404, ErrorReason::NotFound, QStringLiteral("no such endpoint"));
    return nullptr;
}

void HttpServer::upgrade(HttpConnection &connection, const HttpRequest &request)
{
    const bool webSocket = request.header("upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
    if (!webSocket || request.path != m_webSocketPath || !m_webSocketHandler) {
        connection.refuse(404, ErrorReason::NotFound, QStringLiteral("no such endpoint"));
        return;
    }
    if (m_tls)
        upgradeTlsSocket(connection);
    else
        upgradeRawSocket(connection, request);
}

void HttpServer::upgradeRawSocket(HttpConnection &connection, const HttpRequest &request)
{
    const HandshakeAnswer answer = answerWebSocketHandshake(
        request.method == QHttpServerRequest::Method::Get,
        [&request](const char *name) { return request.header(QByteArray(name)); });
    if (!answer.accepted()) {
        HttpResponder(&connection, {})
            .errorWithHeaders(answer.status, ErrorReason::Invalid, QString::fromUtf8(answer.error),
                              answer.extraHeaders);
        return;
    }
    // The connection lives on in a descriptor of our own, without Qt's socket and its buffers.
    const int descriptor =
        ::fcntl(int(connection.socket()->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
    if (descriptor < 0) {
        connection.refuse(503, ErrorReason::Internal, QStringLiteral("out of file descriptors"));
        return;
    }
    const QByteArray alreadyRead = connection.takeUnparsed();
    connection.endAfterDuplicate();
    auto webSocket = std::make_unique<RawWebSocket>(descriptor, answer.response, request.url,
                                                    request.header("origin"),
                                                    m_maxWebSocketMessageBytes, m_flusher);
    webSocket->setOfferedSubprotocols(request.header("sec-websocket-protocol"));
    QPointer<RawWebSocket> started(webSocket.get());
    m_webSocketHandler(std::move(webSocket)); // connects to it before any frame is parsed
    if (started)
        started->start(alreadyRead);
}

void HttpServer::upgradeTlsSocket(HttpConnection &connection)
{
    QTcpSocket *socket = connection.socket();
    if (!connection.rewindAndRelease()) {
        connection.refuse(400, ErrorReason::Invalid,
                          QStringLiteral("a WebSocket upgrade must start its own read"));
        return;
    }
    socket->setParent(&m_qtWebSockets);
    m_qtWebSockets.handleConnection(socket);
}

void HttpServer::adoptQtWebSockets()
{
    while (m_qtWebSockets.hasPendingConnections()) {
        std::unique_ptr<QWebSocket> socket(m_qtWebSockets.nextPendingConnection());
        if (!socket || !m_webSocketHandler)
            continue;
        const QByteArray offered = socket->request().rawHeader("Sec-WebSocket-Protocol");
        auto adapter =
            std::make_unique<QtWebSocketAdapter>(std::move(socket), m_maxWebSocketMessageBytes);
        adapter->setOfferedSubprotocols(offered);
        m_webSocketHandler(std::move(adapter));
    }
}

bool HttpServer::isTrustedProxy(const QHostAddress &address) const
{
    return std::any_of(m_trustedProxies.cbegin(), m_trustedProxies.cend(),
                       [&](const QHostAddress &proxy) {
                           return proxy.isEqual(address, QHostAddress::TolerantConversion);
                       });
}

QHostAddress HttpServer::clientAddress(const QHostAddress &peer, const HttpRequest &request) const
{
    // Behind a reverse proxy every connection comes from the proxy, so one guesser would use
    // up the sign-in limit of the whole team. Only a proxy the admin named may say who the
    // client is, and only the rightmost untrusted hop counts: entries to its left were sent
    // by the client itself and can be anything.
    QHostAddress address = peer;
    if (!isTrustedProxy(address))
        return address;
    const QList<QByteArray> hops = request.header("x-forwarded-for").split(',');
    for (auto hop = hops.crbegin(); hop != hops.crend(); ++hop) {
        QHostAddress forwarded;
        if (!forwarded.setAddress(QString::fromLatin1(hop->trimmed())))
            return address; // a malformed hop: keep the last address we can trust
        address = forwarded;
        if (!isTrustedProxy(forwarded))
            return forwarded;
    }
    return address;
}

QByteArray HttpServer::allowedMethods(const QString &path) const
{
    QByteArrayList methods;
    for (const Route &route : m_routes) {
        if (route.path != path)
            continue;
        switch (route.method) {
        case QHttpServerRequest::Method::Get:
            methods.append("GET");
            break;
        case QHttpServerRequest::Method::Post:
            methods.append("POST");
            break;
        case QHttpServerRequest::Method::Put:
            methods.append("PUT");
            break;
        case QHttpServerRequest::Method::Delete:
            methods.append("DELETE");
            break;
        default:
            break;
        }
    }
    methods.append("OPTIONS");
    return methods.join(", ");
}

} // namespace confab::server
