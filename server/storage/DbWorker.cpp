#include "storage/DbWorker.h"

#include "storage/StorageError.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <future>

Q_LOGGING_CATEGORY(lcStorage, "confab.storage")

namespace confab::server {

namespace {
constexpr std::size_t kMaxBatch = 2048;
// Often enough that the log stays a few hundred pages long at thousands of messages a second.
constexpr std::chrono::milliseconds kCheckpointInterval{100};

// Runs a transaction-control statement; the error text, or empty.
QString tryExec(const QSqlDatabase &db, const QString &sql)
{
    try {
        execSql(db, sql);
    } catch (const StorageError &error) {
        return QString::fromStdString(error.what());
    }
    return {};
}
} // namespace

DbWorker::DbWorker(QObject *parent)
    : QObject(parent)
{
}

DbWorker::~DbWorker()
{
    stop();
}

QString DbWorker::start(const QString &path)
{
    if (m_thread.joinable())
        return QStringLiteral("database already open");
    std::promise<QString> opened;
    std::future<QString> result = opened.get_future();
    m_stopping = false;
    m_thread = std::thread([this, path, &opened]() {
        const QString error = m_database.open(path);
        opened.set_value(error);
        if (error.isEmpty())
            run();
    });
    const QString error = result.get();
    if (!error.isEmpty()) {
        m_thread.join();
        return error;
    }
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
    if (!m_thread.joinable())
        return;
    m_accepting = false;
    m_checkpointer.stop(); // before the last connection closes (which checkpoints itself)
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void DbWorker::enqueue(Job job)
{
    if (!m_accepting) {
        job.fail(QStringLiteral("database is closed"));
        if (job.settled)
            job.settled();
        QMetaObject::invokeMethod(this, std::move(job.deliver), Qt::QueuedConnection);
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void DbWorker::run()
{
    for (;;) {
        std::deque<Job> batch;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty() && m_stopping)
                break;
            while (!m_queue.empty() && batch.size() < kMaxBatch) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        runBatch(batch);
        for (Job &job : batch) {
            if (job.settled)
                job.settled();
        }
        deliverLater(std::move(batch));
    }
    m_database.close();
}

void DbWorker::runBatch(std::deque<Job> &batch)
{
    QSqlDatabase &db = m_database.connection();
    try {
        execSql(db, QStringLiteral("BEGIN IMMEDIATE"));
    } catch (const StorageError &error) {
        for (Job &job : batch)
            job.fail(QString::fromStdString(error.what()));
        return;
    }
    for (Job &job : batch) {
        try {
            execSql(db, QStringLiteral("SAVEPOINT job"));
            job.execute(db);
            execSql(db, QStringLiteral("RELEASE job"));
        } catch (const StorageError &error) {
            qCWarning(lcStorage) << "job failed:" << error.what();
            job.fail(QString::fromStdString(error.what()));
            tryExec(db, QStringLiteral("ROLLBACK TO job"));
            tryExec(db, QStringLiteral("RELEASE job"));
        }
    }
    if (const QString error = tryExec(db, QStringLiteral("COMMIT")); !error.isEmpty()) {
        qCCritical(lcStorage) << "commit failed:" << error;
        tryExec(db, QStringLiteral("ROLLBACK"));
        for (Job &job : batch)
            job.fail(QStringLiteral("commit failed: %1").arg(error));
        return;
    }
    ++m_commits;
    qint64 size = qint64(batch.size());
    qint64 largest = m_largestBatch.load();
    while (size > largest && !m_largestBatch.compare_exchange_weak(largest, size)) {
    }
}

void DbWorker::deliverLater(std::deque<Job> batch)
{
    // One queued call per batch keeps the event loop's queue short under load.
    auto jobs = std::make_shared<std::deque<Job>>(std::move(batch));
    QMetaObject::invokeMethod(
        this,
        [jobs]() {
            for (Job &job : *jobs)
                job.deliver();
        },
        Qt::QueuedConnection);
}

} // namespace confab::server
