#pragma once

// The Phoenix Channels envelope payloads every topic shares (PROTOCOL.md §1–2).

#include "protocol/Schema.h"
#include "wire/ProtocolNames.h"

namespace confab::protocol {

// A payload with no fields: heartbeats, `{}` replies, pushes that take nothing.
struct Empty
{
    static auto fields() { return std::tuple<>{}; }
    CONFAB_PROTOCOL_TYPE(Empty)
};

// The `response` of an error reply: {reason, message?}.
struct ErrorReply
{
    wire::ErrorReason reason = wire::ErrorReason::Internal;
    std::optional<QString> message;

    static auto fields()
    {
        return std::tuple{
            required("reason", &ErrorReply::reason,
                     Enum<wire::ErrorReason>{&wire::errorReasonName, &wire::errorReasonFromName,
                                             "unauthorized|forbidden|not_found|invalid|too_large|"
                                             "rate_limited|conflict|archived|unmatched_topic|"
                                             "too_many_channels|internal"}),
            optional("message", &ErrorReply::message, Text{}),
        };
    }
    CONFAB_PROTOCOL_TYPE(ErrorReply)
};

// The payload of phx_reply: {status, response}; the response of an error is an ErrorReply.
struct ReplyEnvelope
{
    enum class Status { Ok, Error };
    static QString statusName(Status status);
    static std::optional<Status> statusFromName(QStringView name);

    Status status = Status::Ok;
    QJsonObject response;

    static auto fields()
    {
        return std::tuple{
            required("status", &ReplyEnvelope::status,
                     Enum<Status>{&statusName, &statusFromName, "ok|error"}),
            required("response", &ReplyEnvelope::response, AnyObject{}),
        };
    }
    CONFAB_PROTOCOL_TYPE(ReplyEnvelope)
};

} // namespace confab::protocol
