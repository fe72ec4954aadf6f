#include "TcpProxy.h"
#include "TestServer.h"
#include "client/PhoenixChannel.h"
#include "client/PhoenixSocket.h"
#include "wire/FrameCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using confab::client::PhoenixChannel;
using confab::client::PhoenixSocket;
using confab::client::PushResult;
using confab::testing::PhoenixClient;
using confab::testing::TcpProxy;
using confab::testing::TestServer;

namespace {

constexpr int kWaitMs = 10000;

QString userTopic(qint64 id)
{
    return QStringLiteral("user:%1").arg(id);
}

QJsonArray ids(std::initializer_list<qint64> values)
{
    QJsonArray array;
    for (qint64 value : values)
        array.append(value);
    return array;
}

// Collects every reply a push gets, to prove there is exactly one.
struct ReplyLog
{
    QList<PushResult> results;
    confab::client::ReplyHandler handler()
    {
        return [this](const PushResult &result) { results.append(result); };
    }
};

} // namespace

class TestPhoenixSocket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void buildsTheSocketUrl();
    void tokenTravelsInTheSubprotocolNotTheUrl();
    void connectsAndJoinsUserTopic();
    void pushGetsItsReply();
    void serverEventsReachTheChannel();
    void joinParamsAreSent();
    void heartbeatsAreAnswered();
    void deadPeerIsDetectedAndReconnected();
    void serverRestartReconnectsWithBackoffAndRejoins();
    void refusedConnectionsAreRetried();
    void stalledHandshakeTimesOut();
    void revokedTokenIsUnauthorizedAndStopsReconnecting();
    void unknownTokenIsUnauthorized();
    void forbiddenUpgradeIsUnauthorized();
    void pushTimesOut();
    void pendingPushesFailWhenTheConnectionDrops();
    void pushOnUnjoinedChannelFails();
    void noAutoReconnectStaysDisconnected();
    void closeIsUserInitiated();
    void serverCloseEndsTheChannel();
    void ownLeaveIsNotAServerClose();
    void forbiddenJoinIsTerminal();
    void malformedAndStaleFramesAreIgnored();
    void logsCarryNoMessageText();
    void channelObjectsAreUniquePerTopic();

private:
    std::unique_ptr<PhoenixSocket> makeSocket(const QString &token, quint16 port);
    bool openAndWait(PhoenixSocket &socket);
    bool joinAndWait(PhoenixChannel *channel);
    std::optional<PushResult> pushAndWait(PhoenixChannel *channel, const QString &event,
                                          const QJsonObject &payload);
    // Alice creates a group with Bob through a raw client; returns its id.
    qint64 createGroup(PhoenixClient &owner, qint64 ownerId, qint64 memberId);

    std::unique_ptr<TestServer> m_server;
    TestServer::Account m_alice;
    TestServer::Account m_bob;
};

void TestPhoenixSocket::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->start());
    m_alice = m_server->registerUser(QStringLiteral("alice"));
    m_bob = m_server->registerUser(QStringLiteral("bob"));
    QVERIFY(m_alice.ok && m_bob.ok);
}

void TestPhoenixSocket::cleanup()
{
    m_server.reset();
}

std::unique_ptr<PhoenixSocket> TestPhoenixSocket::makeSocket(const QString &token, quint16 port)
{
    auto socket = std::make_unique<PhoenixSocket>();
    socket->setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    socket->setToken(token);
    socket->setDeviceId(QStringLiteral("test-device"));
    socket->setBackoff(50, 400);
    return socket;
}

bool TestPhoenixSocket::openAndWait(PhoenixSocket &socket)
{
    socket.open();
    return QTest::qWaitFor([&] { return socket.isConnected(); }, kWaitMs);
}

bool TestPhoenixSocket::joinAndWait(PhoenixChannel *channel)
{
    QSignalSpy joined(channel, &PhoenixChannel::joined);
    channel->join();
    return QTest::qWaitFor([&] { return joined.size() == 1; }, kWaitMs) && channel->isJoined();
}

std::optional<PushResult> TestPhoenixSocket::pushAndWait(PhoenixChannel *channel,
                                                         const QString &event,
                                                         const QJsonObject &payload)
{
    std::optional<PushResult> result;
    channel->push(event, payload, [&](const PushResult &r) { result = r; });
    [[maybe_unused]] const bool answered =
        QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs);
    return result;
}

qint64 TestPhoenixSocket::createGroup(PhoenixClient &owner, qint64 ownerId, qint64 memberId)
{
    const QJsonObject joined = owner.join(userTopic(ownerId));
    if (joined.value(u"status").toString() != u"ok")
        return 0;
    const QJsonObject reply = owner.push(userTopic(ownerId), QStringLiteral("create_conversation"),
                                         {{QStringLiteral("kind"), QStringLiteral("group")},
                                          {QStringLiteral("title"), QStringLiteral("Team")},
                                          {QStringLiteral("member_ids"), ids({memberId})}});
    return qint64(reply.value(u"response")
                      .toObject()
                      .value(u"conversation")
                      .toObject()
                      .value(u"id")
                      .toDouble());
}

void TestPhoenixSocket::buildsTheSocketUrl()
{
    PhoenixSocket socket;
    socket.setServerUrl(QUrl(QStringLiteral("https://chat.example.org:4443/")));
    socket.setToken(QStringLiteral("abc-_123"));
    socket.setDeviceId(QStringLiteral("laptop 1&2"));
    QCOMPARE(socket.socketUrl().toString(QUrl::FullyEncoded),
             QStringLiteral("wss://chat.example.org:4443/socket/websocket"
                            "?vsn=2.0.0&token=abc-_123&device_unique_id=laptop%201%262"));
    socket.setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:4000")));
    socket.setDeviceId(QString());
    QCOMPARE(socket.socketUrl().toString(QUrl::FullyEncoded),
             QStringLiteral("ws://127.0.0.1:4000/socket/websocket?vsn=2.0.0&token=abc-_123"));
}

// The token goes in Sec-WebSocket-Protocol as phoenix.js's `authToken` sends it, so it stays
// out of URLs and proxy logs.
void TestPhoenixSocket::tokenTravelsInTheSubprotocolNotTheUrl()
{
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    auto socket = makeSocket(QStringLiteral("abc-_123"), listener.serverPort());
    socket->open();
    QTRY_VERIFY_WITH_TIMEOUT(listener.hasPendingConnections(), kWaitMs);
    QTcpSocket *peer = listener.nextPendingConnection();
    QByteArray head;
    QTRY_VERIFY_WITH_TIMEOUT((head += peer->readAll()).contains("\r\n\r\n"), kWaitMs);
    const QByteArray requestLine = head.left(head.indexOf("\r\n"));
    QVERIFY2(
        requestLine.startsWith("GET /socket/websocket?vsn=2.0.0&device_unique_id=test-device "),
        requestLine.constData());
    QVERIFY2(!head.contains("abc-_123"), head.constData());
    const QByteArray bearer =
        "base64url.bearer.phx." +
        QByteArray("abc-_123")
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QVERIFY2(head.contains("Sec-WebSocket-Protocol: phoenix"), head.constData());
    QVERIFY2(head.contains(bearer), head.constData());
    socket->close();
}

void TestPhoenixSocket::connectsAndJoinsUserTopic()
{
    auto socket = makeSocket(m_alice.token, m_server->port());
    QSignalSpy states(socket.get(), &PhoenixSocket::stateChanged);
    QSignalSpy connected(socket.get(), &PhoenixSocket::connected);
    QVERIFY(openAndWait(*socket));
    QCOMPARE(connected.size(), 1);
    QCOMPARE(states.size(), 2);
    QCOMPARE(states.at(0).at(0).value<PhoenixSocket::State>(), PhoenixSocket::State::Connecting);
    QCOMPARE(states.at(1).at(0).value<PhoenixSocket::State>(), PhoenixSocket::State::Connected);
    QCOMPARE(m_server->module().connectionCount(), 1);

    PhoenixChannel *channel = socket->channel(userTopic(m_alice.id));
    QCOMPARE(channel->state(), PhoenixChannel::State::Closed);
    QSignalSpy joined(channel, &PhoenixChannel::joined);
    QSignalSpy channelStates(channel, &PhoenixChannel::stateChanged);
    channel->join();
    QCOMPARE(channel->state(), PhoenixChannel::State::Joining);
    QTRY_COMPARE_WITH_TIMEOUT(joined.size(), 1, kWaitMs);
    const QJsonObject response = joined.at(0).at(0).toJsonObject();
    QCOMPARE(response.value(u"user").toObject().value(u"id").toInteger(), m_alice.id);
    QVERIFY(response.value(u"conversations").isArray());
    QCOMPARE(channel->state(), PhoenixChannel::State::Joined);
    QCOMPARE(channelStates.size(), 2); // Joining, Joined
    QVERIFY(!channel->joinRef().isEmpty());
}

void TestPhoenixSocket::pushGetsItsReply()
{
    auto socket = makeSocket(m_alice.token, m_server->port());
    QVERIFY(openAndWait(*socket));
    PhoenixChannel *channel = socket->channel(userTopic(m_alice.id));
    QVERIFY(joinAndWait(channel));

    const auto found = pushAndWait(channel, QStringLiteral("search_users"),
                                   {{QStringLiteral("query"), QStringLiteral("bo")}});
    QVERIFY(found);
    QVERIFY(found->ok);
    const QJsonArray users = found->response.value(u"users").toArray();
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.at(0).toObject().value(u"username").toString(), QStringLiteral("bob"));

    // An error reply carries the server's reason and message.
    const auto invalid = pushAndWait(channel, QStringLiteral("search_users"), {});
    QVERIFY(invalid);
    QVERIFY(!invalid->ok);
    QCOMPARE(invalid->reason, QStringLiteral("invalid"));
    QVERIFY(invalid->message.contains(u"query"));
    QCOMPARE(channel->pendingPushCount(), 0);
}

void TestPhoenixSocket::serverEventsReachTheChannel()
{
    auto socket = makeSocket(m_alice.token, m_server->port());
    QVERIFY(openAndWait(*socket));
    PhoenixChannel *channel = socket->channel(userTopic(m_alice.id));
    QSignalSpy events(channel, &PhoenixChannel::eventReceived);
    QVERIFY(joinAndWait(channel));
    // presence_state follows the join reply and carries our join_ref.
    QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), kWaitMs);
    QCOMPARE(events.at(0).at(0).toString(), QStringLiteral("presence_state"));

    PhoenixClient bob;
    QVERIFY(bob.open(m_server->socketUrl(m_bob.token)));
    bob.join(userTopic(m_bob.id));
    const QJsonObject created = bob.push(userTopic(m_bob.id), QStringLiteral("create_conversation"),
                                         {{QStringLiteral("kind"), QStringLiteral("direct")},
                                          {QStringLiteral("member_ids"), ids({m_alice.id})}});
    QCOMPARE(created.value(u"status").toString(), QStringLiteral("ok"));
    const qint64 conversationId = created.value(u"response")
                                      .toObject()
                                      .value(u"conversation")
                                      .toObject()
                                      .value(u"id")
                                      .toInteger();

    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(events.cbegin(), events.cend(),
                                         [](const QList<QVariant> &args) {
                                             return args.at(0).toString() ==
                                                    u"conversation_created";
                                         }),
                             kWaitMs);
    for (const QList<QVariant> &args : std::as_const(events)) {
        if (args.at(0).toString() == u"conversation_created") {
            QCOMPARE(args.at(1)
                         .toJsonObject()
                         .value(u"conversation")
                         .toObject()
                         .value(u"id")
                         .toInteger(),
                     conversationId);
        }
    }
}

void TestPhoenixSocket::joinParamsAreSent()
{
    PhoenixClient alice;
    QVERIFY(alice.open(m_server->socketUrl(m_alice.token)));
    const qint64 conversationId = createGroup(alice, m_alice.id, m_bob.id);
    QVERIFY(conversationId > 0);

    auto socket = makeSocket(m_bob.token, m_server->port());
    QVERIFY(openAndWait(*socket));
    const QString topic = QStringLiteral("chat:%1").arg(conversationId);

    // Without params the join reply has the latest messages...
    PhoenixChannel *plain = socket->channel(topic);
    QSignalSpy plainJoined(plain, &PhoenixChannel::joined);
    plain->join();
    QTRY_COMPARE_WITH_TIMEOUT(plainJoined.size(), 1, kWaitMs);
    QVERIFY(plainJoined.at(0).at(0).toJsonObject().contains(u"messages"));
    QVERIFY(!plainJoined.at(0).at(0).toJsonObject().contains(u"events"));
    socket->removeChannel(topic);

    // ...with since_seq it replays the event log instead, so the params reached the server.
    PhoenixChannel *channel = socket->channel(topic);
    QVERIFY(channel != plain);
    int calls = 0;
    channel->setJoinParams([&calls] {
        ++calls;
        return QJsonObject{{QStringLiteral("since_seq"), 0}};
    });
    QSignalSpy joined(channel, &PhoenixChannel::joined);
    channel->join();
    QTRY_COMPARE_WITH_TIMEOUT(joined.size(), 1, kWaitMs);
    const QJsonObject response = joined.at(0).at(0).toJsonObject();
    QVERIFY2(response.contains(u"events"), QJsonDocument(response).toJson().constData());
    QVERIFY(response.contains(u"gap"));
    QVERIFY(!response.contains(u"messages"));
    QCOMPARE(calls, 1);
}

void TestPhoenixSocket::heartbeatsAreAnswered()
{
    auto socket = makeSocket(m_alice.token, m_server->port());
    socket->setHeartbeatIntervalMs(100);
    QSignalSpy answered(socket.get(), &PhoenixSocket::heartbeatAnswered);
    QSignalSpy disconnected(socket.get(), &PhoenixSocket::disconnected);
    QVERIFY(openAndWait(*socket));
    // Two unanswered heartbeats in a row would drop the connection, so five answered ones
    // with no drop show both that they go out and that their replies are matched.
    QTRY_VERIFY_WITH_TIMEOUT(answered.size() >= 5, kWaitMs);
    QCOMPARE(disconnected.size(), 0);
    QVERIFY(socket->isConnected());
}

void TestPhoenixSocket::deadPeerIsDetectedAndReconnected()
{
    TcpProxy proxy(m_server->port());
    QVERIFY(proxy.isListening());
    auto socket = makeSocket(m_alice.token, proxy.port());
    socket->setHeartbeatIntervalMs(150);
    socket->setAutoReconnect(true);
    QVERIFY(openAndWait(*socket));
    PhoenixChannel *channel = socket->channel(userTopic(m_alice.id));
    QSignalSpy joined(channel, &PhoenixChannel::joined);
    channel->join();
    QTRY_COMPARE_WITH_TIMEOUT(joined.size(), 1, kWaitMs);

    QSignalSpy disconnected(socket.get(), &PhoenixSocket::disconnected);
    QSignalSpy scheduled(socket.get(), &PhoenixSocket::reconnectScheduled);
    proxy.setPaused(true); // the link goes silent; no FIN, no RST
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, kWaitMs);
    QCOMPARE(disconnected.at(0).at(0).toInt(), 1006);
    QCOMPARE(scheduled.size(), 1);
    QCOMPARE(channel->state(), PhoenixChannel::State::Joining);

    proxy.setPaused(false);
    QTRY_COMPARE_WITH_TIMEOUT(joined.size(), 2, kWaitMs);
    QVERIFY(socket->isConnected());
    QVERIFY(proxy.acceptedCount() >= 2);
}

void TestPhoenixSocket::serverRestartReconnectsWithBackoffAndRejoins()
{
    auto socket = makeSocket(m_alice.token, m_server->port());
    socket->setAutoReconnect(true);
    QVERIFY(openAndWait(*socket));
    PhoenixChannel *channel = socket->channel(userTopic(m_alice.id));
    int paramCalls = 0;
    channel->setJoinParams([&paramCalls] {
        ++paramCalls;
        return QJsonObject{{QStringLiteral("attempt"), paramCalls}};
    });
    QSignalSpy joined(channel, &PhoenixChannel::joined);
    channel->join();
    QTRY_COMPARE_WITH_TIMEOUT(joined.size(), 1, kWaitMs);
    QCOMPARE(paramCalls, 1);

    QSignalSpy disconnected(socket.get(), &PhoenixSocket::disconnected);
    QSignalSpy scheduled(socket.get(), &PhoenixSocket::reconnectScheduled);
    QSignalSpy connected(socket.get(), &PhoenixSocket::connected);
    const quint16 port = m_server->port();
    m_server->stop();
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, kWaitMs);
    QCOMPARE(disconnected.at(0).at(0).toInt(), 1001); // going away
    QCOMPARE(channel->state(), PhoenixChannel::State::Joining);

    // Refused attempts back off: each delay at least the previous one, all within the cap.
    QTRY_VERIFY_WITH_TIMEOUT(scheduled.size() >= 4, kWaitMs);
    QVERIFY(socket->nextReconnectAt().isValid() ||
            socket->state() == PhoenixSocket::State::Connecting);
    int previous = 0;
    for (int i = 0; i < 4; ++i) {
        const int delay = scheduled.at(i).at(0).toInt();
        QVERIFY2(delay >= previous && delay >= 25 && delay <= 400,
                 qPrintable(QStringLiteral("delay %1 after %2").arg(delay).arg(previous)));
        previous = delay;
    }
    QVERIFY(scheduled.at(3).at(0).toInt() >= 200); // attempt 3: base 400
    QCOMPARE(connected.size(), 0);

    m_server->config().port = port;
    QVERIFY(m_server->start());
    QTRY_COMPARE_WITH_TIMEOUT(joined.size(), 2, kWaitMs);
    QCOMPARE(connected.size(), 1);
    QCOMPARE(paramCalls, 2);
    QCOMPARE(channel->state(), PhoenixChannel::State::Joined);

    // The backoff starts over after a successful connect.
    scheduled.clear();
    m_server->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!scheduled.isEmpty(), kWaitMs);
    QVERIFY(scheduled.at(0).at(0).toInt() <= 50);
}

void TestPhoenixSocket::refusedConnectionsAreRetried()
{
    TcpProxy proxy(m_server->port());
    auto socket = makeSocket(m_alice.token, proxy.port());
    socket->setAutoReconnect(true);
    QVERIFY(openAndWait(*socket));
    PhoenixChannel *channel = socket->channel(userTopic(m_alice.id));
    QSignalSpy joined(channel, &PhoenixChannel::joined);
    channel->join();
    QTRY_COMPARE_WITH_TIMEOUT(joined.size(), 1, kWaitMs);

    QSignalSpy scheduled(socket.get(), &PhoenixSocket::reconnectScheduled);
    QSignalSpy connected(socket.get(), &PhoenixSocket::connected);
    proxy.setRefusing(true);
    proxy.dropAll();
    // Each attempt gets through TCP and is closed before the handshake: a failed attempt.
    QTRY_VERIFY_WITH_TIMEOUT(scheduled.size() >= 3, kWaitMs);
    QCOMPARE(connected.size(), 0);
    QCOMPARE(proxy.acceptedCount(), 1);

    proxy.setRefusing(false);
    QTRY_COMPARE_WITH_TIMEOUT(joined.size(), 2, kWaitMs);
    QCOMPARE(connected.size(), 1);
}

void TestPhoenixSocket::stalledHandshakeTimesOut()
{
    TcpProxy proxy(m_server->port());
    proxy.setPaused(true); // TCP connects, the upgrade never gets an answer
    auto socket = makeSocket(m_alice.token, proxy.port());
    socket->setAutoReconnect(true);
    socket->setConnectTimeoutMs(200);
    QSignalSpy disconnected(socket.get(), &PhoenixSocket::disconnected);
    QSignalSpy scheduled(socket.get(), &PhoenixSocket::reconnectScheduled);
    socket->open();
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, kWaitMs);
    QCOMPARE(disconnected.at(0).at(0).toInt(), 1006);
    QCOMPARE(scheduled.size(), 1);

    socket->setConnectTimeoutMs(kWaitMs);
    proxy.setPaused(false);
    QTRY_VERIFY_WITH_TIMEOUT(socket->isConnected(), kWaitMs);
}

void TestPhoenixSocket::revokedTokenIsUnauthorizedAndStopsReconnecting()
{
    auto socket = makeSocket(m_alice.token, m_server->port());
    socket->setAutoReconnect(true);
    QVERIFY(openAndWait(*socket));
    QSignalSpy unauthorized(socket.get(), &PhoenixSocket::unauthorized);
    QSignalSpy disconnected(socket.get(), &PhoenixSocket::disconnected);
    QSignalSpy scheduled(socket.get(), &PhoenixSocket::reconnectScheduled);
    QSignalSpy states(socket.get(), &PhoenixSocket::stateChanged);

    const auto signedOut =
        m_server->request("DELETE", QStringLiteral("/api/v1/session"), {},
                          {{"Authorization", "Bearer " + m_alice.token.toUtf8()}});
    QCOMPARE(signedOut.status, 204);
    QTRY_COMPARE_WITH_TIMEOUT(unauthorized.size(), 1, kWaitMs);
    QCOMPARE(disconnected.size(), 1);
    QCOMPARE(disconnected.at(0).at(0).toInt(), 4401);
    QCOMPARE(socket->state(), PhoenixSocket::State::Disconnected);
    QCOMPARE(scheduled.size(), 0);
    // Nothing happens afterwards either: no attempt to connect with the dead token.
    QVERIFY(!states.wait(500));
    QCOMPARE(states.size(), 1);

    // A fresh sign-in and open() bring it back.
    const auto session =
        m_server->postJson(QStringLiteral("/api/v1/session"),
                           {{QStringLiteral("username"), QStringLiteral("alice")},
                            {QStringLiteral("password"), QStringLiteral("correct horse")}});
    QCOMPARE(session.status, 200);
    socket->setToken(session.json.value(u"token").toString());
    QVERIFY(openAndWait(*socket));
    PhoenixChannel *channel = socket->channel(userTopic(m_alice.id));
    QVERIFY(joinAndWait(channel));
}

void TestPhoenixSocket::unknownTokenIsUnauthorized()
{
    auto socket = makeSocket(QStringLiteral("not-a-token"), m_server->port());
    socket->setAutoReconnect(true);
    QSignalSpy unauthorized(socket.get(), &PhoenixSocket::unauthorized);
    QSignalSpy scheduled(socket.get(), &PhoenixSocket::reconnectScheduled);
    socket->open();
    QTRY_COMPARE_WITH_TIMEOUT(unauthorized.size(), 1, kWaitMs);
    QCOMPARE(socket->state(), PhoenixSocket::State::Disconnected);
    QCOMPARE(scheduled.size(), 0);
}

void TestPhoenixSocket::forbiddenUpgradeIsUnauthorized()
{
    // A server (or a proxy in front of it) that refuses the upgrade with HTTP 403.
    QTcpServer refusing;
    QVERIFY(refusing.listen(QHostAddress::LocalHost, 0));
    connect(&refusing, &QTcpServer::newConnection, this, [&refusing] {
        QTcpSocket *peer = refusing.nextPendingConnection();
        connect(peer, &QTcpSocket::readyRead, peer, [peer] {
            if (!peer->readAll().contains("\r\n\r\n"))
                return;
            peer->write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            peer->disconnectFromHost();
        });
    });
    auto socket = makeSocket(m_alice.token, refusing.serverPort());
    socket->setAutoReconnect(true);
    QSignalSpy unauthorized(socket.get(), &PhoenixSocket::unauthorized);
    QSignalSpy scheduled(socket.get(), &PhoenixSocket::reconnectScheduled);
    socket->open();
    QTRY_COMPARE_WITH_TIMEOUT(unauthorized.size(), 1, kWaitMs);
    QCOMPARE(socket->state(), PhoenixSocket::State::Disconnected);
    QCOMPARE(scheduled.size(), 0);
}

void TestPhoenixSocket::pushTimesOut()
{
    TcpProxy proxy(m_server->port());
    auto socket = makeSocket(m_alice.token, proxy.port());
    QVERIFY(openAndWait(*socket));
    PhoenixChannel *channel = socket->channel(userTopic(m_alice.id));
    QVERIFY(joinAndWait(channel));

    proxy.setPaused(true);
    ReplyLog log;
    channel->push(QStringLiteral("search_users"), {{QStringLiteral("query"), QStringLiteral("b")}},
                  log.handler(), 200);
    QTRY_COMPARE_WITH_TIMEOUT(log.results.size(), 1, kWaitMs);
    QVERIFY(!log.results.at(0).ok);
    QCOMPARE(log.results.at(0).reason, QStringLiteral("timeout"));
    QCOMPARE(channel->pendingPushCount(), 0);

    // The late reply arrives before the reply to a later push, and is not delivered twice.
    proxy.setPaused(false);
    const auto later = pushAndWait(channel, QStringLiteral("search_users"),
                                   {{QStringLiteral("query"), QStringLiteral("b")}});
    QVERIFY(later && later->ok);
    QCOMPARE(log.results.size(), 1);
    QVERIFY(socket->isConnected());
}

void TestPhoenixSocket::pendingPushesFailWhenTheConnectionDrops()
{
    TcpProxy proxy(m_server->port());
    auto socket = makeSocket(m_alice.token, proxy.port());
    socket->setAutoReconnect(true);
    QVERIFY(openAndWait(*socket));
    PhoenixChannel *channel = socket->channel(userTopic(m_alice.id));
    QSignalSpy joined(channel, &PhoenixChannel::joined);
    channel->join();
    QTRY_COMPARE_WITH_TIMEOUT(joined.size(), 1, kWaitMs);

    proxy.setPaused(true);
    ReplyLog first;
    ReplyLog second;
    const QJsonObject query{{QStringLiteral("query"), QStringLiteral("b")}};
    channel->push(QStringLiteral("search_users"), query, first.handler(), 30000);
    channel->push(QStringLiteral("search_users"), query, second.handler(), 30000);
    QCOMPARE(channel->pendingPushCount(), 2);
    QSignalSpy disconnected(socket.get(), &PhoenixSocket::disconnected);
    proxy.dropAll();
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, kWaitMs);
    QCOMPARE(first.results.size(), 1);
    QCOMPARE(second.results.size(), 1);
    QCOMPARE(first.results.at(0).reason, QStringLiteral("disconnected"));
    QCOMPARE(second.results.at(0).reason, QStringLiteral("disconnected"));
    QCOMPARE(channel->state(), PhoenixChannel::State::Joining);

    proxy.setPaused(false);
    QTRY_COMPARE_WITH_TIMEOUT(joined.size(), 2, kWaitMs);
    QCOMPARE(first.results.size(), 1);
    QCOMPARE(second.results.size(), 1);
}

void TestPhoenixSocket::pushOnUnjoinedChannelFails()
{
    auto socket = makeSocket(m_alice.token, m_server->port());
    PhoenixChannel *channel = socket->channel(userTopic(m_alice.id));
    ReplyLog log;
    channel->push(QStringLiteral("search_users"), {}, log.handler());
    QCOMPARE(log.results.size(), 0); // never inside push()
    QTRY_COMPARE(log.results.size(), 1);
    QCOMPARE(log.results.at(0).reason, QStringLiteral("not_joined"));

    // The same after a leave, on a connected socket.
    QVERIFY(openAndWait(*socket));
    QVERIFY(joinAndWait(channel));
    channel->leave();
    QCOMPARE(channel->state(), PhoenixChannel::State::Closed);
    channel->push(QStringLiteral("search_users"), {}, log.handler());
    QCOMPARE(log.results.size(), 1);
    QTRY_COMPARE(log.results.size(), 2);
    QCOMPARE(log.results.at(1).reason, QStringLiteral("not_joined"));
}

void TestPhoenixSocket::noAutoReconnectStaysDisconnected()
{
    TcpProxy proxy(m_server->port());
    auto socket = makeSocket(m_alice.token, proxy.port());
    QVERIFY(!socket->autoReconnect());
    QVERIFY(openAndWait(*socket));
    PhoenixChannel *channel = socket->channel(userTopic(m_alice.id));
    QVERIFY(joinAndWait(channel));

    QSignalSpy disconnected(socket.get(), &PhoenixSocket::disconnected);
    QSignalSpy scheduled(socket.get(), &PhoenixSocket::reconnectScheduled);
    QSignalSpy states(socket.get(), &PhoenixSocket::stateChanged);
    proxy.dropAll();
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, kWaitMs);
    QCOMPARE(socket->state(), PhoenixSocket::State::Disconnected);
    QVERIFY(!states.wait(500));
    QCOMPARE(scheduled.size(), 0);
    QCOMPARE(proxy.acceptedCount(), 1);
    QCOMPARE(channel->state(), PhoenixChannel::State::Joining);

    // open() reconnects and the channel rejoins by itself.
    QSignalSpy joined(channel, &PhoenixChannel::joined);
    socket->open();
    QTRY_COMPARE_WITH_TIMEOUT(joined.size(), 1, kWaitMs);
}

void TestPhoenixSocket::closeIsUserInitiated()
{
    auto socket = makeSocket(m_alice.token, m_server->port());
    socket->setAutoReconnect(true);
    QVERIFY(openAndWait(*socket));
    PhoenixChannel *channel = socket->channel(userTopic(m_alice.id));
    QVERIFY(joinAndWait(channel));
    QSignalSpy disconnected(socket.get(), &PhoenixSocket::disconnected);
    QSignalSpy scheduled(socket.get(), &PhoenixSocket::reconnectScheduled);
    socket->close();
    QCOMPARE(socket->state(), PhoenixSocket::State::Disconnected);
    QCOMPARE(disconnected.size(), 1);
    QCOMPARE(disconnected.at(0).at(0).toInt(), 1000);
    QCOMPARE(scheduled.size(), 0);
    QCOMPARE(channel->state(), PhoenixChannel::State::Joining);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->module().connectionCount(), 0, kWaitMs);
    QCOMPARE(scheduled.size(), 0);
}

void TestPhoenixSocket::serverCloseEndsTheChannel()
{
    PhoenixClient alice;
    QVERIFY(alice.open(m_server->socketUrl(m_alice.token)));
    const qint64 conversationId = createGroup(alice, m_alice.id, m_bob.id);
    QVERIFY(conversationId > 0);
    const QString topic = QStringLiteral("chat:%1").arg(conversationId);

    auto socket = makeSocket(m_bob.token, m_server->port());
    socket->setAutoReconnect(true);
    QVERIFY(openAndWait(*socket));
    PhoenixChannel *channel = socket->channel(topic);
    QSignalSpy joined(channel, &PhoenixChannel::joined);
    QSignalSpy closed(channel, &PhoenixChannel::closedByServer);
    channel->join();
    QTRY_COMPARE_WITH_TIMEOUT(joined.size(), 1, kWaitMs);

    QCOMPARE(alice.join(topic).value(u"status").toString(), QStringLiteral("ok"));
    const QJsonObject removed =
        alice.push(topic, QStringLiteral("remove_member"), {{QStringLiteral("user_id"), m_bob.id}});
    QCOMPARE(removed.value(u"status").toString(), QStringLiteral("ok"));
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, kWaitMs);
    QCOMPARE(channel->state(), PhoenixChannel::State::Closed);

    // No rejoin after a reconnect: the join is over. The own topic, joined after the
    // reconnect, tells when the chat rejoin would have been answered.
    socket->close();
    socket->open();
    PhoenixChannel *own = socket->channel(userTopic(m_bob.id));
    QVERIFY(joinAndWait(own));
    QCOMPARE(channel->state(), PhoenixChannel::State::Closed);
    QCOMPARE(joined.size(), 1);
}

void TestPhoenixSocket::ownLeaveIsNotAServerClose()
{
    auto socket = makeSocket(m_alice.token, m_server->port());
    QVERIFY(openAndWait(*socket));
    PhoenixChannel *channel = socket->channel(userTopic(m_alice.id));
    QSignalSpy closed(channel, &PhoenixChannel::closedByServer);
    QSignalSpy events(channel, &PhoenixChannel::eventReceived);
    QVERIFY(joinAndWait(channel));
    QTRY_VERIFY(!events.isEmpty()); // presence_state
    const QString oldRef = channel->joinRef();
    channel->leave();
    QCOMPARE(channel->state(), PhoenixChannel::State::Closed);

    // Frames on one socket arrive in order: once another channel's reply is here, the leave
    // reply and its phx_close have been handled.
    PhoenixChannel *other = socket->channel(QStringLiteral("notifications:%1").arg(m_alice.id));
    QVERIFY(joinAndWait(other));
    QCOMPARE(closed.size(), 0);
    QCOMPARE(channel->state(), PhoenixChannel::State::Closed);

    // Joining again works, with a new join_ref.
    QVERIFY(joinAndWait(channel));
    QVERIFY(channel->joinRef() != oldRef);
}

void TestPhoenixSocket::forbiddenJoinIsTerminal()
{
    auto socket = makeSocket(m_alice.token, m_server->port());
    socket->setAutoReconnect(true);
    QVERIFY(openAndWait(*socket));
    PhoenixChannel *channel = socket->channel(userTopic(m_bob.id));
    QSignalSpy failed(channel, &PhoenixChannel::joinFailed);
    channel->join();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWaitMs);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("forbidden"));
    QCOMPARE(channel->state(), PhoenixChannel::State::Errored);

    // After a reconnect it is not tried again (the own topic is, for comparison).
    PhoenixChannel *own = socket->channel(userTopic(m_alice.id));
    QSignalSpy ownJoined(own, &PhoenixChannel::joined);
    own->join();
    QTRY_COMPARE_WITH_TIMEOUT(ownJoined.size(), 1, kWaitMs);
    socket->close();
    socket->open();
    QTRY_COMPARE_WITH_TIMEOUT(ownJoined.size(), 2, kWaitMs);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(channel->state(), PhoenixChannel::State::Errored);
}

void TestPhoenixSocket::malformedAndStaleFramesAreIgnored()
{
    // A scripted server: answers the join, then sends garbage, a frame for an old join_ref,
    // and finally a real broadcast.
    QWebSocketServer fake(QStringLiteral("fake"), QWebSocketServer::NonSecureMode);
    QVERIFY(fake.listen(QHostAddress::LocalHost, 0));
    QList<QWebSocket *> peers;
    connect(&fake, &QWebSocketServer::newConnection, this, [&] {
        QWebSocket *peer = fake.nextPendingConnection();
        peers.append(peer);
        connect(peer, &QWebSocket::textMessageReceived, peer, [peer](const QString &text) {
            const auto decoded = confab::wire::FrameCodec().decode(text.toUtf8());
            const auto *frame = std::get_if<confab::wire::Frame>(&decoded);
            if (!frame || frame->event != u"phx_join")
                return;
            using confab::wire::Frame;
            const auto send = [peer](const Frame &f) {
                peer->sendTextMessage(confab::wire::FrameCodec::encodeText(f));
            };
            send({frame->joinRef,
                  frame->ref,
                  frame->topic,
                  QStringLiteral("phx_reply"),
                  {{QStringLiteral("status"), QStringLiteral("ok")},
                   {QStringLiteral("response"), QJsonObject{}}}});
            peer->sendTextMessage(QStringLiteral("not json"));
            peer->sendTextMessage(QStringLiteral("[null, null, \"room\", \"x\"]"));
            send({QStringLiteral("stale"), std::nullopt, frame->topic, QStringLiteral("old"), {}});
            send({QStringLiteral("stale"),
                  QStringLiteral("stale"),
                  frame->topic,
                  QStringLiteral("phx_close"),
                  {}});
            send({std::nullopt,
                  std::nullopt,
                  frame->topic,
                  QStringLiteral("hello"),
                  {{QStringLiteral("n"), 1}}});
        });
    });

    auto socket = makeSocket(QStringLiteral("t"), fake.serverPort());
    QVERIFY(openAndWait(*socket));
    PhoenixChannel *channel = socket->channel(QStringLiteral("room"));
    QSignalSpy events(channel, &PhoenixChannel::eventReceived);
    QSignalSpy closed(channel, &PhoenixChannel::closedByServer);
    QVERIFY(joinAndWait(channel));
    QTRY_COMPARE_WITH_TIMEOUT(events.size(), 1, kWaitMs);
    QCOMPARE(events.at(0).at(0).toString(), QStringLiteral("hello"));
    QCOMPARE(events.at(0).at(1).toJsonObject().value(u"n").toInt(), 1);
    QCOMPARE(closed.size(), 0);
    QVERIFY(channel->isJoined());
    QVERIFY(socket->isConnected());
    qDeleteAll(peers);
}

void TestPhoenixSocket::channelObjectsAreUniquePerTopic()
{
    PhoenixSocket socket;
    PhoenixChannel *first = socket.channel(QStringLiteral("user:1"));
    QCOMPARE(socket.channel(QStringLiteral("user:1")), first);
    QCOMPARE(first->topic(), QStringLiteral("user:1"));
    QVERIFY(socket.channel(QStringLiteral("user:2")) != first);
    QPointer<PhoenixChannel> removed(first);
    socket.removeChannel(QStringLiteral("user:1"));
    QTRY_VERIFY(removed.isNull());
    QVERIFY(socket.channel(QStringLiteral("user:1")) != nullptr);
}

QTEST_GUILESS_MAIN(TestPhoenixSocket)
namespace {
QStringList g_logged;
void recordMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_logged.append(message);
}
} // namespace

// Client logs end up in bug reports: a malformed frame is logged by its size, not its text.
void TestPhoenixSocket::logsCarryNoMessageText()
{
    QWebSocketServer fake(QStringLiteral("fake"), QWebSocketServer::NonSecureMode);
    QVERIFY(fake.listen(QHostAddress::LocalHost, 0));
    connect(&fake, &QWebSocketServer::newConnection, this, [&] {
        QWebSocket *peer = fake.nextPendingConnection();
        peer->setParent(&fake);
        peer->sendTextMessage(QStringLiteral("[null, null, \"chat:1\", \"new_message\", "
                                             "{\"content\": \"my secret plans\"}, 5]"));
    });
    g_logged.clear();
    const QtMessageHandler previous = qInstallMessageHandler(recordMessage);
    auto socket = makeSocket(m_alice.token, fake.serverPort());
    socket->open();
    const bool logged = QTest::qWaitFor(
        [] { return !g_logged.filter(QStringLiteral("dropping malformed")).isEmpty(); }, kWaitMs);
    qInstallMessageHandler(previous);
    QVERIFY(logged);
    QVERIFY2(g_logged.filter(QStringLiteral("secret")).isEmpty(), qPrintable(g_logged.join(u'\n')));
    socket->close();
}

#include "tst_phoenixsocket.moc"
