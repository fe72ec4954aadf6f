// FrameCodec: the Phoenix Channels V2 array layout of PROTOCOL.md §1, strict on the way in.

#include "wire/FrameCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using confab::wire::DecodeError;
using confab::wire::DecodeResult;
using confab::wire::Frame;
using confab::wire::FrameCodec;
using confab::wire::FrameLimits;

namespace confab::wire {
// Lets QCOMPARE print a Frame as its wire form when two frames differ.
char *toString(const Frame &frame)
{
    return qstrdup(FrameCodec::encode(frame).constData());
}
} // namespace confab::wire

Q_DECLARE_METATYPE(confab::wire::Frame)
Q_DECLARE_METATYPE(confab::wire::DecodeError::Kind)

namespace {

Frame makeFrame(std::optional<QString> joinRef, std::optional<QString> ref, const QString &topic,
                const QString &event, const QJsonObject &payload = {})
{
    Frame frame;
    frame.joinRef = std::move(joinRef);
    frame.ref = std::move(ref);
    frame.topic = topic;
    frame.event = event;
    frame.payload = payload;
    return frame;
}

// For failure messages: why a result is not a frame (QVERIFY2 evaluates its message eagerly).
QByteArray errorText(const DecodeResult &result)
{
    const auto *error = std::get_if<DecodeError>(&result);
    return error ? error->detail.toUtf8() : QByteArray();
}

const char *kindName(DecodeError::Kind kind)
{
    return kind == DecodeError::Kind::TooLarge ? "TooLarge" : "Malformed";
}

// A well-formed frame of exactly `size` bytes (padding inside a payload string).
const QByteArray kPaddedHead = R"([null,"1","chat:1","send_message",{"content":")"_ba;
const QByteArray kPaddedTail = R"("}])"_ba;
QByteArray frameOfSize(qsizetype size)
{
    return kPaddedHead + QByteArray(size - kPaddedHead.size() - kPaddedTail.size(), 'x') +
           kPaddedTail;
}

QByteArray nestedArrays(int depth)
{
    return R"([null,"1","t","e",{"a":)"_ba + QByteArray(depth, '[') + QByteArray(depth, ']') +
           "}]"_ba;
}

} // namespace

class TestFrameCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodeThenDecode_data();
    void encodeThenDecode();
    void decodeThenEncode_data();
    void decodeThenEncode();
    void malformed_data();
    void malformed();
    void rawControlCharacters_data();
    void rawControlCharacters();
    void sizeLimit();
    void customLimits();
    void deepNestingWithinParserLimit();
    void encodeIsCompactAndKeepsNullRefs();
};

// Frame -> exact bytes -> the same Frame.
void TestFrameCodec::encodeThenDecode_data()
{
    QTest::addColumn<Frame>("frame");
    QTest::addColumn<QByteArray>("wire");

    QTest::newRow("heartbeat with null join_ref")
        << makeFrame(std::nullopt, u"1"_s, u"phoenix"_s, u"heartbeat"_s)
        << R"([null,"1","phoenix","heartbeat",{}])"_ba;
    QTest::newRow("phoenix.js join") << makeFrame(u"1"_s, u"1"_s, u"user:5"_s, u"phx_join"_s)
                                     << R"(["1","1","user:5","phx_join",{}])"_ba;
    QTest::newRow("broadcast with both refs null")
        << makeFrame(std::nullopt, std::nullopt, u"chat:7"_s, u"message_deleted"_s,
                     QJsonObject{{u"seq"_s, 3}, {u"message_id"_s, 12}})
        << R"([null,null,"chat:7","message_deleted",{"message_id":12,"seq":3}])"_ba;
    QTest::newRow("reply with nested response")
        << makeFrame(u"4"_s, u"9"_s, u"chat:7"_s, u"phx_reply"_s,
                     QJsonObject{{u"status"_s, u"ok"_s},
                                 {u"response"_s, QJsonObject{{u"ids"_s, QJsonArray{1, 2}}}}})
        << R"(["4","9","chat:7","phx_reply",{"response":{"ids":[1,2]},"status":"ok"}])"_ba;
    QTest::newRow("error reply")
        << makeFrame(u"4"_s, u"10"_s, u"chat:7"_s, u"phx_reply"_s,
                     QJsonObject{{u"status"_s, u"error"_s},
                                 {u"response"_s, QJsonObject{{u"reason"_s, u"unmatched_topic"_s}}}})
        << R"(["4","10","chat:7","phx_reply",{"response":{"reason":"unmatched_topic"},"status":"error"}])"_ba;
    QTest::newRow("non-ASCII and escapes in payload")
        << makeFrame(u"2"_s, u"3"_s, u"chat:1"_s, u"send_message"_s,
                     QJsonObject{{u"content"_s, u"h\u00e9llo \U0001F600 \"q\" \\ \n"_s},
                                 {u"parent_id"_s, QJsonValue::Null},
                                 {u"typing"_s, false}})
        << "[\"2\",\"3\",\"chat:1\",\"send_message\",{\"content\":\"h\xc3\xa9llo \xf0\x9f\x98\x80 "
           "\\\"q\\\" \\\\ \\n\",\"parent_id\":null,\"typing\":false}]"_ba;
    QTest::newRow("empty-string refs")
        << makeFrame(u""_s, u""_s, u"t"_s, u"e"_s) << R"(["","","t","e",{}])"_ba;
    QTest::newRow("large id survives")
        << makeFrame(std::nullopt, u"1"_s, u"user:9007199254740991"_s, u"phx_join"_s,
                     QJsonObject{{u"id"_s, qint64(9007199254740991)}})
        << R"([null,"1","user:9007199254740991","phx_join",{"id":9007199254740991}])"_ba;

    const QString ref64(64, u'r');
    const QString topic128 = u"chat:"_s + QString(123, u'1');
    const QString event64(64, u'e');
    QTest::newRow("every field at its maximum length")
        << makeFrame(ref64, ref64, topic128, event64)
        << "[\"" + ref64.toUtf8() + "\",\"" + ref64.toUtf8() + "\",\"" + topic128.toUtf8() +
               "\",\"" + event64.toUtf8() + "\",{}]";
}

void TestFrameCodec::encodeThenDecode()
{
    QFETCH(Frame, frame);
    QFETCH(QByteArray, wire);

    QCOMPARE(FrameCodec::encode(frame), wire);

    const DecodeResult result = FrameCodec().decode(wire);
    const Frame *decoded = std::get_if<Frame>(&result);
    QVERIFY2(decoded, errorText(result).constData());
    QCOMPARE(*decoded, frame);
}

// Bytes as a client may write them (spacing, key order, escapes) -> fields -> encode -> the
// same fields.
void TestFrameCodec::decodeThenEncode_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<Frame>("expected");

    QTest::newRow("phoenix.js join") << R"(["1","1","user:5","phx_join",{}])"_ba
                                     << makeFrame(u"1"_s, u"1"_s, u"user:5"_s, u"phx_join"_s);
    QTest::newRow("phoenix.js heartbeat")
        << R"([null,"7","phoenix","heartbeat",{}])"_ba
        << makeFrame(std::nullopt, u"7"_s, u"phoenix"_s, u"heartbeat"_s);
    QTest::newRow("phoenix.js push with params")
        << R"(["3","4","chat:12","send_message",{"content":"hi","mobile_ref_id":"m-1"}])"_ba
        << makeFrame(u"3"_s, u"4"_s, u"chat:12"_s, u"send_message"_s,
                     QJsonObject{{u"content"_s, u"hi"_s}, {u"mobile_ref_id"_s, u"m-1"_s}});
    QTest::newRow("server broadcast")
        << R"([null,null,"chat:1","typing",{"user_id":5,"typing":true}])"_ba
        << makeFrame(std::nullopt, std::nullopt, u"chat:1"_s, u"typing"_s,
                     QJsonObject{{u"user_id"_s, 5}, {u"typing"_s, true}});
    QTest::newRow("whitespace between tokens")
        << " \t\r\n[ \"1\" ,\n null , \"t\" , \"e\" , { \"a\" : [ 1 , 2 ] } ]\n "_ba
        << makeFrame(u"1"_s, std::nullopt, u"t"_s, u"e"_s, QJsonObject{{u"a"_s, QJsonArray{1, 2}}});
    QTest::newRow("unicode escapes incl. a surrogate pair")
        << R"(["1","1","chat:\u0031","\u0065v",{"s":"\ud83d\ude00 \u00e9"}])"_ba
        << makeFrame(u"1"_s, u"1"_s, u"chat:1"_s, u"ev"_s,
                     QJsonObject{{u"s"_s, u"\U0001F600 \u00e9"_s}});
    QTest::newRow("raw UTF-8 in topic and payload")
        << "[\"1\",\"1\",\"caf\xc3\xa9\",\"e\",{\"s\":\"\xe2\x82\xac\"}]"_ba
        << makeFrame(u"1"_s, u"1"_s, u"caf\u00e9"_s, u"e"_s, QJsonObject{{u"s"_s, u"\u20ac"_s}});
    QTest::newRow("nested payload with every JSON type")
        << R"([null,"1","t","e",{"o":{"a":[1,2.5,"x",true,null,{}]},"n":null,"f":false,"d":-3.25}])"_ba
        << makeFrame(std::nullopt, u"1"_s, u"t"_s, u"e"_s,
                     QJsonObject{{u"o"_s, QJsonObject{{u"a"_s, QJsonArray{1, 2.5, u"x"_s, true,
                                                                          QJsonValue::Null,
                                                                          QJsonObject{}}}}},
                                 {u"n"_s, QJsonValue::Null},
                                 {u"f"_s, false},
                                 {u"d"_s, -3.25}});
}

void TestFrameCodec::decodeThenEncode()
{
    QFETCH(QByteArray, wire);
    QFETCH(Frame, expected);

    const FrameCodec codec;
    const DecodeResult result = codec.decode(wire);
    const Frame *decoded = std::get_if<Frame>(&result);
    QVERIFY2(decoded, errorText(result).constData());
    QCOMPARE(decoded->joinRef, expected.joinRef);
    QCOMPARE(decoded->ref, expected.ref);
    QCOMPARE(decoded->topic, expected.topic);
    QCOMPARE(decoded->event, expected.event);
    QCOMPARE(decoded->payload, expected.payload);

    // Re-encoding gives the canonical form, which decodes to the same frame again.
    const QByteArray encoded = FrameCodec::encode(*decoded);
    QCOMPARE(encoded, FrameCodec::encode(expected));
    const DecodeResult again = codec.decode(encoded);
    QVERIFY(std::holds_alternative<Frame>(again));
    QCOMPARE(std::get<Frame>(again), expected);
}

void TestFrameCodec::malformed_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<DecodeError::Kind>("kind");
    constexpr auto Malformed = DecodeError::Kind::Malformed;
    constexpr auto TooLarge = DecodeError::Kind::TooLarge;

    // Not JSON at all.
    QTest::newRow("empty input") << QByteArray() << Malformed;
    QTest::newRow("only whitespace") << " \t\r\n "_ba << Malformed;
    QTest::newRow("plain text") << "hello"_ba << Malformed;
    QTest::newRow("phoenix V1 object frame")
        << R"({"topic":"phoenix","event":"heartbeat","payload":{},"ref":"1"})"_ba << Malformed;
    QTest::newRow("truncated after payload")
        << R"([null,"1","phoenix","heartbeat",{})"_ba << Malformed;
    QTest::newRow("truncated in a string") << R"([null,"1","phoe)"_ba << Malformed;
    QTest::newRow("truncated in payload") << R"([null,"1","t","e",{"a":)"_ba << Malformed;
    QTest::newRow("lone bracket") << "["_ba << Malformed;
    QTest::newRow("trailing garbage") << R"([null,"1","t","e",{}] x)"_ba << Malformed;
    QTest::newRow("two frames in one message")
        << R"([null,"1","t","e",{}][null,"2","t","e",{}])"_ba << Malformed;
    QTest::newRow("trailing comma") << R"([null,"1","t","e",{},])"_ba << Malformed;
    QTest::newRow("single quotes") << R"([null,'1','t','e',{}])"_ba << Malformed;
    QTest::newRow("unquoted key") << R"([null,"1","t","e",{a:1}])"_ba << Malformed;
    QTest::newRow("NaN literal") << R"([null,"1","t","e",{"a":NaN}])"_ba << Malformed;
    QTest::newRow("number out of double range")
        << R"([null,"1","t","e",{"a":1e400}])"_ba << Malformed;
    QTest::newRow("NUL byte after the frame") << R"([null,"1","t","e",{}])"_ba + '\0' << Malformed;

    // JSON, but not a 5-element array.
    QTest::newRow("JSON string") << R"("heartbeat")"_ba << Malformed;
    QTest::newRow("JSON number") << "5"_ba << Malformed;
    QTest::newRow("JSON null") << "null"_ba << Malformed;
    QTest::newRow("JSON true") << "true"_ba << Malformed;
    QTest::newRow("empty object") << "{}"_ba << Malformed;
    QTest::newRow("empty array") << "[]"_ba << Malformed;
    QTest::newRow("4 elements") << R"([null,"1","phoenix","heartbeat"])"_ba << Malformed;
    QTest::newRow("6 elements") << R"([null,"1","phoenix","heartbeat",{},{}])"_ba << Malformed;
    QTest::newRow("V2 frame wrapped in an array") << R"([[null,"1","t","e",{}]])"_ba << Malformed;

    // join_ref and ref: string or null only.
    const QList<std::pair<const char *, QByteArray>> badRefs = {
        {"number", "1"_ba},        {"zero", "0"_ba},         {"float", "1.5"_ba},
        {"true", "true"_ba},       {"false", "false"_ba},    {"object", R"({"r":"1"})"_ba},
        {"empty object", "{}"_ba}, {"array", R"(["1"])"_ba}, {"empty array", "[]"_ba},
    };
    for (const auto &[name, value] : badRefs) {
        QTest::addRow("join_ref is %s", name)
            << R"([)" + value + R"(,"1","t","e",{}])" << Malformed;
        QTest::addRow("ref is %s", name) << R"(["1",)" + value + R"(,"t","e",{}])" << Malformed;
    }
    const QByteArray ref65(65, '7');
    QTest::newRow("join_ref of 65 characters")
        << R"([")" + ref65 + R"(","1","t","e",{}])" << Malformed;
    QTest::newRow("ref of 65 characters") << R"(["1",")" + ref65 + R"(","t","e",{}])" << Malformed;
    QTest::newRow("ref of 65 characters through escapes")
        << R"(["1",")" + QByteArray("\\u0041").repeated(65) + R"(","t","e",{}])" << Malformed;

    // topic and event: non-empty, bounded, valid UTF-16 strings.
    const QList<std::pair<const char *, QByteArray>> badNames = {
        {"empty", R"("")"_ba},
        {"null", "null"_ba},
        {"number", "5"_ba},
        {"true", "true"_ba},
        {"object", R"({"t":"x"})"_ba},
        {"array", R"(["x"])"_ba},
        {"a lone high surrogate", R"("\ud800")"_ba},
        {"a lone low surrogate", R"("\udc00")"_ba},
        {"a high surrogate before a letter", R"("chat:\ud800a")"_ba},
        {"reversed surrogate pair", R"("x\ude00\ud83d")"_ba},
    };
    for (const auto &[name, value] : badNames) {
        QTest::addRow("topic is %s", name) << R"(["1","1",)" + value + R"(,"e",{}])" << Malformed;
        QTest::addRow("event is %s", name) << R"(["1","1","t",)" + value + R"(,{}])" << Malformed;
    }
    QTest::newRow("topic of 129 characters")
        << R"(["1","1",")" + QByteArray(129, 't') + R"(","e",{}])" << Malformed;
    QTest::newRow("event of 65 characters")
        << R"(["1","1","t",")" + QByteArray(65, 'e') + R"(",{}])" << Malformed;

    // payload: an object only.
    const QList<std::pair<const char *, QByteArray>> badPayloads = {
        {"array", "[]"_ba},       {"array of object", "[{}]"_ba},
        {"string", R"("{}")"_ba}, {"null", "null"_ba},
        {"number", "0"_ba},       {"true", "true"_ba},
        {"false", "false"_ba},
    };
    for (const auto &[name, value] : badPayloads)
        QTest::addRow("payload is %s", name) << R"(["1","1","t","e",)" + value + "]" << Malformed;

    // Bytes that are not UTF-8.
    QTest::newRow("0xff byte in topic") << "[\"1\",\"1\",\"t\xff\",\"e\",{}]"_ba << Malformed;
    QTest::newRow("0xfe byte in payload")
        << "[\"1\",\"1\",\"t\",\"e\",{\"a\":\"\xfe\"}]"_ba << Malformed;
    QTest::newRow("overlong encoding of '/'")
        << "[\"1\",\"1\",\"t\xc0\xaf\",\"e\",{}]"_ba << Malformed;
    QTest::newRow("UTF-8 encoded surrogate U+D800")
        << "[\"1\",\"1\",\"t\xed\xa0\x80\",\"e\",{}]"_ba << Malformed;
    QTest::newRow("truncated multi-byte sequence")
        << "[\"1\",\"1\",\"t\xe2\x82\",\"e\",{}]"_ba << Malformed;
    QTest::newRow("lone continuation byte")
        << "[\"1\",\"1\",\"t\",\"e\",{\"a\":\"\x80\"}]"_ba << Malformed;
    QTest::newRow("code point above U+10FFFF")
        << "[\"1\",\"1\",\"t\",\"e\",{\"a\":\"\xf4\x90\x80\x80\"}]"_ba << Malformed;
    QTest::newRow("Latin-1 text") << "[\"1\",\"1\",\"caf\xe9\",\"e\",{}]"_ba << Malformed;

    // Nesting beyond what the JSON parser accepts is refused, not a stack overflow.
    QTest::newRow("payload nested 5000 deep") << nestedArrays(5000) << Malformed;
    QTest::newRow("frame nested 60000 deep") << QByteArray(60000, '[') << Malformed;

    // Over the size limit: TooLarge, checked before anything else.
    QTest::newRow("valid frame one byte over 64 KiB") << frameOfSize(64 * 1024 + 1) << TooLarge;
    QTest::newRow("garbage over 64 KiB") << QByteArray(64 * 1024 + 1, '\xff') << TooLarge;
    QTest::newRow("truncated JSON over 64 KiB") << frameOfSize(100 * 1024).chopped(2) << TooLarge;
    QTest::newRow("1 MiB of whitespace") << QByteArray(1024 * 1024, ' ') << TooLarge;
}

void TestFrameCodec::malformed()
{
    QFETCH(QByteArray, wire);
    QFETCH(DecodeError::Kind, kind);

    const DecodeResult result = FrameCodec().decode(wire);
    const DecodeError *error = std::get_if<DecodeError>(&result);
    QVERIFY2(error, "the frame was accepted");
    QVERIFY2(error->kind == kind, qPrintable(u"kind %1, expected %2 (%3)"_s.arg(
                                      QLatin1StringView(kindName(error->kind)),
                                      QLatin1StringView(kindName(kind)), error->detail)));
    QVERIFY(!error->detail.isEmpty());
}

// RFC 8259 §7: control characters (U+0000..U+001F) must be escaped inside strings, so these
// frames are not valid JSON and PROTOCOL.md §2 says they are dropped and counted.
void TestFrameCodec::rawControlCharacters_data()
{
    QTest::addColumn<QByteArray>("wire");

    QTest::newRow("NUL byte inside the topic") << R"([null,"1","t)"_ba + '\0' + R"(","e",{}])"_ba;
    QTest::newRow("0x01 inside the topic") << "[null,\"1\",\"t\x01\",\"e\",{}]"_ba;
    QTest::newRow("raw newline inside the event") << "[null,\"1\",\"t\",\"e\n\",{}]"_ba;
    QTest::newRow("raw tab inside a payload string")
        << "[null,\"1\",\"t\",\"e\",{\"a\":\"\t\"}]"_ba;
}

void TestFrameCodec::rawControlCharacters()
{
    QFETCH(QByteArray, wire);

    const DecodeResult result = FrameCodec().decode(wire);
    QVERIFY(std::holds_alternative<DecodeError>(result));
    if (const auto *error = std::get_if<DecodeError>(&result))
        QCOMPARE(error->kind, DecodeError::Kind::Malformed);
}

void TestFrameCodec::sizeLimit()
{
    const FrameCodec codec;
    QCOMPARE(codec.limits().maxFrameBytes, 64 * 1024);

    const QByteArray atLimit = frameOfSize(64 * 1024);
    QCOMPARE(atLimit.size(), 64 * 1024);
    const DecodeResult accepted = codec.decode(atLimit);
    QVERIFY(std::holds_alternative<Frame>(accepted));
    QCOMPARE(std::get<Frame>(accepted).payload.value(u"content"_s).toString().size(),
             64 * 1024 - kPaddedHead.size() - kPaddedTail.size());

    const DecodeResult rejected = codec.decode(frameOfSize(64 * 1024 + 1));
    QVERIFY(std::holds_alternative<DecodeError>(rejected));
    QCOMPARE(std::get<DecodeError>(rejected).kind, DecodeError::Kind::TooLarge);

    // The limit counts bytes, not characters: 3-byte characters reach it sooner.
    const QByteArray head = R"([null,"1","t","e",{"s":")"_ba;
    const QByteArray tail = R"("}])"_ba;
    const QByteArray euros = QByteArray("\xe2\x82\xac").repeated(22000); // 66,000 bytes
    const DecodeResult multiByte = codec.decode(head + euros + tail);
    QVERIFY(std::holds_alternative<DecodeError>(multiByte));
    QCOMPARE(std::get<DecodeError>(multiByte).kind, DecodeError::Kind::TooLarge);
}

void TestFrameCodec::customLimits()
{
    FrameLimits limits;
    limits.maxFrameBytes = 40;
    limits.maxRefLength = 3;
    limits.maxTopicLength = 6;
    limits.maxEventLength = 4;
    const FrameCodec codec(limits);
    QCOMPARE(codec.limits().maxFrameBytes, 40);

    auto kindOf = [&codec](const QByteArray &wire) -> std::optional<DecodeError::Kind> {
        const DecodeResult result = codec.decode(wire);
        if (const auto *error = std::get_if<DecodeError>(&result))
            return error->kind;
        return std::nullopt;
    };
    constexpr auto Malformed = DecodeError::Kind::Malformed;
    constexpr auto TooLarge = DecodeError::Kind::TooLarge;

    QCOMPARE(kindOf(R"(["123","456","chat:1","ping",{}])"_ba), std::nullopt); // all at the limits
    QCOMPARE(kindOf(R"(["1234","1","t","e",{}])"_ba), Malformed);
    QCOMPARE(kindOf(R"(["1","1234","t","e",{}])"_ba), Malformed);
    QCOMPARE(kindOf(R"(["1","1","chat:12","e",{}])"_ba), Malformed);
    QCOMPARE(kindOf(R"(["1","1","t","pings",{}])"_ba), Malformed);
    // 40 bytes pass, 41 bytes are TooLarge even though they are a fine frame otherwise.
    const QByteArray forty = R"(["1","1","t","e",{"a":"xxxxxxxxxxxxxx"}])"_ba;
    QCOMPARE(forty.size(), 40);
    QCOMPARE(kindOf(forty), std::nullopt);
    QCOMPARE(kindOf(R"(["1","1","t","e",{"a":"xxxxxxxxxxxxxxx"}])"_ba), TooLarge);
    // The default codec takes what the small one refuses.
    QVERIFY(std::holds_alternative<Frame>(
        FrameCodec().decode(R"(["1234","1","chat:12","pings",{"a":"xxxxxxxxxxxxxxxx"}])"_ba)));
}

void TestFrameCodec::deepNestingWithinParserLimit()
{
    const DecodeResult result = FrameCodec().decode(nestedArrays(200));
    QVERIFY(std::holds_alternative<Frame>(result));
    QJsonValue value = std::get<Frame>(result).payload.value(u"a"_s);
    int depth = 0;
    while (value.isArray()) {
        ++depth;
        value = value.toArray().isEmpty() ? QJsonValue() : value.toArray().at(0);
    }
    QCOMPARE(depth, 200);
}

void TestFrameCodec::encodeIsCompactAndKeepsNullRefs()
{
    // Null refs are JSON null, not "" and not missing; the array always has five elements.
    Frame frame = makeFrame(std::nullopt, std::nullopt, u"user:1"_s, u"presence_diff"_s,
                            QJsonObject{{u"joins"_s, QJsonObject{}}, {u"leaves"_s, QJsonObject{}}});
    const QByteArray encoded = FrameCodec::encode(frame);
    QCOMPARE(encoded, R"([null,null,"user:1","presence_diff",{"joins":{},"leaves":{}}])"_ba);
    QVERIFY(!encoded.contains('\n'));

    const QJsonDocument document = QJsonDocument::fromJson(encoded);
    QVERIFY(document.isArray());
    QCOMPARE(document.array().size(), 5);
    QVERIFY(document.array().at(0).isNull());
    QVERIFY(document.array().at(1).isNull());

    frame.joinRef = u""_s;
    QCOMPARE(FrameCodec::encode(frame),
             R"(["",null,"user:1","presence_diff",{"joins":{},"leaves":{}}])"_ba);
}

QTEST_APPLESS_MAIN(TestFrameCodec)
#include "tst_framecodec.moc"
