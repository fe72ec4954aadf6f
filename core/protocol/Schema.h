#pragma once

// The machinery behind every protocol type: a type lists its fields once, as (wire name,
// member, codec), and encoding, checked decoding, the golden-sample tests and the field tables
// of docs/protocol.md are all derived from that one list. A mistyped wire name can then only be
// wrong in one place, where a test that compares with the documented JSON sees it.

#include "protocol/Codecs.h"

#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <optional>
#include <tuple>
#include <utility>

namespace confab::protocol {

// The first field of a payload that does not fit, in the form an `invalid` reply carries:
// "content: must be a string of 1 to 16384 characters".
struct DecodeError
{
    QString field;
    QString why;

    QString text() const { return field + QStringLiteral(": ") + why; }
};

// A decoded payload, or the first field that did not fit.
template<typename T> class Decoded
{
public:
    Decoded(T value)
        : m_value(std::move(value))
    {
    }
    Decoded(DecodeError error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const DecodeError &error() const { return m_error; }
    // The optional the callers that only need "parsed or not" want.
    std::optional<T> toOptional() && { return std::move(m_value); }

private:
    std::optional<T> m_value;
    DecodeError m_error;
};

// How a field may appear on the wire.
enum class Presence {
    Required, // present, not null
    Optional, // may be absent (or null); left out when empty
    Nullable, // present, may be null; written as null when empty
    Patch,    // a partial update: absent (unchanged), null (cleared) or a value
};

// One field: its wire name, the member it fills and the codec that checks its values.
template<typename Owner, typename Member, typename Codec> struct Field
{
    QLatin1StringView name;
    Member Owner::*member;
    Codec codec;
    Presence presence;
};

template<typename Owner, typename Codec>
constexpr auto required(const char *name, typename Codec::Value Owner::*member, Codec codec)
{
    return Field<Owner, typename Codec::Value, Codec>{QLatin1StringView(name), member, codec,
                                                      Presence::Required};
}

template<typename Owner, typename Codec>
constexpr auto optional(const char *name, std::optional<typename Codec::Value> Owner::*member,
                        Codec codec)
{
    return Field<Owner, std::optional<typename Codec::Value>, Codec>{
        QLatin1StringView(name), member, codec, Presence::Optional};
}

template<typename Owner, typename Codec>
constexpr auto nullable(const char *name, std::optional<typename Codec::Value> Owner::*member,
                        Codec codec)
{
    return Field<Owner, std::optional<typename Codec::Value>, Codec>{
        QLatin1StringView(name), member, codec, Presence::Nullable};
}

// A value of a partial update: empty = unchanged, holding empty = cleared.
template<typename T> using PatchValue = std::optional<std::optional<T>>;

template<typename Owner, typename Codec>
constexpr auto patch(const char *name, PatchValue<typename Codec::Value> Owner::*member,
                     Codec codec)
{
    return Field<Owner, PatchValue<typename Codec::Value>, Codec>{QLatin1StringView(name), member,
                                                                  codec, Presence::Patch};
}

// What the documentation and the golden tests need to know of a field, without its type.
struct FieldInfo
{
    QLatin1StringView name;
    Presence presence;
    QString type;
};

namespace detail {

inline DecodeError missing(QLatin1StringView name)
{
    return {QString(name), QStringLiteral("is required")};
}

template<typename Owner, typename Member, typename Codec>
void encodeField(const Owner &owner, const Field<Owner, Member, Codec> &field, QJsonObject &json)
{
    const Member &value = owner.*field.member;
    switch (field.presence) {
    case Presence::Required:
        if constexpr (std::is_same_v<Member, typename Codec::Value>)
            json.insert(field.name, field.codec.encode(value));
        break;
    case Presence::Optional:
    case Presence::Nullable:
        if constexpr (std::is_same_v<Member, std::optional<typename Codec::Value>>) {
            if (value)
                json.insert(field.name, field.codec.encode(*value));
            else if (field.presence == Presence::Nullable)
                json.insert(field.name, QJsonValue(QJsonValue::Null));
        }
        break;
    case Presence::Patch:
        if constexpr (std::is_same_v<Member, PatchValue<typename Codec::Value>>) {
            if (value && *value)
                json.insert(field.name, field.codec.encode(**value));
            else if (value)
                json.insert(field.name, QJsonValue(QJsonValue::Null));
        }
        break;
    }
}

template<typename Owner, typename Member, typename Codec>
std::optional<DecodeError> decodeField(const QJsonObject &json,
                                       const Field<Owner, Member, Codec> &field, Owner &owner)
{
    const QJsonValue value = json.value(field.name);
    const bool absent = value.isUndefined();
    const bool null = value.isNull();
    Member &target = owner.*field.member;
    QString why;
    if constexpr (std::is_same_v<Member, typename Codec::Value>) {
        if (absent || null)
            return missing(field.name);
        if (!field.codec.decode(value, target, why))
            return DecodeError{QString(field.name), why};
    } else if constexpr (std::is_same_v<Member, std::optional<typename Codec::Value>>) {
        if (field.presence == Presence::Nullable && absent)
            return missing(field.name);
        if (absent || null) {
            target.reset();
            return std::nullopt;
        }
        typename Codec::Value decoded{};
        if (!field.codec.decode(value, decoded, why))
            return DecodeError{QString(field.name), why};
        target = std::move(decoded);
    } else {
        if (absent) {
            target.reset();
        } else if (null) {
            target.emplace(std::nullopt);
        } else {
            typename Codec::Value decoded{};
            if (!field.codec.decode(value, decoded, why))
                return DecodeError{QString(field.name), why};
            target.emplace(std::move(decoded));
        }
    }
    return std::nullopt;
}

} // namespace detail

// Encodes every field of a protocol type, in the order its schema lists them.
template<typename T> QJsonObject encodeFields(const T &value)
{
    QJsonObject json;
    std::apply([&](const auto &...field) { (detail::encodeField(value, field, json), ...); },
               T::fields());
    return json;
}

// Decodes a protocol type, stopping at the first field that does not fit. Fields the schema
// does not name are ignored: the protocol may add fields, never change them.
template<typename T> Decoded<T> decodeFields(const QJsonObject &json)
{
    T value{};
    std::optional<DecodeError> error;
    std::apply(
        [&](const auto &...field) {
            ((error = error ? error : detail::decodeField(json, field, value)), ...);
        },
        T::fields());
    if (error)
        return *error;
    if constexpr (requires(const T &v) { v.validate(); }) {
        if (auto invalid = value.validate())
            return *invalid;
    }
    return value;
}

template<typename T> QList<FieldInfo> fieldInfo()
{
    QList<FieldInfo> info;
    std::apply(
        [&](const auto &...field) {
            (info.append(FieldInfo{field.name, field.presence, field.codec.describe()}), ...);
        },
        T::fields());
    return info;
}

} // namespace confab::protocol

// Gives a protocol type its toJson(), checked fromJson() and equality, all from its fields().
#define CONFAB_PROTOCOL_TYPE(Type)                                                                 \
    QJsonObject toJson() const                                                                     \
    {                                                                                              \
        return ::confab::protocol::encodeFields(*this);                                            \
    }                                                                                              \
    static ::confab::protocol::Decoded<Type> fromJson(const QJsonObject &json)                     \
    {                                                                                              \
        return ::confab::protocol::decodeFields<Type>(json);                                       \
    }                                                                                              \
    friend bool operator==(const Type &, const Type &) = default;
