#include "sql/StatementCache.h"

#include "sql/SqlError.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace confab::sql {

namespace {

// Per thread, because a connection belongs to the thread that opened it: no locking needed.
// Keyed by connection name so storage functions need only the QSqlDatabase.
thread_local QHash<QString, StatementCache *> t_caches;

// COMMIT (and friends) fail while any statement is mid-read ("SQL statements in progress"):
// cached statements must be reset before the transaction ends.
bool endsOrStartsTransaction(const QString &sql)
{
    for (const char *keyword : {"COMMIT", "ROLLBACK", "RELEASE", "BEGIN"}) {
        if (sql.startsWith(QLatin1StringView(keyword)))
            return true;
    }
    return false;
}

SqlError failure(const char *what, const QSqlError &error, const QString &sql)
{
    return SqlError(QStringLiteral("%1 failed: %2 (%3)")
                        .arg(QLatin1StringView(what), error.text(), sql.left(80)),
                    primaryResultCode(error));
}

std::shared_ptr<QSqlQuery> prepare(const QSqlDatabase &db, const QString &sql)
{
    auto query = std::make_shared<QSqlQuery>(db);
    query->setForwardOnly(true); // no client-side row cache: rows are read once, in order
    if (!query->prepare(sql))
        throw failure("prepare", query->lastError(), sql);
    return query;
}

SqlRows run(std::shared_ptr<QSqlQuery> query, const QString &sql, const QVariantList &binds)
{
    for (qsizetype i = 0; i < binds.size(); ++i)
        query->bindValue(int(i), binds.at(i));
    if (!query->exec())
        throw failure("query", query->lastError(), sql);
    return SqlRows(std::move(query));
}

} // namespace

StatementCache::~StatementCache()
{
    detach();
}

void StatementCache::attach(const QSqlDatabase &db)
{
    detach();
    m_connectionName = db.connectionName();
    t_caches.insert(m_connectionName, this);
}

void StatementCache::detach()
{
    m_statements.clear();
    if (m_connectionName.isEmpty())
        return;
    const auto found = t_caches.constFind(m_connectionName);
    if (found != t_caches.cend() && *found == this)
        t_caches.erase(found);
    m_connectionName.clear();
}

SqlRows StatementCache::exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    if (endsOrStartsTransaction(sql)) {
        for (const auto &cached : std::as_const(m_statements))
            cached->finish();
    }
    auto found = m_statements.find(sql);
    if (found == m_statements.end())
        found = m_statements.insert(sql, prepare(db, sql));
    std::shared_ptr<QSqlQuery> query = *found;
    query->finish(); // a previous read of the same text may not have reached its end
    return run(std::move(query), sql, binds);
}

SqlRows execSql(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    const auto cache = t_caches.constFind(db.connectionName());
    if (cache != t_caches.cend())
        return (*cache)->exec(db, sql, binds);
    return run(prepare(db, sql), sql, binds);
}

void execOnce(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw failure("query", query.lastError(), sql);
}

} // namespace confab::sql
