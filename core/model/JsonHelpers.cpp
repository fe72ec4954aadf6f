#include "model/JsonHelpers.h"

#include "wire/Timestamp.h"

#include <QJsonArray>
#include <cmath>

namespace confab::model {

std::optional<qint64> jsonInteger(const QJsonValue &value)
{
    constexpr double kMaxSafeInteger = 9007199254740991.0; // 2^53 - 1
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number ||
        std::fabs(number) > kMaxSafeInteger)
        return std::nullopt;
    return qint64(number);
}

QJsonValue nullableId(std::optional<qint64> id)
{
    return id ? QJsonValue(*id) : QJsonValue(QJsonValue::Null);
}

QJsonValue nullableString(const std::optional<QString> &text)
{
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

QJsonValue nullableTime(const std::optional<QDateTime> &time)
{
    return time ? QJsonValue(wire::formatTimestamp(*time)) : QJsonValue(QJsonValue::Null);
}

QJsonValue JsonReader::field(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        m_ok = false;
    return value;
}

qint64 JsonReader::integer(QLatin1StringView key)
{
    const auto number = jsonInteger(field(key));
    if (!number) {
        m_ok = false;
        return 0;
    }
    return *number;
}

qint64 JsonReader::id(QLatin1StringView key)
{
    const qint64 value = integer(key);
    if (value < 1)
        m_ok = false;
    return value;
}

std::optional<qint64> JsonReader::nullableId(QLatin1StringView key)
{
    if (m_object.value(key).isNull())
        return std::nullopt;
    return id(key);
}

QString JsonReader::string(QLatin1StringView key)
{
    const QJsonValue value = field(key);
    if (!value.isString())
        m_ok = false;
    return value.toString();
}

std::optional<QString> JsonReader::nullableString(QLatin1StringView key)
{
    if (m_object.value(key).isNull())
        return std::nullopt;
    return string(key);
}

bool JsonReader::boolean(QLatin1StringView key)
{
    const QJsonValue value = field(key);
    if (!value.isBool())
        m_ok = false;
    return value.toBool();
}

QDateTime JsonReader::time(QLatin1StringView key)
{
    const auto parsed = wire::parseTimestamp(string(key));
    if (!parsed) {
        m_ok = false;
        return {};
    }
    return *parsed;
}

std::optional<QDateTime> JsonReader::nullableTime(QLatin1StringView key)
{
    if (m_object.value(key).isNull())
        return std::nullopt;
    return time(key);
}

QJsonObject JsonReader::object(QLatin1StringView key)
{
    const QJsonValue value = field(key);
    if (!value.isObject())
        m_ok = false;
    return value.toObject();
}

QJsonArray JsonReader::array(QLatin1StringView key)
{
    const QJsonValue value = field(key);
    if (!value.isArray())
        m_ok = false;
    return value.toArray();
}

} // namespace confab::model
