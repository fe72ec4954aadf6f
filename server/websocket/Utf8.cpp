#include "websocket/Utf8.h"

#include <cstring>

namespace confab::server {

namespace {
bool isContinuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

// Length of the sequence starting at `lead`, after checking its continuation bytes and ranges;
// 0 when it is not well-formed.
qsizetype sequenceLength(const unsigned char *p, qsizetype left)
{
    const unsigned char lead = p[0];
    if (lead >= 0xC2 && lead <= 0xDF)
        return left >= 2 && isContinuation(p[1]) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        if (left < 3 || !isContinuation(p[1]) || !isContinuation(p[2]))
            return 0;
        if (lead == 0xE0 && p[1] < 0xA0)
            return 0; // overlong
        if (lead == 0xED && p[1] > 0x9F)
            return 0; // UTF-16 surrogate
        return 3;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        if (left < 4 || !isContinuation(p[1]) || !isContinuation(p[2]) || !isContinuation(p[3]))
            return 0;
        if (lead == 0xF0 && p[1] < 0x90)
            return 0; // overlong
        if (lead == 0xF4 && p[1] > 0x8F)
            return 0; // above U+10FFFF
        return 4;
    }
    return 0; // a stray continuation byte, an overlong 0xC0/0xC1 lead, or 0xF5..0xFF
}
} // namespace

bool isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    qsizetype left = bytes.size();
    while (left > 0) {
        // Chat frames are mostly ASCII JSON: skip eight ASCII bytes at a time.
        if (left >= 8) {
            quint64 word;
            std::memcpy(&word, p, sizeof word);
            if ((word & 0x8080808080808080ULL) == 0) {
                p += 8;
                left -= 8;
                continue;
            }
        }
        if (*p < 0x80) {
            ++p;
            --left;
            continue;
        }
        const qsizetype length = sequenceLength(p, left);
        if (length == 0)
            return false;
        p += length;
        left -= length;
    }
    return true;
}

} // namespace confab::server
