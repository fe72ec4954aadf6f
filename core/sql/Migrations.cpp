#include "sql/Migrations.h"

#include "sql/SqlError.h"
#include "sql/StatementCache.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace confab::sql {

int userVersion(const QSqlDatabase &db)
{
    // Not through the statement cache: a one-off read must not stay open in the cache.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")))
        throw SqlError::fromQt(query.lastError(), QStringLiteral("cannot read user_version"));
    return query.next() ? query.value(0).toInt() : 0;
}

void migrate(const QSqlDatabase &db, const MigrationPlan &plan, int targetVersion)
{
    const int latest = plan.latestVersion();
    if (targetVersion < 0 || targetVersion > latest)
        targetVersion = latest;
    int version = userVersion(db);
    if (version > latest) {
        const QString message =
            plan.newerSchemaMessage
                ? plan.newerSchemaMessage(version, latest)
                : QStringLiteral("schema version %1 is newer than this program's (%2)")
                      .arg(version)
                      .arg(latest);
        throw SqlError(message, SqlError::NewerSchema);
    }
    while (version < targetVersion) {
        execOnce(db, QStringLiteral("BEGIN IMMEDIATE"));
        try {
            for (const QString &statement : plan.steps.at(version))
                execOnce(db, statement);
            ++version;
            // PRAGMA takes no bound parameter; the value is our own integer.
            execOnce(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
            execOnce(db, QStringLiteral("COMMIT"));
        } catch (const SqlError &) {
            try {
                execOnce(db, QStringLiteral("ROLLBACK"));
            } catch (const SqlError &) {
                // SQLite may have rolled back already.
            }
            throw;
        }
    }
}

} // namespace confab::sql
