// Wire times: UTC ISO-8601 with milliseconds, `2026-11-22T03:10:00.123Z` (PROTOCOL.md §3).

#include "wire/Timestamp.h"

#include <QTest>
#include <QTimeZone>
#include <time.h>

using namespace Qt::StringLiterals;
using confab::wire::formatTimestamp;
using confab::wire::formatTimestampMs;
using confab::wire::parseTimestamp;

namespace {
constexpr qint64 kExampleMs = 1795317000123; // 2026-11-22T03:10:00.123Z

QDateTime exampleUtc()
{
    return QDateTime(QDate(2026, 11, 22), QTime(3, 10, 0, 123), Qt::UTC);
}
} // namespace

class TestTimestamp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formatFromAnyZone_data();
    void formatFromAnyZone();
    void formatPadsEveryField_data();
    void formatPadsEveryField();
    void formatMs_data();
    void formatMs();
    void parseAccepts_data();
    void parseAccepts();
    void parseRejects_data();
    void parseRejects();
    void roundTrip_data();
    void roundTrip();
};

void TestTimestamp::initTestCase()
{
    // Make local time differ from UTC (by an odd +05:45, no DST) whatever the machine's zone,
    // so that the local-time rows below mean something. A POSIX TZ string needs no tzdata.
    qputenv("TZ", "NPT-05:45");
    tzset();
    QCOMPARE(exampleUtc().toLocalTime().offsetFromUtc(), 5 * 3600 + 45 * 60);
    QCOMPARE(exampleUtc().toLocalTime().time(), QTime(8, 55, 0, 123));
}

void TestTimestamp::formatFromAnyZone_data()
{
    QTest::addColumn<QDateTime>("time");

    const QDateTime utc = exampleUtc();
    QTest::newRow("UTC") << utc;
    QTest::newRow("UTC+05:30, same day") << utc.toOffsetFromUtc(5 * 3600 + 1800);
    QTest::newRow("UTC-08:00, previous day") << utc.toOffsetFromUtc(-8 * 3600);
    QTest::newRow("UTC+14:00, next day") << utc.toOffsetFromUtc(14 * 3600);
    QTest::newRow("local time (+05:45)") << utc.toLocalTime();
    QTest::newRow("built from local wall time")
        << QDateTime(QDate(2026, 11, 22), QTime(8, 55, 0, 123), Qt::LocalTime);
    QTest::newRow("fixed-offset QTimeZone") << utc.toTimeZone(QTimeZone(-3 * 3600));
    QTest::newRow("built from wall time at +01:00")
        << QDateTime(QDate(2026, 11, 22), QTime(4, 10, 0, 123), Qt::OffsetFromUTC, 3600);
    QTest::newRow("from epoch milliseconds") << QDateTime::fromMSecsSinceEpoch(kExampleMs);
    const QTimeZone newYork("America/New_York");
    if (newYork.isValid())
        QTest::newRow("America/New_York") << utc.toTimeZone(newYork);
}

void TestTimestamp::formatFromAnyZone()
{
    QFETCH(QDateTime, time);
    QVERIFY(time.isValid());
    QCOMPARE(formatTimestamp(time), u"2026-11-22T03:10:00.123Z"_s);
}

void TestTimestamp::formatPadsEveryField_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero milliseconds") << QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 0), Qt::UTC)
                                       << u"2026-01-02T03:04:05.000Z"_s;
    QTest::newRow("single-digit milliseconds")
        << QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 7), Qt::UTC)
        << u"2026-01-02T03:04:05.007Z"_s;
    QTest::newRow("two-digit milliseconds")
        << QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 70), Qt::UTC)
        << u"2026-01-02T03:04:05.070Z"_s;
    QTest::newRow("last millisecond of a year")
        << QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 999), Qt::UTC)
        << u"2026-12-31T23:59:59.999Z"_s;
    QTest::newRow("midnight") << QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC)
                              << u"2027-01-01T00:00:00.000Z"_s;
    QTest::newRow("leap day") << QDateTime(QDate(2028, 2, 29), QTime(12, 0, 0, 1), Qt::UTC)
                              << u"2028-02-29T12:00:00.001Z"_s;
    QTest::newRow("24-hour clock, not am/pm")
        << QDateTime(QDate(2026, 6, 1), QTime(13, 0), Qt::UTC) << u"2026-06-01T13:00:00.000Z"_s;
}

void TestTimestamp::formatPadsEveryField()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, expected);
    QCOMPARE(formatTimestamp(time), expected);
}

void TestTimestamp::formatMs_data()
{
    QTest::addColumn<qint64>("msecs");
    QTest::addColumn<QString>("expected");

    QTest::newRow("epoch") << qint64(0) << u"1970-01-01T00:00:00.000Z"_s;
    QTest::newRow("one millisecond") << qint64(1) << u"1970-01-01T00:00:00.001Z"_s;
    QTest::newRow("before the epoch") << qint64(-1) << u"1969-12-31T23:59:59.999Z"_s;
    QTest::newRow("protocol example") << kExampleMs << u"2026-11-22T03:10:00.123Z"_s;
    QTest::newRow("2^31 seconds") << qint64(2147483648000) << u"2038-01-19T03:14:08.000Z"_s;
}

void TestTimestamp::formatMs()
{
    QFETCH(qint64, msecs);
    QFETCH(QString, expected);
    QCOMPARE(formatTimestampMs(msecs), expected);
    // The same as formatting the QDateTime of that instant, whatever zone it is in.
    QCOMPARE(formatTimestamp(QDateTime::fromMSecsSinceEpoch(msecs).toOffsetFromUtc(-7 * 3600)),
             expected);
}

void TestTimestamp::parseAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("msecs");

    QTest::newRow("protocol example") << u"2026-11-22T03:10:00.123Z"_s << kExampleMs;
    QTest::newRow("epoch") << u"1970-01-01T00:00:00.000Z"_s << qint64(0);
    QTest::newRow("before the epoch") << u"1969-12-31T23:59:59.999Z"_s << qint64(-1);
    QTest::newRow("leap day") << u"2028-02-29T12:00:00.001Z"_s << qint64(1835438400001);
    QTest::newRow("last millisecond of a day")
        << u"2026-11-22T23:59:59.999Z"_s << qint64(1795391999999);
}

void TestTimestamp::parseAccepts()
{
    QFETCH(QString, text);
    QFETCH(qint64, msecs);

    const std::optional<QDateTime> parsed = parseTimestamp(text);
    QVERIFY(parsed);
    QVERIFY(parsed->isValid());
    QCOMPARE(parsed->toMSecsSinceEpoch(), msecs);
    QCOMPARE(parsed->offsetFromUtc(), 0);
    QCOMPARE(parsed->timeSpec(), Qt::UTC);
    QCOMPARE(formatTimestamp(*parsed), text);
}

void TestTimestamp::parseRejects_data()
{
    QTest::addColumn<QString>("text");

    // Other ISO-8601 spellings of the same instant: only the one form is accepted.
    QTest::newRow("no milliseconds") << u"2026-11-22T03:10:00Z"_s;
    QTest::newRow("one fraction digit") << u"2026-11-22T03:10:00.1Z"_s;
    QTest::newRow("two fraction digits") << u"2026-11-22T03:10:00.12Z"_s;
    QTest::newRow("four fraction digits") << u"2026-11-22T03:10:00.1230Z"_s;
    QTest::newRow("microseconds") << u"2026-11-22T03:10:00.123456Z"_s;
    QTest::newRow("comma as decimal separator") << u"2026-11-22T03:10:00,123Z"_s;
    QTest::newRow("offset +01:00") << u"2026-11-22T04:10:00.123+01:00"_s;
    QTest::newRow("offset +00:00") << u"2026-11-22T03:10:00.123+00:00"_s;
    QTest::newRow("offset -00:00") << u"2026-11-22T03:10:00.123-00:00"_s;
    QTest::newRow("offset +0000") << u"2026-11-22T03:10:00.123+0000"_s;
    QTest::newRow("Z and offset") << u"2026-11-22T03:10:00.123Z+01:00"_s;
    QTest::newRow("no zone (local time)") << u"2026-11-22T03:10:00.123"_s;
    QTest::newRow("lower-case z") << u"2026-11-22T03:10:00.123z"_s;
    QTest::newRow("lower-case t") << u"2026-11-22t03:10:00.123Z"_s;
    QTest::newRow("space instead of T") << u"2026-11-22 03:10:00.123Z"_s;
    QTest::newRow("UTC word") << u"2026-11-22T03:10:00.123 UTC"_s;
    QTest::newRow("basic format") << u"20261122T031000.123Z"_s;
    QTest::newRow("no seconds") << u"2026-11-22T03:10.123Z"_s;
    QTest::newRow("date only") << u"2026-11-22"_s;
    QTest::newRow("single-digit month") << u"2026-1-22T03:10:00.123Z"_s;
    QTest::newRow("single-digit hour") << u"2026-11-22T3:10:00.123Z"_s;
    QTest::newRow("five-digit year") << u"12026-11-22T03:10:00.123Z"_s;
    QTest::newRow("signed year") << u"+2026-11-22T03:10:00.123Z"_s;
    QTest::newRow("leading space") << u" 2026-11-22T03:10:00.123Z"_s;
    QTest::newRow("trailing space") << u"2026-11-22T03:10:00.123Z "_s;
    QTest::newRow("trailing newline") << u"2026-11-22T03:10:00.123Z\n"_s;
    QTest::newRow("two timestamps") << u"2026-11-22T03:10:00.123Z2026-11-22T03:10:00.123Z"_s;
    QTest::newRow("Arabic-Indic digits") << u"\u0662\u0660\u0662\u0666-11-22T03:10:00.123Z"_s;
    QTest::newRow("fullwidth digits") << u"\uff12\uff10\uff12\uff16-11-22T03:10:00.123Z"_s;

    // Impossible dates and times in the right shape.
    QTest::newRow("February 30") << u"2026-02-30T00:00:00.000Z"_s;
    QTest::newRow("February 29 in a common year") << u"2026-02-29T00:00:00.000Z"_s;
    QTest::newRow("April 31") << u"2026-04-31T00:00:00.000Z"_s;
    QTest::newRow("month 13") << u"2026-13-01T00:00:00.000Z"_s;
    QTest::newRow("month 00") << u"2026-00-10T00:00:00.000Z"_s;
    QTest::newRow("day 00") << u"2026-11-00T00:00:00.000Z"_s;
    QTest::newRow("day 32") << u"2026-01-32T00:00:00.000Z"_s;
    QTest::newRow("hour 25") << u"2026-11-22T25:00:00.000Z"_s;
    QTest::newRow("minute 60") << u"2026-11-22T03:60:00.000Z"_s;
    QTest::newRow("second 60") << u"2026-11-22T03:10:60.000Z"_s;
    QTest::newRow("year 0000") << u"0000-01-01T00:00:00.000Z"_s;

    // Not a time at all.
    QTest::newRow("empty") << QString();
    QTest::newRow("whitespace") << u"   "_s;
    QTest::newRow("garbage") << u"yesterday at noon"_s;
    QTest::newRow("epoch number") << u"1795317000123"_s;
    QTest::newRow("right length, wrong content") << u"XXXX-XX-XXTXX:XX:XX.XXXZ"_s;
    QTest::newRow("RFC 2822") << u"Sun, 22 Nov 2026 03:10:00 +0000"_s;
    QTest::newRow("NUL inside") << u"2026-11-22T03:10:00\u0000123Z"_s;
}

void TestTimestamp::parseRejects()
{
    QFETCH(QString, text);
    QCOMPARE(parseTimestamp(text), std::nullopt);
}

void TestTimestamp::roundTrip_data()
{
    QTest::addColumn<qint64>("msecs");
    for (qint64 msecs : {qint64(0), qint64(1), qint64(-1), qint64(999), qint64(1000), kExampleMs,
                         qint64(951782400000) /* 2000-02-29 */, qint64(4102444799999),
                         qint64(-2208988800000) /* 1900-01-01 */, qint64(253402300799999)})
        QTest::addRow("%lld", static_cast<long long>(msecs)) << msecs;
}

void TestTimestamp::roundTrip()
{
    QFETCH(qint64, msecs);
    const QString text = formatTimestampMs(msecs);
    QCOMPARE(text.size(), 24);
    const std::optional<QDateTime> parsed = parseTimestamp(text);
    QVERIFY2(parsed, qPrintable(text));
    QCOMPARE(parsed->toMSecsSinceEpoch(), msecs);
    QCOMPARE(formatTimestamp(*parsed), text);
}

QTEST_APPLESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
