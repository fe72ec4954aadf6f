// Durability of send_message across hard crashes (PROTOCOL.md §6): the real confabd binary is
// killed with SIGKILL at random points while four clients pipeline messages into it, restarted
// on the same data directory, and every client resends what was not acknowledged with the same
// mobile_ref_id. Whatever was acknowledged must survive, nothing may be stored twice, and in the
// end all messages are there exactly once, in each sender's order, with one receive_message
// event each — checked through the API and in the SQLite file itself.
//
// The seed of the crash points is logged; CONFAB_DURABILITY_SEED=<n> repeats a run.

#include "ConfabdHarness.h"
#include "TestServer.h"

#include "wire/FrameCodec.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using confab::testing::Daemon;
using confab::testing::DaemonHttpResult;
using confab::testing::freePorts;
using confab::testing::Http;
using confab::testing::PhoenixClient;
using confab::testing::Sandbox;
using confab::wire::Frame;

namespace {

constexpr int kClients = 4;
constexpr int kTotalMessages = 2000;
constexpr int kPerClient = kTotalMessages / kClients;
constexpr int kWindow = 20; // unacknowledged pushes per client
constexpr int kCrashes = 5;
constexpr int kStartMs = 60'000;
constexpr int kPhaseMs = 90'000;

QString chatTopic(qint64 conversationId)
{
    return u"chat:%1"_s.arg(conversationId);
}

qint64 idOf(const QJsonValue &value)
{
    return qint64(value.toDouble());
}

QString describe(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

struct Planned
{
    QString ref;
    qint64 conversationId = 0;
    QString content;
};

struct Ack
{
    qint64 id = 0;
    qint64 seq = 0;
    bool resent = false; // answered with a row committed (unacknowledged) before a kill
};

// One row of the messages table, as read back through the API or from SQLite.
struct StoredMessage
{
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 seq = 0;
    qint64 senderId = 0;
    QString ref;
    QString content;
};

struct Sender
{
    int index = 0;
    qint64 userId = 0;
    QString token;
    QList<qint64> conversations; // the chat topics this client joins
    QList<Planned> plan;         // in the order this client sends them
    QList<std::optional<Ack>> acks;
    QList<int> firstPushedIn;     // server lifetime of the first push, 0: never pushed
    int cursor = 0;               // next plan index to consider
    QHash<QString, int> inflight; // frame ref -> plan index
    std::unique_ptr<PhoenixClient> client;
    int acked = 0;
    int resends = 0;           // pushes of a ref that had been pushed before
    int storedBeforeCrash = 0; // resends answered with a message stored before the crash
};

} // namespace

class TestCrashDurability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void acknowledgedMessagesSurviveKills();

private:
    void startDaemon();
    void scheduleKill();
    void killNow();
    void killDaemon();
    void checkFilesAfterKill(int kill);
    void stopDaemon();
    void connectSender(Sender &sender);
    void pump(Sender &sender);
    void onFrame(Sender &sender, const QString &text);
    int totalAcked() const;
    QString firstFailure() const { return m_failures.isEmpty() ? QString() : m_failures.first(); }
    void verify(const QList<StoredMessage> &stored, const QString &where);
    QList<StoredMessage> readThroughApi();
    QList<StoredMessage> readDatabase();
    void verifyEventLog();
    void logDatabaseMetrics();

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<Daemon> m_daemon;
    std::unique_ptr<Http> m_http;
    quint16 m_port = 0;
    int m_lifetimes = 0;
    int m_killAt = -1;     // SIGKILL as soon as this many messages are acknowledged
    bool m_killed = false; // SIGKILL sent, not yet cleaned up after
    QRandomGenerator m_random;
    QList<int> m_killDelays; // ms between reaching a kill point and the kill
    int m_unansweredAtKill = 0;
    // (sender, mobile_ref_id) -> message id, as found in the files right after each kill.
    QHash<QPair<qint64, QString>, qint64> m_storedAtKill;
    std::vector<Sender> m_senders;
    qint64 m_group = 0;
    qint64 m_direct = 0;
    QStringList m_failures;
    QString m_outputs; // the output of every confabd run so far, for failure messages
};

void TestCrashDurability::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(CONFABD_PATH)), CONFABD_PATH);
}

void TestCrashDurability::startDaemon()
{
    const QList<quint16> ports = freePorts(1);
    QCOMPARE(ports.size(), 1);
    m_port = ports.first();
    ++m_lifetimes;
    m_daemon = std::make_unique<Daemon>();
    m_http = std::make_unique<Http>(m_port);
    m_daemon->start(*m_sandbox, m_sandbox->arguments({u"--port"_s, QString::number(m_port)}));
    QTRY_VERIFY2_WITH_TIMEOUT(m_http->healthy() || !m_daemon->isRunning(),
                              qPrintable(m_daemon->output()), kStartMs);
    QVERIFY2(m_daemon->isRunning(), qPrintable(m_daemon->output()));
}

void TestCrashDurability::killNow()
{
    m_daemon->process().kill(); // SIGKILL: no handler, no checkpoint, no flush
    m_killAt = -1;
    m_killed = true;
}

void TestCrashDurability::killDaemon()
{
    QProcess &process = m_daemon->process();
    // The event loop may already have reaped it.
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, kStartMs);
    m_killed = false;
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    m_outputs += m_daemon->output();
    m_unansweredAtKill = 0;
    for (Sender &sender : m_senders) {
        m_unansweredAtKill += int(sender.inflight.size());
        sender.client.reset(); // aborts the socket; replies still in flight are lost
        sender.inflight.clear();
    }
}

void TestCrashDurability::stopDaemon()
{
    QProcess &process = m_daemon->process();
    process.terminate(); // SIGTERM: a clean stop, WAL folded back into the file
    QVERIFY(process.waitForFinished(kStartMs));
    const QString output = m_daemon->output();
    m_outputs += output;
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(output));
}

void TestCrashDurability::connectSender(Sender &sender)
{
    sender.client = std::make_unique<PhoenixClient>();
    PhoenixClient *client = sender.client.get();
    const int index = sender.index;
    connect(&client->socket(), &QWebSocket::textMessageReceived, client,
            [this, index](const QString &text) { onFrame(m_senders[index], text); });
    const QUrl url(
        u"ws://127.0.0.1:%1/socket/websocket?vsn=2.0.0&token=%2"_s.arg(m_port).arg(sender.token));
    QVERIFY2(client->open(url), qPrintable(u"client %1 cannot connect"_s.arg(sender.index)));
    for (qint64 conversationId : std::as_const(sender.conversations)) {
        const QJsonObject reply = client->join(chatTopic(conversationId));
        QVERIFY2(reply.value("status"_L1) == "ok"_L1, qPrintable(describe(reply)));
    }
    // Resend what was not acknowledged, in the original order, then go on.
    sender.cursor = 0;
    pump(sender);
}

void TestCrashDurability::pump(Sender &sender)
{
    while (sender.client && !m_killed && sender.inflight.size() < kWindow &&
           sender.cursor < kPerClient) {
        const int index = sender.cursor++;
        if (sender.acks[index])
            continue;
        const Planned &planned = sender.plan[index];
        if (sender.firstPushedIn[index] == 0)
            sender.firstPushedIn[index] = m_lifetimes;
        else
            ++sender.resends;
        const QString ref = sender.client->send(
            chatTopic(planned.conversationId), u"send_message"_s,
            {{u"content"_s, planned.content}, {u"mobile_ref_id"_s, planned.ref}});
        sender.inflight.insert(ref, index);
    }
}

void TestCrashDurability::onFrame(Sender &sender, const QString &text)
{
    const auto decoded = confab::wire::FrameCodec().decode(text.toUtf8());
    const Frame *frame = std::get_if<Frame>(&decoded);
    if (!frame || frame->event != "phx_reply"_L1 || !frame->ref)
        return;
    const auto found = sender.inflight.constFind(*frame->ref);
    if (found == sender.inflight.cend())
        return; // a join reply, answered through PhoenixClient::join
    const int index = found.value();
    sender.inflight.erase(found);
    const Planned &planned = sender.plan[index];
    const QJsonObject response = frame->payload.value("response"_L1).toObject();
    if (frame->payload.value("status"_L1) != "ok"_L1) {
        m_failures << u"client %1: %2 refused: %3"_s.arg(sender.index)
                          .arg(planned.ref, describe(frame->payload));
        return;
    }
    const QJsonObject message = response.value("message"_L1).toObject();
    const qint64 conversationId = idOf(message.value("conversation_id"_L1));
    if (message.value("mobile_ref_id"_L1).toString() != planned.ref ||
        idOf(message.value("sender_id"_L1)) != sender.userId ||
        conversationId != planned.conversationId ||
        message.value("content"_L1).toString() != planned.content) {
        m_failures << u"client %1: reply for %2 carries another message: %3"_s.arg(sender.index)
                          .arg(planned.ref, describe(message));
        return;
    }
    Ack ack{idOf(message.value("id"_L1)), idOf(message.value("seq"_L1)), false};
    // Committed before a kill but never acknowledged: the resend must be answered with that
    // very row (idempotency), not a new one.
    const auto before = m_storedAtKill.constFind(qMakePair(sender.userId, planned.ref));
    if (before != m_storedAtKill.cend()) {
        ack.resent = true;
        ++sender.storedBeforeCrash;
        if (before.value() != ack.id)
            m_failures << u"client %1: %2 was stored as id %3 before the kill, the resend was "
                          "answered with id %4"_s.arg(sender.index)
                              .arg(planned.ref)
                              .arg(before.value())
                              .arg(ack.id);
    }
    sender.acks[index] = ack;
    ++sender.acked;
    pump(sender);
    if (m_killAt >= 0 && totalAcked() >= m_killAt)
        scheduleKill();
}

// At once, or a few milliseconds later while the clients keep their pipelines full: then
// some messages are committed, or even answered into a socket buffer, but never seen
// acknowledged, and their resends must be recognised.
void TestCrashDurability::scheduleKill()
{
    m_killAt = -1;
    const int delay = int(m_random.bounded(25));
    m_killDelays.append(delay);
    if (delay == 0)
        killNow();
    else
        QTimer::singleShot(delay, Qt::PreciseTimer, this, &TestCrashDurability::killNow);
}

int TestCrashDurability::totalAcked() const
{
    int total = 0;
    for (const Sender &sender : m_senders)
        total += sender.acked;
    return total;
}

void TestCrashDurability::acknowledgedMessagesSurviveKills()
{
    bool seedGiven = false;
    const quint32 seed = qEnvironmentVariable("CONFAB_DURABILITY_SEED").toUInt(&seedGiven);
    const quint32 usedSeed = seedGiven ? seed : QRandomGenerator::global()->generate();
    qInfo("seed %u (CONFAB_DURABILITY_SEED=%u repeats this run)", usedSeed, usedSeed);
    m_random.seed(usedSeed);

    m_sandbox = std::make_unique<Sandbox>();
    QVERIFY(m_sandbox->isValid());
    startDaemon();
    if (QTest::currentTestFailed())
        return;

    // Four accounts over HTTP.
    m_senders.resize(kClients);
    for (int i = 0; i < kClients; ++i) {
        Sender &sender = m_senders[i];
        sender.index = i;
        const DaemonHttpResult registered =
            m_http->post(u"/api/v1/register"_s, {{u"username"_s, u"durable%1"_s.arg(i)},
                                                 {u"password"_s, u"correct horse battery"_s},
                                                 {u"display_name"_s, u"Durable %1"_s.arg(i)}});
        QVERIFY2(registered.status == 201, qPrintable(describe(registered.json)));
        sender.userId = idOf(registered.json.value("user"_L1).toObject().value("id"_L1));
        sender.token = registered.json.value("token"_L1).toString();
        QVERIFY(sender.userId > 0 && !sender.token.isEmpty());
    }

    // One group of all four and a direct conversation between clients 0 and 1, created on
    // user:<id> by client 0.
    {
        PhoenixClient owner;
        QVERIFY(owner.open(
            QUrl(u"ws://127.0.0.1:%1/socket/websocket?vsn=2.0.0&token=%2"_s.arg(m_port).arg(
                m_senders[0].token))));
        const QString userTopic = u"user:%1"_s.arg(m_senders[0].userId);
        QCOMPARE(owner.join(userTopic).value("status"_L1), "ok"_L1);
        const QJsonObject group =
            owner.push(userTopic, u"create_conversation"_s,
                       {{u"kind"_s, u"group"_s},
                        {u"title"_s, u"durability"_s},
                        {u"member_ids"_s, QJsonArray{m_senders[1].userId, m_senders[2].userId,
                                                     m_senders[3].userId}}});
        QVERIFY2(group.value("status"_L1) == "ok"_L1, qPrintable(describe(group)));
        m_group = idOf(group.value("response"_L1)
                           .toObject()
                           .value("conversation"_L1)
                           .toObject()
                           .value("id"_L1));
        const QJsonObject direct = owner.push(
            userTopic, u"create_conversation"_s,
            {{u"kind"_s, u"direct"_s}, {u"member_ids"_s, QJsonArray{m_senders[1].userId}}});
        QVERIFY2(direct.value("status"_L1) == "ok"_L1, qPrintable(describe(direct)));
        m_direct = idOf(direct.value("response"_L1)
                            .toObject()
                            .value("conversation"_L1)
                            .toObject()
                            .value("id"_L1));
        QVERIFY(m_group > 0 && m_direct > 0 && m_group != m_direct);
    }

    // The plan: 500 messages per client; clients 0 and 1 send every third one to their direct
    // conversation. Each ref is c<client>-<n>.
    for (Sender &sender : m_senders) {
        sender.conversations = {m_group};
        if (sender.index < 2)
            sender.conversations.append(m_direct);
        for (int n = 0; n < kPerClient; ++n) {
            const qint64 conversationId = sender.index < 2 && n % 3 == 2 ? m_direct : m_group;
            sender.plan.append(
                Planned{u"c%1-%2"_s.arg(sender.index).arg(n), conversationId,
                        u"message %1 of client %2 — durable ✓"_s.arg(n).arg(sender.index)});
        }
        sender.acks.resize(kPerClient);
        sender.firstPushedIn.resize(kPerClient);
    }

    // Crash points: distinct acknowledgement counts, at least 20 apart, so some kills land
    // in the burst of resends right after a restart.
    QList<int> crashPoints;
    while (crashPoints.size() < kCrashes) {
        const int point = int(m_random.bounded(50, kTotalMessages - 50));
        const bool tooClose = std::any_of(crashPoints.cbegin(), crashPoints.cend(),
                                          [&](int other) { return qAbs(other - point) < 20; });
        if (!tooClose)
            crashPoints.append(point);
    }
    std::sort(crashPoints.begin(), crashPoints.end());
    qInfo() << "kill -9 after these many acknowledgements:" << crashPoints;

    QElapsedTimer elapsed;
    elapsed.start();
    for (Sender &sender : m_senders) {
        connectSender(sender);
        if (QTest::currentTestFailed())
            return;
    }
    for (int crash = 0; crash < crashPoints.size(); ++crash) {
        // The kill comes from inside the handler of the acknowledgement that reaches the point,
        // while the server is busy with the rest of the pipelines.
        m_killAt = crashPoints[crash];
        if (totalAcked() >= m_killAt)
            scheduleKill();
        QTRY_VERIFY2_WITH_TIMEOUT(m_killed || !m_failures.isEmpty(),
                                  qPrintable(u"stuck at %1 acknowledged"_s.arg(totalAcked())),
                                  kPhaseMs);
        QVERIFY2(m_failures.isEmpty(), qPrintable(firstFailure()));
        killDaemon();
        if (QTest::currentTestFailed())
            return;
        qInfo("kill %d/%d, %d ms after %d acknowledged: %d acknowledged, %d pushes unanswered",
              crash + 1, int(crashPoints.size()), m_killDelays.last(), crashPoints[crash],
              totalAcked(), m_unansweredAtKill);
        checkFilesAfterKill(crash + 1);
        if (QTest::currentTestFailed())
            return;
        startDaemon();
        if (QTest::currentTestFailed())
            return;
        for (Sender &sender : m_senders) {
            connectSender(sender);
            if (QTest::currentTestFailed())
                return;
        }
    }
    QTRY_VERIFY2_WITH_TIMEOUT(totalAcked() == kTotalMessages || !m_failures.isEmpty(),
                              qPrintable(u"stuck at %1 acknowledged"_s.arg(totalAcked())),
                              kPhaseMs);
    QVERIFY2(m_failures.isEmpty(), qPrintable(firstFailure()));
    int resends = 0;
    int storedBeforeCrash = 0;
    for (const Sender &sender : std::as_const(m_senders)) {
        resends += sender.resends;
        storedBeforeCrash += sender.storedBeforeCrash;
    }
    qInfo("%d messages acknowledged in %lld ms over %d server lifetimes; %d resends, %d of them "
          "answered with the row stored (unacknowledged) before a kill",
          kTotalMessages, elapsed.elapsed(), m_lifetimes, resends, storedBeforeCrash);

    logDatabaseMetrics();

    verify(readThroughApi(), u"API"_s);
    if (QTest::currentTestFailed())
        return;
    for (Sender &sender : m_senders)
        sender.client.reset();
    stopDaemon();
    if (QTest::currentTestFailed())
        return;
    // Nothing went wrong on the server's side either: no failed job or commit in any lifetime.
    QStringList complaints;
    const QStringList lines = m_outputs.split(u'\n');
    for (const QString &line : lines) {
        // This test runs confabd at the minimal hash cost on purpose; confabd says so, loudly.
        if (line.contains("password hash cost is MINIMAL"_L1))
            continue;
        if (line.contains(" warning "_L1) || line.contains(" critical "_L1) ||
            line.contains(" fatal "_L1))
            complaints << line;
    }
    QVERIFY2(complaints.isEmpty(), qPrintable(complaints.mid(0, 20).join(u'\n')));
    verify(readDatabase(), u"SQLite"_s);
    if (QTest::currentTestFailed())
        return;
    verifyEventLog();
}

// Right after a kill, before any restart: a copy of the database and its WAL as the dead
// process left them holds every message acknowledged so far, under the acknowledged id and seq.
void TestCrashDurability::checkFilesAfterKill(int kill)
{
    const QString directory = m_sandbox->path(u"after-kill-%1"_s.arg(kill));
    QVERIFY(QDir().mkpath(directory));
    const QString copy = QDir(directory).filePath(u"confab.sqlite3"_s);
    for (const QString &suffix : {u""_s, u"-wal"_s}) {
        const QString source = m_sandbox->databasePath() + suffix;
        if (QFile::exists(source))
            QVERIFY2(QFile::copy(source, copy + suffix), qPrintable(source));
    }
    QHash<QPair<qint64, QString>, std::pair<qint64, qint64>> stored; // -> id, seq
    QString problem;
    const QString name = u"durability-after-kill"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(copy); // a copy: recovering its WAL must not touch the original
        QSqlQuery query(db);
        if (!db.open() || !query.exec(u"SELECT sender_id, mobile_ref_id, id, seq FROM messages"_s))
            problem = db.lastError().text() + query.lastError().text();
        while (query.next())
            stored.insert(qMakePair(query.value(0).toLongLong(), query.value(1).toString()),
                          {query.value(2).toLongLong(), query.value(3).toLongLong()});
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QStringList problems;
    int acknowledged = 0;
    int unacknowledged = 0;
    for (const Sender &sender : m_senders) {
        for (int n = 0; n < kPerClient; ++n) {
            const auto key = qMakePair(sender.userId, sender.plan[n].ref);
            const auto it = stored.constFind(key);
            if (const auto &ack = sender.acks[n]) {
                ++acknowledged;
                if (it == stored.cend())
                    problems << u"%1 was acknowledged (id %2) but is not in the file"_s
                                    .arg(key.second)
                                    .arg(ack->id);
                else if (it->first != ack->id || it->second != ack->seq)
                    problems << u"%1 acknowledged as id %2 seq %3, in the file id %4 seq %5"_s
                                    .arg(key.second)
                                    .arg(ack->id)
                                    .arg(ack->seq)
                                    .arg(it->first)
                                    .arg(it->second);
            } else if (it != stored.cend()) {
                ++unacknowledged;
                m_storedAtKill.insert(key, it->first);
            }
        }
    }
    if (stored.size() != acknowledged + unacknowledged)
        problems << u"%1 messages in the file, %2 acknowledged and %3 unacknowledged known"_s
                        .arg(stored.size())
                        .arg(acknowledged)
                        .arg(unacknowledged);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
    qInfo("  files after kill %d: all %d acknowledged messages there; %d more committed but "
          "unacknowledged",
          kill, acknowledged, unacknowledged);
}

void TestCrashDurability::logDatabaseMetrics()
{
    // The harness's Http parses JSON bodies only; /metrics is Prometheus text.
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkReply *reply =
        network.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/metrics"_s.arg(m_port))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(kStartMs);
    const QList<QByteArray> lines = reply->readAll().split('\n');
    reply->deleteLater();
    for (const QByteArray &line : lines) {
        if (line.startsWith("confab_db_") || line.startsWith("confab_messages_stored"))
            qInfo("last lifetime: %s", line.constData());
    }
}

QList<StoredMessage> TestCrashDurability::readThroughApi()
{
    QList<StoredMessage> stored;
    PhoenixClient reader;
    if (!reader.open(
            QUrl(u"ws://127.0.0.1:%1/socket/websocket?vsn=2.0.0&token=%2"_s.arg(m_port).arg(
                m_senders[0].token)))) {
        QTest::qFail("cannot connect to read history", __FILE__, __LINE__);
        return stored;
    }
    for (qint64 conversationId : {m_group, m_direct}) {
        const QString topic = chatTopic(conversationId);
        const QJsonObject joined = reader.join(topic);
        if (joined.value("status"_L1) != "ok"_L1) {
            QTest::qFail(qPrintable(describe(joined)), __FILE__, __LINE__);
            return stored;
        }
        qint64 before = idOf(joined.value("response"_L1)
                                 .toObject()
                                 .value("conversation"_L1)
                                 .toObject()
                                 .value("last_seq"_L1)) +
                        1;
        for (;;) {
            const QJsonObject page = reader.push(topic, u"load_history"_s,
                                                 {{u"before_seq"_s, before}, {u"limit"_s, 100}});
            if (page.value("status"_L1) != "ok"_L1) {
                QTest::qFail(qPrintable(describe(page)), __FILE__, __LINE__);
                return stored;
            }
            const QJsonObject response = page.value("response"_L1).toObject();
            const QJsonArray messages = response.value("messages"_L1).toArray();
            for (const QJsonValue &value : messages) {
                const QJsonObject message = value.toObject();
                stored.append(StoredMessage{
                    idOf(message.value("id"_L1)), idOf(message.value("conversation_id"_L1)),
                    idOf(message.value("seq"_L1)), idOf(message.value("sender_id"_L1)),
                    message.value("mobile_ref_id"_L1).toString(),
                    message.value("content"_L1).toString()});
            }
            if (!response.value("has_more"_L1).toBool() || messages.isEmpty())
                break;
            before = idOf(messages.first().toObject().value("seq"_L1));
        }
    }
    return stored;
}

QList<StoredMessage> TestCrashDurability::readDatabase()
{
    QList<StoredMessage> stored;
    QString problem;
    const QString name = u"durability-check"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_sandbox->databasePath());
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery integrity(db);
            if (!integrity.exec(u"PRAGMA integrity_check"_s) || !integrity.next() ||
                integrity.value(0).toString() != "ok"_L1)
                problem = u"integrity_check: %1 %2"_s.arg(integrity.value(0).toString(),
                                                          integrity.lastError().text());
            QSqlQuery query(db);
            if (!query.exec(u"SELECT id, conversation_id, seq, sender_id, mobile_ref_id, content "
                            "FROM messages"_s))
                problem = query.lastError().text();
            while (query.next()) {
                stored.append(
                    StoredMessage{query.value(0).toLongLong(), query.value(1).toLongLong(),
                                  query.value(2).toLongLong(), query.value(3).toLongLong(),
                                  query.value(4).toString(), query.value(5).toString()});
            }
            db.close();
        } else {
            problem = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!problem.isEmpty())
        QTest::qFail(qPrintable(problem), __FILE__, __LINE__);
    return stored;
}

void TestCrashDurability::verify(const QList<StoredMessage> &stored, const QString &where)
{
    QStringList problems;
    // Exactly once per (sender, mobile_ref_id).
    QHash<QPair<qint64, QString>, StoredMessage> byRef;
    for (const StoredMessage &message : stored) {
        const auto key = qMakePair(message.senderId, message.ref);
        if (byRef.contains(key))
            problems << u"%1 from user %2 is stored twice (ids %3 and %4)"_s.arg(message.ref)
                            .arg(message.senderId)
                            .arg(byRef.value(key).id)
                            .arg(message.id);
        byRef.insert(key, message);
    }
    if (stored.size() != kTotalMessages)
        problems << u"%1 messages stored, expected %2"_s.arg(stored.size()).arg(kTotalMessages);
    // Seqs are unique within a conversation.
    QSet<QPair<qint64, qint64>> seqs;
    for (const StoredMessage &message : stored) {
        const auto key = qMakePair(message.conversationId, message.seq);
        if (seqs.contains(key))
            problems << u"seq %1 used twice in conversation %2"_s.arg(message.seq)
                            .arg(message.conversationId);
        seqs.insert(key);
    }
    if (seqs.size() != stored.size())
        problems << u"%1 distinct seqs for %2 messages"_s.arg(seqs.size()).arg(stored.size());
    // Every planned message is there with what its acknowledgement said, and each client's
    // messages follow its sending order within each conversation.
    int acknowledgedAndFound = 0;
    for (const Sender &sender : std::as_const(m_senders)) {
        QHash<qint64, qint64> lastSeq;
        QHash<qint64, QString> lastRef;
        for (int n = 0; n < kPerClient; ++n) {
            const Planned &planned = sender.plan[n];
            const auto it = byRef.constFind(qMakePair(sender.userId, planned.ref));
            if (it == byRef.cend()) {
                problems << u"%1 is missing%2"_s.arg(
                    planned.ref, sender.acks[n] ? u" although acknowledged"_s : QString());
                continue;
            }
            const StoredMessage &message = it.value();
            if (message.conversationId != planned.conversationId ||
                message.content != planned.content)
                problems << u"%1 stored in conversation %2 with content %3"_s.arg(planned.ref)
                                .arg(message.conversationId)
                                .arg(message.content);
            if (const auto &ack = sender.acks[n]) {
                ++acknowledgedAndFound;
                if (ack->id != message.id || ack->seq != message.seq)
                    problems << u"%1 was acknowledged as id %2 seq %3 but is id %4 seq %5"_s
                                    .arg(planned.ref)
                                    .arg(ack->id)
                                    .arg(ack->seq)
                                    .arg(message.id)
                                    .arg(message.seq);
            }
            if (lastSeq.contains(message.conversationId) &&
                message.seq <= lastSeq.value(message.conversationId))
                problems << u"%1 (seq %2) is not after %3 (seq %4) in conversation %5"_s
                                .arg(planned.ref)
                                .arg(message.seq)
                                .arg(lastRef.value(message.conversationId))
                                .arg(lastSeq.value(message.conversationId))
                                .arg(message.conversationId);
            lastSeq.insert(message.conversationId, message.seq);
            lastRef.insert(message.conversationId, planned.ref);
        }
    }
    if (acknowledgedAndFound != kTotalMessages)
        problems << u"%1 of %2 acknowledged messages found"_s.arg(acknowledgedAndFound)
                        .arg(kTotalMessages);
    if (!problems.isEmpty()) {
        problems.prepend(u"%1: %2 problems"_s.arg(where).arg(problems.size()));
        QFAIL(qPrintable(problems.mid(0, 20).join(u'\n')));
    }
    qInfo("%s: %d messages, each exactly once, acknowledged ids and seqs match, senders' order "
          "kept",
          qPrintable(where), int(stored.size()));
}

void TestCrashDurability::verifyEventLog()
{
    const QString name = u"durability-events"_s;
    QStringList problems;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_sandbox->databasePath());
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        // Every message has its receive_message event at its own seq, carrying that message;
        // there is no other receive_message event.
        QSqlQuery missing(db);
        QVERIFY(missing.exec(
            u"SELECT m.mobile_ref_id, m.conversation_id, m.seq FROM messages m LEFT JOIN events e "
            "ON e.conversation_id = m.conversation_id AND e.seq = m.seq AND "
            "e.event = 'receive_message' AND "
            "json_extract(e.payload, '$.message.id') = m.id AND "
            "json_extract(e.payload, '$.message.mobile_ref_id') = m.mobile_ref_id "
            "WHERE e.seq IS NULL"_s));
        while (missing.next())
            problems << u"no receive_message event for %1 (conversation %2 seq %3)"_s
                            .arg(missing.value(0).toString())
                            .arg(missing.value(1).toLongLong())
                            .arg(missing.value(2).toLongLong());
        QSqlQuery count(db);
        QVERIFY(count.exec(u"SELECT (SELECT count(*) FROM events WHERE event = 'receive_message'), "
                           "(SELECT count(*) FROM messages)"_s));
        QVERIFY(count.next());
        if (count.value(0).toLongLong() != kTotalMessages ||
            count.value(1).toLongLong() != kTotalMessages)
            problems << u"%1 receive_message events for %2 messages, expected %3 each"_s
                            .arg(count.value(0).toLongLong())
                            .arg(count.value(1).toLongLong())
                            .arg(kTotalMessages);
        // The conversation's counter is where its log ends: nothing was handed out twice.
        QSqlQuery counters(db);
        QVERIFY(counters.exec(u"SELECT c.id, c.last_seq, (SELECT max(seq) FROM events e WHERE "
                              "e.conversation_id = c.id) FROM conversations c"_s));
        while (counters.next()) {
            if (counters.value(1).toLongLong() != counters.value(2).toLongLong())
                problems << u"conversation %1: last_seq %2 but the log ends at %3"_s
                                .arg(counters.value(0).toLongLong())
                                .arg(counters.value(1).toLongLong())
                                .arg(counters.value(2).toLongLong());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
    qInfo("SQLite: one receive_message event per message, counters match the log");
}

QTEST_GUILESS_MAIN(TestCrashDurability)
#include "tst_crash_durability.moc"
