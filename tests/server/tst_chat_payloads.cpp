// Bad payloads for every client event of PROTOCOL.md §5-§7 and for the chat join params, over a
// real loopback WebSocket: wrong types, missing fields, out-of-range numbers, over-long and blank
// strings, invalid Unicode, unknown ids and events. Every row asserts the exact error reason
// (and, for "invalid", that the message names the field), the message_sent push for a failed
// send_message, that nothing reached any other socket, and that the database (read through a
// second, read-only SQLite connection) did not change. Afterwards the server still serves.

#include "ChatTestSupport.h"
#include "DatabaseSnapshot.h"
#include "TestServer.h"
#include "model/Conversation.h"
#include "model/Message.h"
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

static_assert(model::Message::MaxContentLength == 16384, "PROTOCOL.md §3");
static_assert(model::Message::MaxMobileRefLength == 64, "PROTOCOL.md §6");

const QString kInvalid = QStringLiteral("invalid");
const QString kNotFound = QStringLiteral("not_found");
const QString kMissing; // a null QString as a value: leave the field out

QString jsonString(qsizetype length, char c = 'x')
{
    return QLatin1Char('"') + QString(length, QLatin1Char(c)) + QLatin1Char('"');
}

// A frame built by hand, so the payload can be any JSON text: escapes that QJsonObject would
// not produce (lone surrogates) go to the server exactly as written.
QString rawFrame(const QJsonValue &joinRef, const QString &ref, const QString &topic,
                 const QString &event, const QString &payloadText)
{
    QString head = QString::fromUtf8(
        QJsonDocument(QJsonArray{joinRef, ref, topic, event}).toJson(QJsonDocument::Compact));
    head.chop(1); // the closing bracket
    return head + QLatin1Char(',') + payloadText + QLatin1Char(']');
}

// ---- row building -------------------------------------------------------------------------

using Fields = QList<std::pair<QString, QString>>; // field, JSON text of its value
using Values = QList<std::pair<QString, QString>>; // label, JSON text (kMissing: left out)

QString objectText(const Fields &fields)
{
    QStringList members;
    for (const auto &[key, value] : fields) {
        if (!value.isNull())
            members.append(QLatin1Char('"') + key + QStringLiteral("\":") + value);
    }
    return QLatin1Char('{') + members.join(u',') + QLatin1Char('}');
}

Fields with(Fields fields, const QString &key, const QString &value)
{
    for (auto &field : fields) {
        if (field.first == key) {
            field.second = value;
            return fields;
        }
    }
    fields.append({key, value});
    return fields;
}

void addRow(const QString &name, const QString &topic, const QString &event, const QString &payload,
            const QString &reason, const QString &field)
{
    QTest::newRow(qPrintable(name)) << topic << event << payload << reason << field;
}

// One row per value: `valid` with `field` set to that value, refused with `reason`.
void addValues(const QString &topic, const QString &event, const Fields &valid,
               const QString &field, const Values &values, const QString &reason = kInvalid)
{
    for (const auto &[label, value] : values) {
        addRow(QStringLiteral("%1 %2 %3 %4").arg(topic, event, field, label), topic, event,
               objectText(with(valid, field, value)), reason,
               reason == kInvalid ? field : QString());
    }
}

const QString k2Pow60 = QStringLiteral("1152921504606846976");

// Required positive ids (and other required integers that must be at least 1).
const Values kNotAnId{
    {QStringLiteral("missing"), kMissing},
    {QStringLiteral("string"), QStringLiteral("\"1\"")},
    {QStringLiteral("1.5"), QStringLiteral("1.5")},
    {QStringLiteral("-1"), QStringLiteral("-1")},
    {QStringLiteral("0"), QStringLiteral("0")},
    {QStringLiteral("2^60"), k2Pow60},
    {QStringLiteral("bool"), QStringLiteral("true")},
    {QStringLiteral("null"), QStringLiteral("null")},
    {QStringLiteral("array"), QStringLiteral("[1]")},
    {QStringLiteral("object"), QStringLiteral("{}")},
};
// Optional ids: null or absent mean "not given", every other non-id is refused.
const Values kNotAnOptionalId{
    {QStringLiteral("string"), QStringLiteral("\"1\"")},
    {QStringLiteral("1.5"), QStringLiteral("1.5")},
    {QStringLiteral("-1"), QStringLiteral("-1")},
    {QStringLiteral("0"), QStringLiteral("0")},
    {QStringLiteral("2^60"), k2Pow60},
    {QStringLiteral("bool"), QStringLiteral("true")},
    {QStringLiteral("array"), QStringLiteral("[1]")},
    {QStringLiteral("object"), QStringLiteral("{}")},
};
const Values kNotAString{
    {QStringLiteral("missing"), kMissing},
    {QStringLiteral("number"), QStringLiteral("5")},
    {QStringLiteral("bool"), QStringLiteral("true")},
    {QStringLiteral("null"), QStringLiteral("null")},
    {QStringLiteral("array"), QStringLiteral("[\"a\"]")},
    {QStringLiteral("object"), QStringLiteral("{}")},
};
const Values kNotABool{
    {QStringLiteral("missing"), kMissing},
    {QStringLiteral("1"), QStringLiteral("1")},
    {QStringLiteral("0"), QStringLiteral("0")},
    {QStringLiteral("string"), QStringLiteral("\"true\"")},
    {QStringLiteral("null"), QStringLiteral("null")},
    {QStringLiteral("array"), QStringLiteral("[true]")},
    {QStringLiteral("object"), QStringLiteral("{}")},
};
// Raw JSON escapes: the frame is valid JSON, the decoded string is not valid UTF-16.
const Values kBadUnicode{
    {QStringLiteral("lone high surrogate"), QStringLiteral("\"\\ud800\"")},
    {QStringLiteral("lone low surrogate"), QStringLiteral("\"abc\\udc00\"")},
    {QStringLiteral("reversed pair"), QStringLiteral("\"\\ude00\\ud83d\"")},
};

} // namespace

class TestChatPayloads : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // One server for the whole table: refusals must not wear it down.
    void initTestCase()
    {
        server::ServerConfig config;
        config.floodBurst =
            1e6; // hundreds of rows from one user; flood control is tested elsewhere
        config.floodPerSecond = 1e6;
        m_server = std::make_unique<TestServer>(config);
        QVERIFY(m_server->start());
        m_owner = m_server->registerUser(QStringLiteral("owner"));
        m_member = m_server->registerUser(QStringLiteral("member"));
        m_outsider = m_server->registerUser(QStringLiteral("outsider"));
        QVERIFY(m_owner.ok && m_member.ok && m_outsider.ok);

        m_ownerClient = std::make_unique<PhoenixClient>();
        m_memberClient = std::make_unique<PhoenixClient>();
        m_joinClient = std::make_unique<PhoenixClient>();
        QVERIFY(m_ownerClient->open(m_server->socketUrl(m_owner.token)));
        QVERIFY(m_memberClient->open(m_server->socketUrl(m_member.token)));
        QVERIFY(m_joinClient->open(
            m_server->socketUrl(m_owner.token, QStringLiteral("device_unique_id=joiner"))));
        QCOMPARE(status(m_ownerClient->join(userTopic(m_owner.id))), kOk);
        QCOMPARE(status(m_memberClient->join(userTopic(m_member.id))), kOk);

        const auto group =
            okPush(*m_ownerClient, userTopic(m_owner.id), QStringLiteral("create_conversation"),
                   {{QStringLiteral("kind"), QStringLiteral("group")},
                    {QStringLiteral("title"), QStringLiteral("Team")},
                    {QStringLiteral("member_ids"), QJsonArray{m_member.id}}});
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

        m_ownerMsg = sendMessage(*m_ownerClient, m_group, QStringLiteral("owner says hi"),
                                 QStringLiteral("o-1"));
        m_memberMsg = sendMessage(*m_memberClient, m_group, QStringLiteral("member says hi"),
                                  QStringLiteral("m-1"));
        m_deletedMsg = sendMessage(*m_ownerClient, m_group, QStringLiteral("regrettable"),
                                   QStringLiteral("o-2"));
        m_directMsg = sendMessage(*m_ownerClient, m_direct, QStringLiteral("elsewhere"),
                                  QStringLiteral("dup-ref"));
        QVERIFY(m_ownerMsg && m_memberMsg && m_deletedMsg && m_directMsg);
        QVERIFY(okPush(*m_ownerClient, chatTopic(m_group), QStringLiteral("delete_message"),
                       {{QStringLiteral("message_id"), m_deletedMsg}}));
        QVERIFY(settle());
        m_initial = snapshot();
        QVERIFY(!m_initial.isEmpty());
    }

    void cleanupTestCase()
    {
        m_ownerClient.reset();
        m_memberClient.reset();
        m_joinClient.reset();
        m_server.reset();
    }

    void badPayloadIsRefused_data()
    {
        QTest::addColumn<QString>("topic"); // user, group, direct, notifications, join:<chat>
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("payload");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("field"); // the message must name it (invalid only)

        const QString user = QStringLiteral("user");
        const QString group = QStringLiteral("group");
        const QString direct = QStringLiteral("direct");
        const QString notifications = QStringLiteral("notifications");
        const QString longTitle = jsonString(model::Conversation::MaxTitleLength + 1);
        const QString longTopic = jsonString(model::Conversation::MaxTopicLength + 1);

        // §5 user:<id>
        {
            const QString event = QStringLiteral("create_conversation");
            const Fields valid{{QStringLiteral("kind"), QStringLiteral("\"group\"")},
                               {QStringLiteral("title"), QStringLiteral("\"t\"")},
                               {QStringLiteral("member_ids"), QStringLiteral("[$MEMBER]")}};
            addValues(user, event, valid, QStringLiteral("kind"),
                      kNotAString +
                          Values{{QStringLiteral("unknown"), QStringLiteral("\"channel\"")},
                                 {QStringLiteral("capitalised"), QStringLiteral("\"Group\"")},
                                 {QStringLiteral("empty"), QStringLiteral("\"\"")}});
            addValues(user, event, valid, QStringLiteral("member_ids"),
                      {{QStringLiteral("missing"), kMissing},
                       {QStringLiteral("string"), QStringLiteral("\"$MEMBER\"")},
                       {QStringLiteral("number"), QStringLiteral("$MEMBER")},
                       {QStringLiteral("null"), QStringLiteral("null")},
                       {QStringLiteral("object"), QStringLiteral("{}")},
                       {QStringLiteral("[string]"), QStringLiteral("[\"$MEMBER\"]")},
                       {QStringLiteral("[0]"), QStringLiteral("[0]")},
                       {QStringLiteral("[-1]"), QStringLiteral("[-1]")},
                       {QStringLiteral("[1.5]"), QStringLiteral("[1.5]")},
                       {QStringLiteral("[bool]"), QStringLiteral("[true]")},
                       {QStringLiteral("[null]"), QStringLiteral("[null]")},
                       {QStringLiteral("[2^60]"), QStringLiteral("[%1]").arg(k2Pow60)},
                       {QStringLiteral("[[id]]"), QStringLiteral("[[$MEMBER]]")}});
            addValues(user, event, valid, QStringLiteral("member_ids"),
                      {{QStringLiteral("unknown"), QStringLiteral("[999999]")},
                       {QStringLiteral("one unknown"), QStringLiteral("[$MEMBER,999999]")}},
                      kNotFound);
            addValues(user, event, valid, QStringLiteral("title"),
                      Values{{QStringLiteral("number"), QStringLiteral("5")},
                             {QStringLiteral("bool"), QStringLiteral("true")},
                             {QStringLiteral("array"), QStringLiteral("[\"t\"]")},
                             {QStringLiteral("object"), QStringLiteral("{}")},
                             {QStringLiteral("too long"), longTitle}} +
                          kBadUnicode);
            const Fields directValid{{QStringLiteral("kind"), QStringLiteral("\"direct\"")},
                                     {QStringLiteral("member_ids"), QStringLiteral("[$MEMBER]")}};
            addValues(user, event + QStringLiteral(" direct"), directValid, QStringLiteral("title"),
                      {{QStringLiteral("given"), QStringLiteral("\"t\"")}});
            addValues(user, event + QStringLiteral(" direct"), directValid,
                      QStringLiteral("member_ids"),
                      {{QStringLiteral("empty"), QStringLiteral("[]")},
                       {QStringLiteral("two others"), QStringLiteral("[$MEMBER,$OUTSIDER]")},
                       {QStringLiteral("only self"), QStringLiteral("[$OWNER]")}});
            addValues(user, event + QStringLiteral(" direct"), directValid,
                      QStringLiteral("member_ids"),
                      {{QStringLiteral("unknown"), QStringLiteral("[999999]")}}, kNotFound);
        }
        {
            const QString event = QStringLiteral("search_users");
            const Fields valid{{QStringLiteral("query"), QStringLiteral("\"mem\"")}};
            addValues(user, event, valid, QStringLiteral("query"),
                      kNotAString + Values{{QStringLiteral("empty"), QStringLiteral("\"\"")}} +
                          kBadUnicode);
            addValues(user, event, valid, QStringLiteral("limit"),
                      {{QStringLiteral("string"), QStringLiteral("\"5\"")},
                       {QStringLiteral("1.5"), QStringLiteral("1.5")},
                       {QStringLiteral("-1"), QStringLiteral("-1")},
                       {QStringLiteral("0"), QStringLiteral("0")},
                       {QStringLiteral("2^60"), k2Pow60},
                       {QStringLiteral("bool"), QStringLiteral("true")},
                       {QStringLiteral("array"), QStringLiteral("[5]")},
                       {QStringLiteral("object"), QStringLiteral("{}")}});
        }
        for (const QString &flag : {QStringLiteral("pinned"), QStringLiteral("muted")}) {
            const QString event = QStringLiteral("set_") + flag;
            const Fields valid{{QStringLiteral("conversation_id"), QStringLiteral("$GROUP")},
                               {flag, QStringLiteral("true")}};
            addValues(user, event, valid, QStringLiteral("conversation_id"), kNotAnId);
            addValues(user, event, valid, QStringLiteral("conversation_id"),
                      {{QStringLiteral("unknown"), QStringLiteral("999999")}}, kNotFound);
            addValues(user, event, valid, flag, kNotABool);
        }
        addValues(
            user, QStringLiteral("set_status"),
            {{QStringLiteral("status"), QStringLiteral("\"away\"")}}, QStringLiteral("status"),
            kNotAString + Values{{QStringLiteral("unknown"), QStringLiteral("\"busy\"")},
                                 {QStringLiteral("capitalised"), QStringLiteral("\"Online\"")},
                                 {QStringLiteral("empty"), QStringLiteral("\"\"")}});

        // §6 chat:<id>
        {
            const QString event = QStringLiteral("send_message");
            const Fields valid{{QStringLiteral("content"), QStringLiteral("\"hello\"")},
                               {QStringLiteral("mobile_ref_id"), QStringLiteral("\"$REF\"")}};
            addValues(group, event, valid, QStringLiteral("content"),
                      kNotAString +
                          Values{{QStringLiteral("empty"), QStringLiteral("\"\"")},
                                 {QStringLiteral("blank"), QStringLiteral("\"   \"")},
                                 {QStringLiteral("whitespace"), QStringLiteral("\"\\n\\t \\r\"")},
                                 {QStringLiteral("16385 chars"), jsonString(16385)}} +
                          kBadUnicode);
            addValues(group, event, valid, QStringLiteral("mobile_ref_id"),
                      kNotAString +
                          Values{{QStringLiteral("empty"), QStringLiteral("\"\"")},
                                 {QStringLiteral("65 chars"), jsonString(65, 'r')}} +
                          kBadUnicode);
            addValues(group, event, valid, QStringLiteral("parent_id"), kNotAnOptionalId);
            addValues(group, event, valid, QStringLiteral("parent_id"),
                      {{QStringLiteral("unknown"), QStringLiteral("999999")},
                       {QStringLiteral("in another conversation"), QStringLiteral("$DIRECT_MSG")}},
                      kNotFound);
            // The ref the owner already used in the direct conversation.
            addValues(
                group, event, valid, QStringLiteral("mobile_ref_id"),
                {{QStringLiteral("used in another conversation"), QStringLiteral("\"dup-ref\"")}},
                QStringLiteral("conflict"));
        }
        const Values unknownMessages{
            {QStringLiteral("unknown"), QStringLiteral("999999")},
            {QStringLiteral("in another conversation"), QStringLiteral("$DIRECT_MSG")},
            {QStringLiteral("deleted"), QStringLiteral("$DELETED_MSG")}};
        {
            const QString event = QStringLiteral("edit_message");
            const Fields valid{{QStringLiteral("message_id"), QStringLiteral("$OWNER_MSG")},
                               {QStringLiteral("content"), QStringLiteral("\"edited\"")}};
            addValues(group, event, valid, QStringLiteral("message_id"), kNotAnId);
            addValues(group, event, valid, QStringLiteral("message_id"), unknownMessages,
                      kNotFound);
            addValues(group, event, valid, QStringLiteral("content"),
                      kNotAString +
                          Values{{QStringLiteral("empty"), QStringLiteral("\"\"")},
                                 {QStringLiteral("blank"), QStringLiteral("\"   \"")},
                                 {QStringLiteral("16385 chars"), jsonString(16385)}} +
                          kBadUnicode);
        }
        {
            const QString event = QStringLiteral("delete_message");
            const Fields valid{{QStringLiteral("message_id"), QStringLiteral("$OWNER_MSG")}};
            addValues(group, event, valid, QStringLiteral("message_id"), kNotAnId);
            addValues(group, event, valid, QStringLiteral("message_id"), unknownMessages,
                      kNotFound);
        }
        for (const QString &event :
             {QStringLiteral("add_reaction"), QStringLiteral("remove_reaction")}) {
            const Fields valid{{QStringLiteral("message_id"), QStringLiteral("$MEMBER_MSG")},
                               {QStringLiteral("emoji"), QStringLiteral("\"👍\"")}};
            addValues(group, event, valid, QStringLiteral("message_id"), kNotAnId);
            addValues(group, event, valid, QStringLiteral("message_id"), unknownMessages,
                      kNotFound);
            addValues(group, event, valid, QStringLiteral("emoji"),
                      kNotAString +
                          Values{{QStringLiteral("empty"), QStringLiteral("\"\"")},
                                 {QStringLiteral("blank"), QStringLiteral("\"   \"")},
                                 {QStringLiteral("33 chars"), jsonString(33, 'e')}} +
                          kBadUnicode);
        }
        {
            const QString event = QStringLiteral("star_message");
            const Fields valid{{QStringLiteral("message_id"), QStringLiteral("$MEMBER_MSG")},
                               {QStringLiteral("starred"), QStringLiteral("true")}};
            addValues(group, event, valid, QStringLiteral("message_id"), kNotAnId);
            addValues(group, event, valid, QStringLiteral("message_id"), unknownMessages,
                      kNotFound);
            addValues(group, event, valid, QStringLiteral("starred"), kNotABool);
        }
        addValues(group, QStringLiteral("mark_read"),
                  {{QStringLiteral("seq"), QStringLiteral("1")}}, QStringLiteral("seq"),
                  {{QStringLiteral("missing"), kMissing},
                   {QStringLiteral("string"), QStringLiteral("\"1\"")},
                   {QStringLiteral("1.5"), QStringLiteral("1.5")},
                   {QStringLiteral("-1"), QStringLiteral("-1")},
                   {QStringLiteral("2^60"), k2Pow60},
                   {QStringLiteral("bool"), QStringLiteral("true")},
                   {QStringLiteral("null"), QStringLiteral("null")},
                   {QStringLiteral("array"), QStringLiteral("[1]")},
                   {QStringLiteral("object"), QStringLiteral("{}")},
                   {QStringLiteral("beyond last_seq"), QStringLiteral("$NEXT_SEQ")}});
        addValues(group, QStringLiteral("typing"),
                  {{QStringLiteral("typing"), QStringLiteral("true")}}, QStringLiteral("typing"),
                  kNotABool);
        {
            const QString event = QStringLiteral("load_history");
            const Fields valid{{QStringLiteral("before_seq"), QStringLiteral("1000")}};
            addValues(group, event, valid, QStringLiteral("before_seq"), kNotAnId);
            addValues(group, event, valid, QStringLiteral("limit"),
                      {{QStringLiteral("string"), QStringLiteral("\"5\"")},
                       {QStringLiteral("1.5"), QStringLiteral("1.5")},
                       {QStringLiteral("-1"), QStringLiteral("-1")},
                       {QStringLiteral("0"), QStringLiteral("0")},
                       {QStringLiteral("101"), QStringLiteral("101")},
                       {QStringLiteral("2^60"), k2Pow60},
                       {QStringLiteral("bool"), QStringLiteral("true")},
                       {QStringLiteral("array"), QStringLiteral("[5]")},
                       {QStringLiteral("object"), QStringLiteral("{}")}});
        }
        {
            const QString event = QStringLiteral("load_thread");
            const Fields valid{{QStringLiteral("message_id"), QStringLiteral("$OWNER_MSG")}};
            addValues(group, event, valid, QStringLiteral("message_id"), kNotAnId);
            addValues(group, event, valid, QStringLiteral("message_id"),
                      {{QStringLiteral("unknown"), QStringLiteral("999999")},
                       {QStringLiteral("in another conversation"), QStringLiteral("$DIRECT_MSG")}},
                      kNotFound);
        }
        {
            const QString event = QStringLiteral("update_conversation");
            addRow(QStringLiteral("group update_conversation empty"), group, event,
                   QStringLiteral("{}"), kInvalid, QStringLiteral("title"));
            addRow(QStringLiteral("group update_conversation only unknown fields"), group, event,
                   QStringLiteral("{\"name\":\"x\"}"), kInvalid, QStringLiteral("title"));
            const Values badText = Values{{QStringLiteral("number"), QStringLiteral("5")},
                                          {QStringLiteral("bool"), QStringLiteral("true")},
                                          {QStringLiteral("array"), QStringLiteral("[\"t\"]")},
                                          {QStringLiteral("object"), QStringLiteral("{}")}} +
                                   kBadUnicode;
            addValues(group, event, {}, QStringLiteral("title"),
                      badText + Values{{QStringLiteral("too long"), longTitle}});
            addValues(group, event, {}, QStringLiteral("topic"),
                      badText + Values{{QStringLiteral("too long"), longTopic}});
            addValues(direct, event, {}, QStringLiteral("title"),
                      {{QStringLiteral("given"), QStringLiteral("\"t\"")}});
        }
        {
            const QString event = QStringLiteral("add_members");
            const Fields valid{{QStringLiteral("user_ids"), QStringLiteral("[$OUTSIDER]")}};
            addValues(group, event, valid, QStringLiteral("user_ids"),
                      {{QStringLiteral("missing"), kMissing},
                       {QStringLiteral("string"), QStringLiteral("\"$OUTSIDER\"")},
                       {QStringLiteral("number"), QStringLiteral("$OUTSIDER")},
                       {QStringLiteral("null"), QStringLiteral("null")},
                       {QStringLiteral("object"), QStringLiteral("{}")},
                       {QStringLiteral("empty"), QStringLiteral("[]")},
                       {QStringLiteral("[string]"), QStringLiteral("[\"$OUTSIDER\"]")},
                       {QStringLiteral("[0]"), QStringLiteral("[0]")},
                       {QStringLiteral("[-1]"), QStringLiteral("[-1]")},
                       {QStringLiteral("[1.5]"), QStringLiteral("[1.5]")},
                       {QStringLiteral("[bool]"), QStringLiteral("[true]")},
                       {QStringLiteral("[null]"), QStringLiteral("[null]")},
                       {QStringLiteral("[2^60]"), QStringLiteral("[%1]").arg(k2Pow60)},
                       {QStringLiteral("[[id]]"), QStringLiteral("[[$OUTSIDER]]")}});
            addValues(group, event, valid, QStringLiteral("user_ids"),
                      {{QStringLiteral("unknown"), QStringLiteral("[999999]")},
                       {QStringLiteral("one unknown"), QStringLiteral("[$OUTSIDER,999999]")}},
                      kNotFound);
            // Nothing names a field here: the conversation is the problem.
            addRow(QStringLiteral("direct add_members"), direct, event,
                   QStringLiteral("{\"user_ids\":[$OUTSIDER]}"), kInvalid, QString());
        }
        {
            const QString event = QStringLiteral("remove_member");
            const Fields valid{{QStringLiteral("user_id"), QStringLiteral("$MEMBER")}};
            addValues(group, event, valid, QStringLiteral("user_id"), kNotAnId);
            addValues(group, event, valid, QStringLiteral("user_id"),
                      {{QStringLiteral("unknown"), QStringLiteral("999999")},
                       {QStringLiteral("not a member"), QStringLiteral("$OUTSIDER")}},
                      kNotFound);
            addRow(QStringLiteral("direct remove_member"), direct, event,
                   QStringLiteral("{\"user_id\":$MEMBER}"), kInvalid, QString());
        }
        addValues(group, QStringLiteral("archive_conversation"),
                  {{QStringLiteral("archived"), QStringLiteral("true")}},
                  QStringLiteral("archived"), kNotABool);

        // §7 notifications:<id>
        addValues(notifications, QStringLiteral("ack_notifications"),
                  {{QStringLiteral("up_to_id"), QStringLiteral("1")}}, QStringLiteral("up_to_id"),
                  kNotAnId);

        // Unknown events, on every kind of topic.
        for (const auto &[topic, event] :
             QList<std::pair<QString, QString>>{{user, QStringLiteral("nope")},
                                                {user, QStringLiteral("send_message")},
                                                {group, QStringLiteral("nope")},
                                                {group, QStringLiteral("Send_Message")},
                                                {group, QStringLiteral("create_conversation")},
                                                {direct, QStringLiteral("heartbeat")},
                                                {notifications, QStringLiteral("nope")},
                                                {notifications, QStringLiteral("typing")}}) {
            addRow(QStringLiteral("%1 unknown event %2").arg(topic, event), topic, event,
                   QStringLiteral("{}"), kInvalid, event);
        }

        // Join params.
        const Values badSince{{QStringLiteral("string"), QStringLiteral("\"1\"")},
                              {QStringLiteral("1.5"), QStringLiteral("1.5")},
                              {QStringLiteral("-1"), QStringLiteral("-1")},
                              {QStringLiteral("2^60"), k2Pow60},
                              {QStringLiteral("bool"), QStringLiteral("true")},
                              {QStringLiteral("array"), QStringLiteral("[0]")},
                              {QStringLiteral("object"), QStringLiteral("{}")}};
        for (const QString &chat : {QStringLiteral("join:group"), QStringLiteral("join:direct")})
            addValues(chat, QStringLiteral("phx_join"), {}, QStringLiteral("since_seq"), badSince);
    }

    void badPayloadIsRefused()
    {
        QFETCH(QString, topic);
        QFETCH(QString, event);
        QFETCH(QString, payload);
        QFETCH(QString, reason);
        QFETCH(QString, field);
        const QString text = resolve(payload);
        const QStringList before = snapshot();
        QVERIFY(!before.isEmpty());
        const Marks marks = mark();

        const bool isJoin = topic.startsWith(QStringLiteral("join:"));
        const QString topicName = topicFor(isJoin ? topic.mid(5) : topic);
        const QString pushed = event.section(u' ', 0, 0); // "create_conversation direct" rows
        const QString ref = QStringLiteral("row-%1").arg(++m_refs);
        PhoenixClient &client = isJoin ? *m_joinClient : *m_ownerClient;
        client.sendRaw(rawFrame(isJoin ? ref : m_ownerClient->joinRefOf(topicName), ref, topicName,
                                pushed, text));
        const auto replyFrame = client.waitForReply(ref);
        QVERIFY2(replyFrame, "no reply");
        const QJsonObject reply = replyFrame->payload;
        QCOMPARE(replyFrame->topic, topicName);
        QVERIFY2(status(reply) == QStringLiteral("error"), qPrintable(compact(reply)));
        QCOMPARE(::reason(reply), reason);
        if (reason == kInvalid && !field.isEmpty()) {
            const QString message = response(reply).value(QLatin1StringView("message")).toString();
            const QRegularExpression names(
                QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(field)));
            QVERIFY2(
                names.match(message).hasMatch(),
                qPrintable(QStringLiteral("message \"%1\" does not name %2").arg(message, field)));
        }

        if (pushed == QStringLiteral("send_message")) {
            const QJsonValue mobileRef = QJsonDocument::fromJson(text.toUtf8())
                                             .object()
                                             .value(QLatin1StringView("mobile_ref_id"));
            if (mobileRef.isString()) {
                const auto sent =
                    m_ownerClient->waitForEvent(topicName, QStringLiteral("message_sent"));
                QVERIFY2(sent, "no message_sent");
                QCOMPARE(sent->joinRef, m_ownerClient->joinRefOf(topicName));
                QCOMPARE(sent->payload.value(QLatin1StringView("status")).toString(),
                         QStringLiteral("error"));
                QCOMPARE(sent->payload.value(QLatin1StringView("reason")).toString(), reason);
                QCOMPARE(sent->payload.value(QLatin1StringView("chat_id")).toInteger(),
                         conversationOf(topicName));
                QVERIFY(sent->payload.value(QLatin1StringView("message_id")).isNull());
                // A lone surrogate cannot travel back as such; the other refs come back as sent.
                if (QStringView(mobileRef.toString()).isValidUtf16())
                    QCOMPARE(sent->payload.value(QLatin1StringView("mobile_ref_id")), mobileRef);
            }
        }

        QVERIFY(settle());
        QCOMPARE(snapshot(), before);
        const QStringList leaked = framesSince(marks);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u'\n')));
    }

    // After the whole table, not one row was written for a refused request.
    void refusedRequestsLeftNoRows()
    {
        QVERIFY(settle());
        QCOMPARE(snapshot(), m_initial);
        QCOMPARE(queryInt(m_server->config().databasePath(),
                          QStringLiteral("SELECT count(*) FROM messages"), {})
                     .value_or(-1),
                 4);
        QCOMPARE(queryInt(m_server->config().databasePath(),
                          QStringLiteral("SELECT count(*) FROM conversations"), {})
                     .value_or(-1),
                 2);
    }

    // The other side of each limit is accepted.
    void boundaryValuesAreAccepted_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("payload");

        const auto row = [](const QString &name, const char *topic, const char *event,
                            const QString &payload) {
            QTest::newRow(qPrintable(name))
                << QString::fromUtf8(topic) << QString::fromUtf8(event) << payload;
        };
        row(QStringLiteral("content of 16384 chars"), "group", "send_message",
            QStringLiteral("{\"content\":%1,\"mobile_ref_id\":\"max-content\"}")
                .arg(jsonString(16384)));
        row(QStringLiteral("mobile_ref_id of 64 chars"), "group", "send_message",
            QStringLiteral("{\"content\":\"max ref\",\"mobile_ref_id\":%1}")
                .arg(jsonString(64, 'r')));
        row(QStringLiteral("surrogate pair"), "group", "send_message",
            QStringLiteral(R"({"content":"\ud83d\ude00","mobile_ref_id":"pair-1"})"));
        row(QStringLiteral("parent_id null"), "group", "send_message",
            QStringLiteral(
                R"({"content":"no parent","mobile_ref_id":"pnull-1","parent_id":null})"));
        // The longest emoji the field takes: a ZWJ sequence of 32 UTF-16 units (thumbs up with
        // skin tone and VS16, and with skin tone alone).
        const QString fiveUnits = QStringLiteral("👍\uFE0F🏽");
        const QString fourUnits = QStringLiteral("👍🏽");
        const QString longest =
            QStringList{fiveUnits, fiveUnits, fiveUnits, fourUnits, fourUnits, fourUnits}.join(
                QChar(0x200D));
        row(QStringLiteral("emoji of 32 chars"), "group", "add_reaction",
            QStringLiteral("{\"message_id\":$MEMBER_MSG,\"emoji\":\"%1\"}").arg(longest));
        row(QStringLiteral("mark_read 0"), "group", "mark_read", QStringLiteral(R"({"seq":0})"));
        row(QStringLiteral("mark_read last_seq"), "group", "mark_read",
            QStringLiteral(R"({"seq":$LAST_SEQ})"));
        row(QStringLiteral("load_history limit 100"), "group", "load_history",
            QStringLiteral(R"({"before_seq":1,"limit":100})"));
        row(QStringLiteral("list_starred ignores its payload"), "group", "list_starred",
            QStringLiteral(R"({"junk":[1,{}],"message_id":"x"})"));
        row(QStringLiteral("mark_all_read ignores its payload"), "notifications", "mark_all_read",
            QStringLiteral(R"({"junk":null})"));
        row(QStringLiteral("join since_seq 0"), "join:group", "phx_join",
            QStringLiteral(R"({"since_seq":0})"));
    }

    void boundaryValuesAreAccepted()
    {
        QFETCH(QString, topic);
        QFETCH(QString, event);
        QFETCH(QString, payload);
        const QString text = resolve(payload);
        const bool isJoin = topic.startsWith(QStringLiteral("join:"));
        const QString topicName = topicFor(isJoin ? topic.mid(5) : topic);
        const QString ref = QStringLiteral("ok-%1").arg(++m_refs);
        PhoenixClient &client = isJoin ? *m_joinClient : *m_ownerClient;
        client.sendRaw(rawFrame(isJoin ? ref : m_ownerClient->joinRefOf(topicName), ref, topicName,
                                event, text));
        const auto reply = client.waitForReply(ref);
        QVERIFY2(reply, "no reply");
        QVERIFY2(status(reply->payload) == kOk, qPrintable(compact(reply->payload)));
        if (event == QStringLiteral("send_message")) {
            const QJsonObject sent = QJsonDocument::fromJson(text.toUtf8()).object();
            const QJsonObject message =
                response(reply->payload).value(QLatin1StringView("message")).toObject();
            QCOMPARE(message.value(QLatin1StringView("content")),
                     sent.value(QLatin1StringView("content")));
            QCOMPARE(message.value(QLatin1StringView("mobile_ref_id")),
                     sent.value(QLatin1StringView("mobile_ref_id")));
            QVERIFY(message.value(QLatin1StringView("parent_id")).isNull());
            const auto ack = m_ownerClient->waitForEvent(topicName, QStringLiteral("message_sent"));
            QVERIFY(ack);
            QCOMPARE(ack->payload.value(QLatin1StringView("status")).toString(),
                     QStringLiteral("sent"));
            QCOMPARE(ack->payload.value(QLatin1StringView("message_id")),
                     message.value(QLatin1StringView("id")));
        }
    }

    // The server is still fully at work: a new client joins, sends, and the others receive it.
    void serverKeepsServing()
    {
        PhoenixClient fresh;
        QVERIFY(fresh.open(
            m_server->socketUrl(m_member.token, QStringLiteral("device_unique_id=fresh"))));
        const QString topic = chatTopic(m_group);
        QCOMPARE(status(fresh.join(topic)), kOk);
        const QJsonObject reply =
            fresh.push(topic, QStringLiteral("send_message"),
                       {{QStringLiteral("content"), QStringLiteral("still here")},
                        {QStringLiteral("mobile_ref_id"), QStringLiteral("after-the-storm")}});
        QVERIFY2(status(reply) == kOk, qPrintable(compact(reply)));
        const qint64 id = response(reply)
                              .value(QLatin1StringView("message"))
                              .toObject()
                              .value(QLatin1StringView("id"))
                              .toInteger();
        QVERIFY(id > 0);
        for (PhoenixClient *client :
             {m_ownerClient.get(), m_memberClient.get(), m_joinClient.get()}) {
            // Skip what arrived during setup; the new message must come within the time limit.
            std::optional<QJsonObject> message;
            while (!message) {
                const auto received =
                    client->waitForEvent(topic, QStringLiteral("receive_message"));
                QVERIFY2(received, "the new message was not broadcast");
                const QJsonObject candidate =
                    received->payload.value(QLatin1StringView("message")).toObject();
                if (candidate.value(QLatin1StringView("id")).toInteger() == id)
                    message = candidate;
            }
            QCOMPARE(message->value(QLatin1StringView("content")).toString(),
                     QStringLiteral("still here"));
        }
        QCOMPARE(queryInt(m_server->config().databasePath(),
                          QStringLiteral("SELECT count(*) FROM messages WHERE id = ? AND "
                                         "content = 'still here'"),
                          {id})
                     .value_or(-1),
                 1);
        const HttpResult health = m_server->request("GET", QStringLiteral("/healthz"));
        QCOMPARE(health.status, 200);
    }

private:
    using HttpResult = confab::testing::HttpResult;

    static qint64 conversationOf(const QString &topic)
    {
        return topic.section(u':', 1).toLongLong();
    }

    QString topicFor(const QString &key) const
    {
        if (key == QStringLiteral("user"))
            return userTopic(m_owner.id);
        if (key == QStringLiteral("notifications"))
            return notificationsTopic(m_owner.id);
        if (key == QStringLiteral("direct"))
            return chatTopic(m_direct);
        return chatTopic(m_group);
    }

    // Replaces $NAME placeholders with ids of this run ($REF: a fresh mobile_ref_id).
    QString resolve(const QString &templ)
    {
        const qint64 lastSeq =
            queryInt(m_server->config().databasePath(),
                     QStringLiteral("SELECT last_seq FROM conversations WHERE id = ?"), {m_group})
                .value_or(-1);
        const QHash<QString, QString> values{
            {QStringLiteral("GROUP"), QString::number(m_group)},
            {QStringLiteral("DIRECT"), QString::number(m_direct)},
            {QStringLiteral("OWNER"), QString::number(m_owner.id)},
            {QStringLiteral("MEMBER"), QString::number(m_member.id)},
            {QStringLiteral("OUTSIDER"), QString::number(m_outsider.id)},
            {QStringLiteral("OWNER_MSG"), QString::number(m_ownerMsg)},
            {QStringLiteral("MEMBER_MSG"), QString::number(m_memberMsg)},
            {QStringLiteral("DELETED_MSG"), QString::number(m_deletedMsg)},
            {QStringLiteral("DIRECT_MSG"), QString::number(m_directMsg)},
            {QStringLiteral("LAST_SEQ"), QString::number(lastSeq)},
            {QStringLiteral("NEXT_SEQ"), QString::number(lastSeq + 1)},
            {QStringLiteral("REF"), QStringLiteral("bad-%1").arg(m_refs + 1)},
        };
        return fillPlaceholders(templ, values);
    }

    QList<PhoenixClient *> clients() const
    {
        return {m_ownerClient.get(), m_memberClient.get(), m_joinClient.get()};
    }

    // Waits until everything the server did so far has reached every client.
    bool settle() { return testing::settle(*m_ownerClient, chatTopic(m_direct), clients()); }

    Marks mark() const { return testing::mark(clients()); }

    QStringList snapshot() const { return snapshotDatabase(m_server->config().databasePath()); }

    std::unique_ptr<TestServer> m_server;
    TestServer::Account m_owner;
    TestServer::Account m_member;
    TestServer::Account m_outsider;
    std::unique_ptr<PhoenixClient> m_ownerClient;
    std::unique_ptr<PhoenixClient> m_memberClient;
    std::unique_ptr<PhoenixClient> m_joinClient; // the owner's second device, for join rows
    qint64 m_group = 0;
    qint64 m_direct = 0;
    qint64 m_ownerMsg = 0;
    qint64 m_memberMsg = 0;
    qint64 m_deletedMsg = 0;
    qint64 m_directMsg = 0;
    int m_refs = 0;
    QStringList m_initial;
};

QTEST_GUILESS_MAIN(TestChatPayloads)
#include "tst_chat_payloads.moc"
