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
    // error is returned; the transaction goes on.
    std::optional<SqlError> runInSavepoint(const std::function<void()> &job);
    // COMMIT; on failure rolls the whole transaction back and returns the error.
    std::optional<SqlError> commit();

private:
    QSqlDatabase m_db;
};

} // namespace confab::sql
