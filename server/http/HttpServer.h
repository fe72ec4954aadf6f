#pragma once

#include "wire/ProtocolNames.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QTcpSocket>
#include <functional>
#include <memory>

namespace confab::server {

class SendFlusher;
class WireSocket;

// The parts of a request a handler needs, copied so an asynchronous handler can keep them.
struct HttpRequest
{
    QHttpServerRequest::Method method;
    QString path;
    QByteArray body;
    QHostAddress remoteAddress;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const;
    // The token of an `Authorization: Bearer T` header, or empty.
    QString bearerToken() const;
};

// Writes exactly one response, possibly after the handler has returned. Holds a guarded
// pointer: if the client hung up in the meantime the response is dropped.
class HttpResponder
{
public:
    HttpResponder(QTcpSocket *socket, QByteArray origin);

    void json(int status, const QJsonObject &body);
    // {error, message}: every error the HTTP API sends (protocol::http::ErrorResponse).
    void error(int status, wire::ErrorReason code, const QString &message);
    void text(int status, const QByteArray &body, const QByteArray &contentType);
    void empty(int status);
    // An error with extra header lines ("Name: value\r\n" each).
    void errorWithHeaders(int status, wire::ErrorReason code, const QString &message,
                          const QByteArray &headers);
    // 204 answer to a CORS preflight (OPTIONS) for a path served with `methods`.
    void preflight(const QByteArray &methods);
    // The client's connection, null once it is gone: a context for work done for it.
    QObject *connection() const { return m_state->socket.data(); }

private:
    void write(int status, const QByteArray &body, const QByteArray &contentType);
    struct State
    {
        QPointer<QTcpSocket> socket;
        QByteArray allowedOrigin;
        QByteArray extraHeaders;
        bool sent = false;
    };
    std::shared_ptr<State> m_state;
};

// Qt HttpServer's request parsing, with our own small router so handlers can answer
// asynchronously (QHttpServer 6.4's responder holds a raw socket pointer), and our own WebSocket
// upgrade: a plain TCP connection becomes a RawWebSocket; only TLS goes through QWebSocket.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpRequest &, HttpResponder)>;
    using WebSocketHandler = std::function<void(std::unique_ptr<WireSocket>)>;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    void route(QHttpServerRequest::Method method, const QString &path, Handler handler);
    void setWebSocketPath(const QString &path) { m_webSocketPath = path; }
    // Where accepted WebSockets go, and the largest message they may receive.
    void setWebSocketHandler(qsizetype maxMessageBytes, WebSocketHandler handler);
    // Origins allowed for browser requests; "*" allows all. Requests without Origin pass.
    void setAllowedOrigins(const QStringList &origins) { m_allowedOrigins = origins; }
    // Peers whose X-Forwarded-For names the client (HttpRequest::remoteAddress).
    void setTrustedProxies(const QList<QHostAddress> &proxies) { m_trustedProxies = proxies; }
    bool originAllowed(const QByteArray &origin) const;
    std::function<void()> onRequest; // counts requests for /metrics

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // Answers an upgrade on the WebSocket path. True hands the socket to QHttpServer's own
    // WebSocket server (TLS); false means it was answered here, taken over or refused.
    bool upgradeToWebSocket(const QHttpServerRequest &request, QTcpSocket *socket);
    void adoptQtWebSockets();
    QByteArray allowedMethods(const QString &path) const;
    bool isTrustedProxy(const QHostAddress &address) const;
    QHostAddress clientAddress(const QHttpServerRequest &request) const;

    struct Route
    {
        QHttpServerRequest::Method method;
        QString path;
        Handler handler;
    };
    QList<Route> m_routes;
    QString m_webSocketPath;
    QStringList m_allowedOrigins;
    QList<QHostAddress> m_trustedProxies;
    WebSocketHandler m_webSocketHandler;
    qsizetype m_maxWebSocketMessageBytes = 64 * 1024;
    std::shared_ptr<SendFlusher> m_flusher;
    bool m_upgradeAnswered = false; // missingHandler() must not answer it again
};

} // namespace confab::server
