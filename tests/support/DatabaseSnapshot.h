#pragma once

// Read-only looks into a running server's SQLite file, for tests that must prove a refused
// request changed nothing.

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <optional>

namespace confab::testing {

// Every row of every table, ordered by primary key (rowid where there is none).
QStringList snapshotDatabase(const QString &path);
// One integer out of the file, or empty.
std::optional<qint64> queryInt(const QString &path, const QString &sql, const QVariantList &binds);

} // namespace confab::testing
