// When a batch of database jobs cannot be trusted (issue #13, item 14): SQLite may roll the
// whole transaction back on SQLITE_FULL, IOERR, NOMEM or BUSY, after which later jobs would
// run in autocommit and be misreported. Every job of such a batch must report failure, none
// of its changes may stay, and a retried send must then be stored (and so broadcast) once.
// Also: exceptions other than SqlError never escape the database thread, and a full job queue
// refuses at once with `busy` (rate_limited for the client). Real SQLite files throughout; the
// disk is "full" through PRAGMA max_page_count.

#include "model/Conversation.h"
#include "storage/ConversationStore.h"
#include "storage/DbWorker.h"
#include "storage/MessageStore.h"
#include "storage/StorageError.h"
#include "storage/UserStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <future>
#include <new>

using namespace confab::server;

namespace {

// Holds the worker inside a job of its own, so that every job submitted meanwhile runs in the
// next batch, together.
class Gate
{
public:
    explicit Gate(DbWorker &worker, QObject *context)
    {
        std::shared_future<void> opened = m_open.get_future().share();
        std::future<void> entered = m_entered.get_future();
        worker.submit<int>(
            context,
            [this, opened](QSqlDatabase &) {
                m_entered.set_value();
                opened.wait();
                return 0;
            },
            [](DbResult<int>) {});
        entered.wait();
    }
    ~Gate() { open(); }
    void open()
    {
        if (!m_opened) {
            m_opened = true;
            m_open.set_value();
        }
    }

private:
    std::promise<void> m_entered;
    std::promise<void> m_open;
    bool m_opened = false;
};

// A job that fills the disk: no page may be added, and it adds many.
int fillTheDisk(QSqlDatabase &db)
{
    SqlRows pages = execSql(db, QStringLiteral("PRAGMA page_count"));
    pages.next();
    const qint64 count = pages.value(0).toLongLong();
    pages.finish();
    execSql(db, QStringLiteral("PRAGMA max_page_count = %1").arg(count));
    execSql(db, QStringLiteral("INSERT INTO t (v) VALUES (randomblob(1000000))"));
    return 0;
}

void makeRoom(QSqlDatabase &db)
{
    execSql(db, QStringLiteral("PRAGMA max_page_count = 1073741823"));
}

struct Answer
{
    bool answered = false;
    bool ok = false;
    bool busy = false;
    QString error;
};

template<typename T> std::function<void(DbResult<T>)> into(Answer &answer)
{
    return [&answer](DbResult<T> result) {
        answer = {true, result.ok(), result.busy, result.error};
    };
}

} // namespace

class TestBatchFailures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_worker = std::make_unique<DbWorker>();
        QCOMPARE(m_worker->start(m_dir.filePath(QStringLiteral("f.sqlite3"))), QString());
        const auto setUp = m_worker->call<bool>([](QSqlDatabase &db) {
            makeRoom(db);
            execSql(db, QStringLiteral("CREATE TABLE IF NOT EXISTS t (v UNIQUE)"));
            execSql(db, QStringLiteral("DELETE FROM t"));
            return true;
        });
        QVERIFY2(setUp.ok(), qPrintable(setUp.error));
    }

    void cleanup() { m_worker.reset(); }

    void diskFullFailsEveryJobOfTheBatch()
    {
        Answer before;
        Answer full;
        Answer after;
        std::atomic_bool afterRan = false;
        {
            Gate gate(*m_worker, this);
            m_worker->submit<int>(
                this,
                [](QSqlDatabase &db) {
                    execSql(db, QStringLiteral("INSERT INTO t (v) VALUES (1)"));
                    return 1;
                },
                into<int>(before));
            m_worker->submit<int>(this, &fillTheDisk, into<int>(full));
            m_worker->submit<int>(
                this,
                [&afterRan](QSqlDatabase &db) {
                    afterRan = true;
                    execSql(db, QStringLiteral("INSERT INTO t (v) VALUES (2)"));
                    return 2;
                },
                into<int>(after));
        }
        QTRY_VERIFY(before.answered && full.answered && after.answered);
        for (const Answer *answer : {&before, &full, &after}) {
            QVERIFY(!answer->ok);
            QVERIFY2(answer->error.contains(QStringLiteral("full")), qPrintable(answer->error));
        }
        // The job after the failure never ran (it would have run in autocommit).
        QVERIFY(!afterRan);
        const auto stored = m_worker->call<qint64>([](QSqlDatabase &db) {
            makeRoom(db);
            SqlRows rows = execSql(db, QStringLiteral("SELECT count(*) FROM t"));
            rows.next();
            return rows.value(0).toLongLong();
        });
        QVERIFY(stored.ok());
        QCOMPARE(*stored.value, 0);

        // The worker goes on: the next batch commits as usual.
        Answer later;
        m_worker->submit<int>(
            this,
            [](QSqlDatabase &db) {
                execSql(db, QStringLiteral("INSERT INTO t (v) VALUES (3)"));
                return 3;
            },
            into<int>(later));
        QTRY_VERIFY(later.answered);
        QVERIFY2(later.ok, qPrintable(later.error));
    }

    void retriedSendAfterDiskFullIsStoredOnce()
    {
        const auto setUp = m_worker->call<qint64>([](QSqlDatabase &db) {
            const auto user = UserStore::create(db, QStringLiteral("ada"), QStringLiteral("Ada"),
                                                QByteArrayLiteral("hash"));
            const auto created =
                ConversationStore::create(db, confab::model::Conversation::Kind::Group,
                                          QStringLiteral("Full"), user->id, {}, Quotas{});
            return created.value.record.conversation.id;
        });
        QVERIFY2(setUp.ok(), qPrintable(setUp.error));
        const qint64 conversationId = *setUp.value;
        const auto sendJob = [conversationId](const QString &ref) {
            return [conversationId, ref](QSqlDatabase &db) {
                // The sender is the conversation's creator (user 1 of this fresh file).
                return MessageStore::send(
                    db, {conversationId, 1, QStringLiteral("hello"), ref, std::nullopt});
            };
        };
        using Sent = Outcome<MessageStore::Sent>;
        Answer first;
        Answer full;
        Answer second;
        {
            Gate gate(*m_worker, this);
            m_worker->submit<Sent>(this, sendJob(QStringLiteral("before")), into<Sent>(first));
            m_worker->submit<int>(this, &fillTheDisk, into<int>(full));
            m_worker->submit<Sent>(this, sendJob(QStringLiteral("after")), into<Sent>(second));
        }
        QTRY_VERIFY(first.answered && full.answered && second.answered);
        QVERIFY(!first.ok);
        QVERIFY(!second.ok);

        // The client retries both once there is room again: each is new, not a duplicate
        // (a duplicate is acknowledged but never broadcast).
        QVERIFY(m_worker
                    ->call<bool>([](QSqlDatabase &db) {
                        makeRoom(db);
                        return true;
                    })
                    .ok());
        for (const QString &ref : {QStringLiteral("before"), QStringLiteral("after")}) {
            const auto retried = m_worker->call<Sent>(sendJob(ref));
            QVERIFY2(retried.ok() && retried.value->ok(), qPrintable(retried.error));
            QVERIFY2(!retried.value->value.duplicate, qPrintable(ref));
            QVERIFY(!retried.value->value.event.event.isEmpty()); // what gets broadcast
        }
        const auto rows = m_worker->call<qint64>([](QSqlDatabase &db) {
            SqlRows query = execSql(db, QStringLiteral("SELECT count(*) FROM messages"));
            query.next();
            return query.value(0).toLongLong();
        });
        QCOMPARE(*rows.value, 2);
    }

    void outOfMemoryFailsTheBatchAndOtherExceptionsOnlyTheirJob()
    {
        Answer throwing;
        Answer neighbour;
        {
            Gate gate(*m_worker, this);
            m_worker->submit<int>(
                this, [](QSqlDatabase &) -> int { throw std::runtime_error("broken job"); },
                into<int>(throwing));
            m_worker->submit<int>(
                this,
                [](QSqlDatabase &db) {
                    execSql(db, QStringLiteral("INSERT INTO t (v) VALUES (10)"));
                    return 10;
                },
                into<int>(neighbour));
        }
        QTRY_VERIFY(throwing.answered && neighbour.answered);
        QVERIFY(!throwing.ok);
        QVERIFY(throwing.error.contains(QStringLiteral("broken job")));
        QVERIFY2(neighbour.ok, qPrintable(neighbour.error));

        Answer stored;
        Answer starved;
        {
            Gate gate(*m_worker, this);
            m_worker->submit<int>(
                this,
                [](QSqlDatabase &db) {
                    execSql(db, QStringLiteral("INSERT INTO t (v) VALUES (11)"));
                    return 11;
                },
                into<int>(stored));
            m_worker->submit<int>(
                this, [](QSqlDatabase &) -> int { throw std::bad_alloc(); }, into<int>(starved));
        }
        QTRY_VERIFY(stored.answered && starved.answered);
        QVERIFY(!stored.ok);
        QVERIFY(!starved.ok);
        const auto rows = m_worker->call<qint64>([](QSqlDatabase &db) {
            SqlRows query = execSql(db, QStringLiteral("SELECT count(*) FROM t WHERE v = 11"));
            query.next();
            return query.value(0).toLongLong();
        });
        QCOMPARE(*rows.value, 0);
    }

    void fullQueueRefusesAtOnceWithBusy()
    {
        m_worker->setQueueLimit(2);
        Answer queued[2];
        Answer refused;
        {
            Gate gate(*m_worker, this);
            for (Answer &answer : queued)
                m_worker->submit<int>(
                    this, [](QSqlDatabase &) { return 1; }, into<int>(answer));
            m_worker->submit<int>(
                this, [](QSqlDatabase &) { return 1; }, into<int>(refused));
            // Answered while the worker is still held: the refusal does not wait for the disk.
            QTRY_VERIFY(refused.answered);
            QVERIFY(!queued[0].answered);
        }
        QVERIFY(!refused.ok);
        QVERIFY(refused.busy);
        QTRY_VERIFY(queued[0].answered && queued[1].answered);
        QVERIFY(queued[0].ok && queued[1].ok);
        QCOMPARE(m_worker->refusedBusy(), 1);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DbWorker> m_worker;
};

QTEST_GUILESS_MAIN(TestBatchFailures)
#include "tst_batchfailures.moc"
