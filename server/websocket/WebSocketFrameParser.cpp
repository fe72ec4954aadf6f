#include "websocket/WebSocketFrameParser.h"

#include "websocket/Utf8.h"

#include <QtEndian>
#include <cstring>

namespace confab::server {

namespace {
enum Opcode : quint8 {
    Continuation = 0x0,
    Text = 0x1,
    Binary = 0x2,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xA,
};

bool isKnownOpcode(quint8 opcode)
{
    return opcode == Continuation || opcode == Text || opcode == Binary || opcode == Close ||
           opcode == Ping || opcode == Pong;
}

// Codes a peer may send (RFC 6455 7.4 and the IANA registry); 1005 and 1006 are never sent.
bool isSendableCloseCode(quint16 code)
{
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) ||
           (code >= 3000 && code <= 4999);
}

QByteArray unmask(QByteArrayView masked, const char *key)
{
    QByteArray out(masked.size(), Qt::Uninitialized);
    const char *in = masked.data();
    char *dst = out.data();
    const qsizetype size = masked.size();
    quint64 key64;
    for (int i = 0; i < 8; ++i)
        reinterpret_cast<char *>(&key64)[i] = key[i % 4];
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, in + i, 8);
        word ^= key64;
        std::memcpy(dst + i, &word, 8);
    }
    for (; i < size; ++i)
        dst[i] = char(in[i] ^ key[i % 4]);
    return out;
}
} // namespace

WebSocketFrameParser::WebSocketFrameParser(qsizetype maxMessageBytes, Handler onMessage)
    : m_maxMessageBytes(maxMessageBytes)
    , m_onMessage(std::move(onMessage))
{
}

bool WebSocketFrameParser::feed(QByteArrayView bytes)
{
    if (failed())
        return false;
    // Usually whole frames arrive in one read: parse them straight from the caller's buffer
    // and keep only an incomplete tail.
    const bool buffered = !m_pending.isEmpty();
    if (buffered)
        m_pending.append(bytes);
    QByteArray input = buffered ? std::exchange(m_pending, QByteArray()) : QByteArray();
    const QByteArrayView view = buffered ? QByteArrayView(input) : bytes;
    qsizetype offset = 0;
    while (offset < view.size()) {
        const qsizetype taken = parseFrame(view.sliced(offset));
        if (taken < 0)
            return false;
        if (taken == 0)
            break;
        offset += taken;
    }
    if (offset < view.size())
        keepTail(std::move(input), view, offset);
    return true;
}

void WebSocketFrameParser::keepTail(QByteArray &&input, QByteArrayView view, qsizetype offset)
{
    if (input.isEmpty()) {
        m_pending = view.sliced(offset).toByteArray();
        return;
    }
    // The tail is moved, not copied: a large frame trickled in byte by byte would otherwise be
    // copied whole on every read (quadratic).
    input.remove(0, offset);
    m_pending = std::move(input);
}

qsizetype WebSocketFrameParser::parseFrame(QByteArrayView input)
{
    if (input.size() < 2)
        return 0;
    const auto b0 = quint8(input[0]);
    const auto b1 = quint8(input[1]);
    const bool fin = b0 & 0x80;
    const quint8 opcode = b0 & 0x0F;
    const bool control = opcode & 0x08;
    const quint8 length7 = b1 & 0x7F;
    if (b0 & 0x70)
        return fail(1002, "reserved bits set");
    if (!isKnownOpcode(opcode))
        return fail(1002, "unknown opcode");
    if (!(b1 & 0x80))
        return fail(1002, "client frames must be masked");
    if (control && (!fin || length7 > 125))
        return fail(1002, "fragmented or oversized control frame");

    qsizetype header = 2;
    quint64 length = length7;
    if (length7 == 126) {
        if (input.size() < 4)
            return 0;
        length = qFromBigEndian<quint16>(input.data() + 2);
        header = 4;
    } else if (length7 == 127) {
        if (input.size() < 10)
            return 0;
        length = qFromBigEndian<quint64>(input.data() + 2);
        header = 10;
        if (length >> 63)
            return fail(1002, "frame length out of range");
    }
    if (!control) {
        if (opcode == Continuation && !m_inMessage)
            return fail(1002, "continuation without a message");
        if (opcode != Continuation && m_inMessage)
            return fail(1002, "new message before the last one ended");
        const quint64 room = quint64(m_maxMessageBytes - (m_inMessage ? m_message.size() : 0));
        if (length > room)
            return fail(1009, "message too big");
    }
    const qsizetype keyOffset = header;
    header += 4;
    if (input.size() < header || quint64(input.size() - header) < length)
        return 0;
    const qsizetype size = qsizetype(length);
    QByteArray payload = unmask(input.sliced(header, size), input.data() + keyOffset);
    if (control)
        deliverControl(opcode, std::move(payload));
    else
        deliverData(opcode, fin, std::move(payload));
    return failed() ? -1 : header + size;
}

void WebSocketFrameParser::deliverControl(quint8 opcode, QByteArray payload)
{
    Message message;
    if (opcode == Ping) {
        message.kind = Message::Kind::Ping;
    } else if (opcode == Pong) {
        message.kind = Message::Kind::Pong;
    } else {
        message.kind = Message::Kind::Close;
        message.closeCode = 1005;
        if (payload.size() == 1) {
            fail(1002, "close frame with a one-byte payload");
            return;
        }
        if (payload.size() >= 2) {
            message.closeCode = qFromBigEndian<quint16>(payload.constData());
            if (!isSendableCloseCode(message.closeCode)) {
                fail(1002, "invalid close code");
                return;
            }
            payload.remove(0, 2);
            if (!isValidUtf8(payload)) {
                fail(1007, "close reason is not UTF-8");
                return;
            }
        }
    }
    message.payload = std::move(payload);
    m_onMessage(std::move(message));
}

void WebSocketFrameParser::deliverData(quint8 opcode, bool fin, QByteArray payload)
{
    if (opcode != Continuation) {
        m_messageKind = opcode == Text ? Message::Kind::Text : Message::Kind::Binary;
        if (!fin) {
            m_inMessage = true;
            m_message = std::move(payload);
            return;
        }
    } else {
        m_message.append(payload);
        if (!fin)
            return;
        payload = std::exchange(m_message, QByteArray());
        m_inMessage = false;
    }
    if (m_messageKind == Message::Kind::Text && !isValidUtf8(payload)) {
        fail(1007, "text message is not UTF-8");
        return;
    }
    m_onMessage(Message{m_messageKind, std::move(payload), 0});
}

qsizetype WebSocketFrameParser::fail(quint16 closeCode, const char *reason)
{
    m_failure = Failure{closeCode, reason};
    m_pending = QByteArray();
    m_message = QByteArray();
    m_inMessage = false;
    return -1;
}

} // namespace confab::server
