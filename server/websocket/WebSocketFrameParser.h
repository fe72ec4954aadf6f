#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <functional>

namespace confab::server {

// Reads client-to-server WebSocket frames (RFC 6455) from a TCP byte stream and hands out whole
// messages: fragments are joined, control frames come out as they arrive. It enforces what a
// server must: every client frame masked, no reserved bits (no extension is ever negotiated),
// well-formed control frames and continuations, text that is valid UTF-8, and a size limit that
// is checked from the header, before the payload is buffered.
class WebSocketFrameParser
{
public:
    struct Message
    {
        enum class Kind { Text, Binary, Ping, Pong, Close };
        Kind kind = Kind::Text;
        QByteArray payload;    // unmasked; for Close, the reason
        quint16 closeCode = 0; // Close only: 1005 when the frame carried none
    };
    struct Failure
    {
        quint16 closeCode = 0; // what to close the connection with (1002, 1007, 1009)
        const char *reason = "";
    };
    using Handler = std::function<void(Message &&)>;

    WebSocketFrameParser(qsizetype maxMessageBytes, Handler onMessage);

    // Parses `bytes` after whatever an earlier call left incomplete, and calls the handler for
    // each complete message in order. Returns false at the first protocol violation (see
    // failure()); from then on all input is ignored.
    bool feed(QByteArrayView bytes);
    bool failed() const { return m_failure.closeCode != 0; }
    const Failure &failure() const { return m_failure; }
    // Bytes held for an incomplete frame or message (0 between messages).
    qsizetype bufferedBytes() const { return m_pending.size() + m_message.size(); }

private:
    // Parses one frame at the start of `input`: the bytes it took, 0 when the frame is not
    // complete yet, -1 on a violation.
    qsizetype parseFrame(QByteArrayView input);
    // Keeps the unparsed bytes of `view` from `offset` on; `input` holds them when non-empty.
    void keepTail(QByteArray &&input, QByteArrayView view, qsizetype offset);
    void deliverControl(quint8 opcode, QByteArray payload);
    void deliverData(quint8 opcode, bool fin, QByteArray payload);
    qsizetype fail(quint16 closeCode, const char *reason);

    qsizetype m_maxMessageBytes;
    Handler m_onMessage;
    QByteArray m_pending; // the start of a frame that has not fully arrived
    QByteArray m_message; // fragments of an unfinished data message
    Message::Kind m_messageKind = Message::Kind::Text;
    bool m_inMessage = false;
    Failure m_failure;
};

} // namespace confab::server
