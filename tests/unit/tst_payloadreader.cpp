// PayloadReader: strict typed reads of client payloads, first failure remembered.

#include "wire/PayloadReader.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using confab::wire::PayloadReader;

namespace {

constexpr qint64 kMaxSafeInteger = (qint64(1) << 53) - 1;

// Parses `{"f": <valueJson>}` (or `{}` when valueJson is empty); the JSON text keeps the exact
// number forms (1.5, 1e300, 2^53 + 1) the client would send.
QJsonObject payloadWith(const QByteArray &valueJson)
{
    if (valueJson.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("{\"f\":" + valueJson + "}", &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("bad test JSON: %s", valueJson.constData());
    return document.object();
}

QJsonObject parseObject(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        qFatal("bad test JSON: %s", json.constData());
    return document.object();
}

QString field()
{
    return u"f"_s;
}

} // namespace

class TestPayloadReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requireId_data();
    void requireId();
    void optionalId_data();
    void optionalId();
    void requireInt_data();
    void requireInt();
    void optionalInt_data();
    void optionalInt();
    void requireIdList_data();
    void requireIdList();
    void requireString_data();
    void requireString();
    void optionalString_data();
    void optionalString();
    void requireBool_data();
    void requireBool();
    void optionalBool_data();
    void optionalBool();
    void requireOneOf_data();
    void requireOneOf();
    void has();
    void errorNamesFirstFailingFieldOnly();
    void errorMessages();
    void laterReadsStillWorkAfterAFailure();
};

// Rows shared by every id read: the JSON value and the expected id (0 = refused).
static void addIdRows()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("1") << "1"_ba << qint64(1);
    QTest::newRow("42") << "42"_ba << qint64(42);
    QTest::newRow("2^53 - 1") << "9007199254740991"_ba << kMaxSafeInteger;
    QTest::newRow("2^53") << "9007199254740992"_ba << qint64(0);
    QTest::newRow("2^53 + 1") << "9007199254740993"_ba << qint64(0);
    QTest::newRow("2^63 - 1") << "9223372036854775807"_ba << qint64(0);
    QTest::newRow("2^64") << "18446744073709551616"_ba << qint64(0);
    QTest::newRow("1e300") << "1e300"_ba << qint64(0);
    QTest::newRow("zero") << "0"_ba << qint64(0);
    QTest::newRow("minus zero") << "-0"_ba << qint64(0);
    QTest::newRow("-1") << "-1"_ba << qint64(0);
    QTest::newRow("-(2^53 - 1)") << "-9007199254740991"_ba << qint64(0);
    QTest::newRow("1.5") << "1.5"_ba << qint64(0);
    QTest::newRow("0.5") << "0.5"_ba << qint64(0);
    QTest::newRow("7.000001") << "7.000001"_ba << qint64(0);
    QTest::newRow("string \"5\"") << R"("5")"_ba << qint64(0);
    QTest::newRow("true") << "true"_ba << qint64(0);
    QTest::newRow("false") << "false"_ba << qint64(0);
    QTest::newRow("array [5]") << "[5]"_ba << qint64(0);
    QTest::newRow("object") << R"({"id":5})"_ba << qint64(0);
}

void TestPayloadReader::requireId_data()
{
    addIdRows();
    QTest::newRow("null") << "null"_ba << qint64(0);
    QTest::newRow("missing") << QByteArray() << qint64(0);
}

void TestPayloadReader::requireId()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, expected);

    const QJsonObject payload = payloadWith(json);
    PayloadReader reader(payload);
    const qint64 id = reader.requireId(field());
    QCOMPARE(reader.ok(), expected != 0);
    if (expected != 0) {
        QCOMPARE(id, expected);
        QVERIFY(reader.error().isEmpty());
    } else {
        QVERIFY(reader.error().startsWith(u"f: "_s));
    }
}

void TestPayloadReader::optionalId_data()
{
    addIdRows();
}

void TestPayloadReader::optionalId()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, expected);

    const QJsonObject payload = payloadWith(json);
    PayloadReader reader(payload);
    const std::optional<qint64> id = reader.optionalId(field());
    QCOMPARE(reader.ok(), expected != 0);
    QCOMPARE(id.has_value(), expected != 0);
    if (id)
        QCOMPARE(*id, expected);
    else
        QVERIFY(reader.error().startsWith(u"f: "_s));

    // Absent and null are both "not given", which is fine for an optional field.
    for (const QByteArray &absent : {QByteArray(), "null"_ba}) {
        const QJsonObject empty = payloadWith(absent);
        PayloadReader none(empty);
        QCOMPARE(none.optionalId(field()), std::nullopt);
        QVERIFY(none.ok());
    }
}

void TestPayloadReader::requireInt_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("min");
    QTest::addColumn<qint64>("max");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("inside") << "50"_ba << qint64(1) << qint64(100) << true << qint64(50);
    QTest::newRow("at min") << "1"_ba << qint64(1) << qint64(100) << true << qint64(1);
    QTest::newRow("at max") << "100"_ba << qint64(1) << qint64(100) << true << qint64(100);
    QTest::newRow("below min") << "0"_ba << qint64(1) << qint64(100) << false << qint64(0);
    QTest::newRow("above max") << "101"_ba << qint64(1) << qint64(100) << false << qint64(0);
    QTest::newRow("zero allowed") << "0"_ba << qint64(0) << qint64(10) << true << qint64(0);
    QTest::newRow("negative range") << "-5"_ba << qint64(-10) << qint64(-1) << true << qint64(-5);
    QTest::newRow("negative below") << "-11"_ba << qint64(-10) << qint64(-1) << false << qint64(0);
    QTest::newRow("fraction") << "1.5"_ba << qint64(0) << qint64(10) << false << qint64(0);
    QTest::newRow("negative fraction")
        << "-0.5"_ba << qint64(-1) << qint64(1) << false << qint64(0);
    QTest::newRow("integral float form")
        << "3.0"_ba << qint64(0) << qint64(10) << true << qint64(3);
    QTest::newRow("exponent form") << "1e2"_ba << qint64(0) << qint64(1000) << true << qint64(100);
    QTest::newRow("2^53 - 1, max = int64 max")
        << "9007199254740991"_ba << qint64(0) << std::numeric_limits<qint64>::max() << true
        << kMaxSafeInteger;
    QTest::newRow("2^53, max = int64 max")
        << "9007199254740992"_ba << qint64(0) << std::numeric_limits<qint64>::max() << false
        << qint64(0);
    QTest::newRow("-2^53, min = int64 min")
        << "-9007199254740992"_ba << std::numeric_limits<qint64>::min() << qint64(0) << false
        << qint64(0);
    QTest::newRow("1e300, max = int64 max")
        << "1e300"_ba << qint64(0) << std::numeric_limits<qint64>::max() << false << qint64(0);
    QTest::newRow("string") << R"("5")"_ba << qint64(0) << qint64(10) << false << qint64(0);
    QTest::newRow("bool") << "true"_ba << qint64(0) << qint64(10) << false << qint64(0);
    QTest::newRow("null") << "null"_ba << qint64(0) << qint64(10) << false << qint64(0);
    QTest::newRow("missing") << QByteArray() << qint64(0) << qint64(10) << false << qint64(0);
}

void TestPayloadReader::requireInt()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, min);
    QFETCH(qint64, max);
    QFETCH(bool, valid);
    QFETCH(qint64, expected);

    const QJsonObject payload = payloadWith(json);
    PayloadReader reader(payload);
    const qint64 value = reader.requireInt(field(), min, max);
    QCOMPARE(reader.ok(), valid);
    if (valid)
        QCOMPARE(value, expected);
    else
        QVERIFY(reader.error().startsWith(u"f: "_s));
}

void TestPayloadReader::optionalInt_data()
{
    requireInt_data();
}

void TestPayloadReader::optionalInt()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, min);
    QFETCH(qint64, max);
    QFETCH(bool, valid);
    QFETCH(qint64, expected);

    const QJsonObject payload = payloadWith(json);
    PayloadReader reader(payload);
    const std::optional<qint64> value = reader.optionalInt(field(), min, max);
    const bool absent = json.isEmpty() || json == "null";
    QCOMPARE(reader.ok(), valid || absent);
    QCOMPARE(value.has_value(), valid);
    if (valid)
        QCOMPARE(*value, expected);
}

void TestPayloadReader::requireIdList_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qsizetype>("maxCount");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QList<qint64>>("expected");

    QTest::newRow("three ids") << "[1,2,3]"_ba << qsizetype(10) << true << QList<qint64>{1, 2, 3};
    QTest::newRow("order is kept")
        << "[30,10,20]"_ba << qsizetype(10) << true << QList<qint64>{30, 10, 20};
    QTest::newRow("duplicates dropped, first occurrence kept")
        << "[3,1,3,2,1,3]"_ba << qsizetype(10) << true << QList<qint64>{3, 1, 2};
    QTest::newRow("empty array") << "[]"_ba << qsizetype(10) << true << QList<qint64>{};
    QTest::newRow("exactly max count")
        << "[1,2,3]"_ba << qsizetype(3) << true << QList<qint64>{1, 2, 3};
    QTest::newRow("one over max count")
        << "[1,2,3,4]"_ba << qsizetype(3) << false << QList<qint64>{};
    QTest::newRow("max count applies before dedupe")
        << "[1,1,1,1]"_ba << qsizetype(3) << false << QList<qint64>{};
    QTest::newRow("largest safe id")
        << "[9007199254740991]"_ba << qsizetype(10) << true << QList<qint64>{kMaxSafeInteger};
    QTest::newRow("2^53") << "[1,9007199254740992]"_ba << qsizetype(10) << false << QList<qint64>{};
    QTest::newRow("zero") << "[1,0]"_ba << qsizetype(10) << false << QList<qint64>{};
    QTest::newRow("negative") << "[-4]"_ba << qsizetype(10) << false << QList<qint64>{};
    QTest::newRow("fraction") << "[1,2.5]"_ba << qsizetype(10) << false << QList<qint64>{};
    QTest::newRow("string id") << R"([1,"2"])"_ba << qsizetype(10) << false << QList<qint64>{};
    QTest::newRow("null element") << "[1,null]"_ba << qsizetype(10) << false << QList<qint64>{};
    QTest::newRow("bool element") << "[true]"_ba << qsizetype(10) << false << QList<qint64>{};
    QTest::newRow("nested array") << "[[1]]"_ba << qsizetype(10) << false << QList<qint64>{};
    QTest::newRow("object element")
        << R"([{"id":1}])"_ba << qsizetype(10) << false << QList<qint64>{};
    QTest::newRow("not an array: number") << "5"_ba << qsizetype(10) << false << QList<qint64>{};
    QTest::newRow("not an array: string")
        << R"("1,2")"_ba << qsizetype(10) << false << QList<qint64>{};
    QTest::newRow("not an array: object") << "{}"_ba << qsizetype(10) << false << QList<qint64>{};
    QTest::newRow("null") << "null"_ba << qsizetype(10) << false << QList<qint64>{};
    QTest::newRow("missing") << QByteArray() << qsizetype(10) << false << QList<qint64>{};
}

void TestPayloadReader::requireIdList()
{
    QFETCH(QByteArray, json);
    QFETCH(qsizetype, maxCount);
    QFETCH(bool, valid);
    QFETCH(QList<qint64>, expected);

    const QJsonObject payload = payloadWith(json);
    PayloadReader reader(payload);
    const QList<qint64> ids = reader.requireIdList(field(), maxCount);
    QCOMPARE(reader.ok(), valid);
    QCOMPARE(ids, expected); // nothing half-validated comes back on failure
    if (!valid)
        QVERIFY(reader.error().startsWith(u"f: "_s));
}

void TestPayloadReader::requireString_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qsizetype>("minLength");
    QTest::addColumn<qsizetype>("maxLength");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << R"("hello")"_ba << qsizetype(1) << qsizetype(10) << true
                           << u"hello"_s;
    QTest::newRow("exactly min") << R"("ab")"_ba << qsizetype(2) << qsizetype(10) << true
                                 << u"ab"_s;
    QTest::newRow("one below min")
        << R"("a")"_ba << qsizetype(2) << qsizetype(10) << false << QString();
    QTest::newRow("exactly max") << R"("abcde")"_ba << qsizetype(1) << qsizetype(5) << true
                                 << u"abcde"_s;
    QTest::newRow("one above max")
        << R"("abcdef")"_ba << qsizetype(1) << qsizetype(5) << false << QString();
    QTest::newRow("empty, min 1") << R"("")"_ba << qsizetype(1) << qsizetype(5) << false
                                  << QString();
    QTest::newRow("empty, min 0") << R"("")"_ba << qsizetype(0) << qsizetype(5) << true
                                  << QString(u""_s);
    QTest::newRow("escapes count once")
        << R"("\u0041\n\"")"_ba << qsizetype(3) << qsizetype(3) << true << u"A\n\""_s;
    QTest::newRow("non-ASCII") << R"("caf\u00e9 \u20ac")"_ba << qsizetype(1) << qsizetype(6) << true
                               << u"caf\u00e9 \u20ac"_s;
    QTest::newRow("surrogate pair is two UTF-16 units, fits 2")
        << R"("\ud83d\ude00")"_ba << qsizetype(1) << qsizetype(2) << true << u"\U0001F600"_s;
    QTest::newRow("surrogate pair is two UTF-16 units, not 1")
        << R"("\ud83d\ude00")"_ba << qsizetype(1) << qsizetype(1) << false << QString();
    QTest::newRow("lone high surrogate")
        << R"("\ud800")"_ba << qsizetype(1) << qsizetype(10) << false << QString();
    QTest::newRow("lone low surrogate")
        << R"("\udc00")"_ba << qsizetype(1) << qsizetype(10) << false << QString();
    QTest::newRow("lone surrogate inside text")
        << R"("ab\ud83dcd")"_ba << qsizetype(1) << qsizetype(10) << false << QString();
    QTest::newRow("high surrogate at the end")
        << R"("abc\udbff")"_ba << qsizetype(1) << qsizetype(10) << false << QString();
    QTest::newRow("reversed pair")
        << R"("\ude00\ud83d")"_ba << qsizetype(1) << qsizetype(10) << false << QString();
    QTest::newRow("number") << "5"_ba << qsizetype(0) << qsizetype(10) << false << QString();
    QTest::newRow("bool") << "false"_ba << qsizetype(0) << qsizetype(10) << false << QString();
    QTest::newRow("array") << R"(["a"])"_ba << qsizetype(0) << qsizetype(10) << false << QString();
    QTest::newRow("object") << R"({"a":"b"})"_ba << qsizetype(0) << qsizetype(10) << false
                            << QString();
    QTest::newRow("null, min 0") << "null"_ba << qsizetype(0) << qsizetype(10) << false
                                 << QString();
    QTest::newRow("missing, min 0")
        << QByteArray() << qsizetype(0) << qsizetype(10) << false << QString();
}

void TestPayloadReader::requireString()
{
    QFETCH(QByteArray, json);
    QFETCH(qsizetype, minLength);
    QFETCH(qsizetype, maxLength);
    QFETCH(bool, valid);
    QFETCH(QString, expected);

    const QJsonObject payload = payloadWith(json);
    PayloadReader reader(payload);
    const QString text = reader.requireString(field(), minLength, maxLength);
    QCOMPARE(reader.ok(), valid);
    if (valid) {
        QCOMPARE(text, expected);
    } else {
        QVERIFY(reader.error().startsWith(u"f: "_s));
        QVERIFY(QStringView(text).isValidUtf16()); // a refused string is never handed out
        QVERIFY(text.isEmpty());
    }
}

void TestPayloadReader::optionalString_data()
{
    requireString_data();
}

void TestPayloadReader::optionalString()
{
    QFETCH(QByteArray, json);
    QFETCH(qsizetype, minLength);
    QFETCH(qsizetype, maxLength);
    QFETCH(bool, valid);
    QFETCH(QString, expected);

    const QJsonObject payload = payloadWith(json);
    PayloadReader reader(payload);
    const std::optional<QString> text = reader.optionalString(field(), minLength, maxLength);
    const bool absent = json.isEmpty() || json == "null";
    QCOMPARE(reader.ok(), valid || absent);
    QCOMPARE(text.has_value(), valid);
    if (valid)
        QCOMPARE(*text, expected);
}

void TestPayloadReader::requireBool_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("expected");

    QTest::newRow("true") << "true"_ba << true << true;
    QTest::newRow("false") << "false"_ba << true << false;
    QTest::newRow("1") << "1"_ba << false << false;
    QTest::newRow("0") << "0"_ba << false << false;
    QTest::newRow("string true") << R"("true")"_ba << false << false;
    QTest::newRow("empty string") << R"("")"_ba << false << false;
    QTest::newRow("array") << "[true]"_ba << false << false;
    QTest::newRow("object") << "{}"_ba << false << false;
    QTest::newRow("null") << "null"_ba << false << false;
    QTest::newRow("missing") << QByteArray() << false << false;
}

void TestPayloadReader::requireBool()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(bool, expected);

    const QJsonObject payload = payloadWith(json);
    PayloadReader reader(payload);
    const bool value = reader.requireBool(field());
    QCOMPARE(reader.ok(), valid);
    if (valid)
        QCOMPARE(value, expected);
    else
        QVERIFY(reader.error().startsWith(u"f: "_s));
}

void TestPayloadReader::optionalBool_data()
{
    requireBool_data();
}

void TestPayloadReader::optionalBool()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(bool, expected);

    const QJsonObject payload = payloadWith(json);
    PayloadReader reader(payload);
    const std::optional<bool> value = reader.optionalBool(field());
    const bool absent = json.isEmpty() || json == "null";
    QCOMPARE(reader.ok(), valid || absent);
    QCOMPARE(value.has_value(), valid);
    if (valid)
        QCOMPARE(*value, expected);
}

void TestPayloadReader::requireOneOf_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");

    QTest::newRow("online") << R"("online")"_ba << true;
    QTest::newRow("away") << R"("away")"_ba << true;
    QTest::newRow("dnd") << R"("dnd")"_ba << true;
    QTest::newRow("wrong case") << R"("Online")"_ba << false;
    QTest::newRow("trailing space") << R"("away ")"_ba << false;
    QTest::newRow("prefix of a value") << R"("onl")"_ba << false;
    QTest::newRow("two values joined") << R"("online,away")"_ba << false;
    QTest::newRow("unknown") << R"("busy")"_ba << false;
    QTest::newRow("empty") << R"("")"_ba << false;
    QTest::newRow("lone surrogate") << R"("\ud800")"_ba << false;
    QTest::newRow("65 characters") << "\"" + QByteArray(65, 'a') + "\"" << false;
    QTest::newRow("number") << "1"_ba << false;
    QTest::newRow("array") << R"(["online"])"_ba << false;
    QTest::newRow("null") << "null"_ba << false;
    QTest::newRow("missing") << QByteArray() << false;
}

void TestPayloadReader::requireOneOf()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);

    const QStringList allowed{u"online"_s, u"away"_s, u"dnd"_s};
    const QJsonObject payload = payloadWith(json);
    PayloadReader reader(payload);
    const QString value = reader.requireOneOf(field(), allowed);
    QCOMPARE(reader.ok(), valid);
    if (valid) {
        QCOMPARE(value, payload.value(field()).toString());
        QVERIFY(allowed.contains(value));
    } else {
        QVERIFY(value.isEmpty());
        QVERIFY(reader.error().startsWith(u"f: "_s));
    }
}

void TestPayloadReader::has()
{
    const QJsonObject payload =
        parseObject(R"({"n":null,"f":false,"z":0,"e":"","a":[],"o":{},"s":"x"})");
    const PayloadReader reader(payload);
    QVERIFY(!reader.has(u"missing"_s));
    QVERIFY(!reader.has(u"n"_s)); // null counts as not given
    for (const QString &key : {u"f"_s, u"z"_s, u"e"_s, u"a"_s, u"o"_s, u"s"_s})
        QVERIFY2(reader.has(key), qPrintable(key));
    QVERIFY(!reader.has(u"S"_s)); // keys are case-sensitive
    QVERIFY(reader.ok());
}

void TestPayloadReader::errorNamesFirstFailingFieldOnly()
{
    const QJsonObject payload = parseObject(
        R"({"good_id":7,"bad_id":0,"bad_text":5,"bad_flag":"yes","bad_list":[0],"bad_kind":"x"})");
    PayloadReader reader(payload);
    QCOMPARE(reader.requireId(u"good_id"_s), qint64(7));
    QVERIFY(reader.ok());
    QVERIFY(reader.error().isEmpty());

    reader.requireId(u"bad_id"_s);
    QVERIFY(!reader.ok());
    const QString first = reader.error();
    QVERIFY2(first.startsWith(u"bad_id: "_s), qPrintable(first));

    reader.requireString(u"bad_text"_s, 1, 10);
    reader.requireBool(u"bad_flag"_s);
    reader.requireIdList(u"bad_list"_s, 5);
    reader.requireOneOf(u"bad_kind"_s, {u"a"_s});
    reader.requireId(u"missing_id"_s);
    reader.optionalInt(u"bad_text"_s, 0, 1);
    QVERIFY(!reader.ok());
    QCOMPARE(reader.error(), first);
    for (const char *other : {"bad_text", "bad_flag", "bad_list", "bad_kind", "missing_id"})
        QVERIFY2(!reader.error().contains(QLatin1StringView(other)), other);

    // A missing required field is a failure that names that field, too.
    const QJsonObject empty;
    PayloadReader missing(empty);
    missing.optionalId(u"parent_id"_s); // absent optional field: no failure
    QVERIFY(missing.ok());
    missing.requireString(u"content"_s, 1, 16384);
    missing.requireId(u"message_id"_s);
    QCOMPARE(missing.error(), u"content: is required"_s);
}

void TestPayloadReader::errorMessages()
{
    // The message a handler puts into an `invalid` reply (PROTOCOL.md §2): field, then why.
    const QJsonObject payload = parseObject(R"({"content":"","limit":500,"status":"busy"})");
    {
        PayloadReader reader(payload);
        reader.requireString(u"content"_s, 1, 16384);
        QCOMPARE(reader.error(), u"content: must be a string of 1 to 16384 characters"_s);
    }
    {
        PayloadReader reader(payload);
        reader.optionalInt(u"limit"_s, 1, 100);
        QCOMPARE(reader.error(), u"limit: must be an integer from 1 to 100"_s);
    }
    {
        PayloadReader reader(payload);
        reader.requireOneOf(u"status"_s, {u"online"_s, u"away"_s, u"dnd"_s});
        QCOMPARE(reader.error(), u"status: must be one of: online, away, dnd"_s);
    }
    {
        PayloadReader reader(payload);
        reader.requireId(u"message_id"_s);
        QCOMPARE(reader.error(), u"message_id: is required"_s);
    }
}

void TestPayloadReader::laterReadsStillWorkAfterAFailure()
{
    // Handlers read every field and check ok() once, so valid fields after a failure still
    // come back with their values.
    const QJsonObject payload =
        parseObject(R"({"bad":1.5,"id":5,"text":"hi","flag":true,"ids":[2,2,3],"n":7})");
    PayloadReader reader(payload);
    reader.requireId(u"bad"_s);
    QVERIFY(!reader.ok());
    QCOMPARE(reader.requireId(u"id"_s), qint64(5));
    QCOMPARE(reader.optionalId(u"id"_s), std::optional<qint64>(5));
    QCOMPARE(reader.requireString(u"text"_s, 1, 10), u"hi"_s);
    QCOMPARE(reader.optionalString(u"text"_s, 1, 10), std::optional<QString>(u"hi"_s));
    QCOMPARE(reader.requireBool(u"flag"_s), true);
    QCOMPARE(reader.requireIdList(u"ids"_s, 10), (QList<qint64>{2, 3}));
    QCOMPARE(reader.requireInt(u"n"_s, 0, 10), qint64(7));
    QVERIFY(reader.error().startsWith(u"bad: "_s));
}

QTEST_APPLESS_MAIN(TestPayloadReader)
#include "tst_payloadreader.moc"
