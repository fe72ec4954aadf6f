#include "wire/FrameCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>

namespace confab::wire {

namespace {

DecodeError malformed(QString detail)
{
    return DecodeError{DecodeError::Kind::Malformed, std::move(detail)};
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    [[maybe_unused]] const QString decoded = decoder(bytes);
    return !decoder.hasError();
}

// JSON forbids raw control characters inside strings; Qt's parser lets them through.
bool hasRawControlInString(const QByteArray &json)
{
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        const auto byte = static_cast<unsigned char>(c);
        if (!inString) {
            inString = byte == '"';
            continue;
        }
        if (escaped)
            escaped = false;
        else if (byte == '\\')
            escaped = true;
        else if (byte == '"')
            inString = false;
        else if (byte < 0x20)
            return true;
    }
    return false;
}

// join_ref and ref: a string (bounded) or null.
bool readRef(const QJsonValue &value, qsizetype maxLength, std::optional<QString> &out)
{
    if (value.isNull()) {
        out.reset();
        return true;
    }
    if (!value.isString())
        return false;
    const QString text = value.toString();
    if (text.size() > maxLength)
        return false;
    out = text;
    return true;
}

bool readName(const QJsonValue &value, qsizetype maxLength, QString &out)
{
    if (!value.isString())
        return false;
    out = value.toString();
    return !out.isEmpty() && out.size() <= maxLength && QStringView(out).isValidUtf16();
}

QJsonValue refToJson(const std::optional<QString> &ref)
{
    return ref ? QJsonValue(*ref) : QJsonValue(QJsonValue::Null);
}

} // namespace

DecodeResult FrameCodec::decode(const QByteArray &utf8) const
{
    if (utf8.size() > m_limits.maxFrameBytes)
        return DecodeError{DecodeError::Kind::TooLarge, QStringLiteral("frame exceeds size limit")};
    if (!isValidUtf8(utf8))
        return malformed(QStringLiteral("frame is not valid UTF-8"));
    if (hasRawControlInString(utf8))
        return malformed(QStringLiteral("raw control character inside a string"));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(QStringLiteral("invalid JSON: %1").arg(parseError.errorString()));
    if (!document.isArray())
        return malformed(QStringLiteral("frame is not an array"));

    const QJsonArray array = document.array();
    if (array.size() != 5)
        return malformed(QStringLiteral("frame must have exactly 5 elements"));

    Frame frame;
    if (!readRef(array.at(0), m_limits.maxRefLength, frame.joinRef))
        return malformed(QStringLiteral("join_ref must be a short string or null"));
    if (!readRef(array.at(1), m_limits.maxRefLength, frame.ref))
        return malformed(QStringLiteral("ref must be a short string or null"));
    if (!readName(array.at(2), m_limits.maxTopicLength, frame.topic))
        return malformed(QStringLiteral("topic must be a non-empty string"));
    if (!readName(array.at(3), m_limits.maxEventLength, frame.event))
        return malformed(QStringLiteral("event must be a non-empty string"));
    if (!array.at(4).isObject())
        return malformed(QStringLiteral("payload must be an object"));
    frame.payload = array.at(4).toObject();
    return frame;
}

QByteArray FrameCodec::encode(const Frame &frame)
{
    const QJsonArray array{refToJson(frame.joinRef), refToJson(frame.ref), frame.topic, frame.event,
                           frame.payload};
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QString FrameCodec::encodeText(const Frame &frame)
{
    return QString::fromUtf8(encode(frame));
}

} // namespace confab::wire
