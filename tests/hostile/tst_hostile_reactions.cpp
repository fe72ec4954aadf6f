// Reaction spam against the real confabd (issue #13, item 8): 10,000 reaction adds must cost
// event log bytes in proportion to their number. The log used to hold each message's whole
// reaction list at every change, so the bytes grew with the square of the reactions on a
// message (10,000 reactions were about 2.5 GB). Asserts the refusal of non-emoji reactions
// and that a well-behaved client is still served promptly.

#include "ConfabdHarness.h"
#include "RawWebSocketClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <vector>

using namespace confab::testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 60'000;
constexpr qint64 kPromptMs = 10'000;
const QString kPassword = QStringLiteral("correct horse battery");
constexpr int kUsers = 5;
constexpr int kMessagesPerUser = 100;
// Twenty kinds: the most one user may put on one message (max_reactions_per_user_per_message).
const QStringList kEmoji{u"😀"_s, u"😁"_s, u"😂"_s, u"😃"_s, u"😄"_s, u"😅"_s, u"😆"_s,
                         u"😇"_s, u"😈"_s, u"😉"_s, u"😊"_s, u"😋"_s, u"😌"_s, u"😍"_s,
                         u"😎"_s, u"😏"_s, u"😐"_s, u"😑"_s, u"😒"_s, u"😓"_s};
// One logged reaction change: {"added":true,"emoji":"😀","message_id":123,"user_id":4}.
constexpr qint64 kMaxDeltaBytes = 128;

QByteArray frame(const QJsonArray &array)
{
    return clientFrame(0x1, QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// Reads text frames until `count` replies have come; returns how many were ok, -1 on timeout.
// Remembers the last reply's response in `last`.
int readReplies(RawWebSocketClient &client, int count, QJsonObject *last = nullptr)
{
    QDeadlineTimer deadline(kWaitMs);
    int replies = 0;
    int ok = 0;
    while (replies < count) {
        const auto next = client.readFrame(int(deadline.remainingTime()));
        if (!next)
            return -1;
        if (next->opcode != 0x1)
            continue;
        const QJsonArray array = QJsonDocument::fromJson(next->payload).array();
        if (array.at(3).toString() != u"phx_reply"_s)
            continue;
        ++replies;
        const QJsonObject payload = array.at(4).toObject();
        if (payload.value(u"status"_s).toString() == u"ok"_s)
            ++ok;
        if (last)
            *last = payload;
    }
    return ok;
}

} // namespace

class TestHostileReactions : public QObject
{
    Q_OBJECT

    struct User
    {
        QString token;
        qint64 id = 0;
        std::unique_ptr<RawWebSocketClient> socket;
    };

    std::unique_ptr<Sandbox> m_sandbox;
    Daemon m_daemon;
    std::unique_ptr<Http> m_http;
    quint16 m_port = 0;

    User registerUser(const QString &name)
    {
        const DaemonHttpResult registered = m_http->post(
            u"/api/v1/register"_s,
            {{u"username"_s, name}, {u"password"_s, kPassword}, {u"display_name"_s, name}});
        return {registered.json.value(u"token"_s).toString(),
                registered.json.value(u"user"_s).toObject().value(u"id"_s).toInteger(),
                std::make_unique<RawWebSocketClient>()};
    }

    bool open(User &user)
    {
        const QByteArray target = "/socket/websocket?vsn=2.0.0&token=" + user.token.toUtf8();
        if (!user.socket->sendUpgrade(m_port, target) ||
            !user.socket->readResponseHead(kWaitMs).startsWith("HTTP/1.1 101"))
            return false;
        user.socket->write(
            frame({u"u"_s, u"j"_s, u"user:%1"_s.arg(user.id), u"phx_join"_s, QJsonObject{}}));
        return readReplies(*user.socket, 1) == 1;
    }

    // A group of the user's own, joined, with `count` messages; returns their ids.
    QList<qint64> groupWithMessages(User &user, int count, qint64 *groupId)
    {
        user.socket->write(
            frame({u"u"_s, u"c"_s, u"user:%1"_s.arg(user.id), u"create_conversation"_s,
                   QJsonObject{{u"kind"_s, u"group"_s},
                               {u"title"_s, u"spam"_s},
                               {u"member_ids"_s, QJsonArray{}}}}));
        QJsonObject created;
        if (readReplies(*user.socket, 1, &created) != 1)
            return {};
        *groupId = created.value(u"response"_s)
                       .toObject()
                       .value(u"conversation"_s)
                       .toObject()
                       .value(u"id"_s)
                       .toInteger();
        const QString topic = u"chat:%1"_s.arg(*groupId);
        user.socket->write(frame({u"g"_s, u"g"_s, topic, u"phx_join"_s, QJsonObject{}}));
        if (readReplies(*user.socket, 1) != 1)
            return {};
        QList<qint64> ids;
        for (int i = 0; i < count; ++i) {
            user.socket->write(frame({u"g"_s, u"s%1"_s.arg(i), topic, u"send_message"_s,
                                      QJsonObject{{u"content"_s, u"m%1"_s.arg(i)},
                                                  {u"mobile_ref_id"_s, u"r%1"_s.arg(i)}}}));
            QJsonObject sent;
            if (readReplies(*user.socket, 1, &sent) != 1)
                return {};
            ids.append(sent.value(u"response"_s)
                           .toObject()
                           .value(u"message"_s)
                           .toObject()
                           .value(u"id"_s)
                           .toInteger());
        }
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<Sandbox>();
        QVERIFY(m_sandbox->isValid());
        const QList<quint16> ports = freePorts(1);
        QCOMPARE(ports.size(), 1);
        m_port = ports[0];
        // Flood control would stop one socket's 2,000 pushes; the log is what is measured.
        const QString config = m_sandbox->writeFile(
            u"confab.ini"_s,
            u"[server]\nport = %1\nflood_burst = 100000\nflood_per_second = 100000\n"_s.arg(m_port)
                .toUtf8());
        m_http = std::make_unique<Http>(m_port);
        m_daemon.start(*m_sandbox, m_sandbox->arguments({u"--config"_s, config}));
        QTRY_VERIFY2_WITH_TIMEOUT(m_http->healthy() || !m_daemon.isRunning(),
                                  qPrintable(m_daemon.output()), kWaitMs);
        QVERIFY2(m_daemon.isRunning(), qPrintable(m_daemon.output()));
    }

    void cleanup()
    {
        m_daemon.process().kill();
        m_daemon.process().waitForFinished(kWaitMs);
        m_http.reset();
        m_sandbox.reset();
    }

    void tenThousandReactionsCostLinearLogBytes()
    {
        std::vector<User> users;
        QList<std::pair<QString, QList<qint64>>> targets; // topic, message ids
        for (int i = 0; i < kUsers; ++i) {
            users.push_back(registerUser(u"spammer%1"_s.arg(i)));
            QVERIFY(open(users.back()));
            qint64 groupId = 0;
            const QList<qint64> messages =
                groupWithMessages(users.back(), kMessagesPerUser, &groupId);
            QCOMPARE(messages.size(), kMessagesPerUser);
            targets.append({u"chat:%1"_s.arg(groupId), messages});
        }
        // Text is refused before anything is stored.
        users[0].socket->write(
            frame({u"g"_s, u"bad"_s, targets[0].first, u"add_reaction"_s,
                   QJsonObject{{u"message_id"_s, targets[0].second[0]}, {u"emoji"_s, u"ok"_s}}}));
        QJsonObject refused;
        QCOMPARE(readReplies(*users[0].socket, 1, &refused), 0);
        QCOMPARE(refused.value(u"response"_s).toObject().value(u"reason"_s).toString(),
                 u"invalid"_s);

        // 10,000 adds: every user puts all twenty kinds on each of their messages, pipelined.
        int pushes = 0;
        for (int i = 0; i < kUsers; ++i) {
            QByteArray burst;
            for (qint64 message : std::as_const(targets[i].second)) {
                for (const QString &emoji : kEmoji) {
                    burst +=
                        frame({u"g"_s, u"a%1"_s.arg(pushes++), targets[i].first, u"add_reaction"_s,
                               QJsonObject{{u"message_id"_s, message}, {u"emoji"_s, emoji}}});
                }
            }
            users[i].socket->write(burst);
        }
        QCOMPARE(pushes, 10'000);
        for (User &user : users)
            QCOMPARE(readReplies(*user.socket, kMessagesPerUser * int(kEmoji.size())),
                     kMessagesPerUser * int(kEmoji.size()));

        // A well-behaved client is served promptly right after.
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(m_http->signIn(u"spammer0"_s, kPassword).status, 200);
        QVERIFY2(timer.elapsed() < kPromptMs, qPrintable(QString::number(timer.elapsed())));

        // The log: one small row per change, never a whole list.
        m_daemon.process().terminate();
        QVERIFY(m_daemon.process().waitForFinished(kWaitMs));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"measure"_s);
            db.setDatabaseName(m_sandbox->databasePath());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT count(*), coalesce(sum(length(payload)), 0), "
                               u"coalesce(max(length(payload)), 0) FROM events WHERE event IN "
                               u"('reaction_delta', 'message_reactions')"_s));
            QVERIFY(query.next());
            const qint64 rows = query.value(0).toLongLong();
            const qint64 bytes = query.value(1).toLongLong();
            const qint64 largest = query.value(2).toLongLong();
            qInfo() << "reaction log:" << rows << "rows," << bytes << "bytes, largest" << largest;
            QCOMPARE(rows, 10'000);
            QVERIFY2(largest <= kMaxDeltaBytes, qPrintable(QString::number(largest)));
            QVERIFY2(bytes <= rows * kMaxDeltaBytes, qPrintable(QString::number(bytes)));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"measure"_s);
    }
};

QTEST_GUILESS_MAIN(TestHostileReactions)
#include "tst_hostile_reactions.moc"
