#include "wire/PayloadReader.h"

#include <cmath>

namespace confab::wire {

namespace {
constexpr qint64 kMaxSafeInteger = (qint64(1) << 53) - 1;

// A JSON number is an integer only if it has no fractional part; 1.5 is not an id.
std::optional<qint64> asInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number)
        return std::nullopt;
    if (std::fabs(number) > double(kMaxSafeInteger))
        return std::nullopt;
    return qint64(number);
}
} // namespace

bool PayloadReader::has(const QString &field) const
{
    return m_payload.contains(field) && !m_payload.value(field).isNull();
}

void PayloadReader::fail(const QString &field, const QString &why)
{
    if (m_error.isEmpty())
        m_error = field + QStringLiteral(": ") + why;
}

std::optional<qint64> PayloadReader::readInt(const QString &field, qint64 min, qint64 max,
                                             bool required)
{
    if (!has(field)) {
        if (required)
            fail(field, QStringLiteral("is required"));
        return std::nullopt;
    }
    const auto number = asInteger(m_payload.value(field));
    if (!number || *number < min || *number > max) {
        fail(field, QStringLiteral("must be an integer from %1 to %2").arg(min).arg(max));
        return std::nullopt;
    }
    return number;
}

qint64 PayloadReader::requireId(const QString &field)
{
    return readInt(field, 1, kMaxSafeInteger, true).value_or(0);
}

std::optional<qint64> PayloadReader::optionalId(const QString &field)
{
    return readInt(field, 1, kMaxSafeInteger, false);
}

qint64 PayloadReader::requireInt(const QString &field, qint64 min, qint64 max)
{
    return readInt(field, min, max, true).value_or(min);
}

std::optional<qint64> PayloadReader::optionalInt(const QString &field, qint64 min, qint64 max)
{
    return readInt(field, min, max, false);
}

QList<qint64> PayloadReader::requireIdList(const QString &field, qsizetype maxCount)
{
    const QJsonValue value = m_payload.value(field);
    if (!value.isArray()) {
        fail(field, QStringLiteral("must be an array of ids"));
        return {};
    }
    const QJsonArray array = value.toArray();
    if (array.size() > maxCount) {
        fail(field, QStringLiteral("must hold at most %1 ids").arg(maxCount));
        return {};
    }
    QList<qint64> ids;
    ids.reserve(array.size());
    for (const QJsonValue &element : array) {
        const auto id = asInteger(element);
        if (!id || *id < 1) {
            fail(field, QStringLiteral("must be an array of ids"));
            return {};
        }
        if (!ids.contains(*id))
            ids.append(*id);
    }
    return ids;
}

std::optional<QString> PayloadReader::readString(const QString &field, qsizetype minLength,
                                                 qsizetype maxLength, bool required)
{
    if (!has(field)) {
        if (required)
            fail(field, QStringLiteral("is required"));
        return std::nullopt;
    }
    const QJsonValue value = m_payload.value(field);
    const QString text = value.toString();
    if (!value.isString() || text.size() < minLength || text.size() > maxLength) {
        fail(field, QStringLiteral("must be a string of %1 to %2 characters")
                        .arg(minLength)
                        .arg(maxLength));
        return std::nullopt;
    }
    if (!QStringView(text).isValidUtf16()) {
        fail(field, QStringLiteral("is not valid Unicode"));
        return std::nullopt;
    }
    return text;
}

QString PayloadReader::requireString(const QString &field, qsizetype minLength, qsizetype maxLength)
{
    return readString(field, minLength, maxLength, true).value_or(QString());
}

std::optional<QString> PayloadReader::optionalString(const QString &field, qsizetype minLength,
                                                     qsizetype maxLength)
{
    return readString(field, minLength, maxLength, false);
}

bool PayloadReader::requireBool(const QString &field)
{
    const auto value = optionalBool(field);
    if (!value && ok())
        fail(field, QStringLiteral("is required"));
    return value.value_or(false);
}

std::optional<bool> PayloadReader::optionalBool(const QString &field)
{
    if (!has(field))
        return std::nullopt;
    const QJsonValue value = m_payload.value(field);
    if (!value.isBool()) {
        fail(field, QStringLiteral("must be true or false"));
        return std::nullopt;
    }
    return value.toBool();
}

QString PayloadReader::requireOneOf(const QString &field, const QStringList &allowed)
{
    const QString text = requireString(field, 1, 64);
    if (!ok())
        return {};
    if (!allowed.contains(text)) {
        fail(field, QStringLiteral("must be one of: %1").arg(allowed.join(QStringLiteral(", "))));
        return {};
    }
    return text;
}

} // namespace confab::wire
