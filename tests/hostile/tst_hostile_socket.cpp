// Hostile WebSocket clients against the real confabd (issue #13): ping floods, a reader that
// never reads, frames trickled in a byte at a time, frames hoarded before authentication. Each
// case asserts the refusal and that a well-behaved client on another socket is still served
// promptly.

#include "ConfabdHarness.h"
#include "HostileFrames.h"
#include "RawWebSocketClient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>

using namespace confab::testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 30'000;
// "Promptly" for the well-behaved client, generous for a loaded test machine.
constexpr qint64 kPromptMs = 10'000; // the suite also runs under ASan on two cores
const QString kPassword = QStringLiteral("correct horse battery");

// Reads frames until the reply with `ref`; the pongs seen on the way are added to `pongs`.
std::optional<QJsonObject> readReply(RawWebSocketClient &client, const QString &ref,
                                     QList<QByteArray> *pongs = nullptr)
{
    QDeadlineTimer deadline(kWaitMs);
    while (!deadline.hasExpired()) {
        const auto frame = client.readFrame(int(deadline.remainingTime()));
        if (!frame)
            return std::nullopt;
        if (frame->opcode == 0xA && pongs)
            pongs->append(frame->payload);
        if (frame->opcode != 0x1)
            continue;
        const QJsonArray array = QJsonDocument::fromJson(frame->payload).array();
        if (array.at(1).toString() == ref && array.at(3).toString() == u"phx_reply"_s)
            return array.at(4).toObject();
    }
    return std::nullopt;
}

QByteArray metricsText(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(kWaitMs))
        return {};
    socket.write("GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    // Read up to the end of the body: the server keeps the connection open.
    QByteArray text;
    qsizetype bodyEnd = -1;
    while ((bodyEnd < 0 || text.size() < bodyEnd) && socket.waitForReadyRead(kWaitMs)) {
        text += socket.readAll();
        const qsizetype headEnd = text.indexOf("\r\n\r\n");
        const qsizetype field = text.toLower().indexOf("content-length:");
        if (headEnd >= 0 && field >= 0 && field < headEnd)
            bodyEnd = headEnd + 4 +
                      text.mid(field + 15, headEnd - field - 15)
                          .split('\r')
                          .value(0)
                          .trimmed()
                          .toLongLong();
    }
    return text;
}

} // namespace

class TestHostileSocket : public QObject
{
    Q_OBJECT

private:
    // Starts confabd with `ini` lines under [server] and registers one user.
    void startServer(const QString &ini = {})
    {
        const QList<quint16> ports = freePorts(1);
        QCOMPARE(ports.size(), 1);
        m_port = ports[0];
        const QString config = m_sandbox->writeFile(
            u"confab.ini"_s, u"[server]\nport = %1\n%2\n"_s.arg(m_port).arg(ini).toUtf8());
        m_http = std::make_unique<Http>(m_port);
        m_daemon.start(*m_sandbox, m_sandbox->arguments({u"--config"_s, config}));
        QTRY_VERIFY2_WITH_TIMEOUT(m_http->healthy() || !m_daemon.isRunning(),
                                  qPrintable(m_daemon.output()), kWaitMs);
        QVERIFY2(m_daemon.isRunning(), qPrintable(m_daemon.output()));
        const DaemonHttpResult registered =
            m_http->post(u"/api/v1/register"_s, {{u"username"_s, u"alice"_s},
                                                 {u"password"_s, kPassword},
                                                 {u"display_name"_s, u"Alice"_s}});
        QCOMPARE(registered.status, 201);
        m_token = registered.json.value(u"token"_s).toString();
        m_userId = registered.json.value(u"user"_s).toObject().value(u"id"_s).toInteger();
    }

    QByteArray socketTarget() const
    {
        return "/socket/websocket?vsn=2.0.0&token=" + m_token.toUtf8();
    }

    // Opens an authenticated socket: a heartbeat answered means the token was accepted.
    bool open(RawWebSocketClient &client)
    {
        if (!client.sendUpgrade(m_port, socketTarget()) ||
            !client.readResponseHead(kWaitMs).startsWith("HTTP/1.1 101"))
            return false;
        client.write(heartbeat(u"open"_s));
        return readReply(client, u"open"_s).has_value();
    }

    // /healthz and a heartbeat round trip on a fresh socket, both within kPromptMs.
    void verifyOthersServed()
    {
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(m_http->get(u"/healthz"_s).status, 200);
        RawWebSocketClient other;
        QVERIFY(open(other));
        other.write(heartbeat(u"hb"_s));
        const auto reply = readReply(other, u"hb"_s);
        QVERIFY(reply);
        QCOMPARE(reply->value(u"status"_s).toString(), u"ok"_s);
        QVERIFY2(timer.elapsed() < kPromptMs, qPrintable(QString::number(timer.elapsed())));
    }

    std::unique_ptr<Sandbox> m_sandbox;
    Daemon m_daemon;
    std::unique_ptr<Http> m_http;
    quint16 m_port = 0;
    QString m_token;
    qint64 m_userId = 0;

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<Sandbox>();
        QVERIFY(m_sandbox->isValid());
    }

    void cleanup()
    {
        m_daemon.process().kill();
        m_daemon.process().waitForFinished(kWaitMs);
        m_http.reset();
        m_sandbox.reset();
    }

    void pingsAwaitingAPongShareOne()
    {
        startServer();
        RawWebSocketClient client;
        QVERIFY(open(client));
        // One write, so one read on the server: every ping arrives before a pong is written.
        QByteArray pings;
        for (int i = 0; i < 50; ++i)
            pings += clientFrame(0x9, "p" + QByteArray::number(i));
        client.write(pings + heartbeat(u"after"_s));
        QList<QByteArray> pongs;
        QVERIFY(readReply(client, u"after"_s, &pongs));
        QCOMPARE(pongs, QList<QByteArray>{"p49"});
        verifyOthersServed();
    }

    void pingFloodIsClosedWithBoundedMemory()
    {
        startServer();
        const qint64 pid = m_daemon.process().processId();
        const qint64 before = processRssKiB(pid);
        QVERIFY(before > 0);
        RawWebSocketClient flooder;
        QVERIFY(open(flooder));
        flooder.setReadBufferSize(4096); // never reads
        const QByteArray ping = clientFrame(0x9, QByteArray(125, 'p'));
        QByteArray batch;
        for (int i = 0; i < 1000; ++i)
            batch += ping;
        for (int i = 0; i < 20; ++i)
            flooder.write(batch);
        verifyOthersServed();
        QVERIFY2(processRssKiB(pid) - before < 16 * 1024,
                 qPrintable(QString::number(processRssKiB(pid))));
        flooder.setReadBufferSize(0);
        QCOMPARE(flooder.readCloseCode(kWaitMs), std::optional<quint16>(1008));
    }

    // Heartbeats are answered without a channel, but a loop of them would keep a core busy:
    // past their bucket (flood_burst at once, never below 100) the socket is closed with 1008.
    void heartbeatFloodIsClosed()
    {
        startServer(u"flood_burst = 150\nflood_per_second = 1"_s);
        RawWebSocketClient flooder;
        QVERIFY(open(flooder)); // one heartbeat spent
        QByteArray batch;
        for (int i = 0; i < 400; ++i)
            batch += heartbeat(u"h%1"_s.arg(i));
        flooder.write(batch);
        QCOMPARE(flooder.readCloseCode(kWaitMs), std::optional<quint16>(1008));
        QVERIFY(metricsText(m_port).contains("reason=\"control_flood\""));
        verifyOthersServed();
    }

    void slowReaderGetsTryAgainLater()
    {
        startServer(u"send_queue_bytes = 65536\nflood_burst = 1000000\n"
                    "flood_per_second = 1000000"_s);
        RawWebSocketClient fast;
        RawWebSocketClient slow;
        QVERIFY(open(fast));
        QVERIFY(open(slow));
        const QString userTopic = u"user:%1"_s.arg(m_userId);
        fast.write(push(u"1"_s, u"1"_s, userTopic, u"phx_join"_s, {}));
        QVERIFY(readReply(fast, u"1"_s));
        fast.write(push(
            u"1"_s, u"2"_s, userTopic, u"create_conversation"_s,
            {{u"kind"_s, u"group"_s}, {u"title"_s, u"flood"_s}, {u"member_ids"_s, QJsonArray{}}}));
        const auto created = readReply(fast, u"2"_s);
        QVERIFY(created);
        const qint64 id = created->value(u"response"_s)
                              .toObject()
                              .value(u"conversation"_s)
                              .toObject()
                              .value(u"id"_s)
                              .toInteger();
        const QString chat = u"chat:%1"_s.arg(id);
        fast.write(push(u"3"_s, u"3"_s, chat, u"phx_join"_s, {}));
        QVERIFY(readReply(fast, u"3"_s));
        slow.write(push(u"3"_s, u"3"_s, chat, u"phx_join"_s, {}));
        QVERIFY(readReply(slow, u"3"_s));
        slow.setReadBufferSize(4096); // from now on it reads nothing

        const QString content(3000, u'x');
        bool overflowed = false;
        // Batches small enough for the fast socket's own queue (its replies and activity).
        for (int batch = 0; batch < 1000 && !overflowed; ++batch) {
            QString last;
            for (int i = 0; i < 5; ++i) {
                last = u"m%1-%2"_s.arg(batch).arg(i);
                fast.write(push(u"3"_s, last, chat, u"send_message"_s,
                                {{u"content"_s, content}, {u"mobile_ref_id"_s, last}}));
            }
            QVERIFY(readReply(fast, last));
            overflowed = metricsText(m_port).contains("reason=\"send_queue_full\"");
        }
        QVERIFY(overflowed);
        slow.setReadBufferSize(0);
        QCOMPARE(slow.readCloseCode(kWaitMs), std::optional<quint16>(1013));
        verifyOthersServed();
    }

    // Frames sent before the token is checked are kept for later (phoenix.js joins at once),
    // bounded in bytes as well as in count: five frames of 60 KB close the socket with 1008.
    // The test holds SQLite's write lock, so the token check waits and every frame arrives
    // before it; a patient client's early heartbeat is answered once the lock is gone.
    void earlyFramesAreCappedInBytes()
    {
        startServer();
        const QString lockName = u"writeLock"_s;
        {
            QSqlDatabase lock = QSqlDatabase::addDatabase(u"QSQLITE"_s, lockName);
            lock.setDatabaseName(m_sandbox->databasePath());
            QVERIFY(lock.open());
            QVERIFY(QSqlQuery(lock).exec(u"BEGIN IMMEDIATE"_s));

            RawWebSocketClient patient;
            QVERIFY(patient.sendUpgrade(m_port, socketTarget()));
            QVERIFY(patient.readResponseHead(kWaitMs).startsWith("HTTP/1.1 101"));
            patient.write(heartbeat(u"early"_s));

            RawWebSocketClient hoarder;
            QVERIFY(hoarder.sendUpgrade(m_port, socketTarget()));
            QVERIFY(hoarder.readResponseHead(kWaitMs).startsWith("HTTP/1.1 101"));
            const QJsonObject padding{{u"pad"_s, QString(60'000, u'x')}};
            for (int i = 0; i < 5; ++i) { // 300 KB in 5 frames: far below the count limit
                hoarder.write(textFrame(QJsonArray{QJsonValue(), u"big%1"_s.arg(i), u"phoenix"_s,
                                                   u"heartbeat"_s, padding}));
            }
            // Well within the server's busy timeout (5 s): the check is still waiting.
            QCOMPARE(hoarder.readCloseCode(kWaitMs), std::optional<quint16>(1008));
            QVERIFY(QSqlQuery(lock).exec(u"ROLLBACK"_s));
            lock.close();

            const auto early = readReply(patient, u"early"_s);
            QVERIFY(early);
            QCOMPARE(early->value(u"status"_s).toString(), u"ok"_s);
        }
        QSqlDatabase::removeDatabase(lockName);
        verifyOthersServed();
    }

    void trickledFrameCompletes()
    {
        startServer();
        RawWebSocketClient client;
        QVERIFY(open(client));
        // A heartbeat padded to 60 KB (under the 64 KiB limit), written a byte at a time.
        QJsonObject padding{{u"pad"_s, QString(60'000, u'x')}};
        const QByteArray frame =
            textFrame(QJsonArray{QJsonValue(), u"slow"_s, u"phoenix"_s, u"heartbeat"_s, padding});
        QElapsedTimer timer;
        timer.start();
        for (char byte : frame)
            client.write(QByteArray(1, byte));
        QVERIFY(readReply(client, u"slow"_s));
        QVERIFY2(timer.elapsed() < kWaitMs, qPrintable(QString::number(timer.elapsed())));
        verifyOthersServed();
    }
};

QTEST_GUILESS_MAIN(TestHostileSocket)
#include "tst_hostile_socket.moc"
