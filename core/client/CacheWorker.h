#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <unordered_map>

class QObject;
class QThread;

namespace confab::client {

// Thrown on the cache thread when SQLite fails. The worker turns it into a failed write (only
// that write is rolled back), a logged read failure or a failed open; it never crosses threads.
class CacheError : public std::runtime_error
{
public:
    static constexpr int NewerSchema = -1; // the file was written by a newer client

    explicit CacheError(const QString &message, int sqliteCode = 0)
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_sqliteCode(sqliteCode)
    {
    }

    const QString &message() const { return m_message; }
    // SQLite's primary result code (SQLITE_CORRUPT, SQLITE_FULL, ...), or NewerSchema.
    int sqliteCode() const { return m_sqliteCode; }

private:
    QString m_message;
    int m_sqliteCode;
};

// The cache's one SQLite connection. Created, used and closed on the cache thread only.
class CacheConnection
{
public:
    CacheConnection() = default;
    ~CacheConnection();
    CacheConnection(const CacheConnection &) = delete;
    CacheConnection &operator=(const CacheConnection &) = delete;

    // Opens (creating if needed) and migrates. A file SQLite cannot read, or one from a newer
    // client, is moved aside and replaced by an empty cache: the cache only mirrors the server.
    // Returns an error text, empty on success.
    QString open(const QString &path);
    void close();
    bool isOpen() const { return m_db.isOpen(); }

    // Runs `sql` with positional binds; throws CacheError. Each distinct SQL text is compiled
    // once and reused (compiling is most of the cost of a small statement), so read the rows
    // of the returned query before running the same SQL again.
    QSqlQuery &exec(const QString &sql, const QVariantList &binds = {});
    // Runs a statement that is not worth keeping compiled (pragmas, migrations); throws.
    void execOnce(const QString &sql);
    // Runs a SELECT and calls `row` for each result row, then releases the statement.
    void select(const QString &sql, const QVariantList &binds,
                const std::function<void(const QSqlQuery &)> &row);

private:
    void openConnection(const QString &path);
    void moveAside(const QString &path);

    QString m_connectionName;
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

// Runs the cache's SQL on its own thread, in call order. Queued calls are run in groups, each
// group in one transaction (every write in its own savepoint, so one failure undoes only that
// write): a burst of 1,000 small writes costs a few commits, not 1,000. Results are handed back
// to `receiver`'s thread after the group's COMMIT, so a callback only ever sees committed data.
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
    QThread *thread() const { return m_thread.get(); }

private:
    struct Outcome
    {
        std::deque<std::function<void()>> deliveries;
        QString writeError;
    };

    void run();
    std::deque<Task> takeBatch();
    void runBatch(std::deque<Task> &batch);
    void runOpen(Task &task, Outcome &outcome);
    void runGroup(std::deque<Task> &group, Outcome &outcome);
    void runTask(Task &task, Outcome &outcome);
    void deliver(Outcome outcome);

    QObject *m_receiver;
    std::function<void(const QString &)> m_writeFailed;
    CacheConnection m_connection;
    std::unique_ptr<QThread> m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Task> m_queue;
    bool m_stopping = false; // guarded by m_mutex
    bool m_warnedClosed = false;
};

} // namespace confab::client
