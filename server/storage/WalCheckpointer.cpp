#include "storage/WalCheckpointer.h"

#include "storage/Database.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <future>

Q_LOGGING_CATEGORY(lcCheckpoint, "confab.storage.checkpoint")

namespace confab::server {

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

QString WalCheckpointer::start(const QString &path, std::chrono::milliseconds interval,
                               std::function<qint64()> commitCount)
{
    if (m_thread.joinable())
        return QStringLiteral("checkpointer already running");
    m_commitCount = std::move(commitCount);
    m_stopping = false;
    std::promise<QString> opened;
    std::future<QString> result = opened.get_future();
    m_thread = std::thread([this, path, interval, &opened]() {
        const QString name = uniqueConnectionName(QStringLiteral("confab-checkpoint"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (!db.open()) {
                opened.set_value(db.lastError().text());
            } else {
                QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
                // The database file is fsynced after each copy, as the writer would have.
                QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = FULL"));
                opened.set_value(QString());
                run(name, interval);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    const QString error = result.get();
    if (!error.isEmpty()) {
        m_thread.join();
        return QStringLiteral("cannot open %1 for checkpoints: %2").arg(path, error);
    }
    return {};
}

void WalCheckpointer::stop()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void WalCheckpointer::run(const QString &connectionName, std::chrono::milliseconds interval)
{
    qint64 checkpointedAt = -1;
    std::unique_lock lock(m_mutex);
    while (!m_wake.wait_for(lock, interval, [this] { return m_stopping; })) {
        const qint64 commits = m_commitCount();
        if (commits == checkpointedAt)
            continue; // nothing was written since: an idle server does no I/O here
        lock.unlock();
        if (checkpoint(connectionName))
            ++m_checkpoints;
        checkpointedAt = commits;
        lock.lock();
    }
}

bool WalCheckpointer::checkpoint(const QString &connectionName)
{
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    // PASSIVE: copies what no reader still needs and never waits for the writer.
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !query.next()) {
        qCWarning(lcCheckpoint) << "checkpoint failed:" << query.lastError().text();
        return false;
    }
    // Columns: busy, pages in the log, pages copied by now.
    return query.value(2).toLongLong() > 0;
}

} // namespace confab::server
