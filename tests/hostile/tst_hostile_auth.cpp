// Hostile sign-in and connect attempts against the real confabd binary (issue #13): tokens in
// the WebSocket subprotocol, guessing floods, registration floods and hash queue floods. Each case
// asserts the refusal and that a well-behaved client is still served.

#include "ConfabdHarness.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>
#include <memory>

using namespace confab::testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 20'000;

// What phoenix.js's `authToken` option offers: `phoenix` and the token, base64 without padding.
QStringList bearerSubprotocols(const QByteArray &token)
{
    return {u"phoenix"_s, u"base64url.bearer.phx."_s +
                              QString::fromLatin1(token.toBase64(QByteArray::Base64UrlEncoding |
                                                                 QByteArray::OmitTrailingEquals))};
}

// One HTTP/1.1 request on its own TCP connection, so that many of them really are in flight
// at once (QNetworkAccessManager would queue them six per host).
class RawRequest : public QObject
{
public:
    RawRequest(quint16 port, const QByteArray &path, const QJsonObject &body,
               const QByteArray &extraHeaders = {})
    {
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        const QByteArray request =
            "POST " + path +
            " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
            "Content-Type: application/json\r\n" +
            extraHeaders + "Content-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" + json;
        connect(&m_socket, &QTcpSocket::connected, this,
                [this, request] { m_socket.write(request); });
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] {
            m_answer += m_socket.readAll();
            parseStatus();
        });
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    }

    int status() const { return m_status; } // 0 until the status line arrived
    QByteArray answer() const { return m_answer; }
    // Closes the connection without waiting for the answer, as an impatient client does.
    void hangUp() { m_socket.disconnectFromHost(); }

private:
    void parseStatus()
    {
        const qsizetype end = m_answer.indexOf("\r\n");
        if (m_status != 0 || end < 0)
            return;
        const QList<QByteArray> parts = m_answer.left(end).split(' ');
        m_status = parts.size() > 1 ? parts.at(1).toInt() : -1;
    }

    QTcpSocket m_socket;
    QByteArray m_answer;
    int m_status = 0;
};

using Requests = std::vector<std::unique_ptr<RawRequest>>;

bool allAnswered(const Requests &requests)
{
    return std::all_of(requests.cbegin(), requests.cend(),
                       [](const auto &request) { return request->status() != 0; });
}

int countStatus(const Requests &requests, int status)
{
    return int(std::count_if(requests.cbegin(), requests.cend(), [status](const auto &request) {
        return request->status() == status;
    }));
}

QJsonObject credentials(const QString &username, const QString &password)
{
    return {{u"username"_s, username}, {u"password"_s, password}};
}

// One counter from GET /metrics (which counts itself in confab_http_requests_total); -1 when
// there is no answer or no such counter.
qint64 metricValue(quint16 port, const QByteArray &name)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(kWaitMs))
        return -1;
    socket.write("GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    // Up to the end of the body: the server may keep the connection open.
    QByteArray text;
    qsizetype bodyEnd = -1;
    while ((bodyEnd < 0 || text.size() < bodyEnd) && socket.waitForReadyRead(kWaitMs)) {
        text += socket.readAll();
        const qsizetype headEnd = text.indexOf("\r\n\r\n");
        const qsizetype field = text.toLower().indexOf("content-length:");
        if (headEnd >= 0 && field >= 0 && field < headEnd)
            bodyEnd =
                headEnd + 4 + text.mid(field + 15, headEnd - field - 15).trimmed().toLongLong();
    }
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith(name + ' '))
            return line.mid(name.size() + 1).trimmed().toLongLong();
    }
    return -1;
}

} // namespace

class TestHostileAuth : public QObject
{
    Q_OBJECT

private:
    // Starts confabd on a free port with `extra` arguments and waits for /healthz.
    void startDaemon(const QStringList &extra = {}, const QStringList &environment = {})
    {
        m_port = freePorts(1).value(0);
        m_http = std::make_unique<Http>(m_port);
        m_daemon = std::make_unique<Daemon>();
        m_daemon->start(*m_sandbox,
                        m_sandbox->arguments(QStringList{u"--host"_s, u"127.0.0.1"_s, u"--port"_s,
                                                         QString::number(m_port)} +
                                             extra),
                        environment);
        QTRY_VERIFY2_WITH_TIMEOUT(m_http->healthy() || !m_daemon->isRunning(),
                                  qPrintable(m_daemon->output()), kWaitMs);
        QVERIFY2(m_daemon->isRunning(), qPrintable(m_daemon->output()));
    }

    // Registers through a trusted proxy on behalf of `client`.
    std::unique_ptr<RawRequest> registerFrom(const QByteArray &client, const QString &username)
    {
        return std::make_unique<RawRequest>(m_port, "/api/v1/register",
                                            credentials(username, kPassword),
                                            "X-Forwarded-For: " + client + "\r\n");
    }

    int registerStatusFrom(const QByteArray &client, const QString &username)
    {
        const auto request = registerFrom(client, username);
        if (!QTest::qWaitFor([&] { return request->status() != 0; }, kWaitMs))
            return 0;
        return request->status();
    }

    QString registerUser(const QString &username)
    {
        const DaemonHttpResult registered = m_http->post(
            u"/api/v1/register"_s, {{u"username"_s, username}, {u"password"_s, kPassword}});
        if (registered.status != 201)
            qWarning() << "register" << username << "answered" << registered.status;
        return registered.json.value(u"token").toString();
    }

    QUrl socketUrl() const
    {
        return QUrl(u"ws://127.0.0.1:%1/socket/websocket?vsn=2.0.0"_s.arg(m_port));
    }

    const QString kPassword = u"correct horse battery"_s;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<Daemon> m_daemon;
    std::unique_ptr<Http> m_http;
    quint16 m_port = 0;

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<Sandbox>();
        QVERIFY(m_sandbox->isValid());
    }

    void cleanup()
    {
        m_http.reset();
        m_daemon.reset();
        m_sandbox.reset();
    }

    // PROTOCOL.md §1: the token may travel in Sec-WebSocket-Protocol (phoenix.js `authToken`),
    // keeping it out of URLs; the server then answers the `phoenix` subprotocol.
    void tokenInSubprotocolIsAccepted()
    {
        startDaemon();
        const QString token = registerUser(u"subby"_s);
        QVERIFY(!token.isEmpty());
        QWebSocket socket;
        QSignalSpy connected(&socket, &QWebSocket::connected);
        QWebSocketHandshakeOptions options;
        options.setSubprotocols(bearerSubprotocols(token.toUtf8()));
        socket.open(QNetworkRequest(socketUrl()), options);
        QVERIFY(connected.wait(kWaitMs));
        QCOMPARE(socket.subprotocol(), u"phoenix"_s);
        QSignalSpy received(&socket, &QWebSocket::textMessageReceived);
        socket.sendTextMessage(u"[null,\"1\",\"phoenix\",\"heartbeat\",{}]"_s);
        QVERIFY(received.wait(kWaitMs));
        QVERIFY2(received.first().first().toString().contains(u"\"ok\""_s),
                 qPrintable(received.first().first().toString()));
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }

    void wrongTokenInSubprotocolIsRefused()
    {
        startDaemon();
        const QString token = registerUser(u"queryok"_s);
        QVERIFY(!token.isEmpty());
        // A good token in the query does not rescue a wrong one in the subprotocol.
        QUrl url = socketUrl();
        url.setQuery(url.query() + u"&token="_s + token);
        QWebSocket socket;
        QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
        QWebSocketHandshakeOptions options;
        options.setSubprotocols(bearerSubprotocols("not-a-token"));
        socket.open(QNetworkRequest(url), options);
        QVERIFY(disconnected.wait(kWaitMs));
        QCOMPARE(int(socket.closeCode()), 4401);
    }

    // 50 guesses at once for one account: each takes its place in the limit before its hash
    // is checked, so only the limit's worth are checked (the rest 429) instead of all of them
    // passing the check before the first failure was counted.
    void concurrentGuessesAreLimitedBeforeHashing()
    {
        startDaemon();
        QVERIFY(!registerUser(u"victim"_s).isEmpty());
        QVERIFY(!registerUser(u"bystander"_s).isEmpty());
        constexpr int kGuesses = 50;
        constexpr int kLimit = 10; // login_failures_per_user_per_minute
        Requests guesses;
        for (int i = 0; i < kGuesses; ++i) {
            guesses.push_back(std::make_unique<RawRequest>(
                m_port, "/api/v1/session", credentials(u"victim"_s, u"wrong guess %1"_s.arg(i))));
        }
        QElapsedTimer health;
        health.start();
        QCOMPARE(m_http->get(u"/healthz"_s).status, 200);
        QVERIFY2(health.elapsed() < 10'000, qPrintable(QString::number(health.elapsed())));
        QTRY_VERIFY_WITH_TIMEOUT(allAnswered(guesses), kWaitMs);
        const int checked = countStatus(guesses, 401);
        const int limited = countStatus(guesses, 429);
        QCOMPARE(checked + limited, kGuesses);
        QVERIFY2(checked >= 1 && checked <= kLimit + 1, qPrintable(QString::number(checked)));
        // Locked until the bucket refills, even for the right password.
        QCOMPARE(m_http->signIn(u"victim"_s, kPassword).status, 429);
        // Someone else from the same address is still let in.
        QCOMPARE(m_http->signIn(u"bystander"_s, kPassword).status, 200);
    }

    // More sign-ins at once than password_hash_queue: the surplus is answered 503 with
    // Retry-After right away instead of queueing without bound; those that got a place are
    // still checked, and a sign-in after the burst is served.
    void fullHashQueueAnswers503()
    {
        // At the interactive cost a hash takes tens of milliseconds, so the whole burst is in
        // before the first place frees up.
        startDaemon({u"--password-hash-cost"_s, u"interactive"_s},
                    {u"CONFAB_PASSWORD_HASH_QUEUE=2"_s});
        QVERIFY(!registerUser(u"regular"_s).isEmpty());
        constexpr int kBurst = 16;
        Requests burst;
        for (int i = 0; i < kBurst; ++i) {
            burst.push_back(std::make_unique<RawRequest>(
                m_port, "/api/v1/session", credentials(u"nobody%1"_s.arg(i), kPassword)));
        }
        QTRY_VERIFY_WITH_TIMEOUT(allAnswered(burst), kWaitMs);
        const int checked = countStatus(burst, 401);
        const int busy = countStatus(burst, 503);
        QCOMPARE(checked + busy, kBurst);
        QVERIFY2(checked >= 2, qPrintable(QString::number(checked))); // the queue's places
        QVERIFY2(busy >= kBurst / 2, qPrintable(QString::number(busy)));
        for (const auto &request : burst) {
            if (request->status() == 503) {
                QVERIFY2(request->answer().contains("\r\nRetry-After: 1\r\n"),
                         request->answer().constData());
                QVERIFY(request->answer().contains("\"rate_limited\""));
            }
        }
        QElapsedTimer served;
        served.start();
        QCOMPARE(m_http->signIn(u"regular"_s, kPassword).status, 200);
        QVERIFY2(served.elapsed() < 10'000, qPrintable(QString::number(served.elapsed())));
    }

    // Sign-ins whose clients hang up while they wait for a hashing thread are dropped without
    // hashing (counted in /metrics), so a flood that does not wait for its answers costs no
    // hashes; a patient client is served.
    void hashIsSkippedWhenTheClientHungUp()
    {
        startDaemon({u"--password-hash-cost"_s, u"interactive"_s});
        QVERIFY(!registerUser(u"regular"_s).isEmpty());
        const QByteArray requestsMetric = "confab_http_requests_total";
        const QByteArray skippedMetric = "confab_password_hashes_skipped_total";
        QCOMPARE(metricValue(m_port, skippedMetric), qint64(0));
        const qint64 before = metricValue(m_port, requestsMetric);
        QVERIFY(before > 0);
        constexpr int kImpatient = 12;
        Requests impatient;
        for (int i = 0; i < kImpatient; ++i) {
            impatient.push_back(std::make_unique<RawRequest>(
                m_port, "/api/v1/session", credentials(u"nobody%1"_s.arg(i), kPassword)));
        }
        // Every sign-in has reached its handler, and so the hash queue, before anyone hangs
        // up. Each poll counts itself too.
        int polls = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            metricValue(m_port, requestsMetric) >= before + ++polls + kImpatient, kWaitMs);
        for (const auto &request : impatient)
            request->hangUp();
        // Two hashing threads: the first two (and perhaps a few more, on a slow machine) were
        // hashed before the hang-ups arrived; the rest are skipped.
        QTRY_VERIFY_WITH_TIMEOUT(metricValue(m_port, skippedMetric) >= kImpatient / 2, kWaitMs);
        QVERIFY(metricValue(m_port, skippedMetric) <= kImpatient);
        QElapsedTimer served;
        served.start();
        QCOMPARE(m_http->signIn(u"regular"_s, kPassword).status, 200);
        QVERIFY2(served.elapsed() < 10'000, qPrintable(QString::number(served.elapsed())));
    }

    // Registrations are limited per client address (behind a trusted proxy: the forwarded
    // one), counted before the hash; IPv6 clients by their /64.
    void registrationFloodIsLimitedPerAddress()
    {
        startDaemon({}, {u"CONFAB_TRUSTED_PROXIES=127.0.0.1"_s});
        QCOMPARE(registerStatusFrom("198.51.100.2", u"regular"_s), 201);
        constexpr int kFlood = 20;
        constexpr int kLimit = 10; // registrations_per_address_per_hour
        Requests flood;
        for (int i = 0; i < kFlood; ++i)
            flood.push_back(registerFrom("203.0.113.7", u"flood%1"_s.arg(i)));
        QTRY_VERIFY_WITH_TIMEOUT(allAnswered(flood), kWaitMs);
        QCOMPARE(countStatus(flood, 201), kLimit);
        QCOMPARE(countStatus(flood, 429), kFlood - kLimit);
        QCOMPARE(registerStatusFrom("203.0.113.7", u"onemore"_s), 429);
        // Other clients are unaffected.
        QCOMPARE(registerStatusFrom("198.51.100.3", u"newcomer"_s), 201);
        QCOMPARE(m_http->signIn(u"regular"_s, kPassword).status, 200);
        // One IPv6 /64 is one client.
        for (int i = 0; i < kLimit; ++i) {
            QCOMPARE(registerStatusFrom("2001:db8:1:2::" + QByteArray::number(i + 1, 16),
                                        u"six%1"_s.arg(i)),
                     201);
        }
        QCOMPARE(registerStatusFrom("2001:db8:1:2:ffff::1", u"sixmore"_s), 429);
        QCOMPARE(registerStatusFrom("2001:db8:1:3::1", u"sixother"_s), 201);
    }
};

QTEST_MAIN(TestHostileAuth)
#include "tst_hostile_auth.moc"
