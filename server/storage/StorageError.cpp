#include "storage/StorageError.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>

namespace confab::server {

namespace {

// Per thread, because a connection belongs to the thread that opened it: no locking needed.
thread_local QHash<QString, QHash<QString, std::shared_ptr<QSqlQuery>>> t_statementCaches;

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

std::shared_ptr<QSqlQuery> prepare(const QSqlDatabase &db, const QString &sql)
{
    auto query = std::make_shared<QSqlQuery>(db);
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        throw StorageError(
            QStringLiteral("prepare failed: %1 (%2)").arg(query->lastError().text(), sql.left(80)));
    return query;
}

} // namespace

void enableStatementCache(const QSqlDatabase &db)
{
    t_statementCaches.insert(db.connectionName(), {});
}

void dropStatementCache(const QSqlDatabase &db)
{
    t_statementCaches.remove(db.connectionName());
}

SqlRows execSql(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    const auto cache = t_statementCaches.find(db.connectionName());
    std::shared_ptr<QSqlQuery> query;
    if (cache == t_statementCaches.end()) {
        query = prepare(db, sql);
    } else {
        if (endsOrStartsTransaction(sql)) {
            for (const auto &cached : std::as_const(*cache))
                cached->finish();
        }
        auto it = cache->find(sql);
        if (it == cache->end())
            it = cache->insert(sql, prepare(db, sql));
        query = *it;
        query->finish();
    }
    for (qsizetype i = 0; i < binds.size(); ++i)
        query->bindValue(int(i), binds.at(i));
    if (!query->exec())
        throw StorageError(
            QStringLiteral("query failed: %1 (%2)").arg(query->lastError().text(), sql.left(80)));
    return SqlRows(std::move(query));
}

} // namespace confab::server
