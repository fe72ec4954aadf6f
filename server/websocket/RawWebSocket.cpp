#include "websocket/RawWebSocket.h"

#include "websocket/MemoryTrimmer.h"
#include "websocket/SendFlusher.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QSocketNotifier>
#include <algorithm>
#include <cerrno>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcRawWebSocket, "confab.socket.raw")

namespace confab::server {

namespace {
constexpr qsizetype kReadChunk = 64 * 1024;
// A queue that grew this large and is now empty (written, dropped or closed) is worth telling
// the memory trimmer about; smaller ones are the everyday churn malloc reuses anyway.
constexpr qint64 kLargeQueueBytes = 1024 * 1024;
// Reads per readiness event before other sockets get their turn (level-triggered: the rest
// is picked up on the next turn).
constexpr int kMaxReadsPerEvent = 4;
constexpr int kMaxIoVectors = 64;
} // namespace

RawWebSocket::RawWebSocket(int descriptor, const QByteArray &handshakeResponse, QUrl requestUrl,
                           QByteArray origin, qsizetype maxMessageBytes,
                           std::shared_ptr<SendFlusher> flusher, QObject *parent)
    : WireSocket(parent)
    , m_fd(descriptor)
    , m_requestUrl(std::move(requestUrl))
    , m_origin(std::move(origin))
    , m_flusher(std::move(flusher))
    , m_parser(maxMessageBytes,
               [this](WebSocketFrameParser::Message &&message) { onMessage(std::move(message)); })
{
    enqueue(handshakeResponse); // first, whatever the owner sends before start()
}

RawWebSocket::~RawWebSocket()
{
    if (m_flushScheduled)
        m_flusher->cancel(this);
    // A socket deleted right after close() (a refused token) still owes the peer its Close
    // frame: hand the kernel what it takes now, without waiting.
    while (m_fd >= 0 && !m_queue.isEmpty() && writeOnce() == WriteResult::All) {
    }
    // Notifiers go before the descriptor: the event dispatcher must forget it while it is valid.
    delete m_readNotifier;
    delete m_writeNotifier;
    if (m_fd >= 0)
        ::close(m_fd);
}

void RawWebSocket::start(QByteArrayView alreadyRead)
{
    if (m_state == State::Closed || m_readNotifier)
        return;
    m_readNotifier = new QSocketNotifier(qintptr(m_fd), QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &RawWebSocket::onReadable);
    if (m_readingPaused)
        m_readNotifier->setEnabled(false);
    if (!alreadyRead.isEmpty() && !m_parser.feed(alreadyRead))
        failProtocol();
}

void RawWebSocket::send(const OutgoingFrame &frame)
{
    if (m_state == State::Open)
        enqueue(frame.bytes());
}

void RawWebSocket::close(int code, const QString &reason)
{
    if (m_state != State::Open)
        return;
    enqueue(OutgoingFrame::close(code, reason.toUtf8()).bytes());
    m_state = State::CloseSent;
    // The peer's Close must still be read, whatever backpressure had stopped.
    if (m_readingPaused) {
        m_readingPaused = false;
        if (m_readNotifier)
            m_readNotifier->setEnabled(true);
    }
}

void RawWebSocket::abort()
{
    finish();
}

void RawWebSocket::discardQueued()
{
    const qsizetype keep = m_headOffset > 0 ? 1 : 0; // a frame begun must be finished
    const qint64 before = m_queuedBytes;
    for (qsizetype i = keep; i < m_queue.size(); ++i)
        m_queuedBytes -= m_queue.at(i).size();
    m_dequeued += m_queue.size() - keep; // numbers stay unique: nothing reuses the dropped ones
    m_queue.resize(keep);
    m_queue.squeeze();
    m_pongSeq = -1;
    if (before - m_queuedBytes >= kLargeQueueBytes)
        MemoryTrimmer::noteFreed(before - m_queuedBytes);
    checkDrained();
}

void RawWebSocket::setReadingPaused(bool paused)
{
    m_readingPaused = paused;
    // A closing socket reads no more either way (closeWhenWritten switched reading off).
    if (m_readNotifier && m_state == State::Open)
        m_readNotifier->setEnabled(!paused);
}

void RawWebSocket::enqueue(QByteArray bytes)
{
    m_queuedBytes += bytes.size();
    m_peakQueuedBytes = std::max(m_peakQueuedBytes, m_queuedBytes);
    m_queue.append(std::move(bytes));
    if (!m_flushScheduled && !(m_writeNotifier && m_writeNotifier->isEnabled())) {
        m_flushScheduled = true;
        m_flusher->schedule(this);
    }
}

void RawWebSocket::flushScheduled()
{
    m_flushScheduled = false;
    writeQueued();
}

void RawWebSocket::onReadable()
{
    static thread_local char buffer[kReadChunk];
    QPointer<RawWebSocket> self(this);
    for (int i = 0; i < kMaxReadsPerEvent && m_fd >= 0 && !m_readingPaused; ++i) {
        const ssize_t got = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (got == 0) {
            finish(); // the peer closed without a Close frame
            return;
        }
        if (got < 0) {
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                finish();
            return;
        }
        if (!m_parser.feed(QByteArrayView(buffer, got))) {
            if (self)
                failProtocol();
            return;
        }
        if (!self || got < qsizetype(sizeof buffer))
            return;
    }
}

void RawWebSocket::onMessage(WebSocketFrameParser::Message &&message)
{
    using Kind = WebSocketFrameParser::Message::Kind;
    switch (message.kind) {
    case Kind::Text:
        if (m_state == State::Open)
            Q_EMIT textReceived(message.payload);
        break;
    case Kind::Binary:
        if (m_state == State::Open)
            Q_EMIT binaryReceived();
        break;
    case Kind::Ping:
        if (m_state == State::Open)
            queuePong(message.payload);
        Q_EMIT controlReceived();
        break;
    case Kind::Pong:
        Q_EMIT controlReceived();
        break;
    case Kind::Close:
        onPeerClose(message.closeCode);
        break;
    }
}

void RawWebSocket::queuePong(QByteArrayView payload)
{
    // At most one pong waits per socket: a peer that pings without reading would otherwise
    // make the server queue a frame per ping. RFC 6455 5.5.3 lets us answer only the latest.
    const QByteArray pong = OutgoingFrame::pong(payload).bytes();
    const qint64 index = m_pongSeq - m_dequeued;
    const bool waiting = m_pongSeq >= 0 && index >= 0 && index < m_queue.size();
    if (waiting && !(index == 0 && m_headOffset > 0)) {
        m_queuedBytes += pong.size() - m_queue.at(index).size();
        m_queue[index] = pong;
        return;
    }
    m_pongSeq = m_dequeued + m_queue.size();
    enqueue(pong);
}

void RawWebSocket::onPeerClose(quint16 code)
{
    if (m_state == State::Open)
        enqueue(OutgoingFrame::close(code == 1005 ? 1000 : code, {}).bytes()); // echo it
    closeWhenWritten(); // nothing may follow a Close frame
}

void RawWebSocket::failProtocol()
{
    // RFC 6455 7.1.7: send a Close with the reason and drop the connection.
    const WebSocketFrameParser::Failure failure = m_parser.failure();
    qCDebug(lcRawWebSocket) << "protocol error:" << failure.reason;
    if (m_state == State::Open)
        enqueue(OutgoingFrame::close(failure.closeCode, failure.reason).bytes());
    closeWhenWritten();
}

void RawWebSocket::closeWhenWritten()
{
    if (m_state != State::Open && m_state != State::CloseSent)
        return;
    m_state = State::Closing;
    if (m_readNotifier)
        m_readNotifier->setEnabled(false);
    if (m_queue.isEmpty())
        finish(); // else the pending flush finishes
}

void RawWebSocket::writeQueued()
{
    WriteResult result = WriteResult::All;
    while (!m_queue.isEmpty() && result == WriteResult::All)
        result = writeOnce();
    if (result == WriteResult::Failed) {
        finish();
        return;
    }
    QPointer<RawWebSocket> self(this);
    checkDrained();
    if (!self || m_state == State::Closed)
        return;
    if (!m_queue.isEmpty()) {
        setWriteWatch(true);
        return;
    }
    setWriteWatch(false);
    if (m_peakQueuedBytes >= kLargeQueueBytes)
        MemoryTrimmer::noteFreed(m_peakQueuedBytes); // a backlog has been written out
    m_peakQueuedBytes = 0;
    if (m_queue.capacity() > 16)
        m_queue = QList<QByteArray>(); // a burst is over: do not keep its array per socket
    if (m_state == State::Closing)
        finish();
}

RawWebSocket::WriteResult RawWebSocket::writeOnce()
{
    iovec vectors[kMaxIoVectors];
    int count = 0;
    qsizetype offered = 0;
    for (const QByteArray &chunk : std::as_const(m_queue)) {
        if (count == kMaxIoVectors)
            break;
        const qsizetype skip = count == 0 ? m_headOffset : 0;
        vectors[count].iov_base = const_cast<char *>(chunk.constData() + skip);
        vectors[count].iov_len = size_t(chunk.size() - skip);
        offered += chunk.size() - skip;
        ++count;
    }
    msghdr message{};
    message.msg_iov = vectors;
    message.msg_iovlen = size_t(count);
    ssize_t written;
    do {
        written = ::sendmsg(m_fd, &message, MSG_NOSIGNAL); // no SIGPIPE if the peer is gone
    } while (written < 0 && errno == EINTR);
    if (written < 0)
        return errno == EAGAIN || errno == EWOULDBLOCK ? WriteResult::Partial : WriteResult::Failed;
    m_queuedBytes -= written;
    qsizetype left = written;
    while (left > 0) {
        const qsizetype rest = m_queue.first().size() - m_headOffset;
        if (left < rest) {
            m_headOffset += left;
            break;
        }
        left -= rest;
        m_headOffset = 0;
        m_queue.removeFirst();
        ++m_dequeued;
    }
    return written == offered ? WriteResult::All : WriteResult::Partial;
}

void RawWebSocket::setWriteWatch(bool on)
{
    if (!m_writeNotifier) {
        if (!on)
            return;
        m_writeNotifier = new QSocketNotifier(qintptr(m_fd), QSocketNotifier::Write, this);
        connect(m_writeNotifier, &QSocketNotifier::activated, this, &RawWebSocket::writeQueued);
    }
    if (m_writeNotifier->isEnabled() != on)
        m_writeNotifier->setEnabled(on);
}

void RawWebSocket::finish()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    // Notifiers are switched off before the descriptor closes (the event dispatcher must forget
    // it while it is valid) and deleted later: finish() may run inside their own signal.
    for (QSocketNotifier *notifier : {m_readNotifier, m_writeNotifier}) {
        if (notifier) {
            notifier->setEnabled(false);
            notifier->deleteLater();
        }
    }
    m_readNotifier = nullptr;
    m_writeNotifier = nullptr;
    ::close(m_fd);
    m_fd = -1;
    m_queue = QList<QByteArray>();
    if (m_peakQueuedBytes >= kLargeQueueBytes)
        MemoryTrimmer::noteFreed(m_peakQueuedBytes);
    m_peakQueuedBytes = 0;
    m_queuedBytes = 0;
    m_headOffset = 0;
    m_pongSeq = -1;
    Q_EMIT disconnected();
}

} // namespace confab::server
