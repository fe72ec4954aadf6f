#pragma once

#include "sql/Worker.h"
#include "storage/Database.h"
#include "storage/WalCheckpointer.h"

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

    bool ok() const { return value.has_value(); }
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
    qint64 checkpoints() const { return m_checkpointer.checkpoints(); }

private:
    struct Job
    {
        std::function<void(QSqlDatabase &)> execute;
        std::function<void(const QString &)> fail;
        std::function<void()> deliver;
        std::function<void()> settled; // on the worker thread, once committed or failed
    };

    void enqueue(Job job);
    void reject(Job job);
    sql::Deliveries runBatch(std::deque<Job> &batch);
    void commitBatch(std::deque<Job> &batch);

    QString m_path; // of the database being opened, read by the worker thread's setUp
    bool m_privateFile = false;
    Database m_database;
    WalCheckpointer m_checkpointer;
    sql::Worker<Job> m_worker;
    std::atomic<bool> m_accepting{false};
    std::atomic<qint64> m_largestBatch{0};
    std::atomic<qint64> m_commits{0};
};

} // namespace confab::server
