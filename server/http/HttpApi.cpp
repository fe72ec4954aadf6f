#include "http/HttpApi.h"

#include "ServerConfig.h"
#include "auth/AccountService.h"
#include "http/HttpServer.h"
#include "wire/PayloadReader.h"
#include "wire/Timestamp.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace confab::server {

namespace {

using Method = QHttpServerRequest::Method;
using Status = AccountResult::Status;
constexpr qsizetype kMaxBodyBytes = 16 * 1024;

// Parses a JSON object body; answers 400/413/415 itself and returns false when unusable.
bool readJsonBody(const HttpRequest &request, HttpResponder &responder, QJsonObject &out)
{
    if (request.body.size() > kMaxBodyBytes) {
        responder.error(413, QStringLiteral("too_large"), QStringLiteral("body too large"));
        return false;
    }
    const QByteArray type = request.header("content-type");
    if (!type.isEmpty() && !type.startsWith("application/json")) {
        responder.error(415, QStringLiteral("invalid"),
                        QStringLiteral("Content-Type must be application/json"));
        return false;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        responder.error(400, QStringLiteral("invalid"),
                        QStringLiteral("body must be a JSON object"));
        return false;
    }
    out = document.object();
    return true;
}

QJsonObject sessionJson(const AccountResult &result)
{
    return {{QStringLiteral("user"), result.user.toJson()},
            {QStringLiteral("token"), result.token.token},
            {QStringLiteral("expires_at"), wire::formatTimestampMs(result.token.expiresAtMs)}};
}

void answerFailure(HttpResponder &responder, const AccountResult &result)
{
    switch (result.status) {
    case Status::Invalid:
        responder.error(400, QStringLiteral("invalid"), result.message);
        return;
    case Status::Taken:
        responder.error(409, QStringLiteral("conflict"), result.message);
        return;
    case Status::BadCredentials:
        responder.error(401, QStringLiteral("invalid_credentials"), result.message);
        return;
    case Status::RateLimited:
        responder.error(429, QStringLiteral("rate_limited"), result.message);
        return;
    case Status::Ok:
    case Status::Internal:
        break;
    }
    responder.error(500, QStringLiteral("internal"), QStringLiteral("internal error"));
}

} // namespace

void HttpApi::install(HttpServer &http, AccountService &accounts, const ServerConfig &config,
                      MetricsText metricsText)
{
    AccountService *service = &accounts;
    const bool registrationOpen = config.registrationOpen;

    http.route(
        Method::Post, QStringLiteral("/api/v1/register"),
        [service, registrationOpen, &http](const HttpRequest &request, HttpResponder responder) {
            if (!registrationOpen) {
                responder.error(403, QStringLiteral("forbidden"),
                                QStringLiteral("registration is closed"));
                return;
            }
            QJsonObject body;
            if (!readJsonBody(request, responder, body))
                return;
            wire::PayloadReader reader(body);
            const QString username = reader.requireString(QStringLiteral("username"), 1, 64);
            const QString password = reader.requireString(QStringLiteral("password"), 1, 1024);
            const QString displayName =
                reader.optionalString(QStringLiteral("display_name"), 1, 64).value_or(username);
            if (!reader.ok()) {
                responder.error(400, QStringLiteral("invalid"), reader.error());
                return;
            }
            service->registerUser(username, password, displayName, true, &http,
                                  [responder](AccountResult result) mutable {
                                      if (result.status == Status::Ok)
                                          responder.json(201, sessionJson(result));
                                      else
                                          answerFailure(responder, result);
                                  });
        });

    http.route(Method::Post, QStringLiteral("/api/v1/session"),
               [service, &http](const HttpRequest &request, HttpResponder responder) {
                   QJsonObject body;
                   if (!readJsonBody(request, responder, body))
                       return;
                   wire::PayloadReader reader(body);
                   const QString username = reader.requireString(QStringLiteral("username"), 1, 64);
                   const QString password =
                       reader.requireString(QStringLiteral("password"), 1, 1024);
                   if (!reader.ok()) {
                       responder.error(400, QStringLiteral("invalid"), reader.error());
                       return;
                   }
                   service->signIn(username, password, request.remoteAddress.toString(), &http,
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
                                            responder.error(401, QStringLiteral("unauthorized"),
                                                            QStringLiteral("invalid token"));
                                    });
               });

    http.route(
        Method::Get, QStringLiteral("/api/v1/me"),
        [service, &http](const HttpRequest &request, HttpResponder responder) {
            service->resolveToken(
                request.bearerToken(), &http, [responder](std::optional<TokenOwner> owner) mutable {
                    if (owner)
                        responder.json(200, {{QStringLiteral("user"), owner->user.toJson()}});
                    else
                        responder.error(401, QStringLiteral("unauthorized"),
                                        QStringLiteral("invalid token"));
                });
        });

    http.route(Method::Get, QStringLiteral("/healthz"),
               [](const HttpRequest &, HttpResponder responder) {
                   responder.json(200, {{QStringLiteral("status"), QStringLiteral("ok")}});
               });

    http.route(Method::Get, QStringLiteral("/metrics"),
               [metricsText](const HttpRequest &, HttpResponder responder) {
                   responder.text(200, metricsText(), "text/plain; version=0.0.4; charset=utf-8");
               });

    http.route(Method::Get, QStringLiteral("/socket/websocket"),
               [](const HttpRequest &, HttpResponder responder) {
                   responder.error(400, QStringLiteral("invalid"),
                                   QStringLiteral("this endpoint needs a WebSocket upgrade"));
               });
}

} // namespace confab::server
