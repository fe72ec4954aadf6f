#include "http/HttpApi.h"

#include "ServerConfig.h"
#include "auth/AccountService.h"
#include "http/HttpServer.h"
#include "protocol/Http.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace confab::server {

using wire::ErrorReason;
namespace http = protocol::http;

namespace {

using Method = QHttpServerRequest::Method;
using Status = AccountResult::Status;

// Parses a JSON object body; answers 400/415 itself and returns false when unusable. (The
// front door has refused bodies over the route's limit with 413 before the handler runs.)
bool readJsonBody(const HttpRequest &request, HttpResponder &responder, QJsonObject &out)
{
    const QByteArray type = request.header("content-type");
    if (!type.isEmpty() && !type.startsWith("application/json")) {
        responder.error(415, ErrorReason::Invalid,
                        QStringLiteral("Content-Type must be application/json"));
        return false;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        responder.error(400, ErrorReason::Invalid, QStringLiteral("body must be a JSON object"));
        return false;
    }
    out = document.object();
    return true;
}

QJsonObject sessionJson(const AccountResult &result)
{
    return http::SessionResponse{result.user, result.token.token,
                                 QDateTime::fromMSecsSinceEpoch(result.token.expiresAtMs, Qt::UTC)}
        .toJson();
}

// Decodes a request body into its type; answers 400 with the first field that does not fit.
template<typename Request>
std::optional<Request> decodeBody(const QJsonObject &body, HttpResponder &responder)
{
    auto decoded = Request::fromJson(body);
    if (!decoded) {
        responder.error(400, ErrorReason::Invalid, decoded.error().text());
        return std::nullopt;
    }
    return std::move(decoded).toOptional();
}

void answerFailure(HttpResponder &responder, const AccountResult &result)
{
    switch (result.status) {
    case Status::Invalid:
        responder.error(400, ErrorReason::Invalid, result.message);
        return;
    case Status::Taken:
        responder.error(409, ErrorReason::Conflict, result.message);
        return;
    case Status::BadCredentials:
        responder.error(401, ErrorReason::InvalidCredentials, result.message);
        return;
    case Status::RateLimited:
        responder.error(429, ErrorReason::RateLimited, result.message);
        return;
    case Status::Busy:
        responder.errorWithHeaders(503, ErrorReason::RateLimited, result.message,
                                   "Retry-After: 1\r\n");
        return;
    case Status::Ok:
    case Status::Internal:
        break;
    }
    responder.error(500, ErrorReason::Internal, QStringLiteral("internal error"));
}

} // namespace

void HttpApi::install(HttpServer &http, AccountService &accounts, const ServerConfig &config,
                      Hooks hooks)
{
    MetricsText metricsText = std::move(hooks.metricsText);
    DatabaseCheck databaseWritable = std::move(hooks.databaseWritable);
    AccountService *service = &accounts;
    const bool registrationOpen = config.registrationOpen;

    http.route(Method::Post, QStringLiteral("/api/v1/register"),
               [service, registrationOpen](const HttpRequest &request, HttpResponder responder) {
                   if (!registrationOpen) {
                       responder.error(403, ErrorReason::Forbidden,
                                       QStringLiteral("registration is closed"));
                       return;
                   }
                   QJsonObject body;
                   if (!readJsonBody(request, responder, body))
                       return;
                   const auto registration = decodeBody<http::RegisterRequest>(body, responder);
                   if (!registration)
                       return;
                   service->registerUser(registration->username, registration->password,
                                         registration->displayName.value_or(registration->username),
                                         true, addressBucketKey(request.remoteAddress),
                                         responder.connection(),
                                         [responder](AccountResult result) mutable {
                                             if (result.status == Status::Ok)
                                                 responder.json(201, sessionJson(result));
                                             else
                                                 answerFailure(responder, result);
                                         });
               });

    http.route(Method::Post, QStringLiteral("/api/v1/session"),
               [service](const HttpRequest &request, HttpResponder responder) {
                   QJsonObject body;
                   if (!readJsonBody(request, responder, body))
                       return;
                   const auto signIn = decodeBody<http::SignInRequest>(body, responder);
                   if (!signIn)
                       return;
                   service->signIn(signIn->username, signIn->password,
                                   addressBucketKey(request.remoteAddress), responder.connection(),
                                   [responder](AccountResult result) mutable {
                                       if (result.status == Status::Ok)
                                           responder.json(200, sessionJson(result));
                                       else
                                           answerFailure(responder, result);
                                   });
               });

    http.route(Method::Delete, QStringLiteral("/api/v1/session"),
               [service, &http](const HttpRequest &request, HttpResponder responder) {
                   service->signOut(request.bearerToken(), &http,
                                    [responder](bool revoked) mutable {
                                        if (revoked)
                                            responder.empty(204);
                                        else
                                            responder.error(401, ErrorReason::Unauthorized,
                                                            QStringLiteral("invalid token"));
                                    });
               });

    http.route(Method::Get, QStringLiteral("/api/v1/me"),
               [service, &http](const HttpRequest &request, HttpResponder responder) {
                   service->resolveToken(request.bearerToken(), &http,
                                         [responder](std::optional<TokenOwner> owner) mutable {
                                             if (owner)
                                                 responder.json(
                                                     200, http::MeResponse{owner->user}.toJson());
                                             else
                                                 responder.error(401, ErrorReason::Unauthorized,
                                                                 QStringLiteral("invalid token"));
                                         });
               });

    http.route(
        Method::Get, QStringLiteral("/healthz"),
        [databaseWritable, &http](const HttpRequest &, HttpResponder responder) {
            // A server that cannot write answers every change with 500: a load balancer
            // must see that here, not only in the error rate.
            databaseWritable(&http, [responder](bool writable) mutable {
                if (writable)
                    responder.json(
                        200,
                        http::HealthResponse{QStringLiteral("ok"), QStringLiteral("ok")}.toJson());
                else
                    responder.json(503, http::HealthResponse{QStringLiteral("unavailable"),
                                                             QStringLiteral("unwritable")}
                                            .toJson());
            });
        });

    http.route(Method::Get, QStringLiteral("/metrics"),
               [metricsText, allowed = config.metricsAllow](const HttpRequest &request,
                                                            HttpResponder responder) {
                   if (!allowed.allows(request.remoteAddress)) {
                       responder.error(403, ErrorReason::Forbidden,
                                       QStringLiteral("metrics are not served to this address"));
                       return;
                   }
                   responder.text(200, metricsText(), "text/plain; version=0.0.4; charset=utf-8");
               });

    http.route(Method::Get, QStringLiteral("/socket/websocket"),
               [](const HttpRequest &, HttpResponder responder) {
                   responder.error(400, ErrorReason::Invalid,
                                   QStringLiteral("this endpoint needs a WebSocket upgrade"));
               });
}

} // namespace confab::server
