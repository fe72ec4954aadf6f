#pragma once

#include "sql/Connection.h"
#include "sql/SqlError.h"

#include <QString>

namespace confab::client {

// Thrown on the cache thread when SQLite fails. The worker turns it into a failed write (only
// that write is rolled back), a logged read failure or a failed open; it never crosses threads.
// The shared engine's error type: sqliteCode() is SQLite's primary result code, or
// CacheError::NewerSchema for a file written by a newer client.
using CacheError = sql::SqlError;

// The cache's one SQLite connection (core/sql's Connection, with its statement cache: exec(),
// execOnce(), select()). Created, used and closed on the cache thread only. What is the
// cache's own is how it opens: a file it cannot use is moved aside, because the cache only
// mirrors the server.
class CacheConnection : public sql::Connection
{
public:
    // Opens (creating if needed) and migrates. A file SQLite cannot read, or one from a newer
    // client, is moved aside and replaced by an empty cache. Returns an error text, empty on
    // success.
    QString open(const QString &path);

private:
    void openConnection(const QString &path);
    void moveAside(const QString &path);
};

} // namespace confab::client
