#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace confab::server {

// The schema history. Append a new step to add a change; never edit or reorder a shipped step.
// Step N (1-based) brings `PRAGMA user_version` from N-1 to N.
const QList<QStringList> &schemaMigrations();

// Applies the steps after the database's user_version, each in its own transaction, up to
// `targetVersion` (all of them by default), with the shared runner (core/sql/Migrations).
// Throws StorageError; StorageError::NewerSchema for a database from a newer server.
void migrateSchema(const QSqlDatabase &db, int targetVersion = -1);
int schemaVersion(const QSqlDatabase &db);

} // namespace confab::server
