#include "client/ApiClient.h"

#include "client/ClientLogging.h"
#include "client/FailureReason.h"
#include "protocol/Http.h"
#include "wire/ProtocolNames.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace confab::client {

namespace {

ApiError badResponse(int status, const QString &message)
{
    return ApiError{status, reasonName(LocalReason::BadResponse), message};
}

// The session of a register or sign-in answer; nullopt if it does not fit the protocol.
std::optional<AuthResult> authFromJson(const QJsonObject &json)
{
    auto session = protocol::http::SessionResponse::fromJson(json);
    if (!session) {
        qCInfo(lcClientApi) << "malformed session:" << session.error().text();
        return std::nullopt;
    }
    AuthResult result;
    result.ok = true;
    result.user = session->user;
    result.token = session->token;
    result.expiresAt = session->expiresAt;
    return result;
}

// The error of a non-2xx answer, from its {error, message} body.
ApiError errorFromJson(int status, const QJsonObject &json)
{
    const auto error = protocol::http::ErrorResponse::fromJson(json);
    if (!error)
        return badResponse(status, QStringLiteral("HTTP %1 without an error body").arg(status));
    return ApiError{status, wire::errorReasonName(error->error), error->message};
}

} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

ApiClient::~ApiClient()
{
    // Replies die with the network manager after us; none of them may reach a callback.
    for (QNetworkReply *reply : std::as_const(m_replies)) {
        reply->disconnect(this);
        reply->abort();
    }
}

void ApiClient::setServerUrl(const QUrl &httpBaseUrl)
{
    m_baseUrl = httpBaseUrl;
}

QUrl ApiClient::serverUrl() const
{
    return m_baseUrl;
}

void ApiClient::setTimeoutMs(int ms)
{
    m_timeoutMs = std::max(1, ms);
}

QUrl ApiClient::urlFor(const QString &path) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void ApiClient::send(const QByteArray &method, const QString &path, const QJsonObject *body,
                     const QString &token, std::function<void(const Response &)> done)
{
    QNetworkRequest request(urlFor(path));
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"),
                             QByteArrayLiteral("Bearer ") + token.toUtf8());
    QByteArray data;
    if (body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        data = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, data);
    m_replies.insert(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        m_replies.remove(reply);
        reply->deleteLater();
        const auto callback = done; // the callback may destroy us, and this lambda with us
        callback(readResponse(reply));
    });
}

ApiClient::Response ApiClient::readResponse(QNetworkReply *reply) const
{
    Response response;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        // No HTTP answer at all: refused, unreachable, timed out (reported as canceled), TLS.
        qCInfo(lcClientApi) << reply->url().path() << "failed:" << reply->errorString();
        response.error = ApiError{0, reasonName(LocalReason::Network), reply->errorString()};
        return response;
    }
    response.httpStatus = status.toInt();
    const QByteArray body = reply->readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    response.isJson = parseError.error == QJsonParseError::NoError && document.isObject();
    response.json = document.object();
    if (response.httpStatus >= 200 && response.httpStatus < 300)
        return response;

    response.error = errorFromJson(response.httpStatus, response.json);
    qCDebug(lcClientApi) << reply->url().path() << "answered" << response.httpStatus
                         << response.error.code;
    return response;
}

void ApiClient::authenticate(const QString &path, const QJsonObject &body, int expectedStatus,
                             std::function<void(const AuthResult &)> done)
{
    send("POST", path, &body, QString(),
         [expectedStatus, done = std::move(done)](const Response &response) {
             AuthResult result;
             if (!response.ok()) {
                 result.error = response.error;
             } else if (response.httpStatus != expectedStatus) {
                 result.error = badResponse(
                     response.httpStatus,
                     QStringLiteral("unexpected HTTP status %1").arg(response.httpStatus));
             } else if (auto parsed = authFromJson(response.json)) {
                 result = *parsed;
             } else {
                 result.error = badResponse(response.httpStatus,
                                            QStringLiteral("malformed session in the answer"));
             }
             done(result);
         });
}

void ApiClient::signIn(const QString &username, const QString &password,
                       std::function<void(const AuthResult &)> done)
{
    const protocol::http::SignInRequest request{username, password};
    authenticate(QStringLiteral("/api/v1/session"), request.toJson(), 200, std::move(done));
}

void ApiClient::registerAccount(const QString &username, const QString &password,
                                const QString &displayName,
                                std::function<void(const AuthResult &)> done)
{
    protocol::http::RegisterRequest request{username, password, std::nullopt};
    if (!displayName.isEmpty())
        request.displayName = displayName;
    authenticate(QStringLiteral("/api/v1/register"), request.toJson(), 201, std::move(done));
}

void ApiClient::signOut(const QString &token, std::function<void(bool, const ApiError &)> done)
{
    send("DELETE", QStringLiteral("/api/v1/session"), nullptr, token,
         [done = std::move(done)](const Response &response) {
             done(response.ok(), response.error);
         });
}

void ApiClient::fetchMe(const QString &token,
                        std::function<void(std::optional<model::User>, const ApiError &)> done)
{
    send("GET", QStringLiteral("/api/v1/me"), nullptr, token,
         [done = std::move(done)](const Response &response) {
             if (!response.ok()) {
                 done(std::nullopt, response.error);
                 return;
             }
             const auto me = protocol::http::MeResponse::fromJson(response.json);
             if (!me) {
                 done(std::nullopt, badResponse(response.httpStatus,
                                                QStringLiteral("malformed user in the answer")));
                 return;
             }
             done(me->user, ApiError{});
         });
}

void ApiClient::checkHealth(std::function<void(bool)> done)
{
    send("GET", QStringLiteral("/healthz"), nullptr, QString(),
         [done = std::move(done)](const Response &response) { done(response.httpStatus == 200); });
}

} // namespace confab::client
