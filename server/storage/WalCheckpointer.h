#pragma once

#include <QString>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace confab::server {

// Copies the write-ahead log back into the database file on a thread and connection of its
// own. Left to itself, SQLite does this inside whichever commit pushes the log past 1,000 pages:
// that commit then copies megabytes and fsyncs the database file while every message behind it
// waits, a large part of the p99 delivery latency under load (docs/benchmarks.md). A PASSIVE
// checkpoint here runs beside the writer instead of blocking it.
class WalCheckpointer
{
public:
    WalCheckpointer() = default;
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Opens its own connection to `path` and checkpoints every `interval` while
    // `commitCount()` has moved since the last checkpoint. Returns an error text.
    QString start(const QString &path, std::chrono::milliseconds interval,
                  std::function<qint64()> commitCount);
    void stop();
    // Checkpoints that copied at least one page.
    qint64 checkpoints() const { return m_checkpoints.load(); }

private:
    void run(const QString &connectionName, std::chrono::milliseconds interval);
    bool checkpoint(const QString &connectionName); // whether it copied anything

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::function<qint64()> m_commitCount;
    std::atomic<qint64> m_checkpoints{0};
};

} // namespace confab::server
