// Token buckets with a fake clock: burst, refill rate, independent keys, pruning.

#include "auth/RateLimiter.h"

#include <QTest>

using confab::server::RateLimiter;

class TestRateLimiter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void burstThenRefill()
    {
        qint64 now = 1'000'000;
        RateLimiter limiter(3, 2, [&] { return now; });
        for (int i = 0; i < 3; ++i)
            QVERIFY(limiter.tryAcquire(QStringLiteral("a")));
        QVERIFY(!limiter.tryAcquire(QStringLiteral("a")));
        now += 499; // 2 per second: just under one token
        QVERIFY(!limiter.tryAcquire(QStringLiteral("a")));
        now += 1;
        QVERIFY(limiter.tryAcquire(QStringLiteral("a")));
        QVERIFY(!limiter.tryAcquire(QStringLiteral("a")));
        now += 60'000; // refill never exceeds the burst
        for (int i = 0; i < 3; ++i)
            QVERIFY(limiter.tryAcquire(QStringLiteral("a")));
        QVERIFY(!limiter.tryAcquire(QStringLiteral("a")));
    }

    void keysAreIndependent()
    {
        qint64 now = 0;
        RateLimiter limiter(1, 1, [&] { return now; });
        QVERIFY(limiter.tryAcquire(QStringLiteral("a")));
        QVERIFY(!limiter.tryAcquire(QStringLiteral("a")));
        QVERIFY(limiter.tryAcquire(QStringLiteral("b")));
    }

    void allowsDoesNotSpend()
    {
        qint64 now = 0;
        RateLimiter limiter(1, 1, [&] { return now; });
        QVERIFY(limiter.allows(QStringLiteral("a")));
        QVERIFY(limiter.allows(QStringLiteral("a")));
        QVERIFY(limiter.tryAcquire(QStringLiteral("a")));
        QVERIFY(!limiter.allows(QStringLiteral("a")));
    }

    void fullBucketsArePruned()
    {
        qint64 now = 100'000;
        RateLimiter limiter(2, 1, [&] { return now; });
        for (int i = 0; i < 100; ++i)
            limiter.tryAcquire(QString::number(i));
        QCOMPARE(limiter.trackedKeys(), 100);
        now += 120'000;
        limiter.tryAcquire(QStringLiteral("fresh"));
        QCOMPARE(limiter.trackedKeys(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
