#include "websocket/MemoryTrimmer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QTimer>
#include <algorithm>
#include <atomic>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

Q_LOGGING_CATEGORY(lcMemoryTrimmer, "confab.memory")

namespace confab::server::MemoryTrimmer {

namespace {
// Below this a trim is not worth its cost: it walks every malloc arena.
constexpr qint64 kTrimAfterBytes = 4 * 1024 * 1024;
constexpr qint64 kMinIntervalMs = 1000;

std::atomic<qint64> freedSinceTrim{0};
std::atomic<qint64> lastTrimMs{-kMinIntervalMs};
std::atomic<bool> scheduled{false};

void trimNow()
{
    scheduled = false;
    const qint64 freed = freedSinceTrim.exchange(0);
    lastTrimMs = QDeadlineTimer::current().deadline();
#if defined(__GLIBC__)
    const int released = malloc_trim(0);
    qCDebug(lcMemoryTrimmer) << "trimmed after" << freed << "bytes freed; released:" << released;
#else
    Q_UNUSED(freed);
#endif
}
} // namespace

void noteFreed(qint64 bytes)
{
    if (bytes <= 0)
        return;
    if (freedSinceTrim.fetch_add(bytes) + bytes < kTrimAfterBytes || scheduled.exchange(true))
        return;
    // A second later, so that what goes with the freed queue (replies still being built for a
    // closed socket) is freed too; and at most once a second, so that a storm of closing slow
    // consumers trims once, not per socket.
    const qint64 wait = std::max<qint64>(kMinIntervalMs, lastTrimMs + kMinIntervalMs -
                                                             QDeadlineTimer::current().deadline());
    if (QCoreApplication::instance())
        QTimer::singleShot(int(wait), QCoreApplication::instance(), &trimNow);
    else
        trimNow();
}

} // namespace confab::server::MemoryTrimmer
