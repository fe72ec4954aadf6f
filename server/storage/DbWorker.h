#pragma once

#include "sql/Worker.h"
#include "storage/Database.h"
#include "storage/WalCheckpointer.h"
#include "wire/ProtocolNames.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <optional>

namespace confab::server {

template<typename T> struct DbResult
{
    std::optional<T> value; // empty when the job failed
    QString error;
    bool busy = false; // refused unrun: the job queue was full

    bool ok() const { return value.has_value(); }
    // What a client hears when the job failed: a full queue is worth retrying later.
    wire::ErrorReason failureReason() const
    {
        return busy ? wire::ErrorReason::RateLimited : wire::ErrorReason::Internal;
    }
    // `internal` unless the queue was full, which has its own text.
    QString failureMessage(const QString &internal = {}) const { return busy ? error : internal; }
};

// Owns the server's only database connection on a dedicated thread, so the network thread
// never waits on disk. Jobs queue up while a transaction commits; the worker then runs every
// queued job inside one transaction (group commit, each job in its own savepoint so one
// failure does not undo the others) and delivers each result only after that COMMIT has
// returned: an acknowledgement built from a result is an acknowledgement of durable data.
// The thread, queue and delivery are core/sql's Worker; the batch policy is this class's.
class DbWorker : public QObject
{
    Q_OBJECT
public:
    explicit DbWorker(QObject *parent = nullptr);
    ~DbWorker() override;

    // Opens and migrates the database on the worker thread; blocks until done (startup only).
    // `privateFile`: see Database::open.
    QString start(const QString &path, bool privateFile = false);
    // Finishes queued jobs, closes the database and joins the thread. Results of jobs that
    // finish during stop() are dropped.
    void stop();
    bool isRunning() const { return m_worker.isRunning(); }
    // Jobs that may wait at once; beyond it submit() fails at once with `busy` set (0: no limit).
    void setQueueLimit(std::size_t limit) { m_worker.setMaxQueued(limit); }
    std::size_t queued() const { return m_worker.queued(); }

    // Runs `job` on the database thread; `done` runs later on this object's thread, unless
    // `context` has been destroyed by then.
    template<typename R>
    void submit(QObject *context, std::function<R(QSqlDatabase &)> job,
                std::function<void(DbResult<R>)> done)
    {
        auto slot = std::make_shared<DbResult<R>>();
        Job entry;
        entry.execute = [job = std::move(job), slot](QSqlDatabase &db) {
            slot->value.emplace(job(db));
        };
        entry.fail = [slot](const QString &error) {
            slot->value.reset();
            slot->error = error;
        };
        entry.refuse = [slot] { slot->busy = true; };
        entry.deliver =
            sql::guardedBy(context, [slot, done = std::move(done)]() { done(std::move(*slot)); });
        enqueue(std::move(entry));
    }

    // Runs `job` and waits for its commit. Blocks the caller: for startup and tools only.
    template<typename R> DbResult<R> call(std::function<R(QSqlDatabase &)> job)
    {
        auto slot = std::make_shared<DbResult<R>>();
        auto finished = std::make_shared<std::promise<void>>();
        Job entry;
        entry.execute = [job = std::move(job), slot](QSqlDatabase &db) {
            slot->value.emplace(job(db));
        };
        entry.fail = [slot](const QString &error) {
            slot->value.reset();
            slot->error = error;
        };
        entry.settled = [finished]() { finished->set_value(); };
        entry.deliver = [] {};
        std::future<void> done = finished->get_future();
        enqueue(std::move(entry));
        done.wait();
        return std::move(*slot);
    }

    // Largest number of jobs committed together so far (exposed for /metrics and benchmarks).
    qint64 largestBatch() const { return m_largestBatch.load(); }
    qint64 commits() const { return m_commits.load(); }
    qint64 refusedBusy() const { return m_refusedBusy.load(); }
    qint64 checkpoints() const { return m_checkpointer.checkpoints(); }

private:
    struct Job
    {
        std::function<void(QSqlDatabase &)> execute;
        std::function<void(const QString &)> fail;
        std::function<void()> deliver;
        std::function<void()> settled; // on the worker thread, once committed or failed
        std::function<void()> refuse;  // marks the result busy (the queue was full)
    };

    void enqueue(Job job);
    void reject(Job job, const QString &why);
    sql::Deliveries runBatch(std::deque<Job> &batch);
    void commitBatch(std::deque<Job> &batch);
    static void failAll(std::deque<Job> &batch, const QString &error);

    QString m_path; // of the database being opened, read by the worker thread's setUp
    bool m_privateFile = false;
    Database m_database;
    WalCheckpointer m_checkpointer;
    sql::Worker<Job> m_worker;
    std::atomic<bool> m_accepting{false};
    std::atomic<qint64> m_largestBatch{0};
    std::atomic<qint64> m_commits{0};
    std::atomic<qint64> m_refusedBusy{0};
};

} // namespace confab::server
