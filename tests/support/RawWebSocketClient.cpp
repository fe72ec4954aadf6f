#include "RawWebSocketClient.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QSignalSpy>
#include <QtEndian>

namespace confab::testing {

QByteArray clientFrame(quint8 opcode, const QByteArray &payload, bool fin, bool masked,
                       quint8 extraBits)
{
    QByteArray frame;
    frame.append(char((fin ? 0x80 : 0) | extraBits | opcode));
    const quint8 maskBit = masked ? 0x80 : 0;
    if (payload.size() < 126) {
        frame.append(char(maskBit | payload.size()));
    } else if (payload.size() <= 0xFFFF) {
        frame.append(char(maskBit | 126));
        char length[2];
        qToBigEndian(quint16(payload.size()), length);
        frame.append(length, 2);
    } else {
        frame.append(char(maskBit | 127));
        char length[8];
        qToBigEndian(quint64(payload.size()), length);
        frame.append(length, 8);
    }
    const char key[4] = {char(0x37), char(0xFA), char(0x21), char(0x3D)};
    if (masked)
        frame.append(key, 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(masked ? char(payload[i] ^ key[i % 4]) : payload[i]);
    return frame;
}

QByteArray closePayload(quint16 code, const QByteArray &reason)
{
    char bytes[2];
    qToBigEndian(code, bytes);
    return QByteArray(bytes, 2) + reason;
}

quint16 RawWebSocketClient::ServerFrame::closeCode() const
{
    return payload.size() >= 2 ? qFromBigEndian<quint16>(payload.constData()) : 1005;
}

bool RawWebSocketClient::sendUpgrade(quint16 port, const QByteArray &target,
                                     const QByteArray &headerOverrides, const QByteArray &trailing)
{
    QSignalSpy connected(&m_socket, &QTcpSocket::connected);
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    if (!connected.wait(5000))
        return false;
    QList<QByteArray> lines = {"Host: 127.0.0.1", "Connection: Upgrade", "Upgrade: websocket",
                               "Sec-WebSocket-Version: 13",
                               "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ=="};
    for (const QByteArray &line : headerOverrides.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        const QByteArray name = trimmed.left(trimmed.indexOf(':') + 1);
        lines.removeIf([&](const QByteArray &l) { return l.startsWith(name); });
        if (!trimmed.endsWith(':'))
            lines.append(trimmed);
    }
    m_socket.write("GET " + target + " HTTP/1.1\r\n" + lines.join("\r\n") + "\r\n\r\n" + trailing);
    return true;
}

bool RawWebSocketClient::waitForBytes(qsizetype count, int timeoutMs)
{
    // Spins the event loop rather than blocking: the server under test may share this thread.
    QDeadlineTimer deadline(timeoutMs);
    m_buffer += m_socket.readAll();
    while (m_buffer.size() < count) {
        QSignalSpy readable(&m_socket, &QTcpSocket::readyRead);
        if (deadline.hasExpired() || !readable.wait(int(deadline.remainingTime())))
            return false;
        m_buffer += m_socket.readAll();
    }
    return true;
}

QByteArray RawWebSocketClient::readResponseHead(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!m_buffer.contains("\r\n\r\n")) {
        if (!waitForBytes(m_buffer.size() + 1, int(deadline.remainingTime())))
            return {};
    }
    const qsizetype end = m_buffer.indexOf("\r\n\r\n") + 4;
    const QByteArray head = m_buffer.left(end);
    m_buffer.remove(0, end);
    return head;
}

std::optional<RawWebSocketClient::ServerFrame> RawWebSocketClient::readFrame(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    if (!waitForBytes(2, int(deadline.remainingTime())))
        return std::nullopt;
    ServerFrame frame;
    frame.fin = quint8(m_buffer[0]) & 0x80;
    frame.opcode = quint8(m_buffer[0]) & 0x0F;
    if (quint8(m_buffer[1]) & 0x80)
        return std::nullopt; // a server must not mask
    quint64 length = quint8(m_buffer[1]) & 0x7F;
    qsizetype header = 2;
    if (length == 126) {
        if (!waitForBytes(4, int(deadline.remainingTime())))
            return std::nullopt;
        length = qFromBigEndian<quint16>(m_buffer.constData() + 2);
        header = 4;
    } else if (length == 127) {
        if (!waitForBytes(10, int(deadline.remainingTime())))
            return std::nullopt;
        length = qFromBigEndian<quint64>(m_buffer.constData() + 2);
        header = 10;
    }
    if (!waitForBytes(header + qsizetype(length), int(deadline.remainingTime())))
        return std::nullopt;
    frame.payload = m_buffer.mid(header, qsizetype(length));
    m_buffer.remove(0, header + qsizetype(length));
    return frame;
}

qsizetype RawWebSocketClient::frameEnd(qsizetype offset) const
{
    const qsizetype available = m_buffer.size() - offset;
    if (available < 2)
        return -1;
    quint64 length = quint8(m_buffer[offset + 1]) & 0x7F;
    qsizetype header = 2;
    if (length == 126) {
        header = 4;
        if (available < header)
            return -1;
        length = qFromBigEndian<quint16>(m_buffer.constData() + offset + 2);
    } else if (length == 127) {
        header = 10;
        if (available < header)
            return -1;
        length = qFromBigEndian<quint64>(m_buffer.constData() + offset + 2);
    }
    if (quint64(available - header) < length)
        return -1;
    return offset + header + qsizetype(length);
}

std::optional<quint16> RawWebSocketClient::readCloseCode(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        m_buffer += m_socket.readAll();
        qsizetype offset = 0;
        for (qsizetype end = frameEnd(offset); end >= 0; end = frameEnd(offset)) {
            if ((quint8(m_buffer[offset]) & 0x0F) == 0x8) {
                const ServerFrame close{0x8, true, m_buffer.mid(offset, end - offset).sliced(2)};
                m_buffer.remove(0, end);
                return close.closeCode();
            }
            offset = end;
        }
        m_buffer.remove(0, offset); // once per read, not per frame
        if (deadline.hasExpired() || m_socket.state() != QAbstractSocket::ConnectedState)
            return std::nullopt;
        QSignalSpy readable(&m_socket, &QTcpSocket::readyRead);
        if (!readable.wait(int(deadline.remainingTime())) && m_socket.bytesAvailable() == 0)
            return std::nullopt;
    }
}

void RawWebSocketClient::write(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

bool RawWebSocketClient::waitForDisconnected(int timeoutMs)
{
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        return true;
    QSignalSpy disconnected(&m_socket, &QTcpSocket::disconnected);
    return disconnected.wait(timeoutMs);
}

} // namespace confab::testing
