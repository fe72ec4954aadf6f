#pragma once

// Small helpers for the JSON form of the model types: nullable fields on the way out, and a
// type-checking reader on the way in (the client trusts the server's shape, but never blindly).

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace confab::model {

// The integer a JSON number holds exactly (no fraction, within +-2^53), else empty.
std::optional<qint64> jsonInteger(const QJsonValue &value);
QJsonValue nullableId(std::optional<qint64> id);
QJsonValue nullableString(const std::optional<QString> &text);
QJsonValue nullableTime(const std::optional<QDateTime> &time);

// Reads typed fields; any missing or mistyped required field turns ok() false.
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &object)
        : m_object(object)
    {
    }

    qint64 id(QLatin1StringView key);
    std::optional<qint64> nullableId(QLatin1StringView key);
    qint64 integer(QLatin1StringView key);
    QString string(QLatin1StringView key);
    std::optional<QString> nullableString(QLatin1StringView key);
    bool boolean(QLatin1StringView key);
    QDateTime time(QLatin1StringView key);
    std::optional<QDateTime> nullableTime(QLatin1StringView key);
    QJsonObject object(QLatin1StringView key);
    QJsonArray array(QLatin1StringView key);
    bool has(QLatin1StringView key) const { return m_object.contains(key); }

    bool ok() const { return m_ok; }
    void invalidate() { m_ok = false; }

private:
    QJsonValue field(QLatin1StringView key);
    QJsonObject m_object; // by value: callers often pass value.toObject() temporaries
    bool m_ok = true;
};

} // namespace confab::model
