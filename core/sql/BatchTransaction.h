#pragma once

#include "sql/SqlError.h"

#include <QSqlDatabase>
#include <functional>
#include <optional>

namespace confab::sql {

// The transaction steps of group commit: one transaction for a batch of jobs, each job in a
// savepoint of its own, so one failing job is undone alone while the rest commit together
// (one fsync for the batch instead of one per job). Which jobs share a batch, and who hears
// about a failure, is the worker's policy; this is only the SQL.
class BatchTransaction
{
public:
    enum class Mode {
        Deferred,  // takes the write lock only if a job writes (a batch of reads)
        Immediate, // takes it up front, so a job never fails half-way for want of it
    };

    explicit BatchTransaction(const QSqlDatabase &db)
        : m_db(db)
    {
    }

    // BEGIN; throws SqlError.
    void begin(Mode mode);
    // Runs `job` in its own savepoint. On SqlError only the job's changes are undone, and the
    // error is returned; the transaction goes on. Unless the error may have ended the
    // transaction (SqlError::mayEndTransaction; also std::bad_alloc): then the whole
    // transaction is rolled back and aborted() says so. Other std::exceptions fail the job
    // like an SqlError, so nothing escapes onto the database thread.
    std::optional<SqlError> runInSavepoint(const std::function<void()> &job);
    // Once true, every job of the batch is undone, including those that succeeded: the caller
    // must run no more jobs in it and report all of them failed with abortError().
    bool aborted() const { return m_abortError.has_value(); }
    // Rolls the whole transaction back after `error`, met outside runInSavepoint.
    void abort(const SqlError &error);
    const std::optional<SqlError> &abortError() const { return m_abortError; }
    // COMMIT; on failure rolls the whole transaction back and returns the error. After an
    // abort, returns the abort's error without touching the database.
    std::optional<SqlError> commit();

private:
    std::optional<SqlError> undoJob(const SqlError &error);

    QSqlDatabase m_db;
    std::optional<SqlError> m_abortError;
};

} // namespace confab::sql
