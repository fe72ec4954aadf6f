#include "protocol/Codecs.h"

#include "wire/Timestamp.h"

#include <cmath>

namespace confab::protocol {

std::optional<qint64> exactInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    // 1.5 is not an id, and 2^60 has lost its low bits on the way.
    if (!std::isfinite(number) || std::trunc(number) != number ||
        std::fabs(number) > double(MaxSafeInteger))
        return std::nullopt;
    return qint64(number);
}

bool Text::decode(const QJsonValue &json, QString &out, QString &why) const
{
    const QString text = json.toString();
    if (!json.isString() || text.size() < min || text.size() > max) {
        why = QStringLiteral("must be a string of %1 to %2 characters").arg(min).arg(max);
        return false;
    }
    if (!QStringView(text).isValidUtf16()) {
        why = QStringLiteral("is not valid Unicode");
        return false;
    }
    if (notBlank && text.trimmed().isEmpty()) {
        why = QStringLiteral("must not be blank");
        return false;
    }
    out = text;
    return true;
}

QString Text::describe() const
{
    if (min == 0 && max == Text{}.max)
        return QStringLiteral("string");
    return QStringLiteral("string (%1–%2)").arg(min).arg(max);
}

bool Bool::decode(const QJsonValue &json, bool &out, QString &why) const
{
    if (!json.isBool()) {
        why = QStringLiteral("must be true or false");
        return false;
    }
    out = json.toBool();
    return true;
}

QJsonValue Time::encode(const QDateTime &value) const
{
    return wire::formatTimestamp(value);
}

bool Time::decode(const QJsonValue &json, QDateTime &out, QString &why) const
{
    const auto time = json.isString() ? wire::parseTimestamp(json.toString()) : std::nullopt;
    if (!time) {
        why = QStringLiteral("must be a UTC time like 2026-11-22T03:10:00.123Z");
        return false;
    }
    out = *time;
    return true;
}

QJsonValue IdList::encode(const Value &ids) const
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

bool IdList::decode(const QJsonValue &json, Value &out, QString &why) const
{
    if (!json.isArray()) {
        why = QStringLiteral("must be an array of ids");
        return false;
    }
    const QJsonArray array = json.toArray();
    if (array.size() > maxCount) {
        why = QStringLiteral("must hold at most %1 ids").arg(maxCount);
        return false;
    }
    out.clear();
    out.reserve(array.size());
    for (const QJsonValue &element : array) {
        const auto id = exactInteger(element);
        if (!id || *id < 1) {
            why = QStringLiteral("must be an array of ids");
            return false;
        }
        if (!out.contains(*id))
            out.append(*id);
    }
    return true;
}

bool AnyObject::decode(const QJsonValue &json, QJsonObject &out, QString &why) const
{
    if (!json.isObject()) {
        why = QStringLiteral("must be an object");
        return false;
    }
    out = json.toObject();
    return true;
}

QJsonValue Presences::encode(const model::PresenceMap &value) const
{
    return model::presenceMapToJson(value);
}

bool Presences::decode(const QJsonValue &json, model::PresenceMap &out, QString &why) const
{
    auto presence = json.isObject() ? model::presenceMapFromJson(json.toObject()) : std::nullopt;
    if (!presence) {
        why = QStringLiteral("must map user ids to {metas: [...]}");
        return false;
    }
    out = std::move(*presence);
    return true;
}

} // namespace confab::protocol
