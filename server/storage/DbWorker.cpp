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
        reject(std::move(job));
        return;
    }
    if (std::optional<Job> refused = m_worker.post(std::move(job)))
        reject(std::move(*refused));
}

void DbWorker::reject(Job job)
{
    job.fail(QStringLiteral("database is closed"));
    if (job.settled)
        job.settled();
    QMetaObject::invokeMethod(this, std::move(job.deliver), Qt::QueuedConnection);
}

sql::Deliveries DbWorker::runBatch(std::deque<Job> &batch)
{
    commitBatch(batch);
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
        for (Job &job : batch)
            job.fail(error.message());
        return;
    }
    for (Job &job : batch) {
        if (const auto error = transaction.runInSavepoint([&job, &db] { job.execute(db); })) {
            qCWarning(lcStorage) << "job failed:" << error->what();
            job.fail(error->message());
        }
    }
    if (const auto error = transaction.commit()) {
        qCCritical(lcStorage) << "commit failed:" << error->message();
        for (Job &job : batch)
            job.fail(QStringLiteral("commit failed: %1").arg(error->message()));
        return;
    }
    ++m_commits;
    qint64 size = qint64(batch.size());
    qint64 largest = m_largestBatch.load();
    while (size > largest && !m_largestBatch.compare_exchange_weak(largest, size)) {
    }
}

} // namespace confab::server
