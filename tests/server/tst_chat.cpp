// Chat behaviour over real loopback sockets: conversations, fan-out rules, read state across
// devices, presence audiences, typing throttle and expiry, notifications, catch-up and gaps.

#include "ChatTestSupport.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QTest>
#include <QTimer>

using namespace confab;
using confab::testing::chatTopic;
using confab::testing::PhoenixClient;
using confab::testing::reason;
using confab::testing::response;
using confab::testing::status;
using confab::testing::TestServer;
using confab::testing::userTopic;

namespace {
qint64 idOf(const QJsonObject &object, const char *key = "id")
{
    return qint64(object.value(QLatin1StringView(key)).toDouble());
}
int countEvents(const PhoenixClient &client, const QString &topic, const QString &event,
                std::function<bool(const QJsonObject &)> match = {})
{
    return int(std::count_if(
        client.received().cbegin(), client.received().cend(), [&](const wire::Frame &f) {
            return f.topic == topic && f.event == event && (!match || match(f.payload));
        }));
}
} // namespace

class TestChat : public QObject
{
    Q_OBJECT

    struct Person
    {
        TestServer::Account account;
        std::unique_ptr<PhoenixClient> client;
        qint64 id() const { return account.id; }
    };

    std::unique_ptr<TestServer> m_server;
    Person m_ada, m_bob, m_cyd;

    bool connectPerson(Person &person, const QString &device = QStringLiteral("test"))
    {
        person.client = std::make_unique<PhoenixClient>();
        if (!person.client->open(m_server->socketUrl(person.account.token,
                                                     QStringLiteral("device_unique_id=") + device)))
            return false;
        return status(person.client->join(userTopic(person.id()))) == QStringLiteral("ok");
    }

    qint64 createGroup(Person &owner, const QList<qint64> &members, const QString &title)
    {
        QJsonArray ids;
        for (qint64 id : members)
            ids.append(id);
        const QJsonObject reply =
            owner.client->push(userTopic(owner.id()), QStringLiteral("create_conversation"),
                               {{QStringLiteral("kind"), QStringLiteral("group")},
                                {QStringLiteral("title"), title},
                                {QStringLiteral("member_ids"), ids}});
        return idOf(response(reply).value(QLatin1StringView("conversation")).toObject());
    }

    QJsonObject send(Person &person, qint64 conversationId, const QString &content,
                     const QString &ref)
    {
        return person.client->push(
            chatTopic(conversationId), QStringLiteral("send_message"),
            {{QStringLiteral("content"), content}, {QStringLiteral("mobile_ref_id"), ref}});
    }

private Q_SLOTS:
    void init()
    {
        server::ServerConfig config;
        config.typingThrottleMs = 1000;
        config.typingExpiryMs = 1500;
        m_server = std::make_unique<TestServer>(config);
        QVERIFY(m_server->start());
        for (auto [person, name] : {std::pair{&m_ada, "ada"}, {&m_bob, "bob"}, {&m_cyd, "cyd"}}) {
            person->account = m_server->registerUser(QString::fromLatin1(name));
            QVERIFY(person->account.ok);
            QVERIFY(connectPerson(*person));
        }
    }

    void cleanup()
    {
        for (Person *person : {&m_ada, &m_bob, &m_cyd})
            person->client.reset();
        m_server.reset();
    }

    void groupLifecycleReachesEveryMember()
    {
        const qint64 gid = createGroup(m_ada, {m_bob.id(), m_cyd.id()}, QStringLiteral("Team"));
        QVERIFY(gid > 0);
        for (Person *person : {&m_ada, &m_bob, &m_cyd}) {
            const auto created = person->client->waitForEvent(
                userTopic(person->id()), QStringLiteral("conversation_created"));
            QVERIFY(created);
            const QJsonObject conversation =
                created->payload.value(QLatin1StringView("conversation")).toObject();
            QCOMPARE(idOf(conversation), gid);
            QCOMPARE(conversation.value(QLatin1StringView("member_count")).toInt(), 3);
            QCOMPARE(conversation.value(QLatin1StringView("unread_count")).toInt(), 0);
        }
        // A later join of user:<id> lists it.
        PhoenixClient again;
        QVERIFY(again.open(m_server->socketUrl(m_bob.account.token)));
        const QJsonArray listed = response(again.join(userTopic(m_bob.id())))
                                      .value(QLatin1StringView("conversations"))
                                      .toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0).toObject().value(QLatin1StringView("title")).toString(),
                 QStringLiteral("Team"));
    }

    void directConversationIsIdempotent()
    {
        const auto create = [&](Person &from, qint64 other) {
            return idOf(response(from.client->push(
                                     userTopic(from.id()), QStringLiteral("create_conversation"),
                                     {{QStringLiteral("kind"), QStringLiteral("direct")},
                                      {QStringLiteral("member_ids"), QJsonArray{other}}}))
                            .value(QLatin1StringView("conversation"))
                            .toObject());
        };
        const qint64 first = create(m_ada, m_bob.id());
        QVERIFY(first > 0);
        QCOMPARE(create(m_ada, m_bob.id()), first);
        QCOMPARE(create(m_bob, m_ada.id()), first); // from either side
        QVERIFY(create(m_ada, m_cyd.id()) != first);
    }

    void directConversationNamesThePeer()
    {
        const auto peerSeenBy = [&](Person &from, qint64 other) {
            return response(from.client->push(userTopic(from.id()),
                                              QStringLiteral("create_conversation"),
                                              {{QStringLiteral("kind"), QStringLiteral("direct")},
                                               {QStringLiteral("member_ids"), QJsonArray{other}}}))
                .value(QLatin1StringView("conversation"))
                .toObject()
                .value(QLatin1StringView("peer"))
                .toObject();
        };
        QCOMPARE(idOf(peerSeenBy(m_ada, m_bob.id())), m_bob.id());
        const QJsonObject adaAsPeer = peerSeenBy(m_bob, m_ada.id());
        QCOMPARE(idOf(adaAsPeer), m_ada.id());
        QCOMPARE(adaAsPeer.value(QLatin1StringView("username")).toString(), m_ada.account.username);
        const qint64 group = createGroup(m_ada, {m_bob.id()}, QStringLiteral("No peer"));
        const QJsonArray conversations = response(m_ada.client->join(userTopic(m_ada.id())))
                                             .value(QLatin1StringView("conversations"))
                                             .toArray();
        const auto groupView =
            std::find_if(conversations.begin(), conversations.end(),
                         [&](const QJsonValue &value) { return idOf(value.toObject()) == group; });
        QVERIFY(groupView != conversations.end());
        QVERIFY(!groupView->toObject().contains(QLatin1StringView("peer")));
    }

    void messagesFanOutExceptToTheSendingSocket()
    {
        const qint64 gid = createGroup(m_ada, {m_bob.id(), m_cyd.id()}, QStringLiteral("Team"));
        PhoenixClient adaPhone;
        QVERIFY(adaPhone.open(m_server->socketUrl(m_ada.account.token)));
        QCOMPARE(status(adaPhone.join(userTopic(m_ada.id()))), QStringLiteral("ok"));
        for (PhoenixClient *client : {m_ada.client.get(), &adaPhone, m_bob.client.get()})
            QCOMPARE(status(client->join(chatTopic(gid))), QStringLiteral("ok"));
        const QJsonObject reply =
            send(m_ada, gid, QStringLiteral("hello **team**"), QStringLiteral("r1"));
        QCOMPARE(status(reply), QStringLiteral("ok"));
        const QJsonObject message = response(reply).value(QLatin1StringView("message")).toObject();
        const auto onPhone =
            adaPhone.waitForEvent(chatTopic(gid), QStringLiteral("receive_message"));
        QVERIFY(onPhone); // the sender's other device gets it
        QCOMPARE(onPhone->payload.value(QLatin1StringView("message")).toObject(), message);
        QVERIFY(m_bob.client->waitForEvent(chatTopic(gid), QStringLiteral("receive_message")));
        const auto sentAck =
            m_ada.client->waitForEvent(chatTopic(gid), QStringLiteral("message_sent"));
        QVERIFY(sentAck);
        QCOMPARE(sentAck->payload.value(QLatin1StringView("message_id")).toInteger(),
                 idOf(message));
        // conversation_activity reaches everyone's user topic, with their own unread count.
        const auto activity = m_cyd.client->waitForEvent(userTopic(m_cyd.id()),
                                                         QStringLiteral("conversation_activity"));
        QVERIFY(activity);
        QCOMPARE(activity->payload.value(QLatin1StringView("unread_count")).toInt(), 1);
        // The sender's other device hears it too; the sending socket does not: its reply
        // already carried the message (one frame per event, docs/protocol.md "Messages").
        const auto onPhoneActivity =
            adaPhone.waitForEvent(userTopic(m_ada.id()), QStringLiteral("conversation_activity"));
        QVERIFY(onPhoneActivity);
        QCOMPARE(onPhoneActivity->payload.value(QLatin1StringView("message")).toObject(), message);
        // The fan-out to every socket happened before the phone's arrived; a heartbeat round
        // trip then flushes whatever was queued for the sending socket.
        QVERIFY(m_ada.client->waitForReply(
            m_ada.client->send(QStringLiteral("phoenix"), QStringLiteral("heartbeat"))));
        QCOMPARE(countEvents(*m_ada.client, userTopic(m_ada.id()),
                             QStringLiteral("conversation_activity")),
                 0);
        QCOMPARE(countEvents(*m_ada.client, chatTopic(gid), QStringLiteral("receive_message")), 0);
    }

    void readStateFollowsTheUserAcrossDevices()
    {
        const qint64 gid = createGroup(m_ada, {m_bob.id()}, QStringLiteral("Pair"));
        QCOMPARE(status(m_bob.client->join(chatTopic(gid))), QStringLiteral("ok"));
        QCOMPARE(status(m_ada.client->join(chatTopic(gid))), QStringLiteral("ok"));
        qint64 lastSeq = 0;
        for (int i = 0; i < 3; ++i) {
            const QJsonObject reply =
                send(m_ada, gid, QStringLiteral("m%1").arg(i), QStringLiteral("m%1").arg(i));
            lastSeq = response(reply)
                          .value(QLatin1StringView("message"))
                          .toObject()
                          .value(QLatin1StringView("seq"))
                          .toInteger();
        }
        PhoenixClient bobLaptop;
        QVERIFY(bobLaptop.open(m_server->socketUrl(m_bob.account.token)));
        QCOMPARE(status(bobLaptop.join(userTopic(m_bob.id()))), QStringLiteral("ok"));
        QCOMPARE(status(m_bob.client->push(chatTopic(gid), QStringLiteral("mark_read"),
                                           {{QStringLiteral("seq"), lastSeq - 1}})),
                 QStringLiteral("ok"));
        const auto read =
            bobLaptop.waitForEvent(userTopic(m_bob.id()), QStringLiteral("conversation_read"));
        QVERIFY(read);
        QCOMPARE(read->payload.value(QLatin1StringView("last_read_seq")).toInteger(), lastSeq - 1);
        QCOMPARE(read->payload.value(QLatin1StringView("unread_count")).toInt(), 1);
        const auto receipt =
            m_ada.client->waitForEvent(chatTopic(gid), QStringLiteral("message_read"));
        QVERIFY(receipt);
        QCOMPARE(receipt->payload.value(QLatin1StringView("user_id")).toInteger(), m_bob.id());
        // Going backwards never lowers the read position.
        QCOMPARE(status(m_bob.client->push(chatTopic(gid), QStringLiteral("mark_read"),
                                           {{QStringLiteral("seq"), 1}})),
                 QStringLiteral("ok"));
        const auto again =
            bobLaptop.waitForEvent(userTopic(m_bob.id()), QStringLiteral("conversation_read"));
        QCOMPARE(again->payload.value(QLatin1StringView("last_read_seq")).toInteger(), lastSeq - 1);
        // The join reply carries read states.
        PhoenixClient cydless;
        QVERIFY(cydless.open(m_server->socketUrl(m_ada.account.token)));
        const QJsonArray states = response(cydless.join(chatTopic(gid)))
                                      .value(QLatin1StringView("read_states"))
                                      .toArray();
        QVERIFY(states.contains(QJsonObject{{QStringLiteral("user_id"), m_bob.id()},
                                            {QStringLiteral("last_read_seq"), lastSeq - 1}}));
    }

    void presenceAudienceIsSharedConversations()
    {
        PhoenixClient &ada = *m_ada.client;
        QVERIFY(ada.waitForEvent(userTopic(m_ada.id()), QStringLiteral("presence_state")));
        // No shared conversation yet: cyd reconnecting is invisible to ada.
        m_cyd.client.reset();
        QVERIFY(connectPerson(m_cyd));
        const qint64 gid = createGroup(m_ada, {m_cyd.id()}, QStringLiteral("Now"));
        QVERIFY(gid > 0);
        const auto joined =
            ada.waitForEvent(userTopic(m_ada.id()), QStringLiteral("presence_diff"));
        QVERIFY(joined);
        QVERIFY(joined->payload.value(QLatin1StringView("joins"))
                    .toObject()
                    .contains(QString::number(m_cyd.id())));
        m_cyd.client.reset();
        const auto left = ada.waitForEvent(userTopic(m_ada.id()), QStringLiteral("presence_diff"));
        QVERIFY(left);
        QVERIFY(left->payload.value(QLatin1StringView("leaves"))
                    .toObject()
                    .contains(QString::number(m_cyd.id())));
        QCOMPARE(countEvents(ada, userTopic(m_ada.id()), QStringLiteral("presence_diff"),
                             [&](const QJsonObject &p) {
                                 return p.value(QLatin1StringView("joins"))
                                     .toObject()
                                     .contains(QString::number(m_bob.id()));
                             }),
                 0);
    }

    void typingIsThrottledAndExpires()
    {
        const qint64 gid = createGroup(m_ada, {m_bob.id()}, QStringLiteral("Typing"));
        PhoenixClient adaPhone;
        QVERIFY(adaPhone.open(m_server->socketUrl(m_ada.account.token)));
        for (PhoenixClient *client : {m_ada.client.get(), m_bob.client.get(), &adaPhone})
            QCOMPARE(status(client->join(chatTopic(gid))), QStringLiteral("ok"));
        const auto typingTrue = [](const QJsonObject &p) {
            return p.value(QLatin1StringView("typing")).toBool();
        };
        // ada types for 2.2 s, sending every 50 ms (44 pushes).
        QElapsedTimer typingFor;
        typingFor.start();
        QTimer keystrokes;
        connect(&keystrokes, &QTimer::timeout, this, [&] {
            m_ada.client->send(chatTopic(gid), QStringLiteral("typing"),
                               {{QStringLiteral("typing"), true}});
        });
        keystrokes.start(50);
        QTRY_VERIFY_WITH_TIMEOUT(typingFor.elapsed() >= 2200, 5000);
        keystrokes.stop();
        const int forwarded =
            countEvents(*m_bob.client, chatTopic(gid), QStringLiteral("typing"), typingTrue);
        QVERIFY2(forwarded >= 2 && forwarded <= 3, qPrintable(QString::number(forwarded)));
        const auto first = m_bob.client->waitForEvent(chatTopic(gid), QStringLiteral("typing"));
        QCOMPARE(first->payload.value(QLatin1StringView("user_id")).toInteger(), m_ada.id());
        QCOMPARE(first->payload.value(QLatin1StringView("display_name")).toString(),
                 QStringLiteral("ADA"));
        // Never to the typer's own sockets.
        QCOMPARE(countEvents(adaPhone, chatTopic(gid), QStringLiteral("typing")), 0);
        QCOMPARE(countEvents(*m_ada.client, chatTopic(gid), QStringLiteral("typing")), 0);
        // No refresh: the server says typing:false by itself after the expiry (1.5 s here).
        QElapsedTimer sinceLast;
        sinceLast.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            countEvents(*m_bob.client, chatTopic(gid), QStringLiteral("typing"),
                        [](const QJsonObject &p) {
                            return !p.value(QLatin1StringView("typing")).toBool();
                        }) == 1,
            5000);
        QVERIFY(sinceLast.elapsed() >= 1000);

        // The typing socket closing ends typing at once.
        m_ada.client->send(chatTopic(gid), QStringLiteral("typing"),
                           {{QStringLiteral("typing"), true}});
        QTRY_COMPARE(
            countEvents(*m_bob.client, chatTopic(gid), QStringLiteral("typing"), typingTrue),
            forwarded);
        m_ada.client.reset();
        QTRY_VERIFY_WITH_TIMEOUT(
            countEvents(*m_bob.client, chatTopic(gid), QStringLiteral("typing"),
                        [](const QJsonObject &p) {
                            return !p.value(QLatin1StringView("typing")).toBool();
                        }) == 2,
            1000);
    }

    void notificationsFollowTheRules()
    {
        const qint64 gid = createGroup(m_ada, {m_bob.id(), m_cyd.id()}, QStringLiteral("Notes"));
        const QString bobNotes = QStringLiteral("notifications:%1").arg(m_bob.id());
        QCOMPARE(status(m_bob.client->join(bobNotes)), QStringLiteral("ok"));
        // The "added" notification was stored before bob joined: it is pending now.
        QVERIFY(m_bob.client->waitForEvent(bobNotes, QStringLiteral("pending_notification")));
        QVERIFY(m_bob.client->waitForEvent(bobNotes, QStringLiteral("notification_count")));
        QCOMPARE(status(m_ada.client->join(chatTopic(gid))), QStringLiteral("ok"));
        QCOMPARE(status(m_cyd.client->join(chatTopic(gid))), QStringLiteral("ok"));

        // bob is not in the chat topic: he is notified; cyd, who is, is not.
        QCOMPARE(status(send(m_ada, gid, QStringLiteral("plain"), QStringLiteral("n1"))),
                 QStringLiteral("ok"));
        const auto plain = m_bob.client->waitForEvent(bobNotes, QStringLiteral("new_notification"));
        QVERIFY(plain);
        const QJsonObject note = plain->payload.value(QLatin1StringView("notification")).toObject();
        QCOMPARE(note.value(QLatin1StringView("kind")).toString(), QStringLiteral("message"));
        QCOMPARE(note.value(QLatin1StringView("content")).toString(), QStringLiteral("plain"));
        QCOMPARE(note.value(QLatin1StringView("sender_id")).toInteger(), m_ada.id());
        const auto count =
            m_bob.client->waitForEvent(bobNotes, QStringLiteral("notification_count"));
        QCOMPARE(count->payload.value(QLatin1StringView("count")).toInt(), 2);

        // Muted: silence, except for a mention.
        QCOMPARE(status(m_bob.client->push(
                     userTopic(m_bob.id()), QStringLiteral("set_muted"),
                     {{QStringLiteral("conversation_id"), gid}, {QStringLiteral("muted"), true}})),
                 QStringLiteral("ok"));
        QCOMPARE(status(send(m_ada, gid, QStringLiteral("muted chatter"), QStringLiteral("n2"))),
                 QStringLiteral("ok"));
        QCOMPARE(status(send(m_ada, gid, QStringLiteral("ping @bob, look"), QStringLiteral("n3"))),
                 QStringLiteral("ok"));
        const auto mention =
            m_bob.client->waitForEvent(bobNotes, QStringLiteral("new_notification"));
        QVERIFY(mention);
        const QJsonObject mentionNote =
            mention->payload.value(QLatin1StringView("notification")).toObject();
        QCOMPARE(mentionNote.value(QLatin1StringView("kind")).toString(),
                 QStringLiteral("mention"));
        QCOMPARE(mentionNote.value(QLatin1StringView("content")).toString(),
                 QStringLiteral("ping @bob, look"));
        QCOMPARE(countEvents(*m_bob.client, bobNotes, QStringLiteral("new_notification")), 0);

        // mark_all_read drops the count to 0 on every notifications socket.
        QCOMPARE(status(m_bob.client->push(bobNotes, QStringLiteral("mark_all_read"))),
                 QStringLiteral("ok"));
        QTRY_VERIFY(countEvents(*m_bob.client, bobNotes, QStringLiteral("notification_count"),
                                [](const QJsonObject &p) {
                                    return p.value(QLatin1StringView("count")).toInt() == 0;
                                }) >= 1);
    }

    void pendingNotificationsWaitUntilAcknowledged()
    {
        const qint64 gid = createGroup(m_ada, {m_cyd.id()}, QStringLiteral("Later"));
        m_cyd.client.reset(); // cyd goes offline
        QCOMPARE(status(m_ada.client->join(chatTopic(gid))), QStringLiteral("ok"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(status(send(m_ada, gid, QStringLiteral("while away %1").arg(i),
                                 QStringLiteral("p%1").arg(i))),
                     QStringLiteral("ok"));
        QVERIFY(connectPerson(m_cyd));
        const QString notes = QStringLiteral("notifications:%1").arg(m_cyd.id());
        QCOMPARE(status(m_cyd.client->join(notes)), QStringLiteral("ok"));
        QTRY_COMPARE(countEvents(*m_cyd.client, notes, QStringLiteral("notification_count")), 1);
        QList<QJsonObject> pending;
        for (const wire::Frame &frame : m_cyd.client->received()) {
            if (frame.topic == notes && frame.event == QStringLiteral("pending_notification"))
                pending.append(frame.payload.value(QLatin1StringView("notification")).toObject());
            if (frame.event == QStringLiteral("notification_count"))
                break; // the count comes after every pending one
        }
        QCOMPARE(pending.size(), 4); // "added", then three messages, oldest first
        QCOMPARE(pending.first().value(QLatin1StringView("kind")).toString(),
                 QStringLiteral("added"));
        for (int i = 1; i < 4; ++i) {
            QCOMPARE(pending.at(i).value(QLatin1StringView("content")).toString(),
                     QStringLiteral("while away %1").arg(i - 1));
            QVERIFY(idOf(pending.at(i)) > idOf(pending.at(i - 1)));
        }
        // Not acknowledged: they come again. Acknowledged: gone.
        PhoenixClient second;
        QVERIFY(second.open(m_server->socketUrl(m_cyd.account.token)));
        QCOMPARE(status(second.join(notes)), QStringLiteral("ok"));
        QTRY_COMPARE(countEvents(second, notes, QStringLiteral("pending_notification")), 4);
        QCOMPARE(status(second.push(notes, QStringLiteral("ack_notifications"),
                                    {{QStringLiteral("up_to_id"), idOf(pending.at(2))}})),
                 QStringLiteral("ok"));
        PhoenixClient third;
        QVERIFY(third.open(m_server->socketUrl(m_cyd.account.token)));
        QCOMPARE(status(third.join(notes)), QStringLiteral("ok"));
        QTRY_COMPARE(countEvents(third, notes, QStringLiteral("notification_count")), 1);
        QCOMPARE(countEvents(third, notes, QStringLiteral("pending_notification")), 1);
    }

    void catchUpReplaysTheLogAndReportsGaps()
    {
        const qint64 gid = createGroup(m_ada, {m_bob.id()}, QStringLiteral("Log"));
        QCOMPARE(status(m_ada.client->join(chatTopic(gid))), QStringLiteral("ok"));
        const QJsonObject first =
            response(send(m_ada, gid, QStringLiteral("one"), QStringLiteral("l1")))
                .value(QLatin1StringView("message"))
                .toObject();
        const qint64 seen = first.value(QLatin1StringView("seq")).toInteger();
        const QJsonObject second =
            response(send(m_ada, gid, QStringLiteral("two"), QStringLiteral("l2")))
                .value(QLatin1StringView("message"))
                .toObject();
        QCOMPARE(status(m_ada.client->push(chatTopic(gid), QStringLiteral("edit_message"),
                                           {{QStringLiteral("message_id"), idOf(second)},
                                            {QStringLiteral("content"), QStringLiteral("two!")}})),
                 QStringLiteral("ok"));
        QCOMPARE(status(m_ada.client->push(chatTopic(gid), QStringLiteral("add_reaction"),
                                           {{QStringLiteral("message_id"), idOf(first)},
                                            {QStringLiteral("emoji"), QStringLiteral("👍")}})),
                 QStringLiteral("ok"));
        const QJsonObject replay =
            response(m_bob.client->join(chatTopic(gid), {{QStringLiteral("since_seq"), seen}}));
        QCOMPARE(replay.value(QLatin1StringView("gap")).toBool(), false);
        const QJsonArray events = replay.value(QLatin1StringView("events")).toArray();
        QStringList names;
        qint64 previous = seen;
        for (const QJsonValue &value : events) {
            const QJsonObject entry = value.toObject();
            names.append(entry.value(QLatin1StringView("event")).toString());
            const qint64 seq = entry.value(QLatin1StringView("seq")).toInteger();
            QCOMPARE(seq, previous + 1); // contiguous
            QCOMPARE(entry.value(QLatin1StringView("payload"))
                         .toObject()
                         .value(QLatin1StringView("seq"))
                         .toInteger(),
                     seq);
            previous = seq;
        }
        QCOMPARE(names,
                 (QStringList{QStringLiteral("receive_message"), QStringLiteral("message_edited"),
                              QStringLiteral("message_reactions")}));
        QVERIFY(replay.contains(QStringLiteral("members")));
        QVERIFY(!replay.contains(QStringLiteral("messages")));

        // More than 500 missed changes: the replay says gap and stops at 500.
        for (int i = 0; i < 505; ++i)
            m_ada.client->send(chatTopic(gid), QStringLiteral("send_message"),
                               {{QStringLiteral("content"), QStringLiteral("bulk")},
                                {QStringLiteral("mobile_ref_id"), QStringLiteral("b%1").arg(i)}});
        QTRY_VERIFY_WITH_TIMEOUT(
            countEvents(*m_ada.client, chatTopic(gid), QStringLiteral("message_sent")) >= 507,
            30000);
        PhoenixClient late;
        QVERIFY(late.open(m_server->socketUrl(m_bob.account.token)));
        const QJsonObject gapReply =
            response(late.join(chatTopic(gid), {{QStringLiteral("since_seq"), seen}}));
        QCOMPARE(gapReply.value(QLatin1StringView("gap")).toBool(), true);
        QCOMPARE(gapReply.value(QLatin1StringView("events")).toArray().size(), 500);
        // Paging history from the top.
        const QJsonObject latest = response(late.push(
            chatTopic(gid), QStringLiteral("load_history"),
            {{QStringLiteral("before_seq"), previous + 10'000}, {QStringLiteral("limit"), 100}}));
        QCOMPARE(latest.value(QLatin1StringView("messages")).toArray().size(), 100);
        QCOMPARE(latest.value(QLatin1StringView("has_more")).toBool(), true);
    }

    void ownerLeavingHandsOverOwnership()
    {
        const qint64 gid = createGroup(m_ada, {m_bob.id(), m_cyd.id()}, QStringLiteral("Handover"));
        QCOMPARE(status(m_bob.client->join(chatTopic(gid))), QStringLiteral("ok"));
        QCOMPARE(status(m_ada.client->join(chatTopic(gid))), QStringLiteral("ok"));
        QCOMPARE(status(m_ada.client->push(chatTopic(gid), QStringLiteral("remove_member"),
                                           {{QStringLiteral("user_id"), m_ada.id()}})),
                 QStringLiteral("ok"));
        const auto removed = m_ada.client->waitForEvent(userTopic(m_ada.id()),
                                                        QStringLiteral("conversation_removed"));
        QVERIFY(removed);
        QCOMPARE(removed->payload.value(QLatin1StringView("reason")).toString(),
                 QStringLiteral("left"));
        QVERIFY(m_ada.client->waitForEvent(chatTopic(gid), QStringLiteral("phx_close")));
        const auto left = m_bob.client->waitForEvent(chatTopic(gid), QStringLiteral("member_left"));
        QCOMPARE(left->payload.value(QLatin1StringView("user_id")).toInteger(), m_ada.id());
        // bob joined first after ada, so he owns it now and may rename it.
        QCOMPARE(status(m_bob.client->push(chatTopic(gid), QStringLiteral("update_conversation"),
                                           {{QStringLiteral("title"), QStringLiteral("Bob's")}})),
                 QStringLiteral("ok"));
        QCOMPARE(reason(m_ada.client->join(chatTopic(gid))), QStringLiteral("forbidden"));
    }
};

QTEST_GUILESS_MAIN(TestChat)
#include "tst_chat.moc"
