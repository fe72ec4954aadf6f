#pragma once

#include "sql/Delivery.h"

#include <QString>
#include <QThread>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>

class QObject;

namespace confab::sql {

// The engine under the server's DbWorker and the client's CacheWorker: a queue of jobs, run in
// order on a dedicated thread that owns the database connection, in batches; each batch's
// callbacks go back to the receiver's thread in one queued call. What a job is and how a batch
// runs (group commit, savepoints, who hears about failures) is the side's Policy.
template<typename Job> class Worker
{
public:
    struct Policy
    {
        QString threadName;
        std::size_t maxBatch = 512;
        // Worker thread, before the first job (opening the database). An error text stops the
        // worker and is what start() returns.
        std::function<QString()> setUp;
        // Worker thread: runs the jobs of one batch, in order, and returns their callbacks.
        std::function<Deliveries(std::deque<Job> &)> runBatch;
        // Worker thread, after the last job (closing the database); also after a failed setUp.
        std::function<void()> tearDown;
        // Whether a job still queued when stop() is called runs; empty: every job runs.
        std::function<bool(const Job &)> runsWhileStopping;
        // Whether callbacks of batches that finish during stop() are still delivered.
        bool deliversWhileStopping = true;
    };

    Worker(QObject *receiver, Policy policy)
        : m_receiver(receiver)
        , m_policy(std::move(policy))
    {
    }
    ~Worker() { stop(); }
    Worker(const Worker &) = delete;
    Worker &operator=(const Worker &) = delete;

    // Starts the thread and blocks until setUp has run. Returns setUp's error text.
    QString start()
    {
        if (isRunning())
            return QStringLiteral("worker already running");
        {
            std::lock_guard lock(m_mutex);
            m_stopping = false;
        }
        // Shared, not on this stack: the thread may still be inside set_value() when get()
        // returns here.
        auto ready = std::make_shared<std::promise<QString>>();
        std::future<QString> result = ready->get_future();
        m_thread.reset(QThread::create([this, ready] {
            const QString error = m_policy.setUp ? m_policy.setUp() : QString();
            ready->set_value(error);
            if (error.isEmpty())
                run();
            if (m_policy.tearDown)
                m_policy.tearDown();
        }));
        m_thread->setObjectName(m_policy.threadName);
        m_thread->start();
        const QString error = result.get();
        if (!error.isEmpty())
            m_thread->wait();
        return error;
    }

    // A job post() did not queue, handed back untouched.
    struct Refused
    {
        Job job;
        bool full = false; // the queue is at its limit; otherwise not running or stopping
    };

    // Queues `job`. Hands it back when the worker is not running, is stopping, or already
    // holds maxQueued() jobs.
    std::optional<Refused> post(Job job)
    {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping || !m_thread)
                return Refused{std::move(job), false};
            if (m_maxQueued > 0 && m_queue.size() >= m_maxQueued)
                return Refused{std::move(job), true};
            m_queue.push_back(std::move(job));
        }
        m_wake.notify_one();
        return std::nullopt;
    }

    // Jobs waiting (not counting the batch running now) beyond which post() refuses; 0, the
    // default, for no limit. A bound keeps a flood of requests from growing memory without end
    // while the disk is slow.
    void setMaxQueued(std::size_t limit)
    {
        std::lock_guard lock(m_mutex);
        m_maxQueued = limit;
    }
    std::size_t queued() const
    {
        std::lock_guard lock(m_mutex);
        return m_queue.size();
    }

    // Runs the queued jobs (those runsWhileStopping keeps), tears down and joins the thread.
    // Blocks; harmless when not running.
    void stop()
    {
        if (!m_thread)
            return;
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_one();
        m_thread->wait();
    }

    bool isRunning() const { return m_thread && m_thread->isRunning(); }
    bool isStopping() const
    {
        std::lock_guard lock(m_mutex);
        return m_stopping;
    }
    // The thread jobs run on (for diagnostics and tests); null before start().
    QThread *thread() const { return m_thread.get(); }

private:
    void run()
    {
        for (;;) {
            std::deque<Job> batch = takeBatch();
            if (batch.empty())
                break; // stopping, and nothing left that must run
            Deliveries deliveries = m_policy.runBatch(batch);
            if (!m_policy.deliversWhileStopping && isStopping())
                continue; // the receiver is going away
            deliverBatch(m_receiver, std::move(deliveries));
        }
    }

    std::deque<Job> takeBatch()
    {
        std::unique_lock lock(m_mutex);
        m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        std::deque<Job> batch;
        while (!m_queue.empty() && batch.size() < m_policy.maxBatch) {
            if (!m_stopping || !m_policy.runsWhileStopping ||
                m_policy.runsWhileStopping(m_queue.front()))
                batch.push_back(std::move(m_queue.front()));
            m_queue.pop_front();
        }
        return batch;
    }

    QObject *m_receiver;
    const Policy m_policy;
    std::unique_ptr<QThread> m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;     // guarded by m_mutex
    bool m_stopping = false;     // guarded by m_mutex
    std::size_t m_maxQueued = 0; // guarded by m_mutex
};

} // namespace confab::sql
