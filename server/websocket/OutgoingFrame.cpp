#include "websocket/OutgoingFrame.h"

#include "wire/FrameCodec.h"

#include <QtEndian>
#include <algorithm>
#include <cstring>

namespace confab::server {

OutgoingFrame OutgoingFrame::build(Opcode opcode, QByteArrayView payload)
{
    const qsizetype length = payload.size();
    char header[10];
    header[0] = char(0x80 | quint8(opcode)); // FIN: the server never fragments
    qsizetype headerSize = 2;
    if (length < 126) {
        header[1] = char(length);
    } else if (length <= 0xFFFF) {
        header[1] = char(126);
        qToBigEndian(quint16(length), header + 2);
        headerSize = 4;
    } else {
        header[1] = char(127);
        qToBigEndian(quint64(length), header + 2);
        headerSize = 10;
    }
    OutgoingFrame frame;
    frame.m_bytes.reserve(headerSize + length);
    frame.m_bytes.append(header, headerSize);
    frame.m_bytes.append(payload);
    frame.m_headerSize = headerSize;
    return frame;
}

OutgoingFrame OutgoingFrame::text(QByteArrayView utf8)
{
    return build(Opcode::Text, utf8);
}

OutgoingFrame OutgoingFrame::phoenix(const wire::Frame &frame)
{
    return text(wire::FrameCodec::encode(frame));
}

OutgoingFrame OutgoingFrame::close(int code, QByteArrayView reason)
{
    // A close payload is at most 125 bytes: 2 for the code, the rest for the reason.
    char payload[125];
    qToBigEndian(quint16(code), payload);
    qsizetype reasonSize = std::min<qsizetype>(reason.size(), 123);
    // Cut a long reason on a character boundary: a close reason must be valid UTF-8.
    while (reasonSize > 0 && reasonSize < reason.size() &&
           (quint8(reason.at(reasonSize)) & 0xC0) == 0x80)
        --reasonSize;
    if (reasonSize > 0) // an empty view may have no data pointer at all
        std::memcpy(payload + 2, reason.data(), size_t(reasonSize));
    return build(Opcode::Close, QByteArrayView(payload, 2 + reasonSize));
}

OutgoingFrame OutgoingFrame::pong(QByteArrayView payload)
{
    return build(Opcode::Pong, payload.first(std::min<qsizetype>(payload.size(), 125)));
}

} // namespace confab::server
