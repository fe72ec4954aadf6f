// The database worker: results arrive on the caller's thread after commit, concurrent jobs are
// committed together (group commit), one failing job does not undo the others, and results for
// a destroyed context are dropped, and the write-ahead log is checkpointed beside the writer.

#include "storage/DbWorker.h"
#include "storage/StorageError.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace confab::server;

class TestDbWorker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_worker = std::make_unique<DbWorker>();
        QCOMPARE(m_worker->start(m_dir.filePath(QStringLiteral("w.sqlite3"))), QString());
        bool created = false;
        m_worker->submit<bool>(
            this,
            [](QSqlDatabase &db) {
                execSql(db, QStringLiteral("CREATE TABLE IF NOT EXISTS t (v INTEGER UNIQUE)"));
                execSql(db, QStringLiteral("DELETE FROM t"));
                return true;
            },
            [&](DbResult<bool> result) { created = result.ok(); });
        QTRY_VERIFY(created);
    }

    void cleanup() { m_worker.reset(); }

    void resultsArriveOnCallerThreadAfterCommit()
    {
        QThread *callerThread = QThread::currentThread();
        QThread *jobThread = nullptr;
        QThread *doneThread = nullptr;
        m_worker->submit<int>(
            this,
            [&](QSqlDatabase &db) {
                jobThread = QThread::currentThread();
                execSql(db, QStringLiteral("INSERT INTO t (v) VALUES (1)"));
                return 1;
            },
            [&](DbResult<int>) { doneThread = QThread::currentThread(); });
        QTRY_VERIFY(doneThread != nullptr);
        QCOMPARE(doneThread, callerThread);
        QVERIFY(jobThread != callerThread);
        // Committed: a second connection sees the row.
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("o"));
        other.setDatabaseName(m_dir.filePath(QStringLiteral("w.sqlite3")));
        QVERIFY(other.open());
        {
            SqlRows query = execSql(other, QStringLiteral("SELECT count(*) FROM t"));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 1);
        }
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("o"));
    }

    void concurrentJobsShareACommit()
    {
        const qint64 commitsBefore = m_worker->commits();
        int delivered = 0;
        constexpr int kJobs = 500;
        for (int i = 0; i < kJobs; ++i) {
            m_worker->submit<int>(
                this,
                [i](QSqlDatabase &db) {
                    execSql(db, QStringLiteral("INSERT INTO t (v) VALUES (?)"), {i + 100});
                    return i;
                },
                [&](DbResult<int> result) { delivered += result.ok() ? 1 : 0; });
        }
        QTRY_COMPARE(delivered, kJobs);
        QVERIFY2(m_worker->commits() - commitsBefore < kJobs,
                 "every job committed alone: no group commit");
        QVERIFY(m_worker->largestBatch() > 1);
    }

    void failingJobDoesNotUndoOthers()
    {
        int okCount = 0;
        int failed = 0;
        QString error;
        for (int v : {7, 7, 8}) { // the second insert violates UNIQUE
            m_worker->submit<int>(
                this,
                [v](QSqlDatabase &db) {
                    execSql(db, QStringLiteral("INSERT INTO t (v) VALUES (?)"), {v});
                    return v;
                },
                [&](DbResult<int> result) {
                    if (result.ok())
                        ++okCount;
                    else {
                        ++failed;
                        error = result.error;
                    }
                });
        }
        QTRY_COMPARE(okCount + failed, 3);
        QCOMPARE(okCount, 2);
        QCOMPARE(failed, 1);
        QVERIFY(error.contains(QStringLiteral("UNIQUE")));
        int rows = 0;
        m_worker->submit<int>(
            this,
            [](QSqlDatabase &db) {
                SqlRows q = execSql(db, QStringLiteral("SELECT count(*) FROM t WHERE v IN (7, 8)"));
                q.next();
                return q.value(0).toInt();
            },
            [&](DbResult<int> result) { rows = result.value.value_or(-1); });
        QTRY_COMPARE(rows, 2);
    }

    void logIsCheckpointedOffTheCommitPath()
    {
        // Commits alone would leave everything in the -wal file until it reached 10,000 pages;
        // the checkpointer copies it into the database file while the worker keeps writing.
        const QString path = m_dir.filePath(QStringLiteral("w.sqlite3"));
        const qint64 sizeBefore = QFileInfo(path).size();
        int committed = 0;
        for (int batch = 0; batch < 20; ++batch) {
            m_worker->submit<bool>(
                this,
                [batch](QSqlDatabase &db) {
                    for (int i = 0; i < 50; ++i)
                        execSql(db, QStringLiteral("INSERT INTO t (v) VALUES (?)"),
                                {batch * 1000 + i});
                    execSql(db,
                            QStringLiteral("CREATE TABLE IF NOT EXISTS pad%1 (x TEXT)").arg(batch));
                    return true;
                },
                [&committed](DbResult<bool> result) { committed += result.ok() ? 1 : 0; });
        }
        QTRY_COMPARE(committed, 20);
        QTRY_VERIFY(m_worker->checkpoints() > 0);
        QTRY_VERIFY(QFileInfo(path).size() > sizeBefore);
    }

    void destroyedContextGetsNoCallback()
    {
        auto context = std::make_unique<QObject>();
        bool called = false;
        bool marker = false;
        m_worker->submit<int>(
            context.get(), [](QSqlDatabase &) { return 1; }, [&](DbResult<int>) { called = true; });
        context.reset();
        m_worker->submit<int>(
            this, [](QSqlDatabase &) { return 2; }, [&](DbResult<int>) { marker = true; });
        QTRY_VERIFY(marker); // results are delivered in order, so the first one was dropped
        QVERIFY(!called);
    }

    void stoppedWorkerFailsJobs()
    {
        m_worker->stop();
        QString error;
        m_worker->submit<int>(
            this, [](QSqlDatabase &) { return 1; },
            [&](DbResult<int> result) { error = result.error; });
        QTRY_VERIFY(!error.isEmpty());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DbWorker> m_worker;
};

QTEST_GUILESS_MAIN(TestDbWorker)
#include "tst_dbworker.moc"
