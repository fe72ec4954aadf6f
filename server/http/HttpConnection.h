#pragma once

#include "http/HttpBodySink.h"
#include "http/HttpRequestParser.h"
#include "http/HttpResponder.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <memory>

class QTcpSocket;

namespace confab::server {

class HttpConnection;

// What a connection asks of the server it belongs to.
class HttpRequestRouter
{
public:
    virtual ~HttpRequestRouter() = default;
    // The head of a request arrived. Either answers through `responder` and returns null, or
    // returns the sink its body goes to (whose finish() answers).
    virtual std::unique_ptr<HttpBodySink> startRequest(HttpConnection &connection,
                                                       const HttpRequest &request) = 0;
    // An upgrade request arrived whole: take the connection's socket over, or answer it.
    virtual void upgrade(HttpConnection &connection, const HttpRequest &request) = 0;
    // Who the client is: the peer, or whom a trusted proxy names.
    virtual QHostAddress clientAddress(const QHostAddress &peer,
                                       const HttpRequest &request) const = 0;
};

struct HttpTimeouts
{
    // From a connection's first byte (or its start) until a request head is complete; also
    // the longest pause inside a request body. Slow-header clients are cut here.
    int headerMs = 10'000;
    // How long a kept-alive connection may sit idle between requests.
    int keepAliveMs = 60'000;
};

// One client connection of the front door: reads requests with HttpRequestParser, one at a
// time (a pipelined request waits in the socket until the previous answer is written), enforces
// the head limits and timeouts, streams bodies to their sink, and keeps the connection alive
// or closes it as HTTP/1.1 and HTTP/1.0 say. Deletes itself when the connection ends.
class HttpConnection final : public QObject, private HttpParserListener
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, HttpRequestRouter &router, HttpHeadLimits limits,
                   HttpTimeouts timeouts, QObject *parent = nullptr);
    ~HttpConnection() override;

    QHostAddress peerAddress() const { return m_peer; }
    // Writes the answer to the current request (headers are complete lines, without
    // Content-Length and Connection); then reads the next request or closes.
    void respond(int status, const QByteArray &headers, const QByteArray &body);
    // Answers with status and an {error, message} body, then closes.
    void refuse(int status, wire::ErrorReason code, const QString &message);

    // For upgrade(): the socket, and the bytes read past the request that belong to the new
    // protocol.
    QTcpSocket *socket() const { return m_socket; }
    QByteArray takeUnparsed();
    // The connection's descriptor was duplicated by its new owner: close ours, end here.
    void endAfterDuplicate();
    // TLS: makes the upgrade request unread again (QWebSocketServer reads it itself) and gives
    // the socket away, unparented; false when the request cannot be replayed (it followed
    // another one in the same read), then nothing changed.
    bool rewindAndRelease();

Q_SIGNALS:
    void finished();

private:
    enum class Phase { AwaitingRequest, ReadingRequest, Answering, Closing, HandedOver };

    int headReceived(HttpRequest &head, bool upgrade) override;
    int bodyReceived(QByteArrayView piece) override;
    void messageComplete() override;

    void readAvailable();
    bool readMore();
    void parseUnparsed();
    void parserFailed();
    void nextRequest();
    void timedOut();
    void closeAfterWrite();
    void socketError();
    void end();
    void halfClose();

    QTcpSocket *m_socket;
    const bool m_tls;
    HttpRequestRouter &m_router;
    HttpTimeouts m_timeouts;
    HttpRequestParser m_parser;
    QHostAddress m_peer;
    QTimer m_timer;
    Phase m_phase = Phase::AwaitingRequest;
    QByteArray m_unparsed;
    HttpRequest m_request;
    std::unique_ptr<HttpBodySink> m_sink;
    qint64 m_bodyBytes = 0;
    bool m_answered = false;   // the current request has its response
    bool m_forceClose = false; // ... and the connection ends after it
    bool m_transactionAtRequestStart = false;
    bool m_halfClosed = false;
    bool m_ended = false;
};

} // namespace confab::server
