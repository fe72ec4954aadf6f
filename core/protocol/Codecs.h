#pragma once

// The value codecs of the protocol schema (protocol/Schema.h). A codec turns one C++ value into
// its JSON form and back, checking type and range on the way in; its refusal (`why`) completes
// "field: why", the `message` of an `invalid` reply. describe() is what docs/protocol.md shows.

#include "model/Conversation.h"
#include "model/Member.h"
#include "model/Message.h"
#include "model/Notification.h"
#include "model/PresenceMeta.h"
#include "model/User.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace confab::protocol {

inline constexpr qint64 MaxSafeInteger = (qint64(1) << 53) - 1; // exactly representable in JSON

// The integer a JSON number holds exactly (no fraction, within +-2^53), else empty.
std::optional<qint64> exactInteger(const QJsonValue &value);

// An integer in [min, max]: sequence numbers, counts, limits.
template<typename I = qint64> struct Int
{
    using Value = I;
    qint64 min = 0;
    qint64 max = MaxSafeInteger;

    QJsonValue encode(I value) const { return qint64(value); }
    bool decode(const QJsonValue &json, I &out, QString &why) const
    {
        const auto number = exactInteger(json);
        if (!number || *number < min || *number > max) {
            why = QStringLiteral("must be an integer from %1 to %2").arg(min).arg(max);
            return false;
        }
        out = I(*number);
        return true;
    }
    QString describe() const
    {
        return max == MaxSafeInteger ? QStringLiteral("integer ≥ %1").arg(min)
                                     : QStringLiteral("integer %1–%2").arg(min).arg(max);
    }
};

// A positive id.
struct Id : Int<qint64>
{
    constexpr Id()
        : Int<qint64>{1, MaxSafeInteger}
    {
    }
    QString describe() const { return QStringLiteral("id"); }
};

// Text of [min, max] UTF-16 code units that is valid Unicode; `notBlank` also refuses text of
// white space only.
struct Text
{
    using Value = QString;
    qsizetype min = 0;
    qsizetype max = 1 << 20;
    bool notBlank = false;

    QJsonValue encode(const QString &value) const { return value; }
    bool decode(const QJsonValue &json, QString &out, QString &why) const;
    QString describe() const;
};

struct Bool
{
    using Value = bool;
    QJsonValue encode(bool value) const { return value; }
    bool decode(const QJsonValue &json, bool &out, QString &why) const;
    QString describe() const { return QStringLiteral("boolean"); }
};

// A UTC ISO-8601 time with milliseconds (wire/Timestamp).
struct Time
{
    using Value = QDateTime;
    QJsonValue encode(const QDateTime &value) const;
    bool decode(const QJsonValue &json, QDateTime &out, QString &why) const;
    QString describe() const { return QStringLiteral("time"); }
};

// One of a fixed set of names, held as an enum.
template<typename E> struct Enum
{
    using Value = E;
    QString (*nameOf)(E);
    std::optional<E> (*fromName)(QStringView);
    const char *names; // "direct|group", for errors and documentation

    QJsonValue encode(E value) const { return nameOf(value); }
    bool decode(const QJsonValue &json, E &out, QString &why) const
    {
        const auto value = json.isString() ? fromName(json.toString()) : std::nullopt;
        if (!value) {
            why = QStringLiteral("must be one of: %1")
                      .arg(QString::fromLatin1(names).replace(QLatin1Char('|'),
                                                              QStringLiteral(", ")));
            return false;
        }
        out = *value;
        return true;
    }
    QString describe() const { return QString::fromLatin1(names); }
};

// An object of core/model (User, Conversation, Member, Message, Notification), which keeps its
// own field names (PROTOCOL.md §3).
template<typename T> struct Model
{
    using Value = T;
    const char *name; // "Message"

    QJsonValue encode(const T &value) const { return value.toJson(); }
    bool decode(const QJsonValue &json, T &out, QString &why) const
    {
        auto value = json.isObject() ? T::fromJson(json.toObject()) : std::nullopt;
        if (!value) {
            why = QStringLiteral("must be a %1 object").arg(QString::fromLatin1(name));
            return false;
        }
        out = std::move(*value);
        return true;
    }
    QString describe() const { return QString::fromLatin1(name); }
};

// Another protocol type nested as an object (the `changes` of an update).
template<typename T> struct Nested
{
    using Value = T;
    const char *name;

    QJsonValue encode(const T &value) const { return value.toJson(); }
    bool decode(const QJsonValue &json, T &out, QString &why) const
    {
        if (!json.isObject()) {
            why = QStringLiteral("must be an object");
            return false;
        }
        auto decoded = T::fromJson(json.toObject());
        if (!decoded) {
            why = decoded.error().text();
            return false;
        }
        out = std::move(decoded).value();
        return true;
    }
    QString describe() const { return QString::fromLatin1(name); }
};

// A JSON array of one codec's values, at most `maxCount` of them.
template<typename C> struct List
{
    using Value = QList<typename C::Value>;
    C item;
    qsizetype maxCount = 1 << 20;

    QJsonValue encode(const Value &values) const
    {
        QJsonArray array;
        for (const auto &value : values)
            array.append(item.encode(value));
        return array;
    }
    bool decode(const QJsonValue &json, Value &out, QString &why) const
    {
        if (!json.isArray()) {
            why = QStringLiteral("must be an array");
            return false;
        }
        const QJsonArray array = json.toArray();
        if (array.size() > maxCount) {
            why = QStringLiteral("must hold at most %1 items").arg(maxCount);
            return false;
        }
        out.clear();
        out.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            typename C::Value value{};
            QString itemWhy;
            if (!item.decode(array.at(i), value, itemWhy)) {
                why = QStringLiteral("[%1] %2").arg(i).arg(itemWhy);
                return false;
            }
            out.append(std::move(value));
        }
        return true;
    }
    QString describe() const { return QStringLiteral("[%1]").arg(item.describe()); }
};

// Spelled out for compilers without deduction for aggregates (clang before 17): List{codec}.
template<typename C> List(C) -> List<C>;
template<typename C> List(C, qsizetype) -> List<C>;

// A list of distinct positive ids (duplicates are dropped, order kept), at most `maxCount`.
struct IdList
{
    using Value = QList<qint64>;
    qsizetype maxCount = 1 << 20;

    QJsonValue encode(const Value &ids) const;
    bool decode(const QJsonValue &json, Value &out, QString &why) const;
    QString describe() const { return QStringLiteral("[id]"); }
};

// Any JSON object, kept as it is (a logged event's payload, which a reader decodes by its name).
struct AnyObject
{
    using Value = QJsonObject;
    QJsonValue encode(const QJsonObject &value) const { return value; }
    bool decode(const QJsonValue &json, QJsonObject &out, QString &why) const;
    QString describe() const { return QStringLiteral("object"); }
};

// {"<user_id>": {"metas": [PresenceMeta...]}}: the shape phoenix.js Presence consumes.
struct Presences
{
    using Value = model::PresenceMap;
    QJsonValue encode(const model::PresenceMap &value) const;
    bool decode(const QJsonValue &json, model::PresenceMap &out, QString &why) const;
    QString describe() const { return QStringLiteral("{user_id: {metas: [PresenceMeta]}}"); }
};

// The model objects, named once.
inline constexpr Model<model::User> UserObject{"User"};
inline constexpr Model<model::Conversation> ConversationObject{"Conversation"};
inline constexpr Model<model::Member> MemberObject{"Member"};
inline constexpr Model<model::Message> MessageObject{"Message"};
inline constexpr Model<model::Notification> NotificationObject{"Notification"};

} // namespace confab::protocol
