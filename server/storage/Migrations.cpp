#include "storage/Migrations.h"

#include "storage/StorageError.h"

#include <QSqlDatabase>

namespace confab::server {

const QList<QStringList> &schemaMigrations()
{
    static const QList<QStringList> migrations{
        // 1: accounts and bearer tokens (only hashes of either secret are stored).
        {
            QStringLiteral("CREATE TABLE users ("
                           " id INTEGER PRIMARY KEY,"
                           " username TEXT NOT NULL UNIQUE,"
                           " display_name TEXT NOT NULL,"
                           " password_hash TEXT NOT NULL,"
                           " disabled INTEGER NOT NULL DEFAULT 0,"
                           " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE tokens ("
                           " id INTEGER PRIMARY KEY,"
                           " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                           " token_hash TEXT NOT NULL UNIQUE,"
                           " created_at INTEGER NOT NULL,"
                           " expires_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX tokens_by_user ON tokens(user_id)"),
        },
    };
    return migrations;
}

int schemaVersion(const QSqlDatabase &db)
{
    QSqlQuery query = execSql(db, QStringLiteral("PRAGMA user_version"));
    return query.next() ? query.value(0).toInt() : 0;
}

void migrateSchema(const QSqlDatabase &db, int targetVersion)
{
    const auto &migrations = schemaMigrations();
    if (targetVersion < 0)
        targetVersion = int(migrations.size());
    int version = schemaVersion(db);
    if (version > migrations.size())
        throw StorageError(QStringLiteral("database schema version %1 is newer than this "
                                          "server (%2); upgrade confabd")
                               .arg(version)
                               .arg(migrations.size()));
    while (version < targetVersion) {
        execSql(db, QStringLiteral("BEGIN IMMEDIATE"));
        try {
            for (const QString &statement : migrations.at(version))
                execSql(db, statement);
            ++version;
            // PRAGMA cannot take a bound parameter; the value is our own integer.
            execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
            execSql(db, QStringLiteral("COMMIT"));
        } catch (const StorageError &) {
            execSql(db, QStringLiteral("ROLLBACK"));
            throw;
        }
    }
}

} // namespace confab::server
