#pragma once

// A WebSocket client written out by hand over QTcpSocket, for tests that must send what
// QWebSocket never would (unmasked frames, fragments, frames glued to the upgrade request) and
// see exactly what the server answers.

#include <QByteArray>
#include <QTcpSocket>
#include <optional>

namespace confab::testing {

// A client frame as RFC 6455 requires it: masked (unless told otherwise).
QByteArray clientFrame(quint8 opcode, const QByteArray &payload, bool fin = true,
                       bool masked = true, quint8 extraBits = 0);
QByteArray closePayload(quint16 code, const QByteArray &reason = {});

class RawWebSocketClient
{
public:
    struct ServerFrame
    {
        quint8 opcode = 0;
        bool fin = false;
        QByteArray payload;
        quint16 closeCode() const; // for a Close frame
    };

    // Connects and sends an upgrade request for `target` (path and query) with the standard
    // headers, `headerOverrides` ("Name: value\r\n" lines replacing or adding to them), and
    // `trailing` bytes glued right after the request.
    bool sendUpgrade(quint16 port, const QByteArray &target, const QByteArray &headerOverrides = {},
                     const QByteArray &trailing = {});
    // The HTTP response head, up to and including the empty line.
    QByteArray readResponseHead(int timeoutMs = 5000);
    std::optional<ServerFrame> readFrame(int timeoutMs = 5000);
    // Skips every other frame up to the server's Close and returns its code; nothing when the
    // connection ends (or the time runs out) without one. Linear in the bytes skipped.
    std::optional<quint16> readCloseCode(int timeoutMs = 5000);
    void write(const QByteArray &bytes);
    bool waitForDisconnected(int timeoutMs = 5000);
    // Bytes the client buffers at most (0: no limit). A small value makes it stop reading, so
    // the kernel buffers fill up as with a client that never reads.
    void setReadBufferSize(qint64 bytes) { m_socket.setReadBufferSize(bytes); }

private:
    bool waitForBytes(qsizetype count, int timeoutMs);
    // Where the frame starting at `offset` of the buffer ends, or -1 if it is not all here.
    qsizetype frameEnd(qsizetype offset) const;

    QTcpSocket m_socket;
    QByteArray m_buffer;
};

} // namespace confab::testing
