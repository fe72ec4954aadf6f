#include "sql/BatchTransaction.h"

#include "sql/StatementCache.h"

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
    try {
        execSql(m_db, QStringLiteral("SAVEPOINT job"));
        job();
        execSql(m_db, QStringLiteral("RELEASE job"));
    } catch (const SqlError &error) {
        tryExec(m_db, QStringLiteral("ROLLBACK TO job"));
        tryExec(m_db, QStringLiteral("RELEASE job"));
        return error;
    }
    return std::nullopt;
}

std::optional<SqlError> BatchTransaction::commit()
{
    try {
        execSql(m_db, QStringLiteral("COMMIT"));
    } catch (const SqlError &error) {
        tryExec(m_db, QStringLiteral("ROLLBACK"));
        return error;
    }
    return std::nullopt;
}

} // namespace confab::sql
