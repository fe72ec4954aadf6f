#pragma once

#include "wire/Frame.h"

#include <QByteArray>
#include <QString>
#include <variant>

namespace confab::wire {

struct FrameLimits
{
    qsizetype maxFrameBytes = 64 * 1024;
    qsizetype maxRefLength = 64;
    qsizetype maxTopicLength = 128;
    qsizetype maxEventLength = 64;
};

// Why a frame was rejected. `TooLarge` is separate because the transport answers it with
// close code 1009 instead of counting it as a malformed frame.
struct DecodeError
{
    enum class Kind { TooLarge, Malformed };
    Kind kind = Kind::Malformed;
    QString detail;
};

using DecodeResult = std::variant<Frame, DecodeError>;

// Strict codec: anything that is not exactly the V2 array layout with the right types is refused.
class FrameCodec
{
public:
    explicit FrameCodec(FrameLimits limits = {})
        : m_limits(limits)
    {
    }

    DecodeResult decode(const QByteArray &utf8) const;
    static QByteArray encode(const Frame &frame);
    // The same as text, the form a WebSocket text message is sent in.
    static QString encodeText(const Frame &frame);

    const FrameLimits &limits() const { return m_limits; }

private:
    FrameLimits m_limits;
};

} // namespace confab::wire
