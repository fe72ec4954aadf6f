#include "client/CacheWorker.h"

#include "client/ClientLogging.h"
#include "sql/BatchTransaction.h"

#include <algorithm>

namespace confab::client {

namespace {
constexpr std::size_t kMaxBatch = 512;
} // namespace

CacheWorker::CacheWorker(QObject *receiver, std::function<void(const QString &)> writeFailed)
    : m_writeFailed(std::move(writeFailed))
    , m_worker(receiver,
               {
                   .threadName = QStringLiteral("confab-cache"),
                   .maxBatch = kMaxBatch,
                   .setUp = {}, // open() is a task: its result is the caller's
                   .runBatch = [this](std::deque<Task> &batch) { return runBatch(batch); },
                   .tearDown = [this] { m_connection.close(); },
                   // Nobody is left to receive a read's result once stopping; writes
                   // must all land.
                   .runsWhileStopping = [](const Task &task) { return task.kind != Kind::Read; },
                   // The receiver is being destroyed.
                   .deliversWhileStopping = false,
               })
{
    m_worker.start();
}

CacheWorker::~CacheWorker()
{
    stop();
}

void CacheWorker::post(Task task)
{
    // Refused only while stopping: the task is dropped, as its receiver is going away.
    m_worker.post(std::move(task));
}

void CacheWorker::stop()
{
    m_worker.stop();
}

sql::Deliveries CacheWorker::runBatch(std::deque<Task> &batch)
{
    Outcome outcome;
    std::deque<Task> group;
    for (Task &task : batch) {
        if (task.kind != Kind::Open) {
            group.push_back(std::move(task));
            continue;
        }
        runGroup(group, outcome);
        group.clear();
        runOpen(task, outcome);
    }
    runGroup(group, outcome);
    if (!outcome.writeError.isEmpty() && m_writeFailed) {
        outcome.deliveries.insert(
            outcome.deliveries.begin(),
            [writeFailed = m_writeFailed, error = outcome.writeError] { writeFailed(error); });
    }
    return std::move(outcome.deliveries);
}

void CacheWorker::runOpen(Task &task, Outcome &outcome)
{
    task.run(m_connection);
    if (task.deliver)
        outcome.deliveries.push_back(std::move(task.deliver));
}

void CacheWorker::runGroup(std::deque<Task> &group, Outcome &outcome)
{
    if (group.empty())
        return;
    const bool writes = std::any_of(group.begin(), group.end(),
                                    [](const Task &task) { return task.kind == Kind::Write; });
    if (m_worker.isStopping())
        m_warnedClosed = true; // results are dropped now; do not warn about them either
    sql::BatchTransaction transaction(m_connection.database());
    bool began = false;
    if (m_connection.isOpen()) {
        try {
            // A group of reads takes no write lock.
            transaction.begin(writes ? sql::BatchTransaction::Mode::Immediate
                                     : sql::BatchTransaction::Mode::Deferred);
            began = true;
        } catch (const CacheError &error) {
            qCWarning(lcCache).noquote() << "cannot begin a transaction:" << error.message();
            if (writes)
                outcome.writeError = error.message();
        }
    } else if (writes && !m_warnedClosed) {
        // open() failed (and said so) or was never called: the app runs without a cache.
        qCWarning(lcCache) << "cache is not open; changes are not kept";
        m_warnedClosed = true;
    }
    for (Task &task : group) {
        // After an abort the rest would run in autocommit; their (empty) results still go out.
        if (began && !transaction.aborted())
            runTask(transaction, task, outcome);
        if (task.deliver)
            outcome.deliveries.push_back(std::move(task.deliver));
    }
    if (!began)
        return;
    if (const auto error = transaction.commit()) {
        qCCritical(lcCache).noquote() << "commit failed:" << error->message();
        outcome.writeError = QStringLiteral("commit failed: %1").arg(error->message());
    }
    if (transaction.aborted() && !writes)
        outcome.writeError.clear(); // only reads were lost; nothing to report as unsaved
}

void CacheWorker::runTask(sql::BatchTransaction &transaction, Task &task, Outcome &outcome)
{
    if (!task.run)
        return;
    if (task.kind == Kind::Read) {
        // A failed read changed nothing: no savepoint to undo, only its (empty) result.
        try {
            task.run(m_connection);
        } catch (const CacheError &error) {
            qCWarning(lcCache).noquote() << "read failed:" << error.message();
            if (error.mayEndTransaction())
                transaction.abort(error); // the group's earlier writes may be gone with it
        } catch (const std::exception &error) {
            qCWarning(lcCache) << "read failed:" << error.what();
        }
        return;
    }
    if (const auto error = transaction.runInSavepoint([&] { task.run(m_connection); })) {
        qCWarning(lcCache).noquote() << "write failed:" << error->message();
        if (outcome.writeError.isEmpty())
            outcome.writeError = error->message();
    }
}

} // namespace confab::client
