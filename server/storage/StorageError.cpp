#include "storage/StorageError.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace confab::server {

QSqlQuery execSql(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw StorageError(
            QStringLiteral("prepare failed: %1 (%2)").arg(query.lastError().text(), sql.left(80)));
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        throw StorageError(
            QStringLiteral("query failed: %1 (%2)").arg(query.lastError().text(), sql.left(80)));
    return query;
}

} // namespace confab::server
