#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace confab::wire {

// Reads fields out of a client payload with strict type and range checks. The first failure
// is remembered (field name and why) so a handler can answer `invalid` with a message that
// names the field, and read the rest without checking after every call.
class PayloadReader
{
public:
    explicit PayloadReader(const QJsonObject &payload)
        : m_payload(payload)
    {
    }

    // Ids are positive integers that fit in 53 bits (exactly representable in JSON numbers).
    qint64 requireId(const QString &field);
    std::optional<qint64> optionalId(const QString &field);
    QList<qint64> requireIdList(const QString &field, qsizetype maxCount);

    // Strings must be valid UTF-16 (no lone surrogates) and within [minLength, maxLength].
    QString requireString(const QString &field, qsizetype minLength, qsizetype maxLength);
    std::optional<QString> optionalString(const QString &field, qsizetype minLength,
                                          qsizetype maxLength);

    bool requireBool(const QString &field);
    std::optional<bool> optionalBool(const QString &field);
    std::optional<qint64> optionalInt(const QString &field, qint64 min, qint64 max);
    qint64 requireInt(const QString &field, qint64 min, qint64 max);

    // Restricts a string field to one of the given values.
    QString requireOneOf(const QString &field, const QStringList &allowed);

    bool ok() const { return m_error.isEmpty(); }
    // Human-readable: "content: must be a string of 1 to 16384 characters".
    const QString &error() const { return m_error; }
    bool has(const QString &field) const;

private:
    void fail(const QString &field, const QString &why);
    std::optional<qint64> readInt(const QString &field, qint64 min, qint64 max, bool required);
    std::optional<QString> readString(const QString &field, qsizetype minLength,
                                      qsizetype maxLength, bool required);

    QJsonObject m_payload; // by value: safe with temporaries, and copies are shared
    QString m_error;
};

} // namespace confab::wire
