#pragma once

#include "websocket/WebSocketFrameParser.h"
#include "websocket/WireSocket.h"

#include <QList>
#include <memory>

class QSocketNotifier;

namespace confab::server {

class SendFlusher;

// A WebSocket on a plain TCP descriptor that the HTTP server has handed over after the upgrade
// request. It frames and parses RFC 6455 itself instead of going through QWebSocket, because
// fan-out is the server's hottest path: a broadcast is encoded once and every recipient's queue
// shares its bytes; frames are written in one writev() per loop turn; and an idle connection
// holds no buffers at all (QTcpSocket keeps a 16 KiB read chunk per socket).
class RawWebSocket final : public WireSocket
{
    Q_OBJECT
public:
    // Takes ownership of `descriptor` (non-blocking, connected) and queues the handshake's
    // 101 answer ahead of anything else.
    RawWebSocket(int descriptor, const QByteArray &handshakeResponse, QUrl requestUrl,
                 QByteArray origin, qsizetype maxMessageBytes, std::shared_ptr<SendFlusher> flusher,
                 QObject *parent = nullptr);
    ~RawWebSocket() override;

    // Starts reading, once the owner listens; `alreadyRead` are bytes the HTTP server had read
    // past the upgrade request.
    void start(QByteArrayView alreadyRead);

    bool isOpen() const override { return m_state == State::Open; }
    qint64 bytesQueued() const override { return m_queuedBytes; }
    void send(const OutgoingFrame &frame) override;
    void close(int code, const QString &reason) override;
    void abort() override;
    void discardQueued() override;
    void setReadingPaused(bool paused) override;
    QUrl requestUrl() const override { return m_requestUrl; }
    QByteArray origin() const override { return m_origin; }

    // Called by SendFlusher on its turn.
    void flushScheduled();

private:
    enum class State {
        Open,
        CloseSent, // our Close frame is queued; waiting for the peer's
        Closing,   // the handshake is over: close the connection once the queue is written
        Closed,
    };

    void enqueue(QByteArray bytes);
    void queuePong(QByteArrayView payload);
    void onReadable();
    void onMessage(WebSocketFrameParser::Message &&message);
    void onPeerClose(quint16 code);
    void failProtocol();
    void closeWhenWritten();
    void writeQueued();
    enum class WriteResult { All, Partial, Failed }; // Partial: the kernel took less
    WriteResult writeOnce();
    void setWriteWatch(bool on);
    void finish();

    int m_fd;
    QUrl m_requestUrl;
    QByteArray m_origin;
    std::shared_ptr<SendFlusher> m_flusher;
    WebSocketFrameParser m_parser;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr; // created the first time the kernel is full
    QList<QByteArray> m_queue;
    qsizetype m_headOffset = 0; // bytes of m_queue.first() already written
    qint64 m_queuedBytes = 0;
    qint64 m_peakQueuedBytes = 0; // since the queue was last empty
    // Queue entries are numbered from the first ever queued: m_queue.first() is m_dequeued.
    qint64 m_dequeued = 0;
    qint64 m_pongSeq = -1; // the number of the last pong queued, -1 for none
    State m_state = State::Open;
    bool m_flushScheduled = false;
    bool m_readingPaused = false;
};

} // namespace confab::server
