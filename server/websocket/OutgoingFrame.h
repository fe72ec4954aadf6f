#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace confab::wire {
struct Frame;
}

namespace confab::server {

// One complete server-to-client WebSocket frame (RFC 6455, unmasked), header included.
// A broadcast is built once and its bytes are shared (QByteArray is implicitly shared) by every
// recipient's send queue: fan-out copies a pointer per socket, never the frame.
class OutgoingFrame
{
public:
    enum class Opcode : quint8 { Text = 0x1, Close = 0x8, Ping = 0x9, Pong = 0xA };

    OutgoingFrame() = default;
    static OutgoingFrame text(QByteArrayView utf8);
    // A Phoenix V2 frame, encoded as JSON text.
    static OutgoingFrame phoenix(const wire::Frame &frame);
    static OutgoingFrame close(int code, QByteArrayView reason);
    static OutgoingFrame pong(QByteArrayView payload);

    const QByteArray &bytes() const { return m_bytes; }
    QByteArrayView payload() const { return QByteArrayView(m_bytes).sliced(m_headerSize); }
    qsizetype size() const { return m_bytes.size(); }
    bool isNull() const { return m_bytes.isEmpty(); }
    Opcode opcode() const { return Opcode(quint8(m_bytes.at(0)) & 0x0F); }

private:
    static OutgoingFrame build(Opcode opcode, QByteArrayView payload);

    QByteArray m_bytes;
    qsizetype m_headerSize = 0;
};

} // namespace confab::server
