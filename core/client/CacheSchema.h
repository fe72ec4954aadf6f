#pragma once

#include <QList>
#include <QStringList>

namespace confab::client {

class CacheConnection;

// The local cache's schema history, under PRAGMA user_version. Append a step to change the
// schema; never edit or reorder a shipped one. Step N brings user_version from N-1 to N, so a
// file from any older client reaches exactly the schema of a new file.
const QList<QStringList> &cacheMigrations();
int latestCacheVersion();
int cacheFileVersion(CacheConnection &connection);

// Applies the steps after the file's version, each in its own transaction, up to
// `targetVersion` (all by default), with the shared runner (core/sql/Migrations). Throws
// CacheError; CacheError::NewerSchema when the file was written by a newer client.
void migrateCache(CacheConnection &connection, int targetVersion = -1);

} // namespace confab::client
