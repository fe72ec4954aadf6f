#include "auth/RateLimiter.h"

#include <QDeadlineTimer>
#include <algorithm>

namespace confab::server {

namespace {
constexpr qint64 kPruneIntervalMs = 60'000;
}

RateLimiter::RateLimiter(double burst, double perSecond, Clock clock)
    : m_burst(burst)
    , m_perSecond(perSecond)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDeadlineTimer::current().deadline(); }))
{
}

RateLimiter::Bucket &RateLimiter::refill(const QString &key)
{
    const qint64 now = m_clock();
    pruneIfDue(now);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{m_burst, now});
    const double elapsedSeconds = double(std::max<qint64>(0, now - it->updatedMs)) / 1000.0;
    it->tokens = std::min(m_burst, it->tokens + elapsedSeconds * m_perSecond);
    it->updatedMs = now;
    return *it;
}

bool RateLimiter::tryAcquire(const QString &key)
{
    Bucket &bucket = refill(key);
    if (bucket.tokens < 1.0)
        return false;
    bucket.tokens -= 1.0;
    return true;
}

void RateLimiter::refund(const QString &key)
{
    Bucket &bucket = refill(key);
    bucket.tokens = std::min(m_burst, bucket.tokens + 1.0);
}

QString addressBucketKey(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).toString();
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address.toString();
    Q_IPV6ADDR bytes = address.toIPv6Address();
    std::fill(std::begin(bytes.c) + 8, std::end(bytes.c), quint8(0));
    return QHostAddress(bytes).toString() + QStringLiteral("/64");
}

bool RateLimiter::allows(const QString &key)
{
    return refill(key).tokens >= 1.0;
}

void RateLimiter::pruneIfDue(qint64 now)
{
    if (now - m_lastPruneMs < kPruneIntervalMs)
        return;
    m_lastPruneMs = now;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        const double seconds = double(now - it->updatedMs) / 1000.0;
        if (it->tokens + seconds * m_perSecond >= m_burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace confab::server
