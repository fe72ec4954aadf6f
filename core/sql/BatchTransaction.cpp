#include "sql/BatchTransaction.h"

#include "sql/StatementCache.h"

#include <new>

namespace confab::sql {

namespace {
// Runs a transaction-control statement whose failure leaves nothing more to do.
void tryExec(const QSqlDatabase &db, const QString &sql)
{
    try {
        execSql(db, sql);
    } catch (const SqlError &) {
        // The savepoint or transaction is already gone (SQLite rolled back); whoever runs the
        // next statement hears about it.
    }
}
} // namespace

void BatchTransaction::begin(Mode mode)
{
    execSql(m_db,
            mode == Mode::Immediate ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
}

std::optional<SqlError> BatchTransaction::runInSavepoint(const std::function<void()> &job)
{
    if (m_abortError)
        return m_abortError;
    try {
        execSql(m_db, QStringLiteral("SAVEPOINT job"));
        job();
        execSql(m_db, QStringLiteral("RELEASE job"));
    } catch (const SqlError &error) {
        return undoJob(error);
    } catch (const std::bad_alloc &) {
        // Whatever ran out of memory may have left SQLite or the job's state half-done.
        abort(SqlError(QStringLiteral("out of memory"), SqlError::NoMemory));
        return m_abortError;
    } catch (const std::exception &error) {
        return undoJob(
            SqlError(QStringLiteral("job failed: %1").arg(QString::fromUtf8(error.what()))));
    }
    return std::nullopt;
}

std::optional<SqlError> BatchTransaction::undoJob(const SqlError &error)
{
    if (error.mayEndTransaction()) {
        // SQLite may have rolled everything back already; the next statement would then run
        // in autocommit and its result would not be what the batch reports.
        abort(error);
        return m_abortError;
    }
    tryExec(m_db, QStringLiteral("ROLLBACK TO job"));
    tryExec(m_db, QStringLiteral("RELEASE job"));
    return error;
}

void BatchTransaction::abort(const SqlError &error)
{
    tryExec(m_db, QStringLiteral("ROLLBACK"));
    m_abortError = SqlError(QStringLiteral("batch rolled back after: %1").arg(error.message()),
                            error.sqliteCode());
}

std::optional<SqlError> BatchTransaction::commit()
{
    if (m_abortError)
        return m_abortError;
    try {
        execSql(m_db, QStringLiteral("COMMIT"));
    } catch (const SqlError &error) {
        tryExec(m_db, QStringLiteral("ROLLBACK"));
        return error;
    }
    return std::nullopt;
}

} // namespace confab::sql
