#include "http/HttpServer.h"

#include "protocol/Http.h"

#include "websocket/QtWebSocketAdapter.h"
#include "websocket/RawWebSocket.h"
#include "websocket/SendFlusher.h"
#include "websocket/WebSocketHandshake.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslSocket>
#include <algorithm>
#include <fcntl.h>

namespace confab::server {

using wire::ErrorReason;

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 426:
        return "Upgrade Required";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QLoggingCategory::CategoryFilter previousLogFilter = nullptr;

// QHttpServer 6.4 warns "WebSocket received but no slots connected" for every upgrade that
// handleRequest() takes over itself, which is every plain-TCP WebSocket here. Its category has
// no other warning in 6.4 besides bind() on a server that is not listening, which we never do.
void silenceHandOverWarning(QLoggingCategory *category)
{
    if (previousLogFilter)
        previousLogFilter(category);
    if (qstrcmp(category->categoryName(), "qt.httpserver") == 0)
        category->setEnabled(QtWarningMsg, false);
}

bool isUpgrade(const QHttpServerRequest &request)
{
    return request.value(QByteArrayLiteral("upgrade")).compare("websocket", Qt::CaseInsensitive) ==
           0;
}
} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString HttpRequest::bearerToken() const
{
    const QByteArray value = header("authorization");
    static const QByteArray prefix("Bearer ");
    if (!value.startsWith(prefix))
        return {};
    return QString::fromLatin1(value.mid(prefix.size()).trimmed());
}

HttpResponder::HttpResponder(QTcpSocket *socket, QByteArray origin)
    : m_state(std::make_shared<State>(State{socket, std::move(origin), {}, false}))
{
}

void HttpResponder::json(int status, const QJsonObject &body)
{
    write(status, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
}

void HttpResponder::error(int status, wire::ErrorReason code, const QString &message)
{
    json(status, protocol::http::ErrorResponse{code, message}.toJson());
}

void HttpResponder::text(int status, const QByteArray &body, const QByteArray &contentType)
{
    write(status, body, contentType);
}

void HttpResponder::errorWithHeaders(int status, wire::ErrorReason code, const QString &message,
                                     const QByteArray &headers)
{
    m_state->extraHeaders = headers;
    error(status, code, message);
}

void HttpResponder::preflight(const QByteArray &methods)
{
    // A browser asks before a cross-origin JSON or authorised request; the origin itself was
    // checked against the allowlist before we got here.
    m_state->extraHeaders = "Access-Control-Allow-Methods: " + methods +
                            "\r\nAccess-Control-Allow-Headers: Authorization, Content-Type"
                            "\r\nAccess-Control-Max-Age: 600\r\n";
    write(204, {}, {});
}

void HttpResponder::empty(int status)
{
    write(status, {}, {});
}

void HttpResponder::write(int status, const QByteArray &body, const QByteArray &contentType)
{
    if (m_state->sent)
        return;
    m_state->sent = true;
    QTcpSocket *socket = m_state->socket;
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        head += "Content-Type: " + contentType + "\r\n";
    if (!m_state->allowedOrigin.isEmpty())
        head += "Access-Control-Allow-Origin: " + m_state->allowedOrigin + "\r\nVary: Origin\r\n";
    head += m_state->extraHeaders;
    head += "Cache-Control: no-store\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    socket->write(head + body);
}

HttpServer::HttpServer(QObject *parent)
    : QAbstractHttpServer(parent)
    , m_flusher(std::make_shared<SendFlusher>())
{
    static const bool filterInstalled = [] {
        previousLogFilter = QLoggingCategory::installFilter(silenceHandOverWarning);
        return true;
    }();
    Q_UNUSED(filterInstalled);
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this,
            &HttpServer::adoptQtWebSockets);
}

HttpServer::~HttpServer() = default;

void HttpServer::setWebSocketHandler(qsizetype maxMessageBytes, WebSocketHandler handler)
{
    m_maxWebSocketMessageBytes = maxMessageBytes;
    m_webSocketHandler = std::move(handler);
}

void HttpServer::adoptQtWebSockets()
{
    while (hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection();
        if (socket && m_webSocketHandler)
            m_webSocketHandler(std::make_unique<QtWebSocketAdapter>(std::move(socket),
                                                                    m_maxWebSocketMessageBytes));
    }
}

bool HttpServer::upgradeToWebSocket(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (!m_webSocketHandler)
        return false;
    if (qobject_cast<QSslSocket *>(socket))
        return true; // TLS: QWebSocket over the QSslSocket (adoptQtWebSockets)
    m_upgradeAnswered = true;
    const HandshakeAnswer answer = answerWebSocketHandshake(
        request.method() == QHttpServerRequest::Method::Get,
        [&request](const char *name) { return request.value(QByteArray(name)); });
    if (!answer.accepted()) {
        HttpResponder(socket, {})
            .errorWithHeaders(answer.status, ErrorReason::Invalid, QString::fromUtf8(answer.error),
                              answer.extraHeaders);
        return false;
    }
    // The connection lives on in a descriptor of our own: QHttpServer closes its QTcpSocket
    // when we return, which closes only its descriptor, not the connection.
    const int descriptor = ::fcntl(int(socket->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
    if (descriptor < 0) {
        HttpResponder(socket, {})
            .error(503, ErrorReason::Internal, QStringLiteral("out of file descriptors"));
        return false;
    }
    const QByteArray alreadyRead = socket->read(socket->bytesAvailable());
    auto webSocket = std::make_unique<RawWebSocket>(descriptor, answer.response, request.url(),
                                                    request.value(QByteArrayLiteral("origin")),
                                                    m_maxWebSocketMessageBytes, m_flusher);
    webSocket->setOfferedSubprotocols(request.value(QByteArrayLiteral("sec-websocket-protocol")));
    QPointer<RawWebSocket> started(webSocket.get());
    m_webSocketHandler(std::move(webSocket)); // connects to it before any frame is parsed
    if (started)
        started->start(alreadyRead);
    return false;
}

void HttpServer::route(QHttpServerRequest::Method method, const QString &path, Handler handler)
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

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    // Small frames and replies must not wait for Nagle's algorithm (~40 ms per round trip).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (isUpgrade(request))
        return path == m_webSocketPath && upgradeToWebSocket(request, socket);
    if (onRequest)
        onRequest();

    const QByteArray origin = request.value(QByteArrayLiteral("origin"));
    HttpResponder responder(socket, originAllowed(origin) ? origin : QByteArray());
    if (!originAllowed(origin)) {
        responder.error(403, ErrorReason::Forbidden, QStringLiteral("origin not allowed"));
        return true;
    }
    bool pathKnown = false;
    for (const Route &route : std::as_const(m_routes)) {
        if (route.path != path)
            continue;
        pathKnown = true;
        if (route.method != request.method())
            continue;
        route.handler(HttpRequest{request.method(), path, request.body(), clientAddress(request),
                                  request.headers()},
                      responder);
        return true;
    }
    if (pathKnown && request.method() == QHttpServerRequest::Method::Options)
        responder.preflight(allowedMethods(path));
    else if (pathKnown)
        responder.error(405, ErrorReason::Invalid, QStringLiteral("method not allowed"));
    else
        responder.error(404, ErrorReason::NotFound, QStringLiteral("no such endpoint"));
    return true;
}

bool HttpServer::isTrustedProxy(const QHostAddress &address) const
{
    return std::any_of(m_trustedProxies.cbegin(), m_trustedProxies.cend(),
                       [&](const QHostAddress &proxy) {
                           return proxy.isEqual(address, QHostAddress::TolerantConversion);
                       });
}

QHostAddress HttpServer::clientAddress(const QHttpServerRequest &request) const
{
    // Behind a reverse proxy every connection comes from the proxy, so one guesser would use
    // up the sign-in limit of the whole team. Only a proxy the admin named may say who the
    // client is, and only the rightmost untrusted hop counts: entries to its left were sent
    // by the client itself and can be anything.
    QHostAddress address = request.remoteAddress();
    if (!isTrustedProxy(address))
        return address;
    const QList<QByteArray> hops = request.value(QByteArrayLiteral("x-forwarded-for")).split(',');
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

void HttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    if (std::exchange(m_upgradeAnswered, false))
        return;
    HttpResponder(socket, {}).error(404, ErrorReason::NotFound, QStringLiteral("no such endpoint"));
}

} // namespace confab::server
