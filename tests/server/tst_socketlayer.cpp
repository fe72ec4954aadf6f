// The socket layer over real loopback WebSockets (PROTOCOL.md §1-2): authentication at connect,
// heartbeats, joins and leaves, limits, malformed input, presence, and the embedding API.

#include "RawWebSocketClient.h"
#include "TestServer.h"
#include "wire/FrameCodec.h"
#include "wire/ProtocolNames.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace confab;
using confab::testing::clientFrame;
using confab::testing::closePayload;
using confab::testing::PhoenixClient;
using confab::testing::RawWebSocketClient;
using confab::testing::TestServer;

namespace {
QString userTopic(qint64 id)
{
    return QStringLiteral("user:%1").arg(id);
}

QString status(const QJsonObject &reply)
{
    return reply.value(QLatin1StringView("status")).toString();
}

QString reason(const QJsonObject &reply)
{
    return reply.value(QLatin1StringView("response"))
        .toObject()
        .value(QLatin1StringView("reason"))
        .toString();
}

// Echoes pushes back and broadcasts them to the topic: a custom channel an embedder could add.
class EchoChannel : public server::ChannelHandler
{
public:
    void join(const server::ChannelSession &, const QJsonObject &params,
              server::JoinReply reply) override
    {
        if (params.value(QLatin1StringView("refuse")).toBool())
            reply.error(wire::ErrorReason::Forbidden, QStringLiteral("refused"));
        else
            reply.ok({{QStringLiteral("welcome"), true}});
    }
    void handleIn(const server::ChannelSession &session, const QString &event,
                  const QJsonObject &payload, server::Reply reply) override
    {
        reply.ok({{QStringLiteral("event"), event}, {QStringLiteral("echo"), payload}});
        ++pushes;
        lastUser = session.user.id;
    }
    int pushes = 0;
    qint64 lastUser = 0;
};
} // namespace

class TestSocketLayer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        server::ServerConfig config;
        config.maxChannelsPerSocket = 3;
        config.idleTimeoutMs = 60'000;
        m_server = std::make_unique<TestServer>(config);
        QVERIFY(m_server->start());
        m_ada = m_server->registerUser(QStringLiteral("ada"));
        m_bob = m_server->registerUser(QStringLiteral("bob"));
        QVERIFY(m_ada.ok && m_bob.ok);
    }
    void cleanup() { m_server.reset(); }

    void badTokenIsClosedWith4401_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addRow("missing") << QString();
        QTest::addRow("garbage") << QStringLiteral("nope");
        QTest::addRow("unknown") << QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    }

    void badTokenIsClosedWith4401()
    {
        QFETCH(QString, token);
        PhoenixClient client;
        QVERIFY(client.open(m_server->socketUrl(token)));
        // A join sent at once must not be processed.
        client.send(userTopic(m_ada.id), QStringLiteral("phx_join"), {}, QStringLiteral("1"));
        QVERIFY(client.waitForClose());
        QCOMPARE(client.closeCode(), 4401);
        QVERIFY(client.received().isEmpty());
    }

    void upgradeRequestIsChecked_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QByteArray>("statusLine");
        QTest::addColumn<QByteArray>("expectedHeader");
        QTest::addRow("version 8")
            << QByteArray("Sec-WebSocket-Version: 8") << QByteArray("HTTP/1.1 426 ")
            << QByteArray("Sec-WebSocket-Version: 13\r\n");
        QTest::addRow("no key") << QByteArray("Sec-WebSocket-Key:") << QByteArray("HTTP/1.1 400 ")
                                << QByteArray();
        QTest::addRow("short key")
            << QByteArray("Sec-WebSocket-Key: AAAA") << QByteArray("HTTP/1.1 400 ") << QByteArray();
        QTest::addRow("valid") << QByteArray() << QByteArray("HTTP/1.1 101 ")
                               << QByteArray(
                                      "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n");
    }
    void upgradeRequestIsChecked()
    {
        QFETCH(QByteArray, headers);
        QFETCH(QByteArray, statusLine);
        QFETCH(QByteArray, expectedHeader);
        RawWebSocketClient client;
        QVERIFY(client.sendUpgrade(m_server->port(), socketTarget(m_ada.token), headers));
        const QByteArray head = client.readResponseHead();
        QVERIFY2(head.startsWith(statusLine), head.constData());
        QVERIFY2(head.contains(expectedHeader), head.constData());
    }

    void framesGluedToTheUpgradeAreRead()
    {
        // A client may send its first frame right behind the request, in the same packet.
        RawWebSocketClient client;
        QVERIFY(upgrade(client, clientFrame(0x1, heartbeat("7"))));
        QVERIFY(isHeartbeatReply(client.readFrame(), "7"));
    }

    void pingIsAnsweredAndFragmentsAreJoined()
    {
        RawWebSocketClient client;
        QVERIFY(upgrade(client));
        const QByteArray text = heartbeat("8");
        client.write(clientFrame(0x1, text.left(10), false));
        client.write(clientFrame(0x9, "are you there"));
        client.write(clientFrame(0x0, text.mid(10), true));
        const auto pong = client.readFrame();
        QVERIFY(pong);
        QCOMPARE(pong->opcode, quint8(0xA));
        QCOMPARE(pong->payload, QByteArray("are you there"));
        QVERIFY(isHeartbeatReply(client.readFrame(), "8"));
    }

    void protocolViolationClosesWith1002()
    {
        RawWebSocketClient client;
        QVERIFY(upgrade(client));
        client.write(clientFrame(0x1, heartbeat("9"), true, /*masked=*/false));
        const auto close = client.readFrame();
        QVERIFY(close);
        QCOMPARE(close->opcode, quint8(0x8));
        QCOMPARE(close->closeCode(), quint16(1002));
        QVERIFY(client.waitForDisconnected());
    }

    void clientCloseIsEchoedAndEndsTheConnection()
    {
        RawWebSocketClient client;
        QVERIFY(upgrade(client));
        QTRY_COMPARE(m_server->module().connectionCount(), 1);
        client.write(clientFrame(0x8, closePayload(4000, "done")));
        const auto close = client.readFrame();
        QVERIFY(close);
        QCOMPARE(close->opcode, quint8(0x8));
        QCOMPARE(close->closeCode(), quint16(4000));
        QVERIFY(client.waitForDisconnected());
        QTRY_COMPARE(m_server->module().connectionCount(), 0);
    }

    void heartbeatIsAnswered()
    {
        PhoenixClient client;
        QVERIFY(client.open(m_server->socketUrl(m_ada.token)));
        const QString ref = client.send(QStringLiteral("phoenix"), QStringLiteral("heartbeat"));
        const auto reply = client.waitForReply(ref);
        QVERIFY(reply);
        QCOMPARE(reply->topic, QStringLiteral("phoenix"));
        QVERIFY(!reply->joinRef);
        QCOMPARE(reply->payload, (QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                              {QStringLiteral("response"), QJsonObject()}}));
    }

    void joinOwnUserTopic()
    {
        PhoenixClient client;
        QVERIFY(client.open(
            m_server->socketUrl(m_ada.token, QStringLiteral("device_unique_id=laptop"))));
        const QJsonObject reply = client.join(userTopic(m_ada.id));
        QCOMPARE(status(reply), QStringLiteral("ok"));
        const QJsonObject response = reply.value(QLatin1StringView("response")).toObject();
        QCOMPARE(response.value(QLatin1StringView("user"))
                     .toObject()
                     .value(QLatin1StringView("username"))
                     .toString(),
                 QStringLiteral("ada"));
        QVERIFY(response.value(QLatin1StringView("conversations")).isArray());
        const auto state =
            client.waitForEvent(userTopic(m_ada.id), QStringLiteral("presence_state"));
        QVERIFY(state);
        QCOMPARE(state->joinRef, client.joinRefOf(userTopic(m_ada.id)));
        const QJsonArray metas = state->payload.value(QString::number(m_ada.id))
                                     .toObject()
                                     .value(QLatin1StringView("metas"))
                                     .toArray();
        QCOMPARE(metas.size(), 1);
        QCOMPARE(metas.at(0).toObject().value(QLatin1StringView("device")).toString(),
                 QStringLiteral("laptop"));
        QCOMPARE(metas.at(0).toObject().value(QLatin1StringView("status")).toString(),
                 QStringLiteral("online"));
        QVERIFY(!metas.at(0).toObject().value(QLatin1StringView("phx_ref")).toString().isEmpty());
    }

    void otherUsersTopicIsForbidden()
    {
        PhoenixClient client;
        QVERIFY(client.open(m_server->socketUrl(m_ada.token)));
        const QJsonObject reply = client.join(userTopic(m_bob.id));
        QCOMPARE(status(reply), QStringLiteral("error"));
        QCOMPARE(reason(reply), QStringLiteral("forbidden"));
        // Not joined: pushes there are unmatched.
        QCOMPARE(reason(client.push(userTopic(m_bob.id), QStringLiteral("set_status"))),
                 QStringLiteral("unmatched_topic"));
        for (const QString &bad : {QStringLiteral("user:abc"), QStringLiteral("user:0"),
                                   QStringLiteral("user:-1"), QStringLiteral("user:01")}) {
            QCOMPARE(status(client.join(bad)), QStringLiteral("error"));
        }
    }

    void unknownTopicsAreUnmatched()
    {
        PhoenixClient client;
        QVERIFY(client.open(m_server->socketUrl(m_ada.token)));
        QCOMPARE(reason(client.join(QStringLiteral("nope:1"))), QStringLiteral("unmatched_topic"));
        QCOMPARE(reason(client.push(QStringLiteral("chat:1"), QStringLiteral("send_message"))),
                 QStringLiteral("unmatched_topic"));
        QCOMPARE(reason(client.push(QStringLiteral("phoenix"), QStringLiteral("other"))),
                 QStringLiteral("unmatched_topic"));
    }

    // "user:1 " would parse as user 1 and join, but broadcasts go to "user:1": refused as
    // invalid instead of joining a topic that never hears anything.
    void topicsWithWhiteSpaceOrControlCharactersAreInvalid()
    {
        PhoenixClient client;
        QVERIFY(client.open(m_server->socketUrl(m_ada.token)));
        const QString topic = userTopic(m_ada.id);
        for (const QString &bad :
             {topic + u' ', u' ' + topic, topic + u'\n', topic + u'\t', topic + QChar(0x00a0),
              topic.left(5) + QChar(0x01) + topic.mid(5), topic + QChar(0x200b)}) {
            const QJsonObject reply = client.join(bad);
            QCOMPARE(status(reply), QStringLiteral("error"));
            QCOMPARE(reason(reply), QStringLiteral("invalid"));
        }
        QCOMPARE(status(client.join(topic)), QStringLiteral("ok"));
    }

    void leaveRepliesThenCloses()
    {
        PhoenixClient client;
        QVERIFY(client.open(m_server->socketUrl(m_ada.token)));
        const QString topic = userTopic(m_ada.id);
        QCOMPARE(status(client.join(topic)), QStringLiteral("ok"));
        const QString joinRef = client.joinRefOf(topic);
        const QString ref = client.send(topic, QStringLiteral("phx_leave"));
        const auto reply = client.waitForReply(ref);
        QVERIFY(reply);
        QCOMPARE(status(reply->payload), QStringLiteral("ok"));
        const auto closed = client.waitForEvent(topic, QStringLiteral("phx_close"));
        QVERIFY(closed);
        QCOMPARE(closed->joinRef, joinRef);
        QCOMPARE(closed->ref, joinRef);
        QCOMPARE(reason(client.push(topic, QStringLiteral("set_status"))),
                 QStringLiteral("unmatched_topic"));
    }

    void duplicateJoinReplacesOld()
    {
        PhoenixClient client;
        QVERIFY(client.open(m_server->socketUrl(m_ada.token)));
        const QString topic = userTopic(m_ada.id);
        QCOMPARE(status(client.join(topic)), QStringLiteral("ok"));
        const QString oldRef = client.joinRefOf(topic);
        QCOMPARE(status(client.join(topic)), QStringLiteral("ok"));
        const auto closed = client.waitForEvent(topic, QStringLiteral("phx_close"));
        QVERIFY(closed);
        QCOMPARE(closed->joinRef, oldRef);
        QVERIFY(client.joinRefOf(topic) != oldRef);
        // A push with the stale join_ref is refused; the new one works.
        const QString stale = client.send(topic, QStringLiteral("anything"), {}, oldRef);
        QCOMPARE(reason(client.waitForReply(stale)->payload), QStringLiteral("unmatched_topic"));
        QCOMPARE(reason(client.push(topic, QStringLiteral("anything"))), QStringLiteral("invalid"));
    }

    void tooManyChannels()
    {
        auto echo = std::make_shared<EchoChannel>();
        QVERIFY(m_server->module().registerChannel(QStringLiteral("echo:"), echo));
        PhoenixClient client;
        QVERIFY(client.open(m_server->socketUrl(m_ada.token)));
        for (int i = 1; i <= 3; ++i)
            QCOMPARE(status(client.join(QStringLiteral("echo:%1").arg(i))), QStringLiteral("ok"));
        QCOMPARE(reason(client.join(QStringLiteral("echo:4"))),
                 QStringLiteral("too_many_channels"));
        // Rejoining an already joined topic is a replacement, not a new channel.
        QCOMPARE(status(client.join(QStringLiteral("echo:3"))), QStringLiteral("ok"));
        client.push(QStringLiteral("echo:1"), QStringLiteral("phx_leave"));
        QCOMPARE(status(client.join(QStringLiteral("echo:4"))), QStringLiteral("ok"));
    }

    void embeddingApi()
    {
        auto echo = std::make_shared<EchoChannel>();
        QVERIFY(m_server->module().registerChannel(QStringLiteral("echo:"), echo));
        QVERIFY(!m_server->module().registerChannel(QStringLiteral("echo:"), echo));
        PhoenixClient ada;
        PhoenixClient bob;
        QVERIFY(ada.open(m_server->socketUrl(m_ada.token)));
        QVERIFY(bob.open(m_server->socketUrl(m_bob.token)));
        QCOMPARE(status(ada.join(QStringLiteral("echo:room"))), QStringLiteral("ok"));
        QCOMPARE(status(bob.join(QStringLiteral("echo:room"))), QStringLiteral("ok"));
        QCOMPARE(reason(bob.join(QStringLiteral("echo:x"), {{QStringLiteral("refuse"), true}})),
                 QStringLiteral("forbidden"));
        const QJsonObject echoed = ada.push(QStringLiteral("echo:room"), QStringLiteral("ping"),
                                            {{QStringLiteral("n"), 1}});
        QCOMPARE(echoed.value(QLatin1StringView("response"))
                     .toObject()
                     .value(QLatin1StringView("event"))
                     .toString(),
                 QStringLiteral("ping"));
        QCOMPARE(echo->lastUser, m_ada.id);

        QCOMPARE(m_server->module().broadcast(QStringLiteral("echo:room"), QStringLiteral("news"),
                                              {{QStringLiteral("x"), 1}}),
                 2);
        for (PhoenixClient *client : {&ada, &bob}) {
            const auto news =
                client->waitForEvent(QStringLiteral("echo:room"), QStringLiteral("news"));
            QVERIFY(news);
            QVERIFY(!news->joinRef && !news->ref);
            QCOMPARE(news->payload.value(QLatin1StringView("x")).toInt(), 1);
        }
        QCOMPARE(status(bob.join(userTopic(m_bob.id))), QStringLiteral("ok"));
        QCOMPARE(m_server->module().sendToUser(m_bob.id, QStringLiteral("hello"), {}), 1);
        QVERIFY(bob.waitForEvent(userTopic(m_bob.id), QStringLiteral("hello")));
        QVERIFY(!ada.hasEvent(userTopic(m_bob.id), QStringLiteral("hello")));
    }

    void malformedFramesAreCountedThenClosed()
    {
        PhoenixClient bad;
        PhoenixClient good;
        QVERIFY(bad.open(m_server->socketUrl(m_ada.token)));
        QVERIFY(good.open(m_server->socketUrl(m_bob.token)));
        const QStringList garbage{
            QStringLiteral("not json"),
            QStringLiteral("{}"),
            QStringLiteral("[1,2,3]"),
            QStringLiteral("[null,\"1\",\"phoenix\",\"heartbeat\"]"),
            QStringLiteral("[null,1,\"phoenix\",\"heartbeat\",{}]"),
            QStringLiteral("[null,\"1\",5,\"heartbeat\",{}]"),
            QStringLiteral("[null,\"1\",\"phoenix\",\"heartbeat\",[]]"),
            QStringLiteral("[null,\"1\",\"\",\"heartbeat\",{}]"),
            QStringLiteral("[]"),
        };
        for (const QString &frame : garbage)
            bad.sendRaw(frame);
        // Nine in a row: still open, and a good frame resets the count.
        const QString ref = bad.send(QStringLiteral("phoenix"), QStringLiteral("heartbeat"));
        QVERIFY(bad.waitForReply(ref));
        QVERIFY(bad.isConnected());
        for (int i = 0; i < 10; ++i)
            bad.sendRaw(QStringLiteral("[\"broken\""));
        QVERIFY(bad.waitForClose());
        QCOMPARE(bad.closeCode(), 1008);
        // The other client is served throughout.
        QCOMPARE(status(good.join(userTopic(m_bob.id))), QStringLiteral("ok"));
        const HttpResult metrics = m_server->request("GET", QStringLiteral("/metrics"));
        QVERIFY(metrics.body.contains("confab_frames_malformed_total 19"));
    }

    void oversizedFrameClosesWith1009()
    {
        PhoenixClient big;
        PhoenixClient good;
        QVERIFY(big.open(m_server->socketUrl(m_ada.token)));
        QVERIFY(good.open(m_server->socketUrl(m_bob.token)));
        big.send(QStringLiteral("phoenix"), QStringLiteral("heartbeat"),
                 {{QStringLiteral("pad"), QString(70 * 1024, QLatin1Char('x'))}});
        QVERIFY(big.waitForClose());
        QCOMPARE(big.closeCode(), 1009);
        const QString ref = good.send(QStringLiteral("phoenix"), QStringLiteral("heartbeat"));
        QVERIFY(good.waitForReply(ref));
    }

    void idleSocketIsClosed()
    {
        server::ServerConfig config;
        config.idleTimeoutMs = 1500;
        TestServer quick(config);
        QVERIFY(quick.start());
        const auto account = quick.registerUser(QStringLiteral("ada"));
        PhoenixClient idle;
        PhoenixClient chatty;
        QVERIFY(idle.open(quick.socketUrl(account.token)));
        QVERIFY(chatty.open(quick.socketUrl(account.token)));
        QElapsedTimer elapsed;
        elapsed.start();
        // The chatty one heartbeats; the idle one says nothing.
        while (!idle.waitForClose(200)) {
            QVERIFY(elapsed.elapsed() < 10'000);
            chatty.send(QStringLiteral("phoenix"), QStringLiteral("heartbeat"));
        }
        QVERIFY(elapsed.elapsed() >= 1400);
        QVERIFY(chatty.isConnected());
    }

    void floodControl()
    {
        server::ServerConfig config;
        config.floodBurst = 5;
        config.floodPerSecond = 0.01;
        TestServer strict(config);
        QVERIFY(strict.start());
        const auto account = strict.registerUser(QStringLiteral("ada"));
        PhoenixClient client;
        QVERIFY(client.open(strict.socketUrl(account.token)));
        const QString topic = userTopic(account.id);
        QCOMPARE(status(client.join(topic)), QStringLiteral("ok")); // 1
        for (int i = 0; i < 4; ++i)                                 // 2..5
            QCOMPARE(reason(client.push(topic, QStringLiteral("noop"))), QStringLiteral("invalid"));
        QCOMPARE(reason(client.push(topic, QStringLiteral("noop"))),
                 QStringLiteral("rate_limited"));
        // Heartbeats are never limited.
        const QString ref = client.send(QStringLiteral("phoenix"), QStringLiteral("heartbeat"));
        QCOMPARE(status(client.waitForReply(ref)->payload), QStringLiteral("ok"));
    }

    void logoutClosesSocketsWith4401()
    {
        PhoenixClient client;
        QVERIFY(client.open(m_server->socketUrl(m_ada.token)));
        QCOMPARE(status(client.join(userTopic(m_ada.id))), QStringLiteral("ok"));
        PhoenixClient other;
        QVERIFY(other.open(m_server->socketUrl(m_bob.token)));
        QCOMPARE(m_server
                     ->request("DELETE", QStringLiteral("/api/v1/session"), {},
                               {{"Authorization", "Bearer " + m_ada.token.toLatin1()}})
                     .status,
                 204);
        QVERIFY(client.waitForClose());
        QCOMPARE(client.closeCode(), 4401);
        QVERIFY(other.isConnected());
    }

    void presenceIsMultiDevice()
    {
        const QString topic = userTopic(m_ada.id);
        PhoenixClient laptop;
        QVERIFY(laptop.open(
            m_server->socketUrl(m_ada.token, QStringLiteral("device_unique_id=laptop"))));
        QCOMPARE(status(laptop.join(topic)), QStringLiteral("ok"));
        QVERIFY(laptop.waitForEvent(topic, QStringLiteral("presence_state")));

        auto phone = std::make_unique<PhoenixClient>();
        QVERIFY(phone->open(
            m_server->socketUrl(m_ada.token, QStringLiteral("device_unique_id=phone"))));
        const auto joined = laptop.waitForEvent(topic, QStringLiteral("presence_diff"));
        QVERIFY(joined);
        const QJsonArray joinMetas = joined->payload.value(QLatin1StringView("joins"))
                                         .toObject()
                                         .value(QString::number(m_ada.id))
                                         .toObject()
                                         .value(QLatin1StringView("metas"))
                                         .toArray();
        QCOMPARE(joinMetas.size(), 1);
        QCOMPARE(joinMetas.at(0).toObject().value(QLatin1StringView("device")).toString(),
                 QStringLiteral("phone"));
        QCOMPARE(phone->join(topic).value(QLatin1StringView("status")).toString(),
                 QStringLiteral("ok"));
        const auto state = phone->waitForEvent(topic, QStringLiteral("presence_state"));
        QCOMPARE(state->payload.value(QString::number(m_ada.id))
                     .toObject()
                     .value(QLatin1StringView("metas"))
                     .toArray()
                     .size(),
                 2);

        phone.reset(); // the phone goes away; the laptop still sees ada online with one device
        const auto left = laptop.waitForEvent(topic, QStringLiteral("presence_diff"));
        QVERIFY(left);
        QVERIFY(left->payload.value(QLatin1StringView("joins")).toObject().isEmpty());
        QCOMPARE(left->payload.value(QLatin1StringView("leaves"))
                     .toObject()
                     .value(QString::number(m_ada.id))
                     .toObject()
                     .value(QLatin1StringView("metas"))
                     .toArray()
                     .size(),
                 1);
    }

    void slowConsumerIsCutOffWithoutHurtingOthers()
    {
        server::ServerConfig config;
        config.sendQueueBytes = 256 * 1024;
        TestServer server(config);
        QVERIFY(server.start());
        const auto ada = server.registerUser(QStringLiteral("ada"));
        const auto bob = server.registerUser(QStringLiteral("bob"));
        auto echo = std::make_shared<EchoChannel>();
        QVERIFY(server.module().registerChannel(QStringLiteral("echo:"), echo));

        // A raw WebSocket handshake on a socket whose reader stops reading.
        QTcpSocket slow;
        slow.setReadBufferSize(1024);
        slow.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(slow.waitForConnected(5000));
        const QByteArray frame = wire::FrameCodec::encode({QStringLiteral("1"),
                                                           QStringLiteral("1"),
                                                           QStringLiteral("echo:room"),
                                                           QStringLiteral("phx_join"),
                                                           {}});
        slow.write(
            "GET /socket/websocket?vsn=2.0.0&token=" + ada.token.toLatin1() +
            " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
        QTRY_VERIFY(slow.bytesAvailable() > 0 || slow.waitForReadyRead(100));
        QVERIFY(slow.readAll().startsWith("HTTP/1.1 101"));
        // One masked text frame carrying the join.
        QByteArray ws;
        ws.append(char(0x81));
        ws.append(char(0x80 | frame.size()));
        ws.append("\0\0\0\0", 4); // zero mask: payload goes as is
        ws.append(frame);
        slow.write(ws);
        QTRY_COMPARE(server.module().connectionCount(), 1);

        PhoenixClient fast;
        QVERIFY(fast.open(server.socketUrl(bob.token)));
        QCOMPARE(status(fast.join(QStringLiteral("echo:room"))), QStringLiteral("ok"));
        QTRY_VERIFY(server.request("GET", QStringLiteral("/metrics"))
                        .body.contains("confab_channel_joins_total 2"));

        const QJsonObject payload{{QStringLiteral("blob"), QString(8 * 1024, QLatin1Char('z'))}};
        const auto bulkReceived = [&fast] {
            return std::count_if(
                fast.received().cbegin(), fast.received().cend(),
                [](const wire::Frame &f) { return f.event == QStringLiteral("bulk"); });
        };
        int sent = 0;
        // Broadcast at the pace the fast client reads, until the slow one is cut off (bounded so
        // a bug cannot hang the test). The fast client never falls behind, so it must never be cut.
        while (sent < 20'000 && server.module().connectionCount() == 2) {
            for (int i = 0; i < 4; ++i, ++sent)
                server.module().broadcast(QStringLiteral("echo:room"), QStringLiteral("bulk"),
                                          payload);
            QTRY_COMPARE(bulkReceived(), sent);
        }
        QTRY_COMPARE(server.module().connectionCount(), 1);
        QVERIFY(fast.isConnected());
        QVERIFY(server.request("GET", QStringLiteral("/metrics")).body.contains("send_queue_full"));
        QCOMPARE(bulkReceived(), sent);
    }

private:
    QByteArray socketTarget(const QString &token) const
    {
        const QUrl url = m_server->socketUrl(token);
        return url.path().toLatin1() + '?' + url.query(QUrl::FullyEncoded).toLatin1();
    }
    // Sends an upgrade for ada (with `trailing` glued to it) and reads the 101.
    bool upgrade(RawWebSocketClient &client, const QByteArray &trailing = {}) const
    {
        return client.sendUpgrade(m_server->port(), socketTarget(m_ada.token), {}, trailing) &&
               client.readResponseHead().startsWith("HTTP/1.1 101 ");
    }
    static bool isHeartbeatReply(const std::optional<RawWebSocketClient::ServerFrame> &frame,
                                 const char *ref)
    {
        if (!frame || frame->opcode != 0x1)
            return false;
        const auto decoded = wire::FrameCodec().decode(frame->payload);
        const auto *reply = std::get_if<wire::Frame>(&decoded);
        return reply && reply->ref == QLatin1StringView(ref) &&
               reply->topic == QLatin1StringView("phoenix") &&
               reply->event == QLatin1StringView("phx_reply") &&
               status(reply->payload) == QLatin1StringView("ok");
    }
    static QByteArray heartbeat(const char *ref)
    {
        return QByteArray("[null,\"") + ref + "\",\"phoenix\",\"heartbeat\",{}]";
    }

    std::unique_ptr<TestServer> m_server;
    TestServer::Account m_ada;
    TestServer::Account m_bob;
    using HttpResult = confab::testing::HttpResult;
};

QTEST_GUILESS_MAIN(TestSocketLayer)
#include "tst_socketlayer.moc"
