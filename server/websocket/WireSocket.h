#pragma once

#include "websocket/OutgoingFrame.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

namespace confab::server {

// One accepted WebSocket as the socket layer sees it, whatever carries it: RawWebSocket (plain
// TCP, the common case) or QtWebSocketAdapter (TLS, through QWebSocket).
class WireSocket : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Open and not closing: frames sent now will be delivered.
    virtual bool isOpen() const = 0;
    // Bytes accepted by send() that the kernel has not taken yet.
    virtual qint64 bytesQueued() const = 0;
    // Queues a text frame; the bytes are shared, not copied.
    virtual void send(const OutgoingFrame &frame) = 0;
    // Starts the closing handshake; `disconnected` follows when it ends.
    virtual void close(int code, const QString &reason) = 0;
    // Drops the connection now; emits `disconnected` if it was still up.
    virtual void abort() = 0;
    // Forgets queued frames the kernel has not started on (one begun is finished: the framing
    // must stay intact), so that a Close queued next is not stuck behind a slow reader's backlog.
    virtual void discardQueued() {}
    // Stops (or resumes) taking bytes from the peer, so that TCP pushes back on a client whose
    // replies are not being read. A transport that cannot stop reading keeps delivering; the
    // owner then holds what arrives (bounded).
    virtual void setReadingPaused(bool paused) { Q_UNUSED(paused); }
    // Emits `drained` once, the next time bytesQueued() is at most `bytes` after a write (at
    // once if it already is): the owner's cue to resume reading.
    void notifyWhenDrainedTo(qint64 bytes)
    {
        m_drainMark = bytes;
        checkDrained();
    }
    virtual QUrl requestUrl() const = 0;
    virtual QByteArray origin() const = 0;
    // The client's Sec-WebSocket-Protocol header as sent (empty when it offered none): it may
    // carry the token (phoenix.js `authToken`), which keeps tokens out of URLs and proxy logs.
    QByteArray offeredSubprotocols() const { return m_offeredSubprotocols; }
    void setOfferedSubprotocols(const QByteArray &header) { m_offeredSubprotocols = header; }

Q_SIGNALS:
    void textReceived(const QByteArray &utf8);
    void binaryReceived();
    // A ping or pong arrived: the peer is alive, and pings count against flood control.
    void controlReceived();
    void disconnected();
    void drained();

protected:
    // Subclasses call this after their queue shrank.
    void checkDrained()
    {
        if (m_drainMark >= 0 && bytesQueued() <= m_drainMark) {
            m_drainMark = -1;
            Q_EMIT drained();
        }
    }

private:
    qint64 m_drainMark = -1; // -1: nobody waits
    QByteArray m_offeredSubprotocols;
};

} // namespace confab::server
