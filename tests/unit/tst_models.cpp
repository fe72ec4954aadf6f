// The JSON form of the model types (PROTOCOL.md §3 and the presence shape of §5).

#include "model/Conversation.h"
#include "model/Member.h"
#include "model/Message.h"
#include "model/Notification.h"
#include "model/PresenceMeta.h"
#include "model/User.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <time.h>

using namespace Qt::StringLiterals;
using namespace confab::model;

namespace confab::model {
// QCOMPARE prints model values as their JSON when they differ.
static char *jsonString(const QJsonObject &json)
{
    return qstrdup(QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
}
char *toString(const User &value)
{
    return jsonString(value.toJson());
}
char *toString(const Member &value)
{
    return jsonString(value.toJson());
}
char *toString(const Message &value)
{
    return jsonString(value.toJson());
}
char *toString(const Conversation &value)
{
    return jsonString(value.toJson());
}
char *toString(const Notification &value)
{
    return jsonString(value.toJson());
}
char *toString(const PresenceMeta &value)
{
    return jsonString(value.toJson());
}
} // namespace confab::model

Q_DECLARE_METATYPE(confab::model::User)
Q_DECLARE_METATYPE(confab::model::Member)
Q_DECLARE_METATYPE(confab::model::Message)
Q_DECLARE_METATYPE(confab::model::Conversation)
Q_DECLARE_METATYPE(confab::model::Notification)
Q_DECLARE_METATYPE(confab::model::PresenceMeta)

namespace {

QDateTime at(const char *iso)
{
    const QDateTime time = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    if (!time.isValid())
        qFatal("bad test time %s", iso);
    return time;
}

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        qFatal("bad test JSON (%s): %s", qPrintable(error.errorString()), json.constData());
    return document.object();
}

// The object as it arrives over the wire: serialised to text and parsed again.
QJsonObject throughText(const QJsonObject &json)
{
    return QJsonDocument::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact)).object();
}

QStringList sortedKeys(const QJsonObject &json)
{
    QStringList keys = json.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

User sampleUser()
{
    return User{5, u"alice"_s, u"Alice A."_s};
}

Member sampleMember()
{
    Member member;
    member.userId = 5;
    member.username = u"alice"_s;
    member.displayName = u"Alice A."_s;
    member.role = Member::Role::Owner;
    member.joinedAt = at("2026-11-20T08:00:00.001Z");
    return member;
}

Message sampleMessage()
{
    Message message;
    message.id = 101;
    message.conversationId = 7;
    message.seq = 42;
    message.senderId = 5;
    message.content = u"hello **world**"_s;
    message.mobileRefId = u"m-1"_s;
    message.parentId = 100;
    message.replyCount = 3;
    message.sentAt = at("2026-11-22T03:10:00.123Z");
    message.editedAt = at("2026-11-22T03:11:30.450Z");
    message.deleted = false;
    message.starred = true;
    message.starredBy = 5;
    message.reactions = {Reaction{u"\U0001F44D"_s, {5, 6}}, Reaction{u"\U0001F389"_s, {7}}};
    return message;
}

Message plainMessage()
{
    Message message;
    message.id = 1;
    message.conversationId = 2;
    message.seq = 1;
    message.senderId = 3;
    message.content = u"hi"_s;
    message.sentAt = at("2026-01-01T00:00:00.000Z");
    return message;
}

Conversation sampleConversation()
{
    Conversation conversation;
    conversation.id = 7;
    conversation.kind = Conversation::Kind::Group;
    conversation.title = u"Team"_s;
    conversation.topic = u"Release planning"_s;
    conversation.createdAt = at("2026-11-01T12:00:00.000Z");
    conversation.createdBy = 5;
    conversation.archived = false;
    conversation.lastSeq = 42;
    conversation.memberCount = 3;
    return conversation;
}

Notification sampleNotification(Notification::Kind kind)
{
    Notification notification;
    notification.id = 900;
    notification.kind = kind;
    notification.conversationId = 7;
    notification.messageId =
        kind == Notification::Kind::Added ? std::nullopt : std::optional<qint64>(101);
    notification.senderId = 5;
    notification.content =
        kind == Notification::Kind::Added ? u"Alice added you"_s : u"hello @bob"_s;
    notification.timestamp = at("2026-11-22T03:10:00.123Z");
    return notification;
}

PresenceMeta sampleMeta(const char *ref, PresenceMeta::Status status)
{
    PresenceMeta meta;
    meta.phxRef = QString::fromLatin1(ref);
    meta.device = u"desktop-linux"_s;
    meta.status = status;
    meta.onlineAt = at("2026-11-22T03:00:00.500Z");
    return meta;
}

// One "fromJson must refuse this" row: a valid object with one key removed or replaced.
struct Mutation
{
    QString key;
    std::optional<QJsonValue> value; // nullopt: remove the key
};

const QJsonValue kNull{QJsonValue::Null};

// Values that no id field (positive integer) may take. Ids > 2^53 are not listed: JsonReader
// converts through double and does not range-check (see the report).
QList<QJsonValue> badIds(bool nullable)
{
    QList<QJsonValue> values{u"5"_s, true, 1.5, 0, -1, QJsonArray{5}, QJsonObject{}};
    if (!nullable)
        values.append(kNull);
    return values;
}

QList<QJsonValue> badIntegers()
{
    return {kNull, u"3"_s, 2.5, true, QJsonArray{}, QJsonObject{}};
}

QList<QJsonValue> badStrings(bool nullable)
{
    QList<QJsonValue> values{5, true, QJsonArray{u"x"_s}, QJsonObject{}};
    if (!nullable)
        values.append(kNull);
    return values;
}

QList<QJsonValue> badBools()
{
    return {kNull, 0, 1, u"false"_s, u"true"_s, QJsonArray{}};
}

QList<QJsonValue> badTimes(bool nullable)
{
    QList<QJsonValue> values{
        u""_s,
        u"2026-11-22T03:10:00Z"_s,          // no milliseconds
        u"2026-11-22T03:10:00.123+01:00"_s, // offset instead of Z
        u"2026-11-22T03:10:00.123"_s,       // no zone
        u"2026-11-22 03:10:00.123Z"_s,      // space instead of T
        u"2026-02-30T00:00:00.000Z"_s,      // no such day
        u"yesterday"_s,
        qint64(1795317000123), // epoch milliseconds are not the wire form
        true,
    };
    if (!nullable)
        values.append(kNull);
    return values;
}

QList<QJsonValue> badEnums(std::initializer_list<QString> names)
{
    QList<QJsonValue> values{kNull, u""_s, 0, QJsonArray{}};
    for (const QString &name : names)
        values.append(name);
    return values;
}

void addMutationRows(const QJsonObject &valid,
                     const QList<std::pair<QString, QList<QJsonValue>>> &badValues,
                     const QList<Mutation> &extra = {})
{
    QTest::addColumn<QJsonObject>("json");

    for (const QString &key : valid.keys()) {
        QJsonObject json = valid;
        json.remove(key);
        QTest::addRow("missing %s", qPrintable(key)) << json;
    }
    for (const auto &[key, values] : badValues) {
        if (!valid.contains(key))
            qFatal("no key %s in the valid object", qPrintable(key));
        for (const QJsonValue &value : values) {
            QJsonObject json = valid;
            json.insert(key, value);
            const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
            QTest::addRow("%s = %s", qPrintable(key), text.mid(1, text.size() - 2).constData())
                << json;
        }
    }
    for (const Mutation &mutation : extra) {
        QJsonObject json = valid;
        QByteArray text = "removed";
        if (mutation.value) {
            json.insert(mutation.key, *mutation.value);
            text = QJsonDocument(QJsonArray{*mutation.value}).toJson(QJsonDocument::Compact);
            text = text.mid(1, text.size() - 2);
        } else {
            json.remove(mutation.key);
        }
        QTest::addRow("%s = %s", qPrintable(mutation.key), text.constData()) << json;
    }
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // Field names and shapes of PROTOCOL.md §3.
    void userJsonShape();
    void memberJsonShape();
    void messageJsonShape();
    void messageNullableFields();
    void conversationJsonShape();
    void conversationReaderState();
    void notificationJsonShape();
    void presenceJsonShape();
    void timesAreWrittenInUtc();

    // toJson -> fromJson gives the same value, directly and through JSON text.
    void userRoundTrip_data();
    void userRoundTrip();
    void memberRoundTrip_data();
    void memberRoundTrip();
    void messageRoundTrip_data();
    void messageRoundTrip();
    void conversationRoundTrip_data();
    void conversationRoundTrip();
    void notificationRoundTrip_data();
    void notificationRoundTrip();
    void presenceRoundTrip();

    // Malformed objects give std::nullopt.
    void userMalformed_data();
    void userMalformed();
    void memberMalformed_data();
    void memberMalformed();
    void messageMalformed_data();
    void messageMalformed();
    void conversationMalformed_data();
    void conversationMalformed();
    void notificationMalformed_data();
    void notificationMalformed();
    void presenceMetaMalformed_data();
    void presenceMetaMalformed();
    void presenceMapMalformed_data();
    void presenceMapMalformed();

    void enumNames();
    void isValidUsername_data();
    void isValidUsername();
};

void TestModels::initTestCase()
{
    // Local time differs from UTC whatever the machine's zone (POSIX TZ string: no tzdata).
    qputenv("TZ", "NPT-05:45");
    tzset();
    QCOMPARE(at("2026-11-22T03:10:00.123Z").toLocalTime().offsetFromUtc(), 5 * 3600 + 45 * 60);
}

void TestModels::userJsonShape()
{
    const QJsonObject json = sampleUser().toJson();
    QCOMPARE(sortedKeys(json), sorted({u"id"_s, u"username"_s, u"display_name"_s}));
    QCOMPARE(json, parseObject(R"({"id":5,"username":"alice","display_name":"Alice A."})"));
}

void TestModels::memberJsonShape()
{
    const QJsonObject json = sampleMember().toJson();
    QCOMPARE(sortedKeys(json),
             sorted({u"user_id"_s, u"username"_s, u"display_name"_s, u"role"_s, u"joined_at"_s}));
    QCOMPARE(json, parseObject(R"({"user_id":5,"username":"alice","display_name":"Alice A.",
                                   "role":"owner","joined_at":"2026-11-20T08:00:00.001Z"})"));
    Member plain = sampleMember();
    plain.role = Member::Role::Member;
    QCOMPARE(plain.toJson().value(u"role"_s), QJsonValue(u"member"_s));
}

void TestModels::messageJsonShape()
{
    const QJsonObject json = sampleMessage().toJson();
    QCOMPARE(sortedKeys(json),
             sorted({u"id"_s, u"conversation_id"_s, u"seq"_s, u"sender_id"_s, u"content"_s,
                     u"mobile_ref_id"_s, u"parent_id"_s, u"reply_count"_s, u"sent_at"_s,
                     u"edited_at"_s, u"deleted"_s, u"starred"_s, u"starred_by"_s, u"reactions"_s}));
    QCOMPARE(json, parseObject(R"({"id":101,"conversation_id":7,"seq":42,"sender_id":5,
        "content":"hello **world**","mobile_ref_id":"m-1","parent_id":100,"reply_count":3,
        "sent_at":"2026-11-22T03:10:00.123Z","edited_at":"2026-11-22T03:11:30.450Z",
        "deleted":false,"starred":true,"starred_by":5,
        "reactions":[{"emoji":"\ud83d\udc4d","user_ids":[5,6]},
                     {"emoji":"\ud83c\udf89","user_ids":[7]}]})"));

    const QJsonArray reactions = json.value(u"reactions"_s).toArray();
    QCOMPARE(reactions.size(), 2);
    for (const QJsonValue &reaction : reactions)
        QCOMPARE(sortedKeys(reaction.toObject()), sorted({u"emoji"_s, u"user_ids"_s}));

    // Ids are JSON integers on the wire, not 101.0.
    const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
    QVERIFY2(text.contains(R"("id":101,)"), text.constData());
    QVERIFY2(text.contains(R"("user_ids":[5,6])"), text.constData());
}

void TestModels::messageNullableFields()
{
    // Without a thread parent, edit, star or mobile ref the fields are null, never missing.
    const QJsonObject json = plainMessage().toJson();
    QCOMPARE(json.size(), 14);
    for (const char *key : {"mobile_ref_id", "parent_id", "edited_at", "starred_by"}) {
        QVERIFY2(json.contains(QLatin1StringView(key)), key);
        QVERIFY2(json.value(QLatin1StringView(key)).isNull(), key);
    }
    QCOMPARE(json.value(u"reactions"_s), QJsonValue(QJsonArray()));
    QCOMPARE(json.value(u"deleted"_s), QJsonValue(false));
    QCOMPARE(json.value(u"starred"_s), QJsonValue(false));
    QCOMPARE(json.value(u"reply_count"_s), QJsonValue(0));

    // A deleted message keeps its place with deleted: true and content "".
    Message deleted = plainMessage();
    deleted.deleted = true;
    deleted.content.clear();
    const QJsonObject deletedJson = deleted.toJson();
    QCOMPARE(deletedJson.value(u"deleted"_s), QJsonValue(true));
    QCOMPARE(deletedJson.value(u"content"_s), QJsonValue(u""_s));
}

void TestModels::conversationJsonShape()
{
    const QStringList sharedKeys{u"id"_s,       u"kind"_s,       u"title"_s,
                                 u"topic"_s,    u"created_at"_s, u"created_by"_s,
                                 u"archived"_s, u"last_seq"_s,   u"member_count"_s};
    const QJsonObject json = sampleConversation().toJson();
    QCOMPARE(sortedKeys(json), sorted(sharedKeys));
    QCOMPARE(json, parseObject(R"({"id":7,"kind":"group","title":"Team",
        "topic":"Release planning","created_at":"2026-11-01T12:00:00.000Z","created_by":5,
        "archived":false,"last_seq":42,"member_count":3})"));

    Conversation direct = sampleConversation();
    direct.kind = Conversation::Kind::Direct;
    direct.title.reset();
    direct.topic.reset();
    const QJsonObject directJson = direct.toJson();
    QCOMPARE(directJson.value(u"kind"_s), QJsonValue(u"direct"_s));
    QVERIFY(directJson.contains(u"title"_s));
    QVERIFY(directJson.value(u"title"_s).isNull());
    QVERIFY(directJson.contains(u"topic"_s));
    QVERIFY(directJson.value(u"topic"_s).isNull());

    Conversation withReader = sampleConversation();
    withReader.reader = ReaderState{};
    QCOMPARE(sortedKeys(withReader.toJson()),
             sorted(sharedKeys + QStringList{u"unread_count"_s, u"last_read_seq"_s, u"pinned"_s,
                                             u"muted"_s, u"last_message"_s}));
}

void TestModels::conversationReaderState()
{
    Conversation conversation = sampleConversation();
    ReaderState state;
    state.unreadCount = 2;
    state.lastReadSeq = 40;
    state.pinned = true;
    state.muted = false;
    state.lastMessage = sampleMessage();
    conversation.reader = state;

    const QJsonObject json = conversation.toJson();
    QCOMPARE(json.value(u"unread_count"_s), QJsonValue(2));
    QCOMPARE(json.value(u"last_read_seq"_s), QJsonValue(40));
    QCOMPARE(json.value(u"pinned"_s), QJsonValue(true));
    QCOMPARE(json.value(u"muted"_s), QJsonValue(false));
    QCOMPARE(json.value(u"last_message"_s), QJsonValue(sampleMessage().toJson()));

    conversation.reader->lastMessage.reset();
    const QJsonObject noMessage = conversation.toJson();
    QVERIFY(noMessage.contains(u"last_message"_s));
    QVERIFY(noMessage.value(u"last_message"_s).isNull());
    QVERIFY(!noMessage.contains(u"peer"_s));

    conversation.reader->peer = User{9, u"bob"_s, u"Bob"_s};
    const QJsonObject withPeer = conversation.toJson();
    QCOMPARE(withPeer.value(u"peer"_s), QJsonValue(conversation.reader->peer->toJson()));
    QCOMPARE(Conversation::fromJson(withPeer), conversation);
    QJsonObject badPeer = withPeer;
    badPeer.insert(u"peer"_s, 5);
    QVERIFY(!Conversation::fromJson(badPeer));
}

void TestModels::notificationJsonShape()
{
    const QJsonObject json = sampleNotification(Notification::Kind::Mention).toJson();
    QCOMPARE(sortedKeys(json), sorted({u"id"_s, u"kind"_s, u"conversation_id"_s, u"message_id"_s,
                                       u"sender_id"_s, u"content"_s, u"timestamp"_s}));
    QCOMPARE(json, parseObject(R"({"id":900,"kind":"mention","conversation_id":7,
        "message_id":101,"sender_id":5,"content":"hello @bob",
        "timestamp":"2026-11-22T03:10:00.123Z"})"));

    QCOMPARE(sampleNotification(Notification::Kind::Message).toJson().value(u"kind"_s),
             QJsonValue(u"message"_s));
    const QJsonObject added = sampleNotification(Notification::Kind::Added).toJson();
    QCOMPARE(added.value(u"kind"_s), QJsonValue(u"added"_s));
    QVERIFY(added.contains(u"message_id"_s));
    QVERIFY(added.value(u"message_id"_s).isNull());
}

void TestModels::presenceJsonShape()
{
    const PresenceMeta meta = sampleMeta("F1", PresenceMeta::Status::Away);
    const QJsonObject metaJson = meta.toJson();
    QCOMPARE(sortedKeys(metaJson),
             sorted({u"phx_ref"_s, u"device"_s, u"status"_s, u"online_at"_s}));
    QCOMPARE(metaJson, parseObject(R"({"phx_ref":"F1","device":"desktop-linux","status":"away",
                                       "online_at":"2026-11-22T03:00:00.500Z"})"));

    // {"<user_id>": {"metas": [...]}}, the shape the phoenix.js Presence helper consumes.
    PresenceMap presence;
    presence.insert(5, {meta, sampleMeta("F2", PresenceMeta::Status::Dnd)});
    presence.insert(12, {sampleMeta("F3", PresenceMeta::Status::Online)});
    const QJsonObject json = presenceMapToJson(presence);
    QCOMPARE(sortedKeys(json), sorted({u"5"_s, u"12"_s}));
    QCOMPARE(sortedKeys(json.value(u"5"_s).toObject()), QStringList{u"metas"_s});
    const QJsonArray metas = json.value(u"5"_s).toObject().value(u"metas"_s).toArray();
    QCOMPARE(metas.size(), 2);
    QCOMPARE(metas.at(0).toObject(), metaJson); // device order is kept
    QCOMPARE(metas.at(1).toObject().value(u"status"_s), QJsonValue(u"dnd"_s));
    QCOMPARE(json.value(u"12"_s)
                 .toObject()
                 .value(u"metas"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"status"_s),
             QJsonValue(u"online"_s));

    QCOMPARE(presenceMapToJson({}), QJsonObject());
}

void TestModels::timesAreWrittenInUtc()
{
    // The same instant, held in other zones, is written as the one UTC form.
    const QDateTime utc = at("2026-11-22T03:10:00.123Z");
    for (const QDateTime &time : {utc, utc.toOffsetFromUtc(5 * 3600 + 1800),
                                  utc.toOffsetFromUtc(-8 * 3600), utc.toLocalTime()}) {
        Message message = plainMessage();
        message.sentAt = time;
        message.editedAt = time;
        QCOMPARE(message.toJson().value(u"sent_at"_s), QJsonValue(u"2026-11-22T03:10:00.123Z"_s));
        QCOMPARE(message.toJson().value(u"edited_at"_s), QJsonValue(u"2026-11-22T03:10:00.123Z"_s));

        Member member = sampleMember();
        member.joinedAt = time;
        QCOMPARE(member.toJson().value(u"joined_at"_s), QJsonValue(u"2026-11-22T03:10:00.123Z"_s));
    }
}

void TestModels::userRoundTrip_data()
{
    QTest::addColumn<User>("user");
    QTest::newRow("sample") << sampleUser();
    QTest::newRow("unicode display name")
        << User{9007199254740991, u"b_o.b-2"_s, u"B\u00f6b \U0001F600"_s};
    QTest::newRow("empty display name") << User{2, u"xy"_s, QString(u""_s)};
}

void TestModels::userRoundTrip()
{
    QFETCH(User, user);
    for (const QJsonObject &json : {user.toJson(), throughText(user.toJson())}) {
        const std::optional<User> parsed = User::fromJson(json);
        QVERIFY(parsed);
        QCOMPARE(*parsed, user);
    }
}

void TestModels::memberRoundTrip_data()
{
    QTest::addColumn<Member>("member");
    QTest::newRow("owner") << sampleMember();
    Member member = sampleMember();
    member.role = Member::Role::Member;
    member.joinedAt = at("2026-11-20T08:00:00.999+02:00");
    QTest::newRow("member, joined_at given with an offset") << member;
}

void TestModels::memberRoundTrip()
{
    QFETCH(Member, member);
    for (const QJsonObject &json : {member.toJson(), throughText(member.toJson())}) {
        const std::optional<Member> parsed = Member::fromJson(json);
        QVERIFY(parsed);
        QCOMPARE(*parsed, member);
        QCOMPARE(parsed->joinedAt.toMSecsSinceEpoch(), member.joinedAt.toMSecsSinceEpoch());
    }
}

void TestModels::messageRoundTrip_data()
{
    QTest::addColumn<Message>("message");

    QTest::newRow("every field set, two reactions") << sampleMessage();
    QTest::newRow("no parent, edit, star, ref or reactions") << plainMessage();

    Message reply = plainMessage();
    reply.parentId = 77;
    reply.reactions = {Reaction{u"+1"_s, {3}}};
    QTest::newRow("thread reply, one reaction") << reply;

    Message edited = plainMessage();
    edited.editedAt = at("2026-01-01T00:00:01.001Z");
    edited.starredBy = 3;
    edited.starred = true;
    QTest::newRow("edited and starred, no parent") << edited;

    Message deleted = plainMessage();
    deleted.deleted = true;
    deleted.content = QString(u""_s);
    QTest::newRow("deleted") << deleted;

    Message emptyUsers = plainMessage();
    emptyUsers.reactions = {Reaction{u"x"_s, {}}};
    QTest::newRow("reaction without users") << emptyUsers;

    Message large = sampleMessage();
    large.id = 9007199254740991;
    large.seq = 9007199254740991;
    large.content = QString(Message::MaxContentLength, u'\u00e9');
    large.mobileRefId = QString(Message::MaxMobileRefLength, u'm');
    large.reactions = {Reaction{u"\U0001F44D"_s, {1, 9007199254740991}}};
    QTest::newRow("largest ids and content") << large;
}

void TestModels::messageRoundTrip()
{
    QFETCH(Message, message);
    for (const QJsonObject &json : {message.toJson(), throughText(message.toJson())}) {
        const std::optional<Message> parsed = Message::fromJson(json);
        QVERIFY(parsed);
        QCOMPARE(*parsed, message);
        QCOMPARE(parsed->reactions, message.reactions);
        QCOMPARE(parsed->parentId, message.parentId);
        QCOMPARE(parsed->editedAt.has_value(), message.editedAt.has_value());
        QCOMPARE(parsed->starredBy, message.starredBy);
    }
}

void TestModels::conversationRoundTrip_data()
{
    QTest::addColumn<Conversation>("conversation");

    QTest::newRow("group, no reader state") << sampleConversation();

    Conversation direct = sampleConversation();
    direct.kind = Conversation::Kind::Direct;
    direct.title.reset();
    direct.topic.reset();
    direct.memberCount = 2;
    direct.archived = true;
    QTest::newRow("direct, null title and topic, archived") << direct;

    Conversation withReader = sampleConversation();
    withReader.reader = ReaderState{5, 37, true, true, sampleMessage(), std::nullopt};
    QTest::newRow("with reader state and last message") << withReader;

    Conversation noLast = sampleConversation();
    noLast.reader = ReaderState{0, 0, false, false, std::nullopt, std::nullopt};
    QTest::newRow("with reader state, last_message null") << noLast;

    Conversation offset = sampleConversation();
    offset.createdAt = at("2026-11-01T12:00:00.250-05:00");
    QTest::newRow("created_at given with an offset") << offset;
}

void TestModels::conversationRoundTrip()
{
    QFETCH(Conversation, conversation);
    for (const QJsonObject &json : {conversation.toJson(), throughText(conversation.toJson())}) {
        const std::optional<Conversation> parsed = Conversation::fromJson(json);
        QVERIFY(parsed);
        QCOMPARE(*parsed, conversation);
        QCOMPARE(parsed->reader.has_value(), conversation.reader.has_value());
        if (conversation.reader) {
            QCOMPARE(parsed->reader->lastMessage.has_value(),
                     conversation.reader->lastMessage.has_value());
        }
    }
}

void TestModels::notificationRoundTrip_data()
{
    QTest::addColumn<Notification>("notification");
    QTest::newRow("message") << sampleNotification(Notification::Kind::Message);
    QTest::newRow("mention") << sampleNotification(Notification::Kind::Mention);
    QTest::newRow("added, message_id null") << sampleNotification(Notification::Kind::Added);
}

void TestModels::notificationRoundTrip()
{
    QFETCH(Notification, notification);
    for (const QJsonObject &json : {notification.toJson(), throughText(notification.toJson())}) {
        const std::optional<Notification> parsed = Notification::fromJson(json);
        QVERIFY(parsed);
        QCOMPARE(*parsed, notification);
        QCOMPARE(parsed->kind, notification.kind);
        QCOMPARE(parsed->messageId, notification.messageId);
    }
}

void TestModels::presenceRoundTrip()
{
    for (PresenceMeta::Status status :
         {PresenceMeta::Status::Online, PresenceMeta::Status::Away, PresenceMeta::Status::Dnd}) {
        const PresenceMeta meta = sampleMeta("ref", status);
        const std::optional<PresenceMeta> parsed =
            PresenceMeta::fromJson(throughText(meta.toJson()));
        QVERIFY(parsed);
        QCOMPARE(*parsed, meta);
    }

    PresenceMap presence;
    presence.insert(5, {sampleMeta("a", PresenceMeta::Status::Online),
                        sampleMeta("b", PresenceMeta::Status::Dnd)});
    presence.insert(9007199254740991, {sampleMeta("c", PresenceMeta::Status::Away)});
    presence.insert(6, {}); // a user whose last device just left
    for (const QJsonObject &json :
         {presenceMapToJson(presence), throughText(presenceMapToJson(presence))}) {
        const std::optional<PresenceMap> parsed = presenceMapFromJson(json);
        QVERIFY(parsed);
        QCOMPARE(parsed->size(), 3);
        QVERIFY(*parsed == presence);
        QCOMPARE(parsed->value(5).at(1).phxRef, u"b"_s);
    }

    const std::optional<PresenceMap> empty = presenceMapFromJson({});
    QVERIFY(empty);
    QVERIFY(empty->isEmpty());

    // What a phoenix.js client would see in presence_state.
    const std::optional<PresenceMap> fromWire = presenceMapFromJson(parseObject(
        R"({"42":{"metas":[{"phx_ref":"Fx","device":"web","status":"dnd",
                            "online_at":"2026-11-22T03:10:00.123Z"}]}})"));
    QVERIFY(fromWire);
    QCOMPARE(fromWire->size(), 1);
    QCOMPARE(fromWire->value(42).size(), 1);
    QCOMPARE(fromWire->value(42).at(0).status, PresenceMeta::Status::Dnd);
    QCOMPARE(fromWire->value(42).at(0).onlineAt, at("2026-11-22T03:10:00.123Z"));
}

void TestModels::userMalformed_data()
{
    addMutationRows(sampleUser().toJson(), {{u"id"_s, badIds(false)},
                                            {u"username"_s, badStrings(false)},
                                            {u"display_name"_s, badStrings(false)}});
}

void TestModels::userMalformed()
{
    QFETCH(QJsonObject, json);
    QVERIFY(!User::fromJson(json));
}

void TestModels::memberMalformed_data()
{
    addMutationRows(sampleMember().toJson(),
                    {{u"user_id"_s, badIds(false)},
                     {u"username"_s, badStrings(false)},
                     {u"display_name"_s, badStrings(false)},
                     {u"role"_s, badEnums({u"admin"_s, u"Owner"_s, u"MEMBER"_s, u"owner "_s})},
                     {u"joined_at"_s, badTimes(false)}});
}

void TestModels::memberMalformed()
{
    QFETCH(QJsonObject, json);
    QVERIFY(!Member::fromJson(json));
}

void TestModels::messageMalformed_data()
{
    auto reactionWithUser = [](const QJsonValue &userId) {
        return QJsonArray{QJsonObject{{u"emoji"_s, u"x"_s}, {u"user_ids"_s, QJsonArray{userId}}}};
    };
    auto reaction = [](const QJsonObject &object) { return QJsonArray{object}; };

    addMutationRows(
        sampleMessage().toJson(),
        {{u"id"_s, badIds(false)},
         {u"conversation_id"_s, badIds(false)},
         {u"seq"_s, badIntegers()},
         {u"sender_id"_s, badIds(false)},
         {u"content"_s, badStrings(false)},
         {u"mobile_ref_id"_s, badStrings(true)},
         {u"parent_id"_s, badIds(true)},
         {u"reply_count"_s, badIntegers()},
         {u"sent_at"_s, badTimes(false)},
         {u"edited_at"_s, badTimes(true)},
         {u"deleted"_s, badBools()},
         {u"starred"_s, badBools()},
         {u"starred_by"_s, badIds(true)},
         {u"reactions"_s,
          {kNull, u"x"_s, 5, QJsonObject{}, QJsonArray{5}, QJsonArray{kNull},
           QJsonArray{QJsonArray{}}, reaction({{u"emoji"_s, 5}, {u"user_ids"_s, QJsonArray{}}}),
           reaction({{u"emoji"_s, kNull}, {u"user_ids"_s, QJsonArray{}}}),
           reaction({{u"user_ids"_s, QJsonArray{1}}}), reaction({{u"emoji"_s, u"x"_s}}),
           reaction({{u"emoji"_s, u"x"_s}, {u"user_ids"_s, 5}}),
           reaction({{u"emoji"_s, u"x"_s}, {u"user_ids"_s, kNull}}), reactionWithUser(u"1"_s),
           reactionWithUser(kNull), reactionWithUser(true), reactionWithUser(QJsonArray{1}),
           QJsonArray{QJsonObject{{u"emoji"_s, u"a"_s}, {u"user_ids"_s, QJsonArray{1}}},
                      QJsonObject{{u"emoji"_s, 1}, {u"user_ids"_s, QJsonArray{1}}}}}}},
        {
            {u"reactions"_s, reactionWithUser(1.5)},
            {u"reactions"_s, reactionWithUser(0)},
            {u"reactions"_s, reactionWithUser(-3)},
            {u"seq"_s, 1e300},
            {u"reply_count"_s, 1e300},
        });
}

void TestModels::messageMalformed()
{
    QFETCH(QJsonObject, json);
    QVERIFY(!Message::fromJson(json));
}

void TestModels::conversationMalformed_data()
{
    Conversation conversation = sampleConversation();
    conversation.reader = ReaderState{5, 37, true, false, sampleMessage(), std::nullopt};

    QJsonObject badLastMessage = sampleMessage().toJson();
    badLastMessage.insert(u"id"_s, 0);

    QList<Mutation> extra;
    // Once the reader state is there (unread_count present), all of it must be well-formed.
    for (const char *key : {"last_read_seq", "pinned", "muted", "last_message"})
        extra.append({QString::fromLatin1(key), std::nullopt});
    for (const QJsonValue &value : badIntegers())
        extra.append({u"unread_count"_s, value});
    for (const QJsonValue &value : badIntegers())
        extra.append({u"last_read_seq"_s, value});
    for (const QJsonValue &value : badBools()) {
        extra.append({u"pinned"_s, value});
        extra.append({u"muted"_s, value});
    }
    for (const QJsonValue &value :
         QList<QJsonValue>{5, u"x"_s, true, QJsonArray{}, QJsonObject{}, badLastMessage})
        extra.append({u"last_message"_s, value});

    // The rows for missing keys come from the object without reader state: a conversation
    // without unread_count is one sent to no particular reader.
    addMutationRows(sampleConversation().toJson(),
                    {{u"id"_s, badIds(false)},
                     {u"kind"_s, badEnums({u"channel"_s, u"Direct"_s, u"dm"_s, u"group "_s})},
                     {u"title"_s, badStrings(true)},
                     {u"topic"_s, badStrings(true)},
                     {u"created_at"_s, badTimes(false)},
                     {u"created_by"_s, badIds(false)},
                     {u"archived"_s, badBools()},
                     {u"last_seq"_s, badIntegers()},
                     {u"member_count"_s, badIntegers()}});
    const QJsonObject withReader = conversation.toJson();
    for (const Mutation &mutation : extra) {
        QJsonObject json = withReader;
        QByteArray text = "removed";
        if (mutation.value) {
            json.insert(mutation.key, *mutation.value);
            text = QJsonDocument(QJsonArray{*mutation.value}).toJson(QJsonDocument::Compact);
            text = text.mid(1, text.size() - 2);
        } else {
            json.remove(mutation.key);
        }
        QTest::addRow("reader state: %s = %s", qPrintable(mutation.key), text.constData()) << json;
    }
}

void TestModels::conversationMalformed()
{
    QFETCH(QJsonObject, json);
    QVERIFY(!Conversation::fromJson(json));
}

void TestModels::notificationMalformed_data()
{
    addMutationRows(sampleNotification(Notification::Kind::Message).toJson(),
                    {{u"id"_s, badIds(false)},
                     {u"kind"_s, badEnums({u"reply"_s, u"Message"_s, u"mentions"_s, u"add"_s})},
                     {u"conversation_id"_s, badIds(false)},
                     {u"message_id"_s, badIds(true)},
                     {u"sender_id"_s, badIds(false)},
                     {u"content"_s, badStrings(false)},
                     {u"timestamp"_s, badTimes(false)}});
}

void TestModels::notificationMalformed()
{
    QFETCH(QJsonObject, json);
    QVERIFY(!Notification::fromJson(json));
}

void TestModels::presenceMetaMalformed_data()
{
    addMutationRows(sampleMeta("F1", PresenceMeta::Status::Online).toJson(),
                    {{u"phx_ref"_s, badStrings(false)},
                     {u"device"_s, badStrings(false)},
                     {u"status"_s, badEnums({u"busy"_s, u"Online"_s, u"offline"_s, u"DND"_s})},
                     {u"online_at"_s, badTimes(false)}});
}

void TestModels::presenceMetaMalformed()
{
    QFETCH(QJsonObject, json);
    QVERIFY(!PresenceMeta::fromJson(json));
}

void TestModels::presenceMapMalformed_data()
{
    QTest::addColumn<QByteArray>("json");
    const QByteArray meta =
        R"({"phx_ref":"F1","device":"d","status":"online","online_at":"2026-11-22T03:10:00.123Z"})";

    QTest::newRow("key is not a number") << R"({"alice":{"metas":[]}})"_ba;
    QTest::newRow("empty key") << R"({"":{"metas":[]}})"_ba;
    QTest::newRow("fractional key") << R"({"1.5":{"metas":[]}})"_ba;
    QTest::newRow("key with a suffix") << R"({"5x":{"metas":[]}})"_ba;
    QTest::newRow("value is a number") << R"({"5":5})"_ba;
    QTest::newRow("value is an array of metas") << "{\"5\":[" + meta + "]}";
    QTest::newRow("value is null") << R"({"5":null})"_ba;
    QTest::newRow("metas missing") << R"({"5":{}})"_ba;
    QTest::newRow("metas misspelt") << "{\"5\":{\"meta\":[" + meta + "]}}";
    QTest::newRow("metas is an object") << "{\"5\":{\"metas\":" + meta + "}}";
    QTest::newRow("metas is null") << R"({"5":{"metas":null}})"_ba;
    QTest::newRow("a meta is a number") << R"({"5":{"metas":[5]}})"_ba;
    QTest::newRow("a meta is an empty object") << R"({"5":{"metas":[{}]}})"_ba;
    QTest::newRow("a meta has a bad status")
        << R"({"5":{"metas":[{"phx_ref":"F1","device":"d","status":"busy","online_at":"2026-11-22T03:10:00.123Z"}]}})"_ba;
    QTest::newRow("a meta has a bad time")
        << R"({"5":{"metas":[{"phx_ref":"F1","device":"d","status":"away","online_at":"2026-11-22T03:10:00Z"}]}})"_ba;
    QTest::newRow("second user bad, first fine")
        << "{\"5\":{\"metas\":[" + meta + "]},\"6\":{\"metas\":[" + meta + ",7]}}";
}

void TestModels::presenceMapMalformed()
{
    QFETCH(QByteArray, json);
    QVERIFY(!presenceMapFromJson(parseObject(json)));
}

void TestModels::enumNames()
{
    QCOMPARE(Conversation::kindName(Conversation::Kind::Direct), u"direct"_s);
    QCOMPARE(Conversation::kindName(Conversation::Kind::Group), u"group"_s);
    QCOMPARE(Conversation::kindFromName(u"direct"), Conversation::Kind::Direct);
    QCOMPARE(Conversation::kindFromName(u"group"), Conversation::Kind::Group);
    QCOMPARE(Conversation::kindFromName(u"Group"), std::nullopt);

    QCOMPARE(Member::roleName(Member::Role::Owner), u"owner"_s);
    QCOMPARE(Member::roleName(Member::Role::Member), u"member"_s);
    QCOMPARE(Member::roleFromName(u"owner"), Member::Role::Owner);
    QCOMPARE(Member::roleFromName(u"member"), Member::Role::Member);
    QCOMPARE(Member::roleFromName(u"admin"), std::nullopt);

    QCOMPARE(Notification::kindName(Notification::Kind::Message), u"message"_s);
    QCOMPARE(Notification::kindName(Notification::Kind::Mention), u"mention"_s);
    QCOMPARE(Notification::kindName(Notification::Kind::Added), u"added"_s);
    for (auto kind :
         {Notification::Kind::Message, Notification::Kind::Mention, Notification::Kind::Added})
        QCOMPARE(Notification::kindFromName(Notification::kindName(kind)), kind);
    QCOMPARE(Notification::kindFromName(u""), std::nullopt);

    QCOMPARE(PresenceMeta::statusName(PresenceMeta::Status::Online), u"online"_s);
    QCOMPARE(PresenceMeta::statusName(PresenceMeta::Status::Away), u"away"_s);
    QCOMPARE(PresenceMeta::statusName(PresenceMeta::Status::Dnd), u"dnd"_s);
    for (auto status :
         {PresenceMeta::Status::Online, PresenceMeta::Status::Away, PresenceMeta::Status::Dnd})
        QCOMPARE(PresenceMeta::statusFromName(PresenceMeta::statusName(status)), status);
    QCOMPARE(PresenceMeta::statusFromName(u"offline"), std::nullopt);
}

void TestModels::isValidUsername_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<bool>("valid");

    QTest::newRow("two letters") << u"ab"_s << true;
    QTest::newRow("all allowed characters") << u"a-z_0.9"_s << true;
    QTest::newRow("digits only") << u"0123"_s << true;
    QTest::newRow("only punctuation") << u"._-"_s << true;
    QTest::newRow("32 characters") << QString(32, u'a') << true;
    QTest::newRow("33 characters") << QString(33, u'a') << false;
    QTest::newRow("one character") << u"a"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("upper case") << u"Alice"_s << false;
    QTest::newRow("space") << u"al ice"_s << false;
    QTest::newRow("leading space") << u" alice"_s << false;
    QTest::newRow("at sign") << u"al@ice"_s << false;
    QTest::newRow("slash") << u"al/ice"_s << false;
    QTest::newRow("plus") << u"al+ice"_s << false;
    QTest::newRow("accented letter") << u"alic\u00e9"_s << false;
    QTest::newRow("Cyrillic look-alike a") << u"\u0430lice"_s << false;
    QTest::newRow("fullwidth digits") << u"\uff11\uff12"_s << false;
    QTest::newRow("emoji") << u"al\U0001F600"_s << false;
    QTest::newRow("NUL inside") << QString(u"ab\u0000cd"_s) << false;
    QTest::newRow("leading newline") << u"\nalice"_s << false;
    QTest::newRow("newline inside") << u"ali\nce"_s << false;
    QTest::newRow("trailing newline") << u"alice\n"_s << false;
    QTest::newRow("two characters and a newline") << u"ab\n"_s << false;
    QTest::newRow("32 characters and a newline") << QString(32, u'a') + u'\n' << false;
    QTest::newRow("trailing carriage return") << u"alice\r"_s << false;
}

void TestModels::isValidUsername()
{
    QFETCH(QString, username);
    QFETCH(bool, valid);
    QCOMPARE(User::isValidUsername(username), valid);
}

QTEST_APPLESS_MAIN(TestModels)
#include "tst_models.moc"
