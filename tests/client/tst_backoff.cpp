#include "client/Backoff.h"

#include <QSet>
#include <QTest>

using confab::client::Backoff;

class TestBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void growsExponentiallyWithinJitterBounds();
    void isJittered();
    void isCapped();
    void resetStartsOver();
    void survivesManyAttempts();
};

void TestBackoff::growsExponentiallyWithinJitterBounds()
{
    // Many rounds, so a delay outside [base/2, base] would show up.
    for (int round = 0; round < 200; ++round) {
        Backoff backoff(100, 100000);
        int base = 100;
        for (int attempt = 0; attempt < 8; ++attempt) {
            QCOMPARE(backoff.attempts(), attempt);
            QCOMPARE(backoff.baseDelayMs(attempt), base);
            const int delay = backoff.nextDelayMs();
            QVERIFY2(delay >= base / 2 && delay <= base,
                     qPrintable(QStringLiteral("attempt %1: %2 not in [%3, %4]")
                                    .arg(attempt)
                                    .arg(delay)
                                    .arg(base / 2)
                                    .arg(base)));
            base *= 2;
        }
    }
}

void TestBackoff::isJittered()
{
    QSet<int> seen;
    int low = 0;
    int high = 0;
    for (int i = 0; i < 500; ++i) {
        Backoff backoff(1000, 30000);
        const int delay = backoff.nextDelayMs();
        seen.insert(delay);
        low += delay < 750 ? 1 : 0;
        high += delay >= 750 ? 1 : 0;
    }
    // 501 possible values: a fixed delay, or one stuck at an end of the range, fails here.
    QVERIFY2(seen.size() > 100, qPrintable(QString::number(seen.size())));
    QVERIFY(low > 100);
    QVERIFY(high > 100);
}

void TestBackoff::isCapped()
{
    Backoff backoff(1000, 5000);
    QCOMPARE(backoff.baseDelayMs(10), 5000);
    int atCap = 0;
    for (int attempt = 0; attempt < 50; ++attempt) {
        const int delay = backoff.nextDelayMs();
        QVERIFY(delay <= 5000);
        if (attempt >= 3) { // 1000, 2000, 4000, then 8000 capped to 5000
            QVERIFY2(delay >= 2500, qPrintable(QString::number(delay)));
            ++atCap;
        }
    }
    QCOMPARE(atCap, 47);
}

void TestBackoff::resetStartsOver()
{
    Backoff backoff(100, 10000);
    for (int i = 0; i < 6; ++i)
        backoff.nextDelayMs();
    QCOMPARE(backoff.attempts(), 6);
    QVERIFY(backoff.nextDelayMs() >= 3200); // attempt 6: base 6400
    backoff.reset();
    QCOMPARE(backoff.attempts(), 0);
    const int delay = backoff.nextDelayMs();
    QVERIFY2(delay >= 50 && delay <= 100, qPrintable(QString::number(delay)));
    QCOMPARE(backoff.attempts(), 1);
}

void TestBackoff::survivesManyAttempts()
{
    Backoff backoff(1000, 30000);
    for (int i = 0; i < 5000; ++i) {
        const int delay = backoff.nextDelayMs();
        QVERIFY(delay >= 15000 || i < 5);
        QVERIFY(delay <= 30000);
    }
    QCOMPARE(backoff.baseDelayMs(std::numeric_limits<int>::max()), 30000);
}

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
