#pragma once

#include "sql/StatementCache.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <functional>
#include <optional>

namespace confab::sql {

// A connection name no other QSqlDatabase connection in this process uses, e.g. "confab-3".
QString uniqueConnectionName(const QString &prefix);

// How a Connection is opened. Both sides journal to a WAL and fsync every commit
// (synchronous=FULL: an acknowledged write survives power loss); the rest differs.
struct ConnectionOptions
{
    QString namePrefix = QStringLiteral("confab");
    int busyTimeoutMs = 5000;
    bool foreignKeys = false;
    // Pages after which a commit checkpoints the log itself; SQLite's default when empty.
    std::optional<int> walAutocheckpoint;
    // Restrict a directory we create to its owner (it holds password or token hashes).
    bool privateNewDirectory = false;
    // Restrict the database file to its owner (it holds private messages).
    bool privateFile = false;
    // Fold the log back into the main file on close, so a stopped program leaves one file.
    bool checkpointOnClose = false;
};

// One SQLite connection with its statement cache. Opened, used and closed on one thread.
class Connection
{
public:
    Connection() = default;
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Creates the directory, opens (creating if needed) and applies the pragmas; throws
    // SqlError. The first statement reads the file's header, so a file that is not a database
    // fails here with SQLITE_NOTADB. Migrating is up to the caller.
    void open(const QString &path, const ConnectionOptions &options);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &database() { return m_db; }

    // Runs `sql` with positional binds through the statement cache; throws SqlError. Read the
    // rows of the returned query before running the same SQL again.
    QSqlQuery &exec(const QString &sql, const QVariantList &binds = {});
    // Runs a statement that is not worth keeping compiled (pragmas, migrations); throws.
    void execOnce(const QString &sql);
    // Runs a SELECT and calls `row` for each result row, then releases the statement.
    void select(const QString &sql, const QVariantList &binds,
                const std::function<void(const QSqlQuery &)> &row);

private:
    void applyPragmas(const ConnectionOptions &options);

    QString m_connectionName;
    QSqlDatabase m_db;
    StatementCache m_statements;
    bool m_checkpointOnClose = false;
};

} // namespace confab::sql
