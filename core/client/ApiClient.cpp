#include "client/ApiClient.h"

#include "client/ClientLogging.h"
#include "wire/Timestamp.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace confab::client {

namespace {

ApiError badResponse(int status, const QString &message)
{
    return ApiError{status, QStringLiteral("bad_response"), message};
}

// Parses {user, token, expires_at}; nullopt if any part is missing or mistyped.
std::optional<AuthResult> authFromJson(const QJsonObject &json)
{
    AuthResult result;
    const auto user = model::User::fromJson(json.value(QLatin1StringView("user")).toObject());
    const QString token = json.value(QLatin1StringView("token")).toString();
    const auto expiresAt =
        wire::parseTimestamp(json.value(QLatin1StringView("expires_at")).toString());
    if (!user || token.isEmpty() || !expiresAt)
        return std::nullopt;
    result.ok = true;
    result.user = *user;
    result.token = token;
    result.expiresAt = *expiresAt;
    return result;
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
        response.error = ApiError{0, QStringLiteral("network"), reply->errorString()};
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

    const QString code = response.json.value(QLatin1StringView("error")).toString();
    if (code.isEmpty()) {
        response.error =
            badResponse(response.httpStatus,
                        QStringLiteral("HTTP %1 without an error body").arg(response.httpStatus));
    } else {
        response.error = ApiError{response.httpStatus, code,
                                  response.json.value(QLatin1StringView("message")).toString()};
    }
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
    const QJsonObject body{{QStringLiteral("username"), username},
                           {QStringLiteral("password"), password}};
    authenticate(QStringLiteral("/api/v1/session"), body, 200, std::move(done));
}

void ApiClient::registerAccount(const QString &username, const QString &password,
                                const QString &displayName,
                                std::function<void(const AuthResult &)> done)
{
    QJsonObject body{{QStringLiteral("username"), username},
                     {QStringLiteral("password"), password}};
    if (!displayName.isEmpty())
        body.insert(QStringLiteral("display_name"), displayName);
    authenticate(QStringLiteral("/api/v1/register"), body, 201, std::move(done));
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
             const auto user =
                 model::User::fromJson(response.json.value(QLatin1StringView("user")).toObject());
             if (!user) {
                 done(std::nullopt, badResponse(response.httpStatus,
                                                QStringLiteral("malformed user in the answer")));
                 return;
             }
             done(user, ApiError{});
         });
}

void ApiClient::checkHealth(std::function<void(bool)> done)
{
    send("GET", QStringLiteral("/healthz"), nullptr, QString(),
         [done = std::move(done)](const Response &response) { done(response.httpStatus == 200); });
}

} // namespace confab::client
