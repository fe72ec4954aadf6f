#pragma once

#include "http/AddressAllowlist.h"
#include "http/HttpBodySink.h"
#include "http/HttpConnection.h"
#include "http/HttpRequest.h"
#include "http/HttpResponder.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QWebSocketServer>
#include <functional>
#include <memory>
#include <optional>

namespace confab::server {

class HttpListener;
class SendFlusher;
class WireSocket;

// The front door: every TCP connection of the server arrives here. HttpConnection parses
// requests (limits, timeouts, keep-alive); this class caps connections per client address,
// routes requests to handlers that may answer asynchronously, and turns WebSocket upgrades into
// WireSockets: a plain TCP connection becomes a RawWebSocket, a TLS one goes through
// QWebSocketServer.
class HttpServer : public QObject, private HttpRequestRouter
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpRequest &, HttpResponder)>;
    // Returns the sink the body streams to, or null after answering through the responder.
    using StreamingHandler =
        std::function<std::unique_ptr<HttpBodySink>(const HttpRequest &, HttpResponder)>;
    using WebSocketHandler = std::function<void(std::unique_ptr<WireSocket>)>;

    struct Limits
    {
        HttpHeadLimits head;
        HttpTimeouts timeouts;
        // Open HTTP connections (not yet upgraded) per client address; 0: no cap.
        int connectionsPerAddress = 128;
        // Addresses the cap does not apply to (a reverse proxy on this machine).
        AddressAllowlist exempt = AddressAllowlist::loopback();
    };

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    // TLS for every connection from now on.
    void setTls(const QSslConfiguration &tls) { m_tls = tls; }
    // Empty on success, else why not. May be called for several addresses; serverPort() is
    // the first one's port (0 picks a free one).
    QString listen(const QHostAddress &host, quint16 port);
    quint16 serverPort() const;

    // A route whose body (at most maxBodyBytes) is read whole before the handler runs.
    void route(QHttpServerRequest::Method method, const QString &path, Handler handler,
               qsizetype maxBodyBytes);
    void route(QHttpServerRequest::Method method, const QString &path, Handler handler);
    // A route whose handler receives the body as it arrives.
    void routeStreaming(QHttpServerRequest::Method method, const QString &path,
                        StreamingHandler handler);
    void setWebSocketPath(const QString &path) { m_webSocketPath = path; }
    // Where accepted WebSockets go, and the largest message they may receive.
    void setWebSocketHandler(qsizetype maxMessageBytes, WebSocketHandler handler);
    // Origins allowed for browser requests; "*" allows all. Requests without Origin pass.
    void setAllowedOrigins(const QStringList &origins) { m_allowedOrigins = origins; }
    // Peers whose X-Forwarded-For names the client (HttpRequest::remoteAddress).
    void setTrustedProxies(const QList<QHostAddress> &proxies) { m_trustedProxies = proxies; }
    bool originAllowed(const QByteArray &origin) const;
    std::function<void()> onRequest; // counts requests for /metrics
    // HTTP connections open now (not counting upgraded ones).
    int openConnections() const { return m_openConnections; }

private:
    struct Route
    {
        QHttpServerRequest::Method method;
        QString path;
        StreamingHandler handler;
    };

    std::unique_ptr<HttpBodySink> startRequest(HttpConnection &connection,
                                               const HttpRequest &request) override;
    void upgrade(HttpConnection &connection, const HttpRequest &request) override;
    QHostAddress clientAddress(const QHostAddress &peer, const HttpRequest &request) const override;

    void acceptConnection(int descriptor);
    bool admit(const QHostAddress &peer);
    void release(const QHostAddress &peer);
    void upgradeRawSocket(HttpConnection &connection, const HttpRequest &request);
    void upgradeTlsSocket(HttpConnection &connection);
    void adoptQtWebSockets();
    QByteArray allowedMethods(const QString &path) const;
    bool isTrustedProxy(const QHostAddress &address) const;

    Limits m_limits;
    std::optional<QSslConfiguration> m_tls;
    QList<HttpListener *> m_listeners;
    QHash<QHostAddress, int> m_connectionsByAddress;
    int m_openConnections = 0;
    QList<Route> m_routes;
    QString m_webSocketPath;
    QStringList m_allowedOrigins;
    QList<QHostAddress> m_trustedProxies;
    WebSocketHandler m_webSocketHandler;
    qsizetype m_maxWebSocketMessageBytes = 64 * 1024;
    std::shared_ptr<SendFlusher> m_flusher;
    // TLS upgrades only: QWebSocket does the framing over QSslSocket.
    QWebSocketServer m_qtWebSockets;
};

} // namespace confab::server
