#include "client/CacheWorker.h"

#include "client/CacheSchema.h"
#include "client/ClientLogging.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <QObject>
#include <QSqlError>
#include <QThread>

#include <algorithm>

namespace confab::client {

namespace {

constexpr std::size_t kMaxBatch = 512;

// SQLite primary result codes (sqlite3.h) that say nothing about the file being damaged.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteNoMem = 7;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteInterrupt = 9;
constexpr int kSqliteFull = 13;

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    // Extended codes carry the primary code in their low byte.
    return ok ? (code & 0xff) : 0;
}

CacheError toCacheError(const QSqlError &error)
{
    return CacheError(error.text(), sqliteCode(error));
}

// A failure that moving the file aside can cure: a damaged or foreign file, or one we cannot
// read. Transient conditions (locked, disk full) and our own errors (code 0) are not: moving a
// healthy file aside then would throw away the user's unsent messages for nothing.
bool isBrokenFile(const CacheError &error)
{
    switch (error.sqliteCode()) {
    case 0:
    case kSqliteBusy:
    case kSqliteLocked:
    case kSqliteNoMem:
    case kSqliteReadOnly:
    case kSqliteInterrupt:
    case kSqliteFull:
        return false;
    default:
        return true;
    }
}

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("confab-cache-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

// ---- CacheConnection -------------------------------------------------------------------------

CacheConnection::~CacheConnection()
{
    close();
}

QString CacheConnection::open(const QString &path)
{
    if (isOpen())
        return {};
    try {
        openConnection(path);
        return {};
    } catch (const CacheError &error) {
        close();
        if (!isBrokenFile(error) || !QFileInfo::exists(path))
            return QStringLiteral("cannot open cache %1: %2").arg(path, error.message());
        qCWarning(lcCache).noquote() << "cache" << path << "is unreadable (" << error.message()
                                     << "); moving it aside and starting an empty cache";
    }
    try {
        moveAside(path);
        openConnection(path);
    } catch (const CacheError &error) {
        close();
        return QStringLiteral("cannot open cache %1: %2").arg(path, error.message());
    }
    return {};
}

void CacheConnection::openConnection(const QString &path)
{
    const QString directory = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(directory))
        throw CacheError(QStringLiteral("cannot create directory %1").arg(directory));
    m_connectionName = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        throw toCacheError(m_db.lastError());
    // Private messages live here. SQLite gives the -wal and -shm files the same mode.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QString journal;
    // The first statement reads the header: a file that is not a database fails here.
    select(QStringLiteral("PRAGMA journal_mode = WAL"), {},
           [&journal](const QSqlQuery &row) { journal = row.value(0).toString(); });
    if (journal != u"wal")
        throw CacheError(QStringLiteral("cannot use WAL journaling (got \"%1\")").arg(journal));
    // FULL: an outbox entry that was accepted survives a power cut, not only a crash. Group
    // commit keeps the cost at one fsync per batch.
    execOnce(QStringLiteral("PRAGMA synchronous = FULL"));
    execOnce(QStringLiteral("PRAGMA busy_timeout = 5000"));
    migrateCache(*this);
}

void CacheConnection::moveAside(const QString &path)
{
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"));
    const QString target = QStringLiteral("%1.broken-%2").arg(path, stamp);
    if (!QFile::rename(path, target))
        throw CacheError(
            QStringLiteral("cannot move the unreadable cache aside to %1").arg(target));
    // A stale log must not be replayed into the new file; keep it next to the file it belongs
    // to. The shared-memory index is rebuilt from the log, so it can simply go.
    const QString wal = path + QStringLiteral("-wal");
    if (QFileInfo::exists(wal) && !QFile::rename(wal, target + QStringLiteral("-wal")))
        QFile::remove(wal);
    QFile::remove(path + QStringLiteral("-shm"));
    qCWarning(lcCache).noquote() << "moved the unreadable cache to" << target;
}

void CacheConnection::close()
{
    m_statements.clear(); // statements must go before their connection
    if (m_connectionName.isEmpty())
        return;
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

QSqlQuery &CacheConnection::exec(const QString &sql, const QVariantList &binds)
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true); // no client-side row cache: rows are read once, in order
        if (!query->prepare(sql))
            throw toCacheError(query->lastError());
        found = m_statements.emplace(sql, std::move(query)).first;
    }
    QSqlQuery &query = *found->second;
    for (qsizetype i = 0; i < binds.size(); ++i)
        query.bindValue(int(i), binds.at(i));
    if (!query.exec())
        throw toCacheError(query.lastError());
    return query;
}

void CacheConnection::execOnce(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        throw toCacheError(query.lastError());
}

void CacheConnection::select(const QString &sql, const QVariantList &binds,
                             const std::function<void(const QSqlQuery &)> &row)
{
    QSqlQuery &query = exec(sql, binds);
    while (query.next())
        row(query);
    const QSqlError error = query.lastError();
    query.finish();
    if (error.isValid())
        throw toCacheError(error);
}

// ---- CacheWorker -----------------------------------------------------------------------------

CacheWorker::CacheWorker(QObject *receiver, std::function<void(const QString &)> writeFailed)
    : m_receiver(receiver)
    , m_writeFailed(std::move(writeFailed))
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("confab-cache"));
    m_thread->start();
}

CacheWorker::~CacheWorker()
{
    stop();
}

void CacheWorker::post(Task task)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        m_queue.push_back(std::move(task));
    }
    m_wake.notify_one();
}

void CacheWorker::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread->wait();
}

void CacheWorker::run()
{
    for (;;) {
        std::deque<Task> batch = takeBatch();
        if (batch.empty())
            break;
        runBatch(batch);
    }
    m_connection.close();
}

std::deque<CacheWorker::Task> CacheWorker::takeBatch()
{
    std::unique_lock lock(m_mutex);
    m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
    std::deque<Task> batch;
    while (!m_queue.empty() && batch.size() < kMaxBatch) {
        // Nobody is left to receive a read's result once stopping; writes must all land.
        if (!m_stopping || m_queue.front().kind != Kind::Read)
            batch.push_back(std::move(m_queue.front()));
        m_queue.pop_front();
    }
    if (m_stopping)
        m_warnedClosed = true; // results are dropped now; do not warn about them either
    return batch;
}

void CacheWorker::runBatch(std::deque<Task> &batch)
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
    deliver(std::move(outcome));
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
    bool began = false;
    if (m_connection.isOpen()) {
        try {
            m_connection.exec(writes ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
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
        if (began)
            runTask(task, outcome);
        if (task.deliver)
            outcome.deliveries.push_back(std::move(task.deliver));
    }
    if (!began)
        return;
    try {
        m_connection.exec(QStringLiteral("COMMIT"));
    } catch (const CacheError &error) {
        qCCritical(lcCache).noquote() << "commit failed:" << error.message();
        outcome.writeError = QStringLiteral("commit failed: %1").arg(error.message());
        try {
            m_connection.exec(QStringLiteral("ROLLBACK"));
        } catch (const CacheError &) {
            // Nothing left to undo: SQLite already rolled back.
        }
    }
}

void CacheWorker::runTask(Task &task, Outcome &outcome)
{
    if (!task.run)
        return;
    if (task.kind == Kind::Read) {
        try {
            task.run(m_connection);
        } catch (const CacheError &error) {
            qCWarning(lcCache).noquote() << "read failed:" << error.message();
        }
        return;
    }
    try {
        m_connection.exec(QStringLiteral("SAVEPOINT write"));
        task.run(m_connection);
        m_connection.exec(QStringLiteral("RELEASE write"));
    } catch (const CacheError &error) {
        qCWarning(lcCache).noquote() << "write failed:" << error.message();
        if (outcome.writeError.isEmpty())
            outcome.writeError = error.message();
        try {
            m_connection.exec(QStringLiteral("ROLLBACK TO write"));
            m_connection.exec(QStringLiteral("RELEASE write"));
        } catch (const CacheError &) {
            // The savepoint is gone with a failed transaction; COMMIT reports that.
        }
    }
}

void CacheWorker::deliver(Outcome outcome)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return; // the receiver is being destroyed
    }
    if (outcome.deliveries.empty() && outcome.writeError.isEmpty())
        return;
    // One queued call per batch keeps the receiver's event queue short under load. Queued to
    // the receiver, so its destruction discards the call together with every callback in it.
    auto pending = std::make_shared<Outcome>(std::move(outcome));
    QMetaObject::invokeMethod(
        m_receiver,
        [pending, writeFailed = m_writeFailed] {
            if (!pending->writeError.isEmpty() && writeFailed)
                writeFailed(pending->writeError);
            for (const auto &callback : pending->deliveries)
                callback();
        },
        Qt::QueuedConnection);
}

} // namespace confab::client
