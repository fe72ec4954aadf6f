#include "client/Backoff.h"

#include <QRandomGenerator>
#include <algorithm>

namespace confab::client {

Backoff::Backoff(int initialMs, int maxMs)
    : m_initialMs(std::max(1, initialMs))
    , m_maxMs(std::max(m_initialMs, maxMs))
{
}

int Backoff::baseDelayMs(int attempt) const
{
    // Doubling in 64 bits and stopping at the cap cannot overflow however many attempts failed.
    qint64 base = m_initialMs;
    for (int i = 0; i < attempt && base < m_maxMs; ++i)
        base *= 2;
    return int(std::min<qint64>(base, m_maxMs));
}

int Backoff::nextDelayMs()
{
    const int base = baseDelayMs(m_attempts);
    if (m_attempts < 1'000'000)
        ++m_attempts;
    const int low = base / 2;
    return low + int(QRandomGenerator::global()->bounded(quint32(base - low) + 1));
}

void Backoff::reset()
{
    m_attempts = 0;
}

int Backoff::attempts() const
{
    return m_attempts;
}

} // namespace confab::client
