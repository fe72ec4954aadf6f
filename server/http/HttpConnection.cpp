#include "http/HttpConnection.h"

#include "protocol/Http.h"

#include <QJsonDocument>
#include <QSslSocket>
#include <QTcpSocket>
#include <sys/socket.h>

namespace confab::server {

using wire::ErrorReason;

namespace {
// Parsed a piece at a time; the socket holds at most this much we have not read, so a client
// that sends while its request is being answered is held back by TCP, not by our memory.
constexpr qint64 kReadPiece = 16 * 1024;
constexpr qint64 kSocketReadBuffer = 64 * 1024;
// A client that does not read our last answer is cut after this.
constexpr int kCloseGraceMs = 5000;
// After the last answer went out, how long the client's remaining bytes are read and dropped.
constexpr int kLingerMs = 2000;
// headReceived() or bodyReceived() answered already: stop parsing, without an answer of its own.
constexpr int kAnswered = -1;

QString refusalText(int status)
{
    switch (status) {
    case 408:
        return QStringLiteral("request took too long");
    case 413:
        return QStringLiteral("body too large");
    case 414:
        return QStringLiteral("request target too long");
    case 417:
        return QStringLiteral("only Expect: 100-continue is understood");
    case 431:
        return QStringLiteral("request headers too large");
    case 501:
        return QStringLiteral("method not implemented");
    case 505:
        return QStringLiteral("only HTTP/1.x is served");
    default:
        return QStringLiteral("malformed request");
    }
}
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, HttpRequestRouter &router, HttpHeadLimits limits,
                               HttpTimeouts timeouts, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_tls(qobject_cast<QSslSocket *>(socket) != nullptr)
    , m_router(router)
    , m_timeouts(timeouts)
    , m_parser(*this, limits)
    , m_peer(socket->peerAddress())
{
    socket->setParent(this);
    socket->setReadBufferSize(kSocketReadBuffer);
    // Small answers must not wait for Nagle's algorithm (~40 ms per round trip).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::timedOut);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::readAvailable);
    connect(socket, &QTcpSocket::disconnected, this, &HttpConnection::end);
    connect(socket, &QAbstractSocket::errorOccurred, this, &HttpConnection::socketError);
    // A new connection that stays silent is cut like a slow request head.
    m_timer.start(m_timeouts.headerMs);
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::readAvailable, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::readAvailable()
{
    while (m_parser.state() == HttpRequestParser::State::Reading &&
           (m_phase == Phase::AwaitingRequest || m_phase == Phase::ReadingRequest) &&
           (!m_unparsed.isEmpty() || readMore()))
        parseUnparsed();
}

bool HttpConnection::readMore()
{
    if (m_socket->bytesAvailable() <= 0)
        return false;
    if (m_phase == Phase::AwaitingRequest) {
        // TLS: keep the request readable again, for a WebSocket upgrade (see rewindAndRelease).
        m_transactionAtRequestStart = m_tls;
        if (m_tls)
            m_socket->startTransaction();
        m_phase = Phase::ReadingRequest;
        m_timer.start(m_timeouts.headerMs); // the whole head must come within this
    }
    m_unparsed = m_socket->read(kReadPiece);
    return !m_unparsed.isEmpty();
}

void HttpConnection::parseUnparsed()
{
    const qsizetype used = m_parser.feed(m_unparsed);
    m_unparsed.remove(0, used);
    switch (m_parser.state()) {
    case HttpRequestParser::State::Reading:
    case HttpRequestParser::State::Complete:
        return;
    case HttpRequestParser::State::Upgrade:
        m_timer.stop();
        m_phase = Phase::Answering;
        m_router.upgrade(*this, m_request);
        return;
    case HttpRequestParser::State::Failed:
        parserFailed();
        return;
    }
}

void HttpConnection::parserFailed()
{
    if (m_answered || m_parser.status() == kAnswered)
        return;
    const QString message =
        m_parser.error().isEmpty() ? refusalText(m_parser.status()) : m_parser.error();
    const int status = m_parser.status();
    refuse(status, status == 413 ? ErrorReason::TooLarge : ErrorReason::Invalid, message);
}

int HttpConnection::headReceived(HttpRequest &head, bool upgrade)
{
    head.remoteAddress = m_router.clientAddress(m_peer, head);
    m_request = head;
    if (upgrade)
        return m_parser.expectsBody() ? 400 : 0; // the upgrade happens once the parser stops
    if (m_tls && m_transactionAtRequestStart)
        m_socket->commitTransaction(); // not an upgrade: the head need not be replayed
    m_transactionAtRequestStart = false;
    if (head.method == QHttpServerRequest::Method::Unknown)
        return 501;
    const QByteArray expect = head.header("expect");
    if (!expect.isEmpty() && expect.compare("100-continue", Qt::CaseInsensitive) != 0)
        return 417;
    const bool hasBody = m_parser.expectsBody();
    if (!hasBody)
        m_phase = Phase::Answering; // an early answer may keep the connection
    m_sink = m_router.startRequest(*this, m_request);
    if (!m_sink)
        return m_answered && hasBody ? kAnswered : 0;
    const qsizetype declared = head.header("content-length").toLongLong();
    if (declared > m_sink->maxBytes())
        return 413;
    if (hasBody && !expect.isEmpty())
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_timer.start(m_timeouts.headerMs); // from here: the longest pause inside the body
    return 0;
}

int HttpConnection::bodyReceived(QByteArrayView piece)
{
    if (!m_sink)
        return kAnswered;
    m_bodyBytes += piece.size();
    if (m_bodyBytes > m_sink->maxBytes())
        return 413;
    m_sink->write(piece);
    m_timer.start(m_timeouts.headerMs);
    return 0;
}

void HttpConnection::messageComplete()
{
    m_timer.stop();
    if (m_answered)
        return;
    m_phase = Phase::Answering;
    if (auto sink = std::move(m_sink))
        sink->finish();
}

void HttpConnection::respond(int status, const QByteArray &headers, const QByteArray &body)
{
    if (m_answered || m_phase == Phase::Closing || m_phase == Phase::HandedOver || m_ended)
        return;
    m_answered = true;
    // An answer before the request was read whole leaves its body unread: the connection
    // cannot carry another request after it.
    // Nor can one after an upgrade request: what follows it is not HTTP.
    const bool keepAlive = m_phase == Phase::Answering && !m_forceClose &&
                           m_parser.state() != HttpRequestParser::State::Upgrade &&
                           m_parser.keepAlive();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                          "\r\n" + headers + "Content-Length: " + QByteArray::number(body.size()) +
                          "\r\n";
    if (!keepAlive)
        response += "Connection: close\r\n";
    else if (m_parser.isHttp10())
        response += "Connection: keep-alive\r\n";
    response += "\r\n";
    response += body;
    m_socket->write(response);
    if (!keepAlive) {
        closeAfterWrite();
        return;
    }
    m_phase = Phase::AwaitingRequest;
    // Not now: we may be inside the parser's callback, and a pipelined request must wait
    // until this one's handler has returned.
    QMetaObject::invokeMethod(this, &HttpConnection::nextRequest, Qt::QueuedConnection);
}

void HttpConnection::refuse(int status, ErrorReason code, const QString &message)
{
    m_forceClose = true;
    respond(status, "Content-Type: application/json\r\nCache-Control: no-store\r\n",
            QJsonDocument(protocol::http::ErrorResponse{code, message}.toJson())
                .toJson(QJsonDocument::Compact));
}

void HttpConnection::nextRequest()
{
    if (m_phase != Phase::AwaitingRequest || m_ended)
        return;
    m_answered = false;
    m_sink.reset();
    m_bodyBytes = 0;
    m_request = {};
    m_parser.resume();
    if (m_unparsed.isEmpty()) {
        m_timer.start(m_timeouts.keepAliveMs);
    } else {
        // A pipelined request, read with the previous one.
        m_phase = Phase::ReadingRequest;
        m_transactionAtRequestStart = false;
        m_timer.start(m_timeouts.headerMs);
    }
    readAvailable();
}

void HttpConnection::timedOut()
{
    switch (m_phase) {
    case Phase::AwaitingRequest: // idle keep-alive, or a connection that never spoke
        closeAfterWrite();
        return;
    case Phase::ReadingRequest:
        refuse(408, ErrorReason::Invalid, refusalText(408));
        return;
    case Phase::Closing:
        m_socket->abort();
        end();
        return;
    case Phase::Answering:
    case Phase::HandedOver:
        return;
    }
}

void HttpConnection::closeAfterWrite()
{
    m_phase = Phase::Closing;
    m_unparsed.clear();
    // What the client still sends is read and dropped until it has seen our answer: closing
    // with unread bytes would reset the connection, and a reset can destroy the answer in the
    // client's buffers before it reads it (a 413 to a large upload, above all).
    disconnect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readAvailable);
    connect(m_socket, &QTcpSocket::readyRead, this, [this] { m_socket->skip(kSocketReadBuffer); });
    m_timer.start(kCloseGraceMs);
    if (m_tls) {
        m_socket->disconnectFromHost(); // TLS has its own closing handshake
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            end();
        return;
    }
    if (m_socket->bytesToWrite() == 0)
        halfClose();
    else
        connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
            if (m_socket->bytesToWrite() == 0)
                halfClose();
        });
}

void HttpConnection::halfClose()
{
    if (std::exchange(m_halfClosed, true))
        return;
    // Our FIN tells the client the answer is complete; its own close (or the linger time)
    // ends the connection.
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    m_timer.start(kLingerMs);
    m_socket->skip(m_socket->bytesAvailable());
}

void HttpConnection::socketError()
{
    if (m_socket->error() == QAbstractSocket::RemoteHostClosedError)
        return; // `disconnected` follows
    m_socket->abort();
    end();
}

void HttpConnection::end()
{
    if (std::exchange(m_ended, true))
        return;
    m_timer.stop();
    if (m_phase != Phase::HandedOver)
        m_parser.finish();
    Q_EMIT finished();
    deleteLater();
}

QByteArray HttpConnection::takeUnparsed()
{
    return std::exchange(m_unparsed, {}) + m_socket->readAll();
}

void HttpConnection::endAfterDuplicate()
{
    m_phase = Phase::HandedOver;
    m_socket->disconnect(this);
    m_socket->close(); // closes our descriptor only: the duplicate keeps the connection
    end();
}

bool HttpConnection::rewindAndRelease()
{
    if (!m_transactionAtRequestStart || !m_socket->isTransactionStarted())
        return false;
    m_phase = Phase::HandedOver;
    m_socket->disconnect(this);
    m_socket->rollbackTransaction();
    m_socket->setParent(nullptr);
    m_socket = nullptr;
    end();
    return true;
}

} // namespace confab::server
