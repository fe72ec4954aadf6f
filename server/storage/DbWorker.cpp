#include "storage/DbWorker.h"

#include "sql/BatchTransaction.h"
#include "storage/StorageError.h"

#include <QLoggingCategory>
#include <QMetaObject>

Q_LOGGING_CATEGORY(lcStorage, "confab.storage")

namespace confab::server {

namespace {
constexpr std::size_t kMaxBatch = 2048;
// Often enough that the log stays a few hundred pages long at thousands of messages a second.
constexpr std::chrono::milliseconds kCheckpointInterval{100};
} // namespace

DbWorker::DbWorker(QObject *parent)
    : QObject(parent)
    , m_worker(this, {
                         .threadName = QStringLiteral("confab-db"),
                         .maxBatch = kMaxBatch,
                         .setUp = [this] { return m_database.open(m_path, m_privateFile); },
                         .runBatch = [this](std::deque<Job> &batch) { return runBatch(batch); },
                         .tearDown = [this] { m_database.close(); },
                         // Every accepted job runs, even while stopping, and is answered.
                         .runsWhileStopping = {},
                         .deliversWhileStopping = true,
                     })
{
}

DbWorker::~DbWorker()
{
    stop();
}

QString DbWorker::start(const QString &path, bool privateFile)
{
    if (m_worker.isRunning())
        return QStringLiteral("database already open");
    m_path = path;
    m_privateFile = privateFile;
    if (const QString error = m_worker.start(); !error.isEmpty())
        return error;
    const QString checkpointError =
        m_checkpointer.start(path, kCheckpointInterval, [this] { return m_commits.load(); });
    if (!checkpointError.isEmpty()) {
        stop();
        return checkpointError;
    }
    m_accepting = true;
    return {};
}

void DbWorker::stop()
{
    if (!m_worker.isRunning())
        return;
    m_accepting = false;
    m_checkpointer.stop(); // before the last connection closes (which checkpoints itself)
    m_worker.stop();
}

void DbWorker::enqueue(Job job)
{
    if (!m_accepting) {
        reject(std::move(job), QStringLiteral("database is closed"));
        return;
    }
    auto refused = m_worker.post(std::move(job));
    if (!refused)
        return;
    if (!refused->full) {
        reject(std::move(refused->job), QStringLiteral("database is closed"));
        return;
    }
    ++m_refusedBusy;
    if (refused->job.refuse)
        refused->job.refuse();
    reject(std::move(refused->job), QStringLiteral("the server is busy; try again shortly"));
}

void DbWorker::reject(Job job, const QString &why)
{
    job.fail(why);
    if (job.settled)
        job.settled();
    QMetaObject::invokeMethod(this, std::move(job.deliver), Qt::QueuedConnection);
}

sql::Deliveries DbWorker::runBatch(std::deque<Job> &batch)
{
    try {
        commitBatch(batch);
    } catch (const std::exception &error) {
        // Outside any job (a callback, or a failed allocation between jobs): the batch's
        // outcome is unknown, so undo it and let nothing escape onto the database thread.
        qCCritical(lcStorage) << "batch failed:" << error.what();
        try {
            execSql(m_database.connection(), QStringLiteral("ROLLBACK"));
        } catch (const StorageError &) {
            // No transaction was open.
        }
        failAll(batch, QStringLiteral("batch failed: %1").arg(QString::fromUtf8(error.what())));
    }
    sql::Deliveries deliveries;
    deliveries.reserve(batch.size());
    for (Job &job : batch) {
        if (job.settled)
            job.settled();
        deliveries.push_back(std::move(job.deliver));
    }
    return deliveries;
}

void DbWorker::commitBatch(std::deque<Job> &batch)
{
    QSqlDatabase &db = m_database.connection();
    sql::BatchTransaction transaction(db);
    try {
        transaction.begin(sql::BatchTransaction::Mode::Immediate);
    } catch (const StorageError &error) {
        failAll(batch, error.message());
        return;
    }
    for (Job &job : batch) {
        const auto error = transaction.runInSavepoint([&job, &db] { job.execute(db); });
        if (transaction.aborted())
            break; // the jobs after this one must not run in autocommit
        if (error) {
            qCWarning(lcStorage) << "job failed:" << error->what();
            job.fail(error->message());
        }
    }
    if (const auto error = transaction.commit()) {
        qCCritical(lcStorage) << (transaction.aborted() ? "batch aborted:" : "commit failed:")
                              << error->message();
        // Nothing of the batch is stored: a job that looked done must not be acknowledged
        // (a retried send would then find nothing and be stored anew, as it should be).
        failAll(batch, transaction.aborted()
                           ? error->message()
                           : QStringLiteral("commit failed: %1").arg(error->message()));
        return;
    }
    ++m_commits;
    qint64 size = qint64(batch.size());
    qint64 largest = m_largestBatch.load();
    while (size > largest && !m_largestBatch.compare_exchange_weak(largest, size)) {
    }
}

void DbWorker::failAll(std::deque<Job> &batch, const QString &error)
{
    for (Job &job : batch)
        job.fail(error);
}

} // namespace confab::server
