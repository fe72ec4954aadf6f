#include "TestServer.h"
#include "client/ApiClient.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using confab::client::ApiClient;
using confab::client::ApiError;
using confab::client::AuthResult;
using confab::testing::TestServer;

namespace {

constexpr int kWaitMs = 10000;
const QString kPassword = QStringLiteral("correct horse");

// A port nothing listens on.
quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QUrl localUrl(quint16 port)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

// Answers every connection with a fixed HTTP response, whatever was asked.
class CannedHttpServer : public QObject
{
public:
    explicit CannedHttpServer(QByteArray response)
        : m_response(std::move(response))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    socket->write(m_response);
                    socket->disconnectFromHost();
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
    QByteArray m_response;
};

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void registerThenSignIn();
    void wrongPassword();
    void nameTaken();
    void fetchMeAndSignOut();
    void networkErrorOnClosedPort();
    void timeoutIsANetworkError();
    void nonJsonAnswerIsBadResponse();
    void checkHealth();
    void callbacksDroppedWhenDestroyed();

private:
    AuthResult registerAccount(ApiClient &api, const QString &name);
    AuthResult signIn(ApiClient &api, const QString &name, const QString &password);

    TestServer m_server;
};

void TestApiClient::initTestCase()
{
    QVERIFY(m_server.start());
}

AuthResult TestApiClient::registerAccount(ApiClient &api, const QString &name)
{
    std::optional<AuthResult> result;
    api.registerAccount(name, kPassword, QStringLiteral("Name %1").arg(name),
                        [&](const AuthResult &r) { result = r; });
    [[maybe_unused]] const bool answered =
        QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs);
    return result.value_or(AuthResult{});
}

AuthResult TestApiClient::signIn(ApiClient &api, const QString &name, const QString &password)
{
    std::optional<AuthResult> result;
    api.signIn(name, password, [&](const AuthResult &r) { result = r; });
    [[maybe_unused]] const bool answered =
        QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs);
    return result.value_or(AuthResult{});
}

void TestApiClient::registerThenSignIn()
{
    ApiClient api;
    api.setServerUrl(localUrl(m_server.port()));
    QCOMPARE(api.serverUrl(), localUrl(m_server.port()));

    const AuthResult registered = registerAccount(api, QStringLiteral("alice"));
    QVERIFY2(registered.ok, qPrintable(registered.error.code + u' ' + registered.error.message));
    QCOMPARE(registered.user.username, QStringLiteral("alice"));
    QCOMPARE(registered.user.displayName, QStringLiteral("Name alice"));
    QVERIFY(registered.user.id > 0);
    QCOMPARE(registered.token.size(), 43);
    QVERIFY(registered.expiresAt > QDateTime::currentDateTimeUtc().addDays(29));

    const AuthResult signedIn = signIn(api, QStringLiteral("alice"), kPassword);
    QVERIFY2(signedIn.ok, qPrintable(signedIn.error.code));
    QCOMPARE(signedIn.user, registered.user);
    QVERIFY(!signedIn.token.isEmpty());
    QVERIFY(signedIn.token != registered.token);
    QVERIFY(signedIn.error.code.isEmpty());
}

void TestApiClient::wrongPassword()
{
    ApiClient api;
    api.setServerUrl(localUrl(m_server.port()));
    QVERIFY(registerAccount(api, QStringLiteral("bob")).ok);
    const AuthResult result = signIn(api, QStringLiteral("bob"), QStringLiteral("wrong password"));
    QVERIFY(!result.ok);
    QVERIFY(result.token.isEmpty());
    QCOMPARE(result.error.httpStatus, 401);
    QCOMPARE(result.error.code, QStringLiteral("invalid_credentials"));
}

void TestApiClient::nameTaken()
{
    ApiClient api;
    api.setServerUrl(localUrl(m_server.port()));
    QVERIFY(registerAccount(api, QStringLiteral("carol")).ok);
    const AuthResult again = registerAccount(api, QStringLiteral("carol"));
    QVERIFY(!again.ok);
    QCOMPARE(again.error.httpStatus, 409);
    QCOMPARE(again.error.code, QStringLiteral("conflict"));
}

void TestApiClient::fetchMeAndSignOut()
{
    ApiClient api;
    api.setServerUrl(localUrl(m_server.port()));
    const AuthResult account = registerAccount(api, QStringLiteral("dave"));
    QVERIFY(account.ok);

    std::optional<std::pair<std::optional<confab::model::User>, ApiError>> me;
    const auto fetchMe = [&] {
        me.reset();
        api.fetchMe(account.token, [&](std::optional<confab::model::User> user,
                                       const ApiError &error) { me.emplace(user, error); });
        QTRY_VERIFY_WITH_TIMEOUT(me.has_value(), kWaitMs);
    };
    fetchMe();
    QVERIFY(me->first.has_value());
    QCOMPARE(*me->first, account.user);

    std::optional<bool> signedOut;
    api.signOut(account.token, [&](bool ok, const ApiError &) { signedOut = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(signedOut.has_value(), kWaitMs);
    QVERIFY(*signedOut);

    fetchMe();
    QVERIFY(!me->first.has_value());
    QCOMPARE(me->second.httpStatus, 401);
    QCOMPARE(me->second.code, QStringLiteral("unauthorized"));

    // Signing out a token that is already revoked is refused.
    signedOut.reset();
    ApiError error;
    api.signOut(account.token, [&](bool ok, const ApiError &e) {
        error = e;
        signedOut = ok;
    });
    QTRY_VERIFY_WITH_TIMEOUT(signedOut.has_value(), kWaitMs);
    QVERIFY(!*signedOut);
    QCOMPARE(error.httpStatus, 401);
}

void TestApiClient::networkErrorOnClosedPort()
{
    ApiClient api;
    api.setServerUrl(localUrl(closedPort()));
    const AuthResult result = signIn(api, QStringLiteral("alice"), kPassword);
    QVERIFY(!result.ok);
    QCOMPARE(result.error.code, QStringLiteral("network"));
    QCOMPARE(result.error.httpStatus, 0);
    QVERIFY(!result.error.message.isEmpty());
}

void TestApiClient::timeoutIsANetworkError()
{
    // Accepts connections (the kernel does) but never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    ApiClient api;
    api.setServerUrl(localUrl(silent.serverPort()));
    api.setTimeoutMs(300);
    QElapsedTimer elapsed;
    elapsed.start();
    const AuthResult result = signIn(api, QStringLiteral("alice"), kPassword);
    QVERIFY(!result.ok);
    QCOMPARE(result.error.code, QStringLiteral("network"));
    QVERIFY(elapsed.elapsed() >= 250);
}

void TestApiClient::nonJsonAnswerIsBadResponse()
{
    CannedHttpServer okButText(QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                                                 "Content-Length: 5\r\nConnection: close\r\n\r\n"
                                                 "hello"));
    ApiClient api;
    api.setServerUrl(localUrl(okButText.port()));
    AuthResult result = signIn(api, QStringLiteral("alice"), kPassword);
    QVERIFY(!result.ok);
    QCOMPARE(result.error.code, QStringLiteral("bad_response"));
    QCOMPARE(result.error.httpStatus, 200);

    CannedHttpServer failing(QByteArrayLiteral("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 3\r\n"
                                               "Connection: close\r\n\r\nbad"));
    api.setServerUrl(localUrl(failing.port()));
    result = signIn(api, QStringLiteral("alice"), kPassword);
    QCOMPARE(result.error.code, QStringLiteral("bad_response"));
    QCOMPARE(result.error.httpStatus, 502);
}

void TestApiClient::checkHealth()
{
    ApiClient api;
    api.setServerUrl(localUrl(m_server.port()));
    std::optional<bool> healthy;
    api.checkHealth([&](bool ok) { healthy = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(healthy.has_value(), kWaitMs);
    QVERIFY(*healthy);

    api.setServerUrl(localUrl(closedPort()));
    healthy.reset();
    api.checkHealth([&](bool ok) { healthy = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(healthy.has_value(), kWaitMs);
    QVERIFY(!*healthy);
}

void TestApiClient::callbacksDroppedWhenDestroyed()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    bool called = false;
    {
        ApiClient api;
        api.setServerUrl(localUrl(silent.serverPort()));
        api.checkHealth([&](bool) { called = true; });
        QTRY_VERIFY(silent.hasPendingConnections());
    }
    // Anything queued by the destruction has run by now.
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
