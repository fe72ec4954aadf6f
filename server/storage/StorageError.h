#pragma once

// The server's names for the shared SQLite engine (core/sql): storage code throws
// StorageError and runs statements with execSql(db, sql, binds) on the database thread.

#include "sql/SqlError.h"
#include "sql/StatementCache.h"

namespace confab::server {

// Thrown by storage code on the database thread when SQLite fails; the worker turns it into a
// failed job result (and rolls back just that job), so it never crosses threads.
using StorageError = sql::SqlError;

// Every Database connection has a statement cache: each distinct SQL text is compiled once and
// reused. The returned rows share the cached statement, so read them before running the same
// SQL again.
using sql::execSql;
using sql::SqlRows;

} // namespace confab::server
