// The HTTP API over real loopback sockets against an in-process server (PROTOCOL.md §4).

#include "TestServer.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace confab;
using confab::testing::HttpResult;
using confab::testing::PhoenixClient;
using confab::testing::TestServer;

namespace {
QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject credentials(const QString &username, const QString &password)
{
    return {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}};
}

// POST /api/v1/session, optionally as a request forwarded for `forwardedFor`; the status.
int signInStatus(TestServer &server, const QString &username, const QString &password,
                 const QByteArray &forwardedFor = {})
{
    const QByteArray body = QJsonDocument(credentials(username, password)).toJson();
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    if (!forwardedFor.isEmpty())
        headers.append({"X-Forwarded-For", forwardedFor});
    return server.request("POST", QStringLiteral("/api/v1/session"), body, headers).status;
}

QList<QPair<QByteArray, QByteArray>> bearer(const QString &token)
{
    return {{"Authorization", "Bearer " + token.toLatin1()}};
}
} // namespace

class TestHttpApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        server::ServerConfig config;
        config.loginFailuresPerUserPerMinute = 3;
        config.loginFailuresPerAddressPerMinute = 6;
        m_server = std::make_unique<TestServer>(config);
        QVERIFY(m_server->start());
    }
    void cleanup() { m_server.reset(); }

    void registerReturnsUserAndToken()
    {
        const HttpResult result =
            m_server->postJson(QStringLiteral("/api/v1/register"),
                               {{QStringLiteral("username"), QStringLiteral("ada")},
                                {QStringLiteral("password"), QStringLiteral("correct horse")},
                                {QStringLiteral("display_name"), QStringLiteral("Ada Lovelace")}});
        QCOMPARE(result.status, 201);
        const QJsonObject user = result.json.value(QLatin1StringView("user")).toObject();
        QVERIFY(user.value(QLatin1StringView("id")).toInt() > 0);
        QCOMPARE(user.value(QLatin1StringView("username")).toString(), QStringLiteral("ada"));
        QCOMPARE(user.value(QLatin1StringView("display_name")).toString(),
                 QStringLiteral("Ada Lovelace"));
        QCOMPARE(user.keys().size(), 3);
        QCOMPARE(result.json.value(QLatin1StringView("token")).toString().size(), 43);
        const QString expires = result.json.value(QLatin1StringView("expires_at")).toString();
        QVERIFY2(QRegularExpression(
                     QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"))
                     .match(expires)
                     .hasMatch(),
                 qPrintable(expires));
        QVERIFY(QDateTime::fromString(expires, Qt::ISODateWithMs) >
                QDateTime::currentDateTimeUtc());
    }

    void registerRejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addRow("not json") << QByteArray("{nope") << 400 << "invalid";
        QTest::addRow("array") << QByteArray("[]") << 400 << "invalid";
        QTest::addRow("empty") << QByteArray() << 400 << "invalid";
        QTest::addRow("missing password")
            << json({{QStringLiteral("username"), QStringLiteral("bob")}}) << 400 << "invalid";
        QTest::addRow("short password")
            << json(credentials(QStringLiteral("bob"), QStringLiteral("short"))) << 400
            << "invalid";
        QTest::addRow("uppercase name")
            << json(credentials(QStringLiteral("Bob"), QStringLiteral("long enough"))) << 400
            << "invalid";
        QTest::addRow("one char name")
            << json(credentials(QStringLiteral("b"), QStringLiteral("long enough"))) << 400
            << "invalid";
        QTest::addRow("numeric name")
            << QByteArray(R"({"username":5,"password":"long enough"})") << 400 << "invalid";
        QTest::addRow("huge body") << QByteArray(100'000, 'x') << 413 << "too_large";
    }

    void registerRejectsBadInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, error);
        const HttpResult result = m_server->request("POST", QStringLiteral("/api/v1/register"),
                                                    body, {{"Content-Type", "application/json"}});
        QCOMPARE(result.status, status);
        QCOMPARE(result.json.value(QLatin1StringView("error")).toString(), error);
        QVERIFY(!result.json.value(QLatin1StringView("message")).toString().isEmpty());
        // The server still serves.
        QCOMPARE(m_server->request("GET", QStringLiteral("/healthz")).status, 200);
    }

    void duplicateNameConflicts()
    {
        QVERIFY(m_server->registerUser(QStringLiteral("ada")).ok);
        const HttpResult again = m_server->postJson(
            QStringLiteral("/api/v1/register"),
            credentials(QStringLiteral("ada"), QStringLiteral("another password")));
        QCOMPARE(again.status, 409);
        QCOMPARE(again.json.value(QLatin1StringView("error")).toString(),
                 QStringLiteral("conflict"));
    }

    void closedRegistrationIsForbidden()
    {
        server::ServerConfig config;
        config.registrationOpen = false;
        TestServer closed(config);
        QVERIFY(closed.start());
        const HttpResult result =
            closed.postJson(QStringLiteral("/api/v1/register"),
                            credentials(QStringLiteral("ada"), QStringLiteral("correct horse")));
        QCOMPARE(result.status, 403);
        // The embedding API still creates accounts.
        bool done = false;
        closed.module().createUser(QStringLiteral("ada"), QStringLiteral("Ada"),
                                   QStringLiteral("correct horse"),
                                   [&](server::ServerModule::CreatedUser created) {
                                       QVERIFY(created.ok);
                                       QCOMPARE(created.user.username, QStringLiteral("ada"));
                                       done = true;
                                   });
        QTRY_VERIFY(done);
        QCOMPARE(closed
                     .postJson(QStringLiteral("/api/v1/session"),
                               credentials(QStringLiteral("ada"), QStringLiteral("correct horse")))
                     .status,
                 200);
    }

    void signInAndMe()
    {
        const auto account = m_server->registerUser(QStringLiteral("ada"));
        QVERIFY(account.ok);
        const HttpResult session =
            m_server->postJson(QStringLiteral("/api/v1/session"),
                               credentials(QStringLiteral("ada"), QStringLiteral("correct horse")));
        QCOMPARE(session.status, 200);
        const QString token = session.json.value(QLatin1StringView("token")).toString();
        QVERIFY(token != account.token);
        const HttpResult me =
            m_server->request("GET", QStringLiteral("/api/v1/me"), {}, bearer(token));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json.value(QLatin1StringView("user"))
                     .toObject()
                     .value(QLatin1StringView("id"))
                     .toInt(),
                 int(account.id));
    }

    void wrongCredentialsAreRefused_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addRow("wrong password") << "ada"
                                        << "wrong password";
        QTest::addRow("unknown user") << "nobody"
                                      << "correct horse";
        QTest::addRow("invalid name") << "NOT VALID"
                                      << "correct horse";
    }

    void wrongCredentialsAreRefused()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        QVERIFY(m_server->registerUser(QStringLiteral("ada")).ok);
        const HttpResult result =
            m_server->postJson(QStringLiteral("/api/v1/session"), credentials(username, password));
        QCOMPARE(result.status, 401);
        QCOMPARE(result.json.value(QLatin1StringView("error")).toString(),
                 QStringLiteral("invalid_credentials"));
    }

    void signInIsRateLimitedPerUser()
    {
        QVERIFY(m_server->registerUser(QStringLiteral("ada")).ok);
        QVERIFY(m_server->registerUser(QStringLiteral("bob")).ok);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(
                m_server
                    ->postJson(QStringLiteral("/api/v1/session"),
                               credentials(QStringLiteral("ada"), QStringLiteral("wrong guess")))
                    .status,
                401);
        }
        // Even the right password waits now: guessing must not continue.
        const HttpResult limited =
            m_server->postJson(QStringLiteral("/api/v1/session"),
                               credentials(QStringLiteral("ada"), QStringLiteral("correct horse")));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.json.value(QLatin1StringView("error")).toString(),
                 QStringLiteral("rate_limited"));
        // Another account is not affected.
        QCOMPARE(m_server
                     ->postJson(QStringLiteral("/api/v1/session"),
                                credentials(QStringLiteral("bob"), QStringLiteral("correct horse")))
                     .status,
                 200);
    }

    void signInIsRateLimitedPerAddress()
    {
        QVERIFY(m_server->registerUser(QStringLiteral("ada")).ok);
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(signInStatus(*m_server, QStringLiteral("guess%1").arg(i),
                                  QStringLiteral("wrong guess")),
                     401);
        }
        QCOMPARE(signInStatus(*m_server, QStringLiteral("ada"), QStringLiteral("correct horse")),
                 429);
    }

    // Behind a reverse proxy every request comes from the proxy: only a proxy named in
    // trusted_proxies may say who the client is, so one guesser cannot lock out the whole team.
    void signInLimitFollowsTheClientBehindATrustedProxy()
    {
        server::ServerConfig config;
        config.loginFailuresPerAddressPerMinute = 3;
        config.trustedProxies = {QHostAddress(QStringLiteral("127.0.0.1"))};
        TestServer proxied(config);
        QVERIFY(proxied.start());
        QVERIFY(proxied.registerUser(QStringLiteral("ada")).ok);
        const auto signIn = [&](const QByteArray &forwardedFor, const QString &password) {
            return signInStatus(proxied, QStringLiteral("ada"), password, forwardedFor);
        };
        for (int i = 0; i < 3; ++i)
            QCOMPARE(signIn("203.0.113.7", QStringLiteral("wrong guess")), 401);
        QCOMPARE(signIn("203.0.113.7", QStringLiteral("correct horse")), 429);
        // A hop the client wrote itself (left of the proxy's entry) changes nothing.
        QCOMPARE(signIn("198.51.100.9, 203.0.113.7", QStringLiteral("correct horse")), 429);
        // Someone else behind the same proxy still gets in.
        QCOMPARE(signIn("198.51.100.2", QStringLiteral("correct horse")), 200);
    }

    void forwardedForIsIgnoredFromUntrustedPeers()
    {
        QVERIFY(m_server->registerUser(QStringLiteral("ada")).ok);
        for (int i = 0; i < 6; ++i) {
            const QByteArray forwarded = "198.51.100." + QByteArray::number(i + 1);
            QCOMPARE(signInStatus(*m_server, QStringLiteral("guess%1").arg(i),
                                  QStringLiteral("wrong guess"), forwarded),
                     401);
        }
        QCOMPARE(signInStatus(*m_server, QStringLiteral("ada"), QStringLiteral("correct horse")),
                 429);
    }

    void logoutRevokesToken()
    {
        const auto account = m_server->registerUser(QStringLiteral("ada"));
        QVERIFY(account.ok);
        QCOMPARE(
            m_server
                ->request("DELETE", QStringLiteral("/api/v1/session"), {}, bearer(account.token))
                .status,
            204);
        QCOMPARE(m_server->request("GET", QStringLiteral("/api/v1/me"), {}, bearer(account.token))
                     .status,
                 401);
        QCOMPARE(
            m_server
                ->request("DELETE", QStringLiteral("/api/v1/session"), {}, bearer(account.token))
                .status,
            401);
    }

    void meNeedsAValidToken_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addRow("none") << QByteArray();
        QTest::addRow("garbage") << QByteArray("Bearer garbage");
        QTest::addRow("well formed but unknown")
            << QByteArray("Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        QTest::addRow("basic") << QByteArray("Basic YWRhOmNvcnJlY3Q=");
    }

    void meNeedsAValidToken()
    {
        QFETCH(QByteArray, authorization);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const HttpResult result =
            m_server->request("GET", QStringLiteral("/api/v1/me"), {}, headers);
        QCOMPARE(result.status, 401);
        QCOMPARE(result.json.value(QLatin1StringView("error")).toString(),
                 QStringLiteral("unauthorized"));
    }

    void secretsAreStoredOnlyAsHashes()
    {
        const auto account =
            m_server->registerUser(QStringLiteral("ada"), QStringLiteral("correct horse"));
        QVERIFY(account.ok);
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(m_server->config().databasePath());
        QVERIFY(db.open());
        {
            QSqlQuery users(db);
            QVERIFY(users.exec(QStringLiteral("SELECT password_hash FROM users")));
            QVERIFY(users.next());
            const QString hash = users.value(0).toString();
            QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$")), qPrintable(hash));
            QVERIFY(!hash.contains(QStringLiteral("correct horse")));
            QSqlQuery tokens(db);
            QVERIFY(tokens.exec(QStringLiteral("SELECT token_hash FROM tokens")));
            QVERIFY(tokens.next());
            QVERIFY(tokens.value(0).toString() != account.token);
            QCOMPARE(tokens.value(0).toString().size(), 64); // hex SHA-256
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    }

    void healthAndMetrics()
    {
        QCOMPARE(m_server->request("GET", QStringLiteral("/healthz")).status, 200);
        m_server->request("GET", QStringLiteral("/nope"));
        const HttpResult metrics = m_server->request("GET", QStringLiteral("/metrics"));
        QCOMPARE(metrics.status, 200);
        for (const char *name : {"confab_connections ", "confab_channel_joins_total ",
                                 "confab_frames_in_total ", "confab_frames_out_total ",
                                 "confab_messages_stored_total ", "confab_http_requests_total "}) {
            QVERIFY2(metrics.body.contains(name), name);
        }
        QVERIFY(metrics.body.contains("# TYPE confab_connections gauge"));
        QVERIFY(metrics.body.contains("\nconfab_http_requests_total 3\n"));
    }

    void unknownPathsAndMethods()
    {
        const HttpResult missing = m_server->request("GET", QStringLiteral("/api/v1/nothing"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json.value(QLatin1StringView("error")).toString(),
                 QStringLiteral("not_found"));
        QCOMPARE(m_server->request("GET", QStringLiteral("/api/v1/register")).status, 405);
        QCOMPARE(m_server->request("GET", QStringLiteral("/socket/websocket")).status, 400);
    }

    void originAllowlist()
    {
        server::ServerConfig config;
        config.allowedOrigins = {QStringLiteral("https://chat.example.org")};
        TestServer guarded(config);
        QVERIFY(guarded.start());
        const HttpResult foreign = guarded.request("GET", QStringLiteral("/healthz"), {},
                                                   {{"Origin", "https://evil.example"}});
        QCOMPARE(foreign.status, 403);
        QNetworkAccessManager network;
        QNetworkRequest request(guarded.httpUrl(QStringLiteral("/healthz")));
        request.setRawHeader("Origin", "https://chat.example.org");
        QNetworkReply *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->rawHeader("Access-Control-Allow-Origin"),
                 QByteArray("https://chat.example.org"));
        reply->deleteLater();
        // No Origin header (native clients): allowed.
        QCOMPARE(guarded.request("GET", QStringLiteral("/healthz")).status, 200);

        // A browser's preflight before a JSON POST: allowed origin only, with the methods.
        QNetworkRequest preflight(guarded.httpUrl(QStringLiteral("/api/v1/session")));
        preflight.setRawHeader("Origin", "https://chat.example.org");
        preflight.setRawHeader("Access-Control-Request-Method", "POST");
        QNetworkReply *options = network.sendCustomRequest(preflight, "OPTIONS");
        QSignalSpy optionsDone(options, &QNetworkReply::finished);
        QVERIFY(optionsDone.wait(5000));
        QCOMPARE(options->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);
        QCOMPARE(options->rawHeader("Access-Control-Allow-Origin"),
                 QByteArray("https://chat.example.org"));
        QCOMPARE(options->rawHeader("Access-Control-Allow-Methods"),
                 QByteArray("POST, DELETE, OPTIONS"));
        QVERIFY(options->rawHeader("Access-Control-Allow-Headers").contains("Content-Type"));
        options->deleteLater();
        QCOMPARE(guarded
                     .request("OPTIONS", QStringLiteral("/api/v1/session"), {},
                              {{"Origin", "https://evil.example"}})
                     .status,
                 403);
        QCOMPARE(guarded.request("OPTIONS", QStringLiteral("/api/v1/nothing")).status, 404);
    }

    void servesTls()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1")});
        QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
                 "openssl is needed for the TLS test");
        server::ServerConfig config;
        config.tlsCertFile = cert;
        config.tlsKeyFile = key;
        TestServer secure(config);
        QVERIFY(secure.start());
        QNetworkAccessManager network;
        QNetworkRequest request(
            QUrl(QStringLiteral("https://127.0.0.1:%1/healthz").arg(secure.port())));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(ssl);
        QNetworkReply *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(!reply->sslConfiguration().peerCertificate().isNull());
        reply->deleteLater();

        // The Phoenix socket over TLS (QWebSocket on the server side, see QtWebSocketAdapter).
        const auto account = secure.registerUser(QStringLiteral("tls_user"));
        QVERIFY(account.ok);
        PhoenixClient client;
        QVERIFY(client.open(secure.socketUrl(account.token)));
        const QString ref = client.send(QStringLiteral("phoenix"), QStringLiteral("heartbeat"));
        const auto heartbeat = client.waitForReply(ref);
        QVERIFY(heartbeat);
        QCOMPARE(heartbeat->payload.value(QLatin1StringView("status")).toString(),
                 QStringLiteral("ok"));
        const QJsonObject joined = client.join(QStringLiteral("user:%1").arg(account.id));
        QCOMPARE(joined.value(QLatin1StringView("status")).toString(), QStringLiteral("ok"));

        // A bad token is refused over TLS as well.
        PhoenixClient refused;
        QVERIFY(refused.open(secure.socketUrl(QStringLiteral("nope"))));
        QVERIFY(refused.waitForClose());
        QCOMPARE(refused.closeCode(), 4401);

        // The token as a subprotocol (phoenix.js `authToken`) over TLS: `phoenix` is answered,
        // which browsers and the `ws` package insist on.
        QWebSocket bearer;
        bearer.setSslConfiguration(ssl);
        QWebSocketHandshakeOptions options;
        options.setSubprotocols(
            {QStringLiteral("phoenix"),
             QStringLiteral("base64url.bearer.phx.") +
                 QString::fromLatin1(account.token.toUtf8().toBase64(
                     QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))});
        QUrl bearerUrl = secure.socketUrl(QString());
        bearerUrl.setQuery(QStringLiteral("vsn=2.0.0"));
        QSignalSpy bearerConnected(&bearer, &QWebSocket::connected);
        QSignalSpy bearerReceived(&bearer, &QWebSocket::textMessageReceived);
        bearer.open(QNetworkRequest(bearerUrl), options);
        QVERIFY(bearerConnected.wait(10000));
        QCOMPARE(bearer.subprotocol(), QStringLiteral("phoenix"));
        bearer.sendTextMessage(QStringLiteral(R"([null,"1","phoenix","heartbeat",{}])"));
        QVERIFY(bearerReceived.wait(10000));
        QVERIFY(bearerReceived.first().first().toString().contains(QStringLiteral("\"ok\"")));
    }

    void reconnectStormIsAcceptedAtOnce()
    {
        // After a restart every client reconnects at once. The kernel completes handshakes
        // only up to the listen backlog before the server accepts any; with Qt's default of 50
        // the other SYNs would be dropped and retried a second or more later. The server does
        // not run its event loop here, so only the backlog decides.
        constexpr int kClients = 300;
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(m_server->port());
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        std::vector<pollfd> sockets;
        for (int i = 0; i < kClients; ++i) {
            const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            QVERIFY(fd >= 0);
            ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address);
            sockets.push_back(pollfd{fd, POLLOUT, 0});
        }
        int connected = 0;
        QDeadlineTimer deadline(500);
        while (connected < kClients && !deadline.hasExpired()) {
            ::poll(sockets.data(), nfds_t(sockets.size()), int(deadline.remainingTime()));
            connected = 0;
            for (pollfd &entry : sockets) {
                int error = 0;
                socklen_t length = sizeof error;
                if ((entry.revents & POLLOUT) &&
                    ::getsockopt(entry.fd, SOL_SOCKET, SO_ERROR, &error, &length) == 0 && !error)
                    ++connected;
            }
        }
        for (const pollfd &entry : sockets)
            ::close(entry.fd);
        QCOMPARE(connected, kClients);
    }

    void missingTlsFilesFailToStart()
    {
        server::ServerConfig config;
        config.tlsCertFile = QStringLiteral("/nonexistent/cert.pem");
        config.tlsKeyFile = QStringLiteral("/nonexistent/key.pem");
        TestServer broken(config);
        QVERIFY(!broken.start());
    }

private:
    std::unique_ptr<TestServer> m_server;
};

QTEST_GUILESS_MAIN(TestHttpApi)
#include "tst_httpapi.moc"
