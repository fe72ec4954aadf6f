// Authorisation matrix over real loopback WebSockets (PROTOCOL.md §2, §5, §6, §7): who may join
// chat:, user: and notifications: topics, who may push what on them, what a removed member and
// an archived conversation are refused, and that every refusal leaves the database (read through
// a second, read-only SQLite connection) and every other socket exactly as they were.

#include "ChatTestSupport.h"
#include "DatabaseSnapshot.h"
#include "TestServer.h"
#include "wire/FrameCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace confab;
using namespace confab::testing;

namespace {

QList<qint64> idsOf(const QJsonArray &messages)
{
    QList<qint64> ids;
    for (const QJsonValue &message : messages)
        ids.append(qint64(message.toObject().value(QLatin1StringView("id")).toDouble()));
    return ids;
}

} // namespace

class TestChatAuthorization : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Per row: a fresh server with owner, member, carol (both members of owner's group),
    // outsider (member of nothing), a direct conversation owner-member and some messages.
    void init()
    {
        server::ServerConfig config;
        config.floodBurst = 1e6; // this test is about authorisation, not flood control
        config.floodPerSecond = 1e6;
        m_server = std::make_unique<TestServer>(config);
        QVERIFY(m_server->start());
        m_owner = m_server->registerUser(QStringLiteral("owner"));
        m_member = m_server->registerUser(QStringLiteral("member"));
        m_outsider = m_server->registerUser(QStringLiteral("outsider"));
        m_carol = m_server->registerUser(QStringLiteral("carol"));
        QVERIFY(m_owner.ok && m_member.ok && m_outsider.ok && m_carol.ok);

        m_ownerClient = std::make_unique<PhoenixClient>();
        m_memberClient = std::make_unique<PhoenixClient>();
        m_outsiderClient = std::make_unique<PhoenixClient>();
        QVERIFY(m_ownerClient->open(m_server->socketUrl(m_owner.token)));
        QVERIFY(m_memberClient->open(m_server->socketUrl(m_member.token)));
        QVERIFY(m_outsiderClient->open(m_server->socketUrl(m_outsider.token)));
        QCOMPARE(status(m_ownerClient->join(userTopic(m_owner.id))), kOk);
        QCOMPARE(status(m_memberClient->join(userTopic(m_member.id))), kOk);
        QCOMPARE(status(m_outsiderClient->join(userTopic(m_outsider.id))), kOk);

        const auto group =
            okPush(*m_ownerClient, userTopic(m_owner.id), QStringLiteral("create_conversation"),
                   {{QStringLiteral("kind"), QStringLiteral("group")},
                    {QStringLiteral("title"), QStringLiteral("Team")},
                    {QStringLiteral("member_ids"), QJsonArray{m_member.id, m_carol.id}}});
        QVERIFY(group);
        m_group = conversationId(*group);
        const auto direct =
            okPush(*m_ownerClient, userTopic(m_owner.id), QStringLiteral("create_conversation"),
                   {{QStringLiteral("kind"), QStringLiteral("direct")},
                    {QStringLiteral("member_ids"), QJsonArray{m_member.id}}});
        QVERIFY(direct);
        m_direct = conversationId(*direct);
        QVERIFY(m_group > 0 && m_direct > 0 && m_group != m_direct);

        for (const QString &topic : {chatTopic(m_group), chatTopic(m_direct)}) {
            QCOMPARE(status(m_ownerClient->join(topic)), kOk);
            QCOMPARE(status(m_memberClient->join(topic)), kOk);
        }
        QCOMPARE(status(m_ownerClient->join(notificationsTopic(m_owner.id))), kOk);
        QCOMPARE(status(m_outsiderClient->join(notificationsTopic(m_outsider.id))), kOk);

        m_ownerMsg = sendMessage(*m_ownerClient, m_group, QStringLiteral("owner says hi"),
                                 QStringLiteral("o-1"));
        m_memberMsg = sendMessage(*m_memberClient, m_group, QStringLiteral("member says hi"),
                                  QStringLiteral("m-1"));
        m_replyMsg = sendMessage(*m_memberClient, m_group, QStringLiteral("a thread reply"),
                                 QStringLiteral("m-2"), m_ownerMsg);
        m_ownerDirectMsg = sendMessage(*m_ownerClient, m_direct, QStringLiteral("owner, directly"),
                                       QStringLiteral("o-2"));
        m_memberDirectMsg = sendMessage(*m_memberClient, m_direct,
                                        QStringLiteral("member, directly"), QStringLiteral("m-3"));
        QVERIFY(m_ownerMsg && m_memberMsg && m_replyMsg && m_ownerDirectMsg && m_memberDirectMsg);
        QVERIFY(okPush(*m_ownerClient, chatTopic(m_group), QStringLiteral("add_reaction"),
                       {{QStringLiteral("message_id"), m_ownerMsg},
                        {QStringLiteral("emoji"), QStringLiteral("🎉")}}));
        QVERIFY(okPush(
            *m_ownerClient, chatTopic(m_group), QStringLiteral("star_message"),
            {{QStringLiteral("message_id"), m_ownerMsg}, {QStringLiteral("starred"), true}}));
        QVERIFY(settle());
    }

    void cleanup()
    {
        m_ownerClient.reset();
        m_memberClient.reset();
        m_outsiderClient.reset();
        m_carolClient.reset();
        m_server.reset();
    }

    // Someone who is not entitled to a topic is refused the join with "forbidden"; pushes there
    // are then "unmatched_topic", whether they carry the refused join_ref or none. Nothing is
    // stored, nothing reaches anyone, and the same push from the topic's rightful user works.
    void joinAndPushOnForeignTopics_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("payload");
        QTest::addColumn<QString>("entitled"); // who may push the same; empty: no control

        for (const QString &conversation : {QStringLiteral("group"), QStringLiteral("direct")}) {
            const bool group = conversation == QStringLiteral("group");
            const QString ownMsg =
                group ? QStringLiteral("$OWNER_MSG") : QStringLiteral("$OWNER_DIRECT_MSG");
            const QString otherMsg =
                group ? QStringLiteral("$MEMBER_MSG") : QStringLiteral("$MEMBER_DIRECT_MSG");
            const QList<std::pair<QString, QString>> pushes{
                {QStringLiteral("phx_join"), QStringLiteral(R"({})")},
                {QStringLiteral("phx_join"), QStringLiteral(R"({"since_seq":0})")},
                {QStringLiteral("send_message"),
                 QStringLiteral(R"({"content":"intruder","mobile_ref_id":"intruder-1"})")},
                {QStringLiteral("edit_message"),
                 QStringLiteral(R"({"message_id":%1,"content":"intruder edit"})").arg(ownMsg)},
                {QStringLiteral("delete_message"),
                 QStringLiteral(R"({"message_id":%1})").arg(ownMsg)},
                {QStringLiteral("add_reaction"),
                 QStringLiteral(R"({"message_id":%1,"emoji":"👀"})").arg(ownMsg)},
                {QStringLiteral("remove_reaction"),
                 QStringLiteral(R"({"message_id":%1,"emoji":"🎉"})").arg(ownMsg)},
                {QStringLiteral("star_message"),
                 QStringLiteral(R"({"message_id":%1,"starred":true})").arg(otherMsg)},
                {QStringLiteral("mark_read"), QStringLiteral(R"({"seq":1})")},
                {QStringLiteral("typing"), QStringLiteral(R"({"typing":true})")},
                {QStringLiteral("load_history"), QStringLiteral(R"({"before_seq":1000})")},
                {QStringLiteral("load_thread"), QStringLiteral(R"({"message_id":%1})").arg(ownMsg)},
                {QStringLiteral("list_starred"), QStringLiteral(R"({})")},
                {QStringLiteral("update_conversation"), QStringLiteral(R"({"topic":"intruded"})")},
                {QStringLiteral("add_members"), QStringLiteral(R"({"user_ids":[$OUTSIDER]})")},
                {QStringLiteral("remove_member"), QStringLiteral(R"({"user_id":$MEMBER})")},
                {QStringLiteral("archive_conversation"), QStringLiteral(R"({"archived":true})")},
            };
            for (const auto &[event, payload] : pushes) {
                // A direct conversation has no member list to change, even for its members.
                const bool controllable = event != QStringLiteral("phx_join") &&
                                          (group || (event != QStringLiteral("add_members") &&
                                                     event != QStringLiteral("remove_member")));
                QTest::addRow("outsider %s %s %s", qPrintable(conversation), qPrintable(event),
                              qPrintable(payload))
                    << QStringLiteral("outsider") << conversation << event << payload
                    << (controllable ? QStringLiteral("owner") : QString());
            }
        }

        const QList<std::pair<QString, QString>> userPushes{
            {QStringLiteral("phx_join"), QStringLiteral(R"({})")},
            {QStringLiteral("create_conversation"),
             QStringLiteral(R"({"kind":"group","title":"hijack","member_ids":[$OUTSIDER]})")},
            {QStringLiteral("search_users"), QStringLiteral(R"({"query":"o"})")},
            {QStringLiteral("set_pinned"),
             QStringLiteral(R"({"conversation_id":$GROUP,"pinned":true})")},
            {QStringLiteral("set_muted"),
             QStringLiteral(R"({"conversation_id":$GROUP,"muted":true})")},
            {QStringLiteral("set_status"), QStringLiteral(R"({"status":"dnd"})")},
        };
        const QList<std::pair<QString, QString>> notificationPushes{
            {QStringLiteral("phx_join"), QStringLiteral(R"({})")},
            {QStringLiteral("ack_notifications"), QStringLiteral(R"({"up_to_id":1000})")},
            {QStringLiteral("mark_all_read"), QStringLiteral(R"({})")},
        };
        // A fellow member is as much a stranger to someone's account topics as an outsider.
        for (const QString &actor : {QStringLiteral("outsider"), QStringLiteral("member")}) {
            for (const auto &[event, payload] : userPushes) {
                QTest::addRow("%s user:owner %s", qPrintable(actor), qPrintable(event))
                    << actor << QStringLiteral("user:owner") << event << payload
                    << (event == QStringLiteral("phx_join") ? QString() : QStringLiteral("owner"));
            }
            for (const auto &[event, payload] : notificationPushes) {
                QTest::addRow("%s notifications:owner %s", qPrintable(actor), qPrintable(event))
                    << actor << QStringLiteral("notifications:owner") << event << payload
                    << (event == QStringLiteral("phx_join") ? QString() : QStringLiteral("owner"));
            }
        }
        QTest::addRow("owner user:member phx_join")
            << QStringLiteral("owner") << QStringLiteral("user:member")
            << QStringLiteral("phx_join") << QStringLiteral("{}") << QString();
        QTest::addRow("owner notifications:member phx_join")
            << QStringLiteral("owner") << QStringLiteral("notifications:member")
            << QStringLiteral("phx_join") << QStringLiteral("{}") << QString();
    }

    void joinAndPushOnForeignTopics()
    {
        QFETCH(QString, actor);
        QFETCH(QString, topic);
        QFETCH(QString, event);
        QFETCH(QString, payload);
        QFETCH(QString, entitled);
        PhoenixClient &client = clientFor(actor);
        const QString topicName = topicFor(topic, actor);
        const QJsonObject body = resolve(payload);
        const QStringList before = snapshot();
        QVERIFY(!before.isEmpty());
        const Marks marks = mark();

        const bool joinOnly = event == QStringLiteral("phx_join");
        const QJsonObject joinReply = client.join(topicName, joinOnly ? body : QJsonObject());
        QCOMPARE(status(joinReply), QStringLiteral("error"));
        QCOMPARE(reason(joinReply), QStringLiteral("forbidden"));
        // A refusal carries nothing of the topic it refuses.
        for (const QString &key : response(joinReply).keys())
            QVERIFY2(key == QStringLiteral("reason") || key == QStringLiteral("message"),
                     qPrintable(compact(joinReply)));

        if (!joinOnly) {
            // With the join_ref of the refused join (what phoenix.js would send) ...
            const QJsonObject pushed = client.push(topicName, event, body);
            QCOMPARE(status(pushed), QStringLiteral("error"));
            QCOMPARE(reason(pushed), QStringLiteral("unmatched_topic"));
            // ... and with none at all.
            const QString ref = QStringLiteral("raw-%1").arg(++m_rawRefs);
            client.sendRaw(QString::fromUtf8(
                wire::FrameCodec::encode({std::nullopt, ref, topicName, event, body})));
            const auto raw = client.waitForReply(ref);
            QVERIFY(raw);
            QCOMPARE(reason(raw->payload), QStringLiteral("unmatched_topic"));
        }

        QVERIFY(settle());
        QCOMPARE(snapshot(), before);
        const QStringList leaked = framesSince(marks);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u'\n')));

        if (!entitled.isEmpty()) {
            // The same push from the rightful user is accepted: the refusal was about who asked.
            const QJsonObject allowed =
                clientFor(entitled).push(topicFor(topic, entitled), event, body);
            QVERIFY2(status(allowed) == kOk, qPrintable(compact(allowed)));
        }
    }

    // Members who try what only the owner (or only the sender) may do get "forbidden"; so do
    // account pushes about a conversation the user is not in. Nothing changes, nobody hears of
    // it; then the entitled user does the same and the database does change.
    void refusedActionsChangeNothing_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("payload");
        QTest::addColumn<QString>("reason"); // empty: accepted, but must change nothing
        QTest::addColumn<QString>("entitled");

        const auto row = [](const char *name, const char *actor, const char *topic,
                            const char *event, const char *payload, const char *reason,
                            const char *entitled) {
            QTest::newRow(name) << QString::fromUtf8(actor) << QString::fromUtf8(topic)
                                << QString::fromUtf8(event) << QString::fromUtf8(payload)
                                << QString::fromUtf8(reason) << QString::fromUtf8(entitled);
        };
        // Owner-only actions in a group.
        row("member renames group", "member", "group", "update_conversation",
            R"({"title":"Hijacked"})", "forbidden", "owner");
        row("member sets group topic", "member", "group", "update_conversation",
            R"({"topic":"Hijacked"})", "forbidden", "owner");
        row("member clears group title", "member", "group", "update_conversation",
            R"({"title":null})", "forbidden", "owner");
        row("member adds outsider", "member", "group", "add_members", R"({"user_ids":[$OUTSIDER]})",
            "forbidden", "owner");
        row("member removes carol", "member", "group", "remove_member", R"({"user_id":$CAROL})",
            "forbidden", "owner");
        row("member removes owner", "member", "group", "remove_member", R"({"user_id":$OWNER})",
            "forbidden", "owner");
        row("member archives group", "member", "group", "archive_conversation",
            R"({"archived":true})", "forbidden", "owner");
        row("member unarchives unarchived group", "member", "group", "archive_conversation",
            R"({"archived":false})", "forbidden", "");
        // Other people's messages.
        row("member deletes owner's message", "member", "group", "delete_message",
            R"({"message_id":$OWNER_MSG})", "forbidden", "owner");
        row("member edits owner's message", "member", "group", "edit_message",
            R"({"message_id":$OWNER_MSG,"content":"forged"})", "forbidden", "owner");
        row("owner edits member's message", "owner", "group", "edit_message",
            R"({"message_id":$MEMBER_MSG,"content":"forged"})", "forbidden", "member");
        row("member edits owner's direct message", "member", "direct", "edit_message",
            R"({"message_id":$OWNER_DIRECT_MSG,"content":"forged"})", "forbidden", "owner");
        row("member deletes owner's direct message", "member", "direct", "delete_message",
            R"({"message_id":$OWNER_DIRECT_MSG})", "forbidden", "owner");
        row("owner deletes member's direct message", "owner", "direct", "delete_message",
            R"({"message_id":$MEMBER_DIRECT_MSG})", "forbidden", "member");
        // Someone else's reaction is theirs to take back.
        row("member removes owner's reaction", "member", "group", "remove_reaction",
            R"({"message_id":$OWNER_MSG,"emoji":"🎉"})", "", "owner");
        // Account settings for conversations one is not in.
        row("outsider pins group", "outsider", "user:self", "set_pinned",
            R"({"conversation_id":$GROUP,"pinned":true})", "forbidden", "member");
        row("outsider mutes group", "outsider", "user:self", "set_muted",
            R"({"conversation_id":$GROUP,"muted":true})", "forbidden", "member");
        row("outsider pins direct", "outsider", "user:self", "set_pinned",
            R"({"conversation_id":$DIRECT,"pinned":true})", "forbidden", "member");
        row("outsider mutes direct", "outsider", "user:self", "set_muted",
            R"({"conversation_id":$DIRECT,"muted":true})", "forbidden", "member");
        row("carol pins direct", "carol", "user:self", "set_pinned",
            R"({"conversation_id":$DIRECT,"pinned":true})", "forbidden", "owner");
        row("carol mutes direct", "carol", "user:self", "set_muted",
            R"({"conversation_id":$DIRECT,"muted":true})", "forbidden", "owner");
        // Message ids of a conversation one is not in, used from a conversation one is in:
        // unknown there, and nothing of them comes back.
        for (const auto &[actor, topic, message] :
             {std::tuple("outsider", "outsider-group", "$OWNER_MSG"),
              std::tuple("carol", "group", "$OWNER_DIRECT_MSG")}) {
            const auto foreign = [&](const char *label, const char *event, const QString &payload) {
                QTest::addRow("%s via %s: %s", actor, topic, label)
                    << QString::fromUtf8(actor) << QString::fromUtf8(topic)
                    << QString::fromUtf8(event) << payload << QStringLiteral("not_found")
                    << QString();
            };
            const QString id = QString::fromUtf8(message);
            foreign("edit", "edit_message",
                    QStringLiteral(R"({"message_id":%1,"content":"forged"})").arg(id));
            foreign("delete", "delete_message", QStringLiteral(R"({"message_id":%1})").arg(id));
            foreign("react", "add_reaction",
                    QStringLiteral(R"({"message_id":%1,"emoji":"👀"})").arg(id));
            foreign("unreact", "remove_reaction",
                    QStringLiteral(R"({"message_id":%1,"emoji":"🎉"})").arg(id));
            foreign("star", "star_message",
                    QStringLiteral(R"({"message_id":%1,"starred":true})").arg(id));
            foreign("unstar", "star_message",
                    QStringLiteral(R"({"message_id":%1,"starred":false})").arg(id));
            foreign("thread", "load_thread", QStringLiteral(R"({"message_id":%1})").arg(id));
            foreign(
                "reply", "send_message",
                QStringLiteral(R"({"content":"sneaky","mobile_ref_id":"sneak-1","parent_id":%1})")
                    .arg(id));
        }
        // Acknowledging notifications only ever touches one's own.
        row("outsider acks everyone's notifications", "outsider", "notifications:self",
            "ack_notifications", R"({"up_to_id":1000000})", "", "");
    }

    void refusedActionsChangeNothing()
    {
        QFETCH(QString, actor);
        QFETCH(QString, topic);
        QFETCH(QString, event);
        QFETCH(QString, payload);
        QFETCH(QString, reason);
        QFETCH(QString, entitled);
        if (actor == QStringLiteral("carol") || entitled == QStringLiteral("carol"))
            QVERIFY(connectCarol());
        if (topic == QStringLiteral("outsider-group"))
            QVERIFY(createOutsiderGroup());
        PhoenixClient &client = clientFor(actor);
        const QJsonObject body = resolve(payload);
        const QStringList before = snapshot();
        QVERIFY(!before.isEmpty());
        const Marks marks = mark();

        const QString topicName = topicFor(topic, actor);
        const QJsonObject reply = client.push(topicName, event, body);
        if (reason.isEmpty()) {
            QVERIFY2(status(reply) == kOk, qPrintable(compact(reply)));
        } else {
            QVERIFY2(status(reply) == QStringLiteral("error"), qPrintable(compact(reply)));
            QCOMPARE(::reason(reply), reason);
            // Nothing of what was refused comes back with the refusal.
            for (const QString &key : response(reply).keys())
                QVERIFY2(key == QStringLiteral("reason") || key == QStringLiteral("message"),
                         qPrintable(compact(reply)));
        }
        if (event == QStringLiteral("send_message")) {
            const auto sent = client.waitForEvent(topicName, QStringLiteral("message_sent"));
            QVERIFY(sent);
            QCOMPARE(sent->payload.value(QLatin1StringView("status")).toString(),
                     QStringLiteral("error"));
            QCOMPARE(sent->payload.value(QLatin1StringView("reason")).toString(), reason);
        }
        QVERIFY(settle());
        QCOMPARE(snapshot(), before);
        const QStringList leaked = framesSince(marks);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u'\n')));

        if (!entitled.isEmpty()) {
            const QJsonObject allowed =
                clientFor(entitled).push(topicFor(topic, entitled), event, body);
            QVERIFY2(status(allowed) == kOk, qPrintable(compact(allowed)));
            QVERIFY(snapshot() != before);
        }
    }

    // The owner removes a member: every socket of theirs joined to the conversation gets
    // phx_close, pushes there are unmatched, rejoining is forbidden, and nothing they try
    // changes anything. Their other conversations are untouched.
    void removedMemberIsShutOut()
    {
        PhoenixClient phone;
        QVERIFY(phone.open(
            m_server->socketUrl(m_member.token, QStringLiteral("device_unique_id=phone"))));
        const QString group = chatTopic(m_group);
        QCOMPARE(status(phone.join(group)), kOk);
        // The phone listens for notifications too: none may come from the group once removed.
        QCOMPARE(status(phone.join(notificationsTopic(m_member.id))), kOk);
        const QString laptopRef = m_memberClient->joinRefOf(group);
        const QString phoneRef = phone.joinRefOf(group);

        QVERIFY(okPush(*m_ownerClient, group, QStringLiteral("remove_member"),
                       {{QStringLiteral("user_id"), m_member.id}}));
        for (auto [client, joinRef] :
             {std::pair(m_memberClient.get(), laptopRef), std::pair(&phone, phoneRef)}) {
            const auto closed = client->waitForEvent(group, QStringLiteral("phx_close"));
            QVERIFY(closed);
            QCOMPARE(closed->joinRef, joinRef);
            QCOMPARE(closed->ref, joinRef);
        }
        const auto removed = m_memberClient->waitForEvent(userTopic(m_member.id),
                                                          QStringLiteral("conversation_removed"));
        QVERIFY(removed);
        QCOMPARE(removed->payload.value(QLatin1StringView("conversation_id")).toInteger(), m_group);
        QCOMPARE(removed->payload.value(QLatin1StringView("reason")).toString(),
                 QStringLiteral("removed"));
        const auto left = m_ownerClient->waitForEvent(group, QStringLiteral("member_left"));
        QVERIFY(left);
        QCOMPARE(left->payload.value(QLatin1StringView("user_id")).toInteger(), m_member.id);
        QVERIFY(left->payload.value(QLatin1StringView("seq")).toInteger() > 0);

        QVERIFY(settle());
        const QStringList before = snapshot();
        QVERIFY(!before.isEmpty());
        Marks marks = mark();
        marks.insert(&phone, phone.received().size());
        const QString phoneHeartbeat =
            phone.send(QStringLiteral("phoenix"), QStringLiteral("heartbeat"));

        // Still holding the old join_ref: unmatched.
        QCOMPARE(reason(m_memberClient->push(
                     group, QStringLiteral("send_message"),
                     {{QStringLiteral("content"), QStringLiteral("still here?")},
                      {QStringLiteral("mobile_ref_id"), QStringLiteral("ghost-1")}})),
                 QStringLiteral("unmatched_topic"));
        QCOMPARE(reason(phone.push(group, QStringLiteral("load_history"),
                                   {{QStringLiteral("before_seq"), 1000}})),
                 QStringLiteral("unmatched_topic"));
        // Rejoining, with or without a replay, is forbidden, from any device.
        for (PhoenixClient *client : {m_memberClient.get(), &phone}) {
            for (const QJsonObject &params :
                 {QJsonObject(), QJsonObject{{QStringLiteral("since_seq"), 0}}}) {
                const QJsonObject rejoin = client->join(group, params);
                QCOMPARE(status(rejoin), QStringLiteral("error"));
                QCOMPARE(reason(rejoin), QStringLiteral("forbidden"));
                QVERIFY(!response(rejoin).contains(QStringLiteral("messages")));
                QVERIFY(!response(rejoin).contains(QStringLiteral("events")));
            }
        }
        QCOMPARE(reason(m_memberClient->push(group, QStringLiteral("star_message"),
                                             {{QStringLiteral("message_id"), m_ownerMsg},
                                              {QStringLiteral("starred"), false}})),
                 QStringLiteral("unmatched_topic"));
        for (const QString &flag : {QStringLiteral("set_pinned"), QStringLiteral("set_muted")}) {
            const QString field = flag == QStringLiteral("set_pinned") ? QStringLiteral("pinned")
                                                                       : QStringLiteral("muted");
            QCOMPARE(reason(m_memberClient->push(
                         userTopic(m_member.id), flag,
                         {{QStringLiteral("conversation_id"), m_group}, {field, true}})),
                     QStringLiteral("forbidden"));
        }
        QVERIFY(phone.waitForReply(phoneHeartbeat));
        QVERIFY(settle());
        const QString phoneSettle =
            phone.send(QStringLiteral("phoenix"), QStringLiteral("heartbeat"));
        QVERIFY(phone.waitForReply(phoneSettle));
        QCOMPARE(snapshot(), before);
        const QStringList leaked = framesSince(marks);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u'\n')));

        // What happens in the group later reaches none of the removed member's sockets, not even
        // as a notification for a mention; and no notification is stored for them.
        Marks later = mark();
        later.insert(&phone, phone.received().size());
        const qint64 mention =
            sendMessage(*m_ownerClient, m_group, QStringLiteral("@member are you still there?"),
                        QStringLiteral("o-after"));
        QVERIFY(mention);
        QVERIFY(settle());
        const QString phoneLater =
            phone.send(QStringLiteral("phoenix"), QStringLiteral("heartbeat"));
        QVERIFY(phone.waitForReply(phoneLater));
        QStringList reached;
        for (PhoenixClient *client : {m_memberClient.get(), &phone}) {
            const QList<wire::Frame> &received = client->received();
            for (qsizetype i = later.value(client); i < received.size(); ++i)
                reached.append(describe(received.at(i)));
        }
        QVERIFY2(reached.isEmpty(), qPrintable(reached.join(u'\n')));
        QCOMPARE(queryInt(m_server->config().databasePath(),
                          QStringLiteral("SELECT count(*) FROM notifications WHERE user_id = ? "
                                         "AND message_id = ?"),
                          {m_member.id, mention})
                     .value_or(-1),
                 0);

        // Only that conversation: the direct one still works, on the socket that was kicked.
        QVERIFY(m_memberClient->isConnected());
        QVERIFY(sendMessage(*m_memberClient, m_direct, QStringLiteral("still friends"),
                            QStringLiteral("m-after")));
    }

    // The owner leaves: the longest-standing member inherits the owner's rights, the others do
    // not gain any, and the former owner is shut out like any removed member.
    void ownershipPassesWhenOwnerLeaves()
    {
        QVERIFY(connectCarol());
        const QString group = chatTopic(m_group);
        QVERIFY(okPush(*m_ownerClient, group, QStringLiteral("remove_member"),
                       {{QStringLiteral("user_id"), m_owner.id}}));
        const auto closed = m_ownerClient->waitForEvent(group, QStringLiteral("phx_close"));
        QVERIFY(closed);
        const auto removed = m_ownerClient->waitForEvent(userTopic(m_owner.id),
                                                         QStringLiteral("conversation_removed"));
        QVERIFY(removed);
        QCOMPARE(removed->payload.value(QLatin1StringView("reason")).toString(),
                 QStringLiteral("left"));
        // member and carol joined together; member registered first and inherits.
        bool announced = false;
        while (!announced) {
            const auto updated =
                m_memberClient->waitForEvent(group, QStringLiteral("conversation_updated"));
            QVERIFY2(updated, "no conversation_updated with owner_id");
            announced = updated->payload.value(QLatin1StringView("changes"))
                            .toObject()
                            .value(QLatin1StringView("owner_id"))
                            .toInteger() == m_member.id;
        }
        QVERIFY(settle());

        // carol gained nothing.
        const QStringList before = snapshot();
        QVERIFY(!before.isEmpty());
        const Marks marks = mark();
        QCOMPARE(
            reason(m_carolClient->push(group, QStringLiteral("update_conversation"),
                                       {{QStringLiteral("title"), QStringLiteral("Carol's")}})),
            QStringLiteral("forbidden"));
        QCOMPARE(reason(m_carolClient->push(group, QStringLiteral("delete_message"),
                                            {{QStringLiteral("message_id"), m_memberMsg}})),
                 QStringLiteral("forbidden"));
        QCOMPARE(reason(m_carolClient->push(group, QStringLiteral("archive_conversation"),
                                            {{QStringLiteral("archived"), true}})),
                 QStringLiteral("forbidden"));
        // The former owner is out.
        QCOMPARE(reason(m_ownerClient->push(group, QStringLiteral("update_conversation"),
                                            {{QStringLiteral("title"), QStringLiteral("Mine")}})),
                 QStringLiteral("unmatched_topic"));
        const QJsonObject rejoin = m_ownerClient->join(group);
        QCOMPARE(reason(rejoin), QStringLiteral("forbidden"));
        QVERIFY(settle());
        QCOMPARE(snapshot(), before);
        const QStringList leaked = framesSince(marks);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u'\n')));

        // The new owner may do what owners do, including deleting others' messages.
        QVERIFY(okPush(*m_memberClient, group, QStringLiteral("update_conversation"),
                       {{QStringLiteral("title"), QStringLiteral("Member's now")}}));
        QVERIFY(okPush(*m_memberClient, group, QStringLiteral("delete_message"),
                       {{QStringLiteral("message_id"), m_ownerMsg}}));
        QVERIFY(okPush(*m_memberClient, group, QStringLiteral("remove_member"),
                       {{QStringLiteral("user_id"), m_carol.id}}));
        QVERIFY(m_carolClient->waitForEvent(group, QStringLiteral("phx_close")));
    }

    // An archived conversation refuses every change with "archived" (nothing stored, nothing
    // broadcast, and send_message also answers message_sent with status error) but can still
    // be joined and read, and its owner can unarchive it.
    void archivedConversation_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("payload");
        QTest::addColumn<QString>("reason"); // empty: accepted

        const auto row = [](const char *name, const char *actor, const char *event,
                            const char *payload, const char *reason) {
            QTest::newRow(name) << QString::fromUtf8(actor) << QString::fromUtf8(event)
                                << QString::fromUtf8(payload) << QString::fromUtf8(reason);
        };
        row("owner sends", "owner", "send_message",
            R"({"content":"after archive","mobile_ref_id":"late-1"})", "archived");
        row("member sends", "member", "send_message",
            R"({"content":"after archive","mobile_ref_id":"late-2"})", "archived");
        row("member replies in thread", "member", "send_message",
            R"({"content":"late reply","mobile_ref_id":"late-3","parent_id":$OWNER_MSG})",
            "archived");
        row("owner edits", "owner", "edit_message",
            R"({"message_id":$OWNER_MSG,"content":"rewritten"})", "archived");
        row("member edits", "member", "edit_message",
            R"({"message_id":$MEMBER_MSG,"content":"rewritten"})", "archived");
        row("owner deletes own", "owner", "delete_message", R"({"message_id":$OWNER_MSG})",
            "archived");
        row("owner deletes member's", "owner", "delete_message", R"({"message_id":$MEMBER_MSG})",
            "archived");
        row("member deletes own", "member", "delete_message", R"({"message_id":$MEMBER_MSG})",
            "archived");
        row("owner reacts", "owner", "add_reaction", R"({"message_id":$MEMBER_MSG,"emoji":"👍"})",
            "archived");
        row("owner unreacts", "owner", "remove_reaction",
            R"({"message_id":$OWNER_MSG,"emoji":"🎉"})", "archived");
        row("member stars", "member", "star_message",
            R"({"message_id":$MEMBER_MSG,"starred":true})", "archived");
        row("owner unstars", "owner", "star_message",
            R"({"message_id":$OWNER_MSG,"starred":false})", "archived");
        row("owner renames", "owner", "update_conversation", R"({"title":"Renamed"})", "archived");
        row("owner sets topic", "owner", "update_conversation", R"({"topic":"Topical"})",
            "archived");
        row("owner adds member", "owner", "add_members", R"({"user_ids":[$OUTSIDER]})", "archived");
        row("owner removes member", "owner", "remove_member", R"({"user_id":$CAROL})", "archived");
        // Reading stays possible.
        row("load_history", "member", "load_history", R"({"before_seq":1000})", "");
        row("list_starred", "member", "list_starred", R"({})", "");
        row("load_thread", "member", "load_thread", R"({"message_id":$OWNER_MSG})", "");
        row("mark_read", "member", "mark_read", R"({"seq":$LAST_SEQ})", "");
        row("join", "member", "phx_join", R"({})", "");
        row("join since_seq", "member", "phx_join", R"({"since_seq":0})", "");
        row("owner unarchives", "owner", "archive_conversation", R"({"archived":false})", "");
    }

    void archivedConversation()
    {
        QFETCH(QString, actor);
        QFETCH(QString, event);
        QFETCH(QString, payload);
        QFETCH(QString, reason);
        const QString group = chatTopic(m_group);
        QVERIFY(okPush(*m_ownerClient, group, QStringLiteral("archive_conversation"),
                       {{QStringLiteral("archived"), true}}));
        for (PhoenixClient *client : {m_ownerClient.get(), m_memberClient.get()}) {
            const auto updated =
                client->waitForEvent(group, QStringLiteral("conversation_updated"));
            QVERIFY(updated);
            QCOMPARE(updated->payload.value(QLatin1StringView("changes"))
                         .toObject()
                         .value(QLatin1StringView("archived")),
                     QJsonValue(true));
        }
        QVERIFY(settle());
        PhoenixClient &client = clientFor(actor);
        const QJsonObject body = resolve(payload);
        const QStringList before = snapshot();
        QVERIFY(!before.isEmpty());
        const Marks marks = mark();

        if (event == QStringLiteral("phx_join")) {
            PhoenixClient second;
            QVERIFY(second.open(m_server->socketUrl(m_member.token)));
            const QJsonObject joined = second.join(group, body);
            QVERIFY2(status(joined) == kOk, qPrintable(compact(joined)));
            const QJsonObject answer = response(joined);
            QCOMPARE(answer.value(QLatin1StringView("conversation"))
                         .toObject()
                         .value(QLatin1StringView("archived")),
                     QJsonValue(true));
            if (body.contains(QStringLiteral("since_seq"))) {
                const QJsonArray events = answer.value(QLatin1StringView("events")).toArray();
                QVERIFY(!events.isEmpty());
                QCOMPARE(events.last().toObject().value(QLatin1StringView("event")).toString(),
                         QStringLiteral("conversation_updated"));
            } else {
                QVERIFY(idsOf(answer.value(QLatin1StringView("messages")).toArray())
                            .contains(m_ownerMsg));
            }
            return;
        }

        const QJsonObject reply = client.push(group, event, body);
        if (!reason.isEmpty()) {
            QVERIFY2(status(reply) == QStringLiteral("error"), qPrintable(compact(reply)));
            QCOMPARE(::reason(reply), reason);
            if (event == QStringLiteral("send_message")) {
                const auto sent = client.waitForEvent(group, QStringLiteral("message_sent"));
                QVERIFY(sent);
                QCOMPARE(sent->joinRef, client.joinRefOf(group));
                QCOMPARE(sent->payload.value(QLatin1StringView("status")).toString(),
                         QStringLiteral("error"));
                QCOMPARE(sent->payload.value(QLatin1StringView("reason")).toString(), reason);
                QCOMPARE(sent->payload.value(QLatin1StringView("mobile_ref_id")),
                         body.value(QLatin1StringView("mobile_ref_id")));
                QCOMPARE(sent->payload.value(QLatin1StringView("chat_id")).toInteger(), m_group);
            }
            QVERIFY(settle());
            QCOMPARE(snapshot(), before);
            const QStringList leaked = framesSince(marks);
            QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u'\n')));
            return;
        }

        QVERIFY2(status(reply) == kOk, qPrintable(compact(reply)));
        const QJsonObject answer = response(reply);
        if (event == QStringLiteral("load_history")) {
            const QList<qint64> ids = idsOf(answer.value(QLatin1StringView("messages")).toArray());
            QVERIFY(ids.contains(m_ownerMsg));
            QVERIFY(ids.contains(m_memberMsg));
        } else if (event == QStringLiteral("list_starred")) {
            QCOMPARE(idsOf(answer.value(QLatin1StringView("messages")).toArray()),
                     QList<qint64>{m_ownerMsg});
        } else if (event == QStringLiteral("load_thread")) {
            QCOMPARE(qint64(answer.value(QLatin1StringView("root"))
                                .toObject()
                                .value(QLatin1StringView("id"))
                                .toDouble()),
                     m_ownerMsg);
            QCOMPARE(idsOf(answer.value(QLatin1StringView("replies")).toArray()),
                     QList<qint64>{m_replyMsg});
        } else if (event == QStringLiteral("mark_read")) {
            const qint64 seq = body.value(QLatin1StringView("seq")).toInteger();
            QVERIFY(seq > 0);
            QCOMPARE(queryInt(m_server->config().databasePath(),
                              QStringLiteral("SELECT last_read_seq FROM members WHERE "
                                             "conversation_id = ? AND user_id = ?"),
                              {m_group, m_member.id})
                         .value_or(-1),
                     seq);
            const auto read = m_ownerClient->waitForEvent(group, QStringLiteral("message_read"));
            QVERIFY(read);
            QCOMPARE(read->payload.value(QLatin1StringView("user_id")).toInteger(), m_member.id);
            QCOMPARE(read->payload.value(QLatin1StringView("seq")).toInteger(), seq);
        } else if (event == QStringLiteral("archive_conversation")) {
            const auto updated =
                m_memberClient->waitForEvent(group, QStringLiteral("conversation_updated"));
            QVERIFY(updated);
            QCOMPARE(updated->payload.value(QLatin1StringView("changes"))
                         .toObject()
                         .value(QLatin1StringView("archived")),
                     QJsonValue(false));
            QVERIFY(sendMessage(*m_memberClient, m_group, QStringLiteral("back in business"),
                                QStringLiteral("revived-1")));
        } else {
            QFAIL("no check for this row");
        }
    }

private:
    QList<PhoenixClient *> clients() const
    {
        QList<PhoenixClient *> all{m_ownerClient.get(), m_memberClient.get(),
                                   m_outsiderClient.get()};
        if (m_carolClient)
            all.append(m_carolClient.get());
        return all;
    }

    bool connectCarol()
    {
        m_carolClient = std::make_unique<PhoenixClient>();
        if (!m_carolClient->open(m_server->socketUrl(m_carol.token)))
            return false;
        if (status(m_carolClient->join(userTopic(m_carol.id))) != kOk)
            return false;
        if (status(m_carolClient->join(chatTopic(m_group))) != kOk)
            return false;
        return settle();
    }

    // A group of the outsider's own, with carol, which the outsider joins.
    bool createOutsiderGroup()
    {
        const auto created = okPush(*m_outsiderClient, userTopic(m_outsider.id),
                                    QStringLiteral("create_conversation"),
                                    {{QStringLiteral("kind"), QStringLiteral("group")},
                                     {QStringLiteral("title"), QStringLiteral("Elsewhere")},
                                     {QStringLiteral("member_ids"), QJsonArray{m_carol.id}}});
        if (!created)
            return false;
        m_outsiderGroup = conversationId(*created);
        if (status(m_outsiderClient->join(chatTopic(m_outsiderGroup))) != kOk)
            return false;
        if (m_carolClient && status(m_carolClient->join(chatTopic(m_outsiderGroup))) != kOk)
            return false;
        return sendMessage(*m_outsiderClient, m_outsiderGroup, QStringLiteral("ours"),
                           QStringLiteral("x-1")) > 0 &&
               settle();
    }

    PhoenixClient &clientFor(const QString &actor)
    {
        if (actor == QStringLiteral("owner"))
            return *m_ownerClient;
        if (actor == QStringLiteral("member"))
            return *m_memberClient;
        if (actor == QStringLiteral("carol") && m_carolClient)
            return *m_carolClient;
        return *m_outsiderClient;
    }

    const TestServer::Account &accountFor(const QString &actor) const
    {
        if (actor == QStringLiteral("owner"))
            return m_owner;
        if (actor == QStringLiteral("member"))
            return m_member;
        if (actor == QStringLiteral("carol"))
            return m_carol;
        return m_outsider;
    }

    QString topicFor(const QString &key, const QString &actor) const
    {
        if (key == QStringLiteral("group"))
            return chatTopic(m_group);
        if (key == QStringLiteral("direct"))
            return chatTopic(m_direct);
        if (key == QStringLiteral("outsider-group"))
            return chatTopic(m_outsiderGroup);
        if (key == QStringLiteral("user:self"))
            return userTopic(accountFor(actor).id);
        if (key == QStringLiteral("notifications:self"))
            return notificationsTopic(accountFor(actor).id);
        const QStringList parts = key.split(u':');
        const qint64 id = accountFor(parts.value(1)).id;
        return parts.value(0) == QStringLiteral("user") ? userTopic(id) : notificationsTopic(id);
    }

    // Replaces $NAME placeholders with this row's ids, then parses the JSON object.
    QJsonObject resolve(const QString &templ) const
    {
        const QHash<QString, qint64> values{
            {QStringLiteral("GROUP"), m_group},
            {QStringLiteral("DIRECT"), m_direct},
            {QStringLiteral("OWNER"), m_owner.id},
            {QStringLiteral("MEMBER"), m_member.id},
            {QStringLiteral("OUTSIDER"), m_outsider.id},
            {QStringLiteral("CAROL"), m_carol.id},
            {QStringLiteral("OWNER_MSG"), m_ownerMsg},
            {QStringLiteral("MEMBER_MSG"), m_memberMsg},
            {QStringLiteral("OWNER_DIRECT_MSG"), m_ownerDirectMsg},
            {QStringLiteral("MEMBER_DIRECT_MSG"), m_memberDirectMsg},
            {QStringLiteral("LAST_SEQ"),
             queryInt(m_server->config().databasePath(),
                      QStringLiteral("SELECT last_seq FROM conversations WHERE id = ?"), {m_group})
                 .value_or(-1)},
        };
        QHash<QString, QString> texts;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            texts.insert(it.key(), QString::number(it.value()));
        const QString text = fillPlaceholders(templ, texts);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        Q_ASSERT_X(document.isObject(), "resolve", qPrintable(text));
        return document.object();
    }

    // Waits until everything the server did so far has reached every client.
    bool settle() { return testing::settle(*m_ownerClient, chatTopic(m_direct), clients()); }

    Marks mark() const { return testing::mark(clients()); }

    QStringList snapshot() const { return snapshotDatabase(m_server->config().databasePath()); }

    std::unique_ptr<TestServer> m_server;
    TestServer::Account m_owner;
    TestServer::Account m_member;
    TestServer::Account m_outsider;
    TestServer::Account m_carol;
    std::unique_ptr<PhoenixClient> m_ownerClient;
    std::unique_ptr<PhoenixClient> m_memberClient;
    std::unique_ptr<PhoenixClient> m_outsiderClient;
    std::unique_ptr<PhoenixClient> m_carolClient;
    qint64 m_group = 0;
    qint64 m_direct = 0;
    qint64 m_outsiderGroup = 0;
    qint64 m_ownerMsg = 0;
    qint64 m_memberMsg = 0;
    qint64 m_replyMsg = 0;
    qint64 m_ownerDirectMsg = 0;
    qint64 m_memberDirectMsg = 0;
    int m_rawRefs = 0;
};

QTEST_GUILESS_MAIN(TestChatAuthorization)
#include "tst_chat_authorization.moc"
