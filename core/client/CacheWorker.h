#pragma once

#include "client/CacheConnection.h"
#include "sql/Delivery.h"
#include "sql/Worker.h"

#include <QString>
#include <deque>
#include <functional>

class QObject;
class QThread;

namespace confab::sql {
class BatchTransaction;
} // namespace confab::sql

namespace confab::client {

// Runs the cache's SQL on its own thread, in call order. Queued calls are run in groups, each
// group in one transaction (every write in its own savepoint, so one failure undoes only that
// write): a burst of 1,000 small writes costs a few commits, not 1,000. Results are handed back
// to `receiver`'s thread after the group's COMMIT, so a callback only ever sees committed data.
// The thread, queue and delivery are core/sql's Worker; what is the cache's own is here: reads
// versus writes, and that a failed write is reported without failing anything else.
class CacheWorker
{
public:
    enum class Kind {
        Open,  // runs alone, outside any transaction
        Read,  // skipped when the worker stops: nobody is left to receive the result
        Write, // always runs, even while stopping: every accepted write is committed
    };
    struct Task
    {
        Kind kind = Kind::Read;
        std::function<void(CacheConnection &)> run; // on the cache thread; may throw CacheError
        std::function<void()> deliver;              // on the receiver's thread, may be empty
    };

    // `writeFailed` runs on the receiver's thread with the first error of a failed group.
    CacheWorker(QObject *receiver, std::function<void(const QString &)> writeFailed);
    ~CacheWorker();
    CacheWorker(const CacheWorker &) = delete;
    CacheWorker &operator=(const CacheWorker &) = delete;

    void post(Task task);
    // Runs every queued write, closes the database and joins the thread. Blocks.
    void stop();
    QThread *thread() const { return m_worker.thread(); }

private:
    struct Outcome
    {
        sql::Deliveries deliveries;
        QString writeError;
    };

    sql::Deliveries runBatch(std::deque<Task> &batch);
    void runOpen(Task &task, Outcome &outcome);
    void runGroup(std::deque<Task> &group, Outcome &outcome);
    void runTask(sql::BatchTransaction &transaction, Task &task, Outcome &outcome);

    std::function<void(const QString &)> m_writeFailed;
    CacheConnection m_connection; // cache thread only
    bool m_warnedClosed = false;  // cache thread only
    sql::Worker<Task> m_worker;   // last: its thread uses the members above
};

} // namespace confab::client
