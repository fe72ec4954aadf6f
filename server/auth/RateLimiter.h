#pragma once

#include <QHash>
#include <QHostAddress>
#include <QString>
#include <functional>

namespace confab::server {

// Token buckets keyed by a string (user name, address, user id). A key may spend up to
// `burst` at once and regains `perSecond` tokens every second. Idle full buckets are pruned so
// the table stays as large as the set of currently active keys.
// The key under which a client address is limited: IPv4 (also IPv4-mapped IPv6) by address,
// other IPv6 by its /64, since one host usually holds a whole /64 and can pick any of it.
QString addressBucketKey(const QHostAddress &address);

class RateLimiter
{
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    RateLimiter(double burst, double perSecond, Clock clock = {});

    // Takes one token; false when the bucket is empty.
    bool tryAcquire(const QString &key);
    // Gives back a token taken by tryAcquire (never above the burst): for limits that take a
    // token before the outcome is known and count only failures.
    void refund(const QString &key);
    // True when a token is available, without taking it.
    bool allows(const QString &key);
    qsizetype trackedKeys() const { return m_buckets.size(); }

private:
    struct Bucket
    {
        double tokens;
        qint64 updatedMs;
    };
    Bucket &refill(const QString &key);
    void pruneIfDue(qint64 now);

    double m_burst;
    double m_perSecond;
    Clock m_clock;
    QHash<QString, Bucket> m_buckets;
    qint64 m_lastPruneMs = 0;
};

} // namespace confab::server
