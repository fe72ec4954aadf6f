// The shared SQLite engine (core/sql) on real files: the migration runner applies steps in
// order and refuses a newer file, the statement cache compiles each text once, errors carry
// SQLite's result code, a batch transaction undoes one failing job alone, and the worker runs
// jobs on its own thread and drops results whose context is gone.

#include "sql/BatchTransaction.h"
#include "sql/Connection.h"
#include "sql/Migrations.h"
#include "sql/SqlError.h"
#include "sql/StatementCache.h"
#include "sql/Worker.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <future>
#include <memory>
#include <thread>

using namespace confab;

namespace {

constexpr int kSqliteConstraint = 19;
constexpr int kSqliteNotADatabase = 26;

// A second connection to the same file, as another program would see it.
class SideConnection
{
public:
    explicit SideConnection(const QString &path)
        : m_name(sql::uniqueConnectionName(QStringLiteral("side")))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~SideConnection() { QSqlDatabase::removeDatabase(m_name); }

    QVariant value(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }
    int userVersion() const { return sql::userVersion(QSqlDatabase::database(m_name)); }

private:
    QString m_name;
};

// Each step only works on top of the one before it, so running them out of order fails.
sql::MigrationPlan orderedPlan()
{
    return {
        {
            {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY)")},
            {QStringLiteral("ALTER TABLE notes ADD COLUMN body TEXT")},
            {QStringLiteral("INSERT INTO notes (id, body) VALUES (1, 'three steps')"),
             QStringLiteral("CREATE INDEX notes_by_body ON notes(body)")},
        },
        [](int fileVersion, int latestVersion) {
            return QStringLiteral("file v%1 is newer than v%2").arg(fileVersion).arg(latestVersion);
        },
    };
}

struct TestJob
{
    std::function<void(sql::Connection &)> run;
    std::function<void()> deliver;
    bool mustRun = true;
};

} // namespace

class TestSqlEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void migrationsApplyStepsInOrder()
    {
        const QString path = m_dir.filePath(QStringLiteral("ordered.sqlite3"));
        sql::Connection connection;
        connection.open(path, {});
        sql::migrate(connection.database(), orderedPlan(), 1);
        QCOMPARE(sql::userVersion(connection.database()), 1);
        {
            SideConnection side(path);
            QCOMPARE(side.userVersion(), 1); // committed, not just in our transaction
            QCOMPARE(side.value(QStringLiteral("SELECT count(*) FROM notes")).toInt(), 0);
        }
        sql::migrate(connection.database(), orderedPlan());
        QCOMPARE(sql::userVersion(connection.database()), 3);
        sql::migrate(connection.database(), orderedPlan()); // nothing left to do
        connection.close();

        SideConnection side(path);
        QCOMPARE(side.userVersion(), 3);
        QCOMPARE(side.value(QStringLiteral("SELECT body FROM notes WHERE id = 1")).toString(),
                 QStringLiteral("three steps"));
    }

    void failedStepLeavesThePreviousVersion()
    {
        const QString path = m_dir.filePath(QStringLiteral("failed.sqlite3"));
        sql::MigrationPlan plan = orderedPlan();
        plan.steps.append({QStringLiteral("CREATE TABLE half (x)"),
                           QStringLiteral("INSERT INTO no_such_table VALUES (1)")});
        sql::Connection connection;
        connection.open(path, {});
        QVERIFY_THROWS_EXCEPTION(sql::SqlError, sql::migrate(connection.database(), plan));
        connection.close();
        SideConnection side(path);
        QCOMPARE(side.userVersion(), 3);
        QCOMPARE(side.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                           "'half'"))
                     .toInt(),
                 0); // the failed step's first statement was rolled back with it
    }

    void newerFileIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite3"));
        sql::Connection connection;
        connection.open(path, {});
        connection.execOnce(QStringLiteral("PRAGMA user_version = 7"));
        try {
            sql::migrate(connection.database(), orderedPlan());
            QFAIL("a file from a newer program was migrated");
        } catch (const sql::SqlError &error) {
            QCOMPARE(error.sqliteCode(), sql::SqlError::NewerSchema);
            QCOMPARE(error.message(), QStringLiteral("file v7 is newer than v3"));
        }
        connection.close();
        SideConnection side(path);
        QCOMPARE(side.userVersion(), 7);
        QVERIFY(side.value(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt() == 0);
    }

    void connectionAppliesItsPragmas()
    {
        sql::ConnectionOptions options;
        options.foreignKeys = true;
        options.privateFile = true;
        const QString path = m_dir.filePath(QStringLiteral("sub/pragmas.sqlite3"));
        sql::Connection connection;
        connection.open(path, options);
        QString journal;
        connection.select(QStringLiteral("PRAGMA journal_mode"), {},
                          [&journal](const QSqlQuery &row) { journal = row.value(0).toString(); });
        QCOMPARE(journal, QStringLiteral("wal"));
        int foreignKeys = 0;
        connection.select(
            QStringLiteral("PRAGMA foreign_keys"), {},
            [&foreignKeys](const QSqlQuery &row) { foreignKeys = row.value(0).toInt(); });
        QCOMPARE(foreignKeys, 1);
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
    }

    void statementCacheCompilesEachTextOnce()
    {
        sql::Connection connection;
        connection.open(m_dir.filePath(QStringLiteral("cache.sqlite3")), {});
        connection.execOnce(QStringLiteral("CREATE TABLE t (a INTEGER, b TEXT)"));
        const QString insert = QStringLiteral("INSERT INTO t (a, b) VALUES (?, ?)");
        QSqlQuery *first = &connection.exec(insert, {1, QStringLiteral("one")});
        QSqlQuery *second = &connection.exec(insert, {2, QStringLiteral("two")});
        QCOMPARE(second, first); // the same prepared statement, bound again
        // Storage functions that only have the QSqlDatabase reach the same cache.
        sql::SqlRows rows = sql::execSql(connection.database(), insert, {3, QStringLiteral("3")});
        QCOMPARE(&rows.query(), first);
        QVERIFY(&connection.exec(QStringLiteral("SELECT count(*) FROM t")) != first);

        QStringList seen;
        connection.select(
            QStringLiteral("SELECT a, b FROM t WHERE a >= ? ORDER BY a"), {2},
            [&seen](const QSqlQuery &row) {
                seen.append(
                    QStringLiteral("%1=%2").arg(row.value(0).toInt()).arg(row.value(1).toString()));
            });
        QCOMPARE(seen, (QStringList{QStringLiteral("2=two"), QStringLiteral("3=3")}));
    }

    void errorsCarryTheSqliteCode()
    {
        sql::Connection connection;
        connection.open(m_dir.filePath(QStringLiteral("codes.sqlite3")), {});
        connection.execOnce(QStringLiteral("CREATE TABLE u (v INTEGER UNIQUE)"));
        connection.exec(QStringLiteral("INSERT INTO u (v) VALUES (?)"), {1});
        try {
            connection.exec(QStringLiteral("INSERT INTO u (v) VALUES (?)"), {1});
            QFAIL("a UNIQUE violation went through");
        } catch (const sql::SqlError &error) {
            QCOMPARE(error.sqliteCode(), kSqliteConstraint);
            QVERIFY2(error.message().contains(QStringLiteral("UNIQUE")),
                     qPrintable(error.message()));
        }

        const QString garbage = m_dir.filePath(QStringLiteral("garbage.sqlite3"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("not an SQLite file. ").repeated(100));
        file.close();
        sql::Connection broken;
        try {
            broken.open(garbage, {});
            QFAIL("a file that is not a database was opened");
        } catch (const sql::SqlError &error) {
            QCOMPARE(error.sqliteCode(), kSqliteNotADatabase);
        }
    }

    void failingJobIsUndoneAlone()
    {
        const QString path = m_dir.filePath(QStringLiteral("batch.sqlite3"));
        sql::Connection connection;
        connection.open(path, {});
        connection.execOnce(QStringLiteral("CREATE TABLE u (v INTEGER UNIQUE)"));
        sql::BatchTransaction transaction(connection.database());
        transaction.begin(sql::BatchTransaction::Mode::Immediate);
        QList<bool> failed;
        for (int v : {1, 2, 1, 3}) {
            const auto error = transaction.runInSavepoint([&connection, v] {
                connection.exec(QStringLiteral("INSERT INTO u (v) VALUES (?)"), {v * 10});
                connection.exec(QStringLiteral("INSERT INTO u (v) VALUES (?)"), {v});
            });
            failed.append(error.has_value());
        }
        QCOMPARE(failed, (QList<bool>{false, false, true, false}));
        QVERIFY(!transaction.commit());
        SideConnection side(path);
        QCOMPARE(side.value(QStringLiteral("SELECT group_concat(v) FROM (SELECT v FROM u ORDER BY "
                                           "v)"))
                     .toString(),
                 QStringLiteral("1,2,3,10,20,30"));
    }

    void workerRunsJobsOnItsThreadAndDeliversBack()
    {
        sql::Connection connection;
        const QString path = m_dir.filePath(QStringLiteral("worker.sqlite3"));
        QThread *jobThread = nullptr;
        sql::Worker<TestJob> worker(this, policy(connection, path));
        QCOMPARE(worker.start(), QString());
        QVERIFY(worker.isRunning());

        int rows = -1;
        QThread *deliveredOn = nullptr;
        post(worker, {[&jobThread](sql::Connection &db) {
                          jobThread = QThread::currentThread();
                          db.exec(QStringLiteral("INSERT INTO t (v) VALUES (?)"), {1});
                      },
                      {}});
        post(worker, {[&rows](sql::Connection &db) {
                          db.select(QStringLiteral("SELECT count(*) FROM t"), {},
                                    [&rows](const QSqlQuery &row) { rows = row.value(0).toInt(); });
                      },
                      [&deliveredOn] { deliveredOn = QThread::currentThread(); }});
        QTRY_VERIFY(deliveredOn != nullptr);
        QCOMPARE(deliveredOn, QThread::currentThread());
        QCOMPARE(jobThread, worker.thread());
        QVERIFY(jobThread != QThread::currentThread());
        QCOMPARE(rows, 1);
    }

    void resultsAreDroppedWithTheirContext()
    {
        sql::Connection connection;
        sql::Worker<TestJob> worker(
            this, policy(connection, m_dir.filePath(QStringLiteral("ctx.sqlite3"))));
        QCOMPARE(worker.start(), QString());
        auto context = std::make_unique<QObject>();
        bool called = false;
        bool marker = false;
        post(worker, {[](sql::Connection &db) {
                          db.exec(QStringLiteral("INSERT INTO t (v) VALUES (?)"), {7});
                      },
                      sql::guardedBy(context.get(), [&called] { called = true; })});
        context.reset();
        post(worker,
             {[](sql::Connection &) {}, sql::guardedBy(this, [&marker] { marker = true; })});
        QTRY_VERIFY(marker); // delivered in order, so the first one was dropped, not late
        QVERIFY(!called);
    }

    void stopRunsOnlyJobsThatMustRun()
    {
        sql::Connection connection;
        const QString path = m_dir.filePath(QStringLiteral("stop.sqlite3"));
        auto policyWithStop = policy(connection, path);
        policyWithStop.runsWhileStopping = [](const TestJob &job) { return job.mustRun; };
        sql::Worker<TestJob> worker(this, policyWithStop);
        QCOMPARE(worker.start(), QString());
        // The first job holds the thread until every other job is queued and stop() began.
        std::promise<void> release;
        std::shared_future<void> released = release.get_future().share();
        auto started = std::make_shared<std::promise<void>>();
        std::future<void> running = started->get_future();
        post(worker, {[released, started](sql::Connection &) {
                          started->set_value();
                          released.wait();
                      },
                      {}});
        // Only once the thread is inside that job: queued with it, the others would be taken
        // in the same batch, before stop() began.
        running.wait();
        for (int v = 1; v <= 4; ++v) {
            post(worker, {[v](sql::Connection &db) {
                              db.exec(QStringLiteral("INSERT INTO t (v) VALUES (?)"), {v});
                          },
                          {},
                          v % 2 == 0});
        }
        std::thread stopper([&worker] { worker.stop(); });
        QTRY_VERIFY(worker.isStopping());
        release.set_value();
        stopper.join();
        QVERIFY(!worker.isRunning());
        QVERIFY(worker.post({}).has_value()); // handed back: nobody would run it

        SideConnection side(path);
        QCOMPARE(side.value(QStringLiteral("SELECT group_concat(v) FROM (SELECT v FROM t ORDER BY "
                                           "v)"))
                     .toString(),
                 QStringLiteral("2,4"));
    }

    void failedSetUpStopsTheWorker()
    {
        sql::Connection connection;
        sql::Worker<TestJob> worker(
            this, policy(connection, QStringLiteral("/proc/confab-cannot/db.sqlite3")));
        QVERIFY(worker.start().contains(QStringLiteral("cannot create directory")));
        QVERIFY(!worker.isRunning());
        QVERIFY(!connection.isOpen());
    }

private:
    // A minimal side policy: each job in its own savepoint of one batch transaction.
    sql::Worker<TestJob>::Policy policy(sql::Connection &connection, const QString &path)
    {
        return {
            .threadName = QStringLiteral("tst-sql"),
            .maxBatch = 64,
            .setUp =
                [&connection, path] {
                    try {
                        connection.open(path, {});
                        connection.execOnce(QStringLiteral("CREATE TABLE IF NOT EXISTS t (v)"));
                    } catch (const sql::SqlError &error) {
                        return error.message();
                    }
                    return QString();
                },
            .runBatch =
                [&connection](std::deque<TestJob> &batch) {
                    sql::BatchTransaction transaction(connection.database());
                    transaction.begin(sql::BatchTransaction::Mode::Immediate);
                    sql::Deliveries deliveries;
                    for (TestJob &job : batch) {
                        transaction.runInSavepoint([&] { job.run(connection); });
                        if (job.deliver)
                            deliveries.push_back(std::move(job.deliver));
                    }
                    transaction.commit();
                    return deliveries;
                },
            .tearDown = [&connection] { connection.close(); },
            .runsWhileStopping = {},
            .deliversWhileStopping = true,
        };
    }

    static void post(sql::Worker<TestJob> &worker, TestJob job)
    {
        QVERIFY(!worker.post(std::move(job)).has_value());
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSqlEngine)
#include "tst_sqlengine.moc"
