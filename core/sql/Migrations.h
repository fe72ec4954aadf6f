#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

class QSqlDatabase;

namespace confab::sql {

// An append-only schema history under PRAGMA user_version: step N (1-based) brings the file
// from version N-1 to N, so a file from any older release reaches exactly the schema of a new
// file. Never edit or reorder a shipped step; append one.
struct MigrationPlan
{
    QList<QStringList> steps;
    // The refusal text for a file written by a newer program: (its version, ours).
    std::function<QString(int fileVersion, int latestVersion)> newerSchemaMessage;

    int latestVersion() const { return int(steps.size()); }
};

int userVersion(const QSqlDatabase &db); // throws SqlError

// Applies the steps after the file's version, each in its own transaction, up to
// `targetVersion` (all of them by default). Throws SqlError, with SqlError::NewerSchema when
// the file is newer than the plan; a failed step leaves the file at the previous version.
void migrate(const QSqlDatabase &db, const MigrationPlan &plan, int targetVersion = -1);

} // namespace confab::sql
