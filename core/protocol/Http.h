#pragma once

// The JSON bodies of the HTTP API (PROTOCOL.md §4, docs/protocol.md).

#include "protocol/Schema.h"
#include "wire/ProtocolNames.h"

namespace confab::protocol::http {

inline constexpr qsizetype MaxBodyBytes = 16 * 1024;

// POST /api/v1/register. The user name's form and the password's length are checked by the
// account service, which says why in the 400's message.
struct RegisterRequest
{
    QString username;
    QString password;
    std::optional<QString> displayName; // defaults to the user name

    static auto fields()
    {
        return std::tuple{
            required("username", &RegisterRequest::username, Text{1, 64}),
            required("password", &RegisterRequest::password, Text{1, 1024}),
            optional("display_name", &RegisterRequest::displayName, Text{1, 64}),
        };
    }
    CONFAB_PROTOCOL_TYPE(RegisterRequest)
};

// POST /api/v1/session.
struct SignInRequest
{
    QString username;
    QString password;

    static auto fields()
    {
        return std::tuple{
            required("username", &SignInRequest::username, Text{1, 64}),
            required("password", &SignInRequest::password, Text{1, 1024}),
        };
    }
    CONFAB_PROTOCOL_TYPE(SignInRequest)
};

// 201 of register, 200 of session.
struct SessionResponse
{
    model::User user;
    QString token;
    QDateTime expiresAt;

    static auto fields()
    {
        return std::tuple{
            required("user", &SessionResponse::user, UserObject),
            required("token", &SessionResponse::token, Text{1, 256}),
            required("expires_at", &SessionResponse::expiresAt, Time{}),
        };
    }
    CONFAB_PROTOCOL_TYPE(SessionResponse)
};

// 200 of GET /api/v1/me.
struct MeResponse
{
    model::User user;

    static auto fields() { return std::tuple{required("user", &MeResponse::user, UserObject)}; }
    CONFAB_PROTOCOL_TYPE(MeResponse)
};

// 200 of GET /healthz.
struct HealthResponse
{
    QString status; // "ok" with 200; "unavailable" with 503
    // "ok", or "unwritable" when a write probe failed (a read-only file or file system).
    // Optional: servers before issue #13 send no such field.
    std::optional<QString> database;

    static auto fields()
    {
        return std::tuple{required("status", &HealthResponse::status, Text{1, 64}),
                          optional("database", &HealthResponse::database, Text{1, 64})};
    }
    CONFAB_PROTOCOL_TYPE(HealthResponse)
};

// Every HTTP error: {error, message}. `error` is a reason of §2 or `invalid_credentials`.
struct ErrorResponse
{
    wire::ErrorReason error = wire::ErrorReason::Internal;
    QString message;

    static auto fields()
    {
        return std::tuple{
            required("error", &ErrorResponse::error,
                     Enum<wire::ErrorReason>{&wire::errorReasonName, &wire::errorReasonFromName,
                                             "a reason of §2, or invalid_credentials"}),
            required("message", &ErrorResponse::message, Text{}),
        };
    }
    CONFAB_PROTOCOL_TYPE(ErrorResponse)
};

} // namespace confab::protocol::http
