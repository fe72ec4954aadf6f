#pragma once

#include "model/User.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace confab::client {

// `code` is the server's "error" field, or "network" (connection refused, timeout, host not
// found), or "bad_response" (an answer that is not what the protocol promises).
struct ApiError
{
    int httpStatus = 0;
    QString code;
    QString message;
};

struct AuthResult
{
    bool ok = false;
    model::User user;
    QString token;
    QDateTime expiresAt;
    ApiError error;
};

// The HTTP API of PROTOCOL.md §4, asynchronous over QNetworkAccessManager. Callbacks run on the
// ApiClient's thread and are dropped if the ApiClient is destroyed first.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setServerUrl(const QUrl &httpBaseUrl);
    QUrl serverUrl() const;
    void setTimeoutMs(int ms); // default 15000 (QNetworkRequest transfer timeout)

    void signIn(const QString &username, const QString &password,
                std::function<void(const AuthResult &)> done);
    // An empty displayName lets the server use the user name.
    void registerAccount(const QString &username, const QString &password,
                         const QString &displayName, std::function<void(const AuthResult &)> done);
    void signOut(const QString &token, std::function<void(bool ok, const ApiError &)> done);
    void fetchMe(const QString &token,
                 std::function<void(std::optional<model::User>, const ApiError &)> done);
    void checkHealth(std::function<void(bool ok)> done);

private:
    struct Response
    {
        int httpStatus = 0; // 0 when no HTTP answer came
        QJsonObject json;
        bool isJson = false;
        ApiError error; // set unless the status is 2xx
        bool ok() const { return error.code.isEmpty(); }
    };

    void send(const QByteArray &method, const QString &path, const QJsonObject *body,
              const QString &token, std::function<void(const Response &)> done);
    Response readResponse(QNetworkReply *reply) const;
    QUrl urlFor(const QString &path) const;
    void authenticate(const QString &path, const QJsonObject &body, int expectedStatus,
                      std::function<void(const AuthResult &)> done);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    int m_timeoutMs = 15000;
    QSet<QNetworkReply *> m_replies; // in flight
};

} // namespace confab::client
