// Per-user quotas and reaction rules over real loopback sockets (issue #13, items 8 and 10):
// reactions take exactly one emoji and are capped per message and per user, a since_seq
// replay rebuilds the reaction lists that were broadcast (the log holds deltas), and
// conversations, members, notifications, tokens and sockets stay within their limits. Each
// refusal is checked together with a well-behaved request that is still served.

#include "ChatTestSupport.h"
#include "DatabaseSnapshot.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <memory>
#include <vector>

using namespace confab;
using namespace confab::testing;

namespace {

const QString kOkStatus = QStringLiteral("ok");

struct Person
{
    TestServer::Account account;
    std::unique_ptr<PhoenixClient> client;
    qint64 id() const { return account.id; }
};

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

QJsonObject reaction(qint64 messageId, const QString &emoji)
{
    return {{QStringLiteral("message_id"), messageId}, {QStringLiteral("emoji"), emoji}};
}

} // namespace

class TestQuotas : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    Person m_ada, m_bob, m_cyd;

    bool connect(Person &person)
    {
        person.client = std::make_unique<PhoenixClient>();
        return person.client->open(m_server->socketUrl(person.account.token)) &&
               status(person.client->join(userTopic(person.id()))) == kOkStatus;
    }

    bool start(server::ServerConfig config)
    {
        m_server = std::make_unique<TestServer>(config);
        if (!m_server->start())
            return false;
        for (auto [person, name] : {std::pair{&m_ada, "ada"}, {&m_bob, "bob"}, {&m_cyd, "cyd"}}) {
            person->account = m_server->registerUser(QString::fromLatin1(name));
            if (!person->account.ok || !connect(*person))
                return false;
        }
        return true;
    }

    QJsonObject createGroup(Person &owner, const QList<qint64> &members)
    {
        return owner.client->push(userTopic(owner.id()), QStringLiteral("create_conversation"),
                                  {{QStringLiteral("kind"), QStringLiteral("group")},
                                   {QStringLiteral("title"), QStringLiteral("Quota")},
                                   {QStringLiteral("member_ids"), idArray(members)}});
    }

    // A group of ada, bob and cyd that all three have joined, with one message of ada's.
    std::pair<qint64, qint64> groupWithMessage()
    {
        const qint64 gid = conversationId(response(createGroup(m_ada, {m_bob.id(), m_cyd.id()})));
        for (Person *person : {&m_ada, &m_bob, &m_cyd})
            person->client->join(chatTopic(gid));
        const qint64 message =
            sendMessage(*m_ada.client, gid, QStringLiteral("react"), QStringLiteral("m1"));
        return {gid, message};
    }

    QString react(Person &person, qint64 gid, qint64 message, const QString &emoji, bool add = true)
    {
        const QJsonObject reply = person.client->push(chatTopic(gid),
                                                      add ? QStringLiteral("add_reaction")
                                                          : QStringLiteral("remove_reaction"),
                                                      reaction(message, emoji));
        return status(reply) == kOkStatus ? kOkStatus : reason(reply);
    }

private Q_SLOTS:
    void cleanup()
    {
        for (Person *person : {&m_ada, &m_bob, &m_cyd})
            person->client.reset();
        m_server.reset();
    }

    void reactionIsOneEmoji_data()
    {
        QTest::addColumn<QString>("emoji");
        QTest::addColumn<QString>("expected");
        const QString invalid = QStringLiteral("invalid");
        QTest::newRow("letter") << QStringLiteral("a") << invalid;
        QTest::newRow("word") << QStringLiteral("ok") << invalid;
        QTest::newRow("digit") << QStringLiteral("1") << invalid;
        QTest::newRow("two emoji") << QStringLiteral("👍👍") << invalid;
        QTest::newRow("emoji and text") << QStringLiteral("👍a") << invalid;
        QTest::newRow("lone joiner") << QStringLiteral("\u200d") << invalid;
        QTest::newRow("two flags") << QStringLiteral("🇩🇪🇫🇷") << invalid;
        QTest::newRow("thumbs up") << QStringLiteral("👍") << kOkStatus;
        QTest::newRow("heart with VS16") << QStringLiteral("❤️") << kOkStatus;
        QTest::newRow("skin tone") << QStringLiteral("👍🏽") << kOkStatus;
        QTest::newRow("flag") << QStringLiteral("🇩🇪") << kOkStatus;
        QTest::newRow("keycap") << QStringLiteral("1️⃣") << kOkStatus;
        QTest::newRow("family ZWJ") << QStringLiteral("👨‍👩‍👧‍👦") << kOkStatus;
        QTest::newRow("tag flag") << QStringLiteral("🏴󠁧󠁢󠁳󠁣󠁴󠁿") << kOkStatus;
    }

    void reactionIsOneEmoji()
    {
        QFETCH(QString, emoji);
        QFETCH(QString, expected);
        QVERIFY(start({}));
        const auto [gid, message] = groupWithMessage();
        QCOMPARE(react(m_bob, gid, message, emoji), expected);
        // Taking back a reaction is never refused for its text (one stored before the rule).
        QCOMPARE(react(m_bob, gid, message, emoji, false), kOkStatus);
        QCOMPARE(react(m_bob, gid, message, QStringLiteral("🎉")), kOkStatus);
    }

    void reactionsAreCappedPerMessageAndPerUser()
    {
        server::ServerConfig config;
        config.quotas.reactionsPerMessage = 3;
        config.quotas.reactionsPerUserPerMessage = 2;
        QVERIFY(start(config));
        const auto [gid, message] = groupWithMessage();
        QCOMPARE(react(m_ada, gid, message, QStringLiteral("👍")), kOkStatus);
        QCOMPARE(react(m_ada, gid, message, QStringLiteral("🎉")), kOkStatus);
        QCOMPARE(react(m_ada, gid, message, QStringLiteral("😂")), QStringLiteral("forbidden"));
        QCOMPARE(react(m_bob, gid, message, QStringLiteral("😂")), kOkStatus); // third kind
        QCOMPARE(react(m_cyd, gid, message, QStringLiteral("😮")), QStringLiteral("forbidden"));
        QCOMPARE(react(m_cyd, gid, message, QStringLiteral("👍")), kOkStatus); // a known kind
        // Room again after taking one back.
        QCOMPARE(react(m_ada, gid, message, QStringLiteral("🎉"), false), kOkStatus);
        QCOMPARE(react(m_ada, gid, message, QStringLiteral("😂")), kOkStatus);
        const auto stored = queryInt(m_server->dataDir() + QStringLiteral("/confab.sqlite3"),
                                     QStringLiteral("SELECT count(*) FROM reactions"), {});
        QCOMPARE(stored, 4);
    }

    void replayRebuildsTheBroadcastReactions()
    {
        QVERIFY(start({}));
        const auto [gid, message] = groupWithMessage();
        const qint64 second =
            sendMessage(*m_ada.client, gid, QStringLiteral("two"), QStringLiteral("m2"));
        QVERIFY(settle(*m_ada.client, chatTopic(gid), {m_bob.client.get()}));
        const QJsonObject joined = response(m_cyd.client->join(chatTopic(gid)));
        const qint64 since = joined.value(QLatin1StringView("conversation"))
                                 .toObject()
                                 .value(QLatin1StringView("last_seq"))
                                 .toInteger();
        const Marks marks = mark({m_bob.client.get()});
        // Adds and removals by several people on two messages, in an interleaved order.
        QCOMPARE(react(m_ada, gid, message, QStringLiteral("👍")), kOkStatus);
        QCOMPARE(react(m_cyd, gid, message, QStringLiteral("👍")), kOkStatus);
        QCOMPARE(react(m_ada, gid, second, QStringLiteral("🎉")), kOkStatus);
        QCOMPARE(react(m_cyd, gid, message, QStringLiteral("❤️")), kOkStatus);
        QCOMPARE(react(m_ada, gid, message, QStringLiteral("👍"), false), kOkStatus);
        QCOMPARE(react(m_cyd, gid, second, QStringLiteral("🎉")), kOkStatus);
        QCOMPARE(react(m_cyd, gid, message, QStringLiteral("👍"), false), kOkStatus);
        QVERIFY(settle(*m_ada.client, chatTopic(gid), {m_bob.client.get()}));
        // What bob saw live, in order.
        QList<QJsonObject> live;
        for (const wire::Frame &frame :
             m_bob.client->received().mid(marks.value(m_bob.client.get()))) {
            if (frame.topic == chatTopic(gid) && frame.event == QStringLiteral("message_reactions"))
                live.append(frame.payload);
        }
        QCOMPARE(live.size(), 7);

        PhoenixClient late;
        QVERIFY(late.open(m_server->socketUrl(m_bob.account.token)));
        const QJsonObject replay =
            response(late.join(chatTopic(gid), {{QStringLiteral("since_seq"), since}}));
        QCOMPARE(replay.value(QLatin1StringView("gap")).toBool(), false);
        const QJsonArray events = replay.value(QLatin1StringView("events")).toArray();
        QCOMPARE(events.size(), 7);
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QJsonObject entry = events.at(i).toObject();
            QCOMPARE(entry.value(QLatin1StringView("event")).toString(),
                     QStringLiteral("message_reactions"));
            QCOMPARE(entry.value(QLatin1StringView("seq")).toInteger(), since + 1 + i);
            QCOMPARE(compact(entry.value(QLatin1StringView("payload")).toObject()),
                     compact(live.at(i)));
        }
        // The log holds only the deltas: every reaction row is small, whatever the list.
        const auto largest = queryInt(m_server->dataDir() + QStringLiteral("/confab.sqlite3"),
                                      QStringLiteral("SELECT max(length(payload)) FROM events "
                                                     "WHERE event = 'reaction_delta'"),
                                      {});
        QVERIFY(largest.has_value());
        QVERIFY2(*largest < 128, qPrintable(QString::number(*largest)));
    }

    void conversationsPerUserAreCapped()
    {
        server::ServerConfig config;
        config.quotas.conversationsPerUser = 2;
        QVERIFY(start(config));
        QCOMPARE(status(createGroup(m_ada, {m_bob.id()})), kOkStatus);
        QCOMPARE(status(createGroup(m_ada, {m_cyd.id()})), kOkStatus);
        QCOMPARE(reason(createGroup(m_ada, {m_bob.id()})), QStringLiteral("forbidden"));
        // Someone else still can.
        QCOMPARE(status(createGroup(m_bob, {m_ada.id()})), kOkStatus);
    }

    void membersArePerRequestAndPerConversationCapped()
    {
        server::ServerConfig config;
        config.quotas.membersPerRequest = 1;
        config.quotas.membersPerConversation = 2;
        QVERIFY(start(config));
        QCOMPARE(reason(createGroup(m_ada, {m_bob.id(), m_cyd.id()})), QStringLiteral("invalid"));
        const qint64 gid = conversationId(response(createGroup(m_ada, {m_bob.id()})));
        QVERIFY(gid > 0);
        QCOMPARE(status(m_ada.client->join(chatTopic(gid))), kOkStatus);
        const QJsonObject full =
            m_ada.client->push(chatTopic(gid), QStringLiteral("add_members"),
                               {{QStringLiteral("user_ids"), idArray({m_cyd.id()})}});
        QCOMPARE(reason(full), QStringLiteral("forbidden"));
        const QJsonObject many =
            m_ada.client->push(chatTopic(gid), QStringLiteral("add_members"),
                               {{QStringLiteral("user_ids"), idArray({m_cyd.id(), m_bob.id()})}});
        QCOMPARE(reason(many), QStringLiteral("invalid"));
        const auto members = queryInt(m_server->dataDir() + QStringLiteral("/confab.sqlite3"),
                                      QStringLiteral("SELECT count(*) FROM members WHERE "
                                                     "conversation_id = ?"),
                                      {gid});
        QCOMPARE(members, 2);
        // Making room lets the next one in.
        QCOMPARE(status(m_ada.client->push(chatTopic(gid), QStringLiteral("remove_member"),
                                           {{QStringLiteral("user_id"), m_bob.id()}})),
                 kOkStatus);
        QCOMPARE(status(m_ada.client->push(chatTopic(gid), QStringLiteral("add_members"),
                                           {{QStringLiteral("user_ids"), idArray({m_cyd.id()})}})),
                 kOkStatus);
    }

    void oldestNotificationsAreDropped()
    {
        server::ServerConfig config;
        config.quotas.notificationsPerUser = 3;
        QVERIFY(start(config));
        const qint64 gid = conversationId(response(createGroup(m_ada, {m_bob.id()})));
        QCOMPARE(status(m_ada.client->join(chatTopic(gid))), kOkStatus);
        QList<qint64> sent;
        for (int i = 0; i < 6; ++i)
            sent.append(sendMessage(*m_ada.client, gid, QStringLiteral("n%1").arg(i),
                                    QStringLiteral("n%1").arg(i)));
        const QString path = m_server->dataDir() + QStringLiteral("/confab.sqlite3");
        QCOMPARE(queryInt(path,
                          QStringLiteral("SELECT count(*) FROM notifications WHERE user_id = ?"),
                          {m_bob.id()}),
                 3);
        // The newest three are the ones kept.
        QCOMPARE(
            queryInt(path,
                     QStringLiteral("SELECT min(message_id) FROM notifications WHERE user_id = ?"),
                     {m_bob.id()}),
            sent.at(3));
    }

    void tokensPerUserDropTheOldest()
    {
        server::ServerConfig config;
        config.quotas.tokensPerUser = 2;
        QVERIFY(start(config));
        const QJsonObject credentials{
            {QStringLiteral("username"), QStringLiteral("bob")},
            {QStringLiteral("password"), QStringLiteral("correct horse")}};
        // bob's registration token is the oldest; two sign-ins push it out.
        QList<QString> tokens;
        for (int i = 0; i < 2; ++i) {
            const HttpResult signedIn =
                m_server->postJson(QStringLiteral("/api/v1/session"), credentials);
            QCOMPARE(signedIn.status, 200);
            tokens.append(signedIn.json.value(QLatin1StringView("token")).toString());
        }
        // The socket on the dropped token is closed as signed out, at once.
        QVERIFY(m_bob.client->waitForClose());
        QCOMPARE(m_bob.client->closeCode(), 4401);
        PhoenixClient dropped;
        QVERIFY(!dropped.open(m_server->socketUrl(m_bob.account.token)) || dropped.waitForClose());
        for (const QString &token : tokens) {
            PhoenixClient live;
            QVERIFY(live.open(m_server->socketUrl(token)));
            QCOMPARE(status(live.join(userTopic(m_bob.id()))), kOkStatus);
        }
        QCOMPARE(queryInt(m_server->dataDir() + QStringLiteral("/confab.sqlite3"),
                          QStringLiteral("SELECT count(*) FROM tokens WHERE user_id = ?"),
                          {m_bob.id()}),
                 2);
    }

    void fullDatabaseQueueAnswersRateLimited()
    {
        server::ServerConfig config;
        config.databaseQueueLimit = 100;
        QVERIFY(start(config));
        const qint64 gid = conversationId(response(createGroup(m_ada, {m_bob.id()})));
        // A socket runs at most 16 requests at once (back-pressure), so it takes several to
        // fill a queue of 100: ten sockets with 15 requests each.
        constexpr int kSockets = 10;
        constexpr int kPushesEach = 15;
        constexpr int kPushes = kSockets * kPushesEach;
        std::vector<std::unique_ptr<PhoenixClient>> sockets;
        QList<qsizetype> before;
        for (int i = 0; i < kSockets; ++i) {
            auto socket = std::make_unique<PhoenixClient>();
            QVERIFY(socket->open(m_server->socketUrl(m_ada.account.token)));
            QCOMPARE(status(socket->join(chatTopic(gid))), kOkStatus);
            before.append(socket->received().size());
            sockets.push_back(std::move(socket));
        }
        // Another connection holds the write lock: the server's database thread waits for it
        // (up to its 5 s busy timeout), so requests pile up in its queue.
        QSqlDatabase blocker =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("blocker"));
        blocker.setDatabaseName(m_server->dataDir() + QStringLiteral("/confab.sqlite3"));
        QVERIFY(blocker.open());
        QVERIFY(QSqlQuery(blocker).exec(QStringLiteral("BEGIN IMMEDIATE")));
        for (const auto &socket : sockets) {
            for (int i = 0; i < kPushesEach; ++i)
                socket->send(chatTopic(gid), QStringLiteral("list_starred"));
        }
        const auto answered = [&] {
            QList<wire::Frame> replies;
            for (int i = 0; i < kSockets; ++i) {
                for (const wire::Frame &frame : sockets[i]->received().mid(before[i])) {
                    if (frame.event == QStringLiteral("phx_reply"))
                        replies.append(frame);
                }
            }
            return replies;
        };
        const auto replies = [&](const QString &wanted) {
            int count = 0;
            for (const wire::Frame &frame : answered()) {
                if (frame.payload.value(QLatin1StringView("status")).toString() == wanted)
                    ++count;
            }
            return count;
        };
        // Beyond the queue's 100 the answer comes at once, while the database is still held.
        QTRY_VERIFY_WITH_TIMEOUT(replies(QStringLiteral("error")) > 0, 3000);
        QCOMPARE(replies(kOkStatus), 0);
        const int refused = replies(QStringLiteral("error"));
        for (const wire::Frame &frame : answered()) {
            if (frame.payload.value(QLatin1StringView("status")).toString() != kOkStatus)
                QCOMPARE(reason(frame.payload), QStringLiteral("rate_limited"));
        }
        QVERIFY(QSqlQuery(blocker).exec(QStringLiteral("ROLLBACK")));
        blocker.close();
        blocker = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("blocker"));
        // The queued ones are all served once the disk is free, and so is everyone else.
        QTRY_COMPARE_WITH_TIMEOUT(replies(kOkStatus) + replies(QStringLiteral("error")), kPushes,
                                  10'000);
        QCOMPARE(replies(QStringLiteral("error")), refused);
        QVERIFY(kPushes - refused >= 100);
        QCOMPARE(status(m_bob.client->push(userTopic(m_bob.id()), QStringLiteral("search_users"),
                                           {{QStringLiteral("query"), QStringLiteral("ad")}})),
                 kOkStatus);
    }

    void socketsPerUserAreCapped()
    {
        server::ServerConfig config;
        config.maxSocketsPerUser = 2;
        QVERIFY(start(config)); // one socket each already
        PhoenixClient second;
        QVERIFY(second.open(m_server->socketUrl(m_ada.account.token)));
        QCOMPARE(status(second.join(userTopic(m_ada.id()))), kOkStatus);
        PhoenixClient third;
        third.open(m_server->socketUrl(m_ada.account.token));
        QVERIFY(third.waitForClose());
        QCOMPARE(third.closeCode(), 1008);
        // The two she has are still served, and so is everyone else.
        for (PhoenixClient *client : {m_ada.client.get(), &second})
            QCOMPARE(status(client->push(userTopic(m_ada.id()), QStringLiteral("search_users"),
                                         {{QStringLiteral("query"), QStringLiteral("bo")}})),
                     kOkStatus);
        PhoenixClient bobs;
        QVERIFY(bobs.open(m_server->socketUrl(m_bob.account.token)));
        QCOMPARE(status(bobs.join(userTopic(m_bob.id()))), kOkStatus);
    }
};

QTEST_GUILESS_MAIN(TestQuotas)
#include "tst_quotas.moc"
