#pragma once

#include "sql/Connection.h"

#include <QSqlDatabase>
#include <QString>

namespace confab::server {

// A connection name no other QSqlDatabase connection in this process uses, e.g. "confab-3".
using sql::uniqueConnectionName;

// One SQLite connection (core/sql), configured the way the server relies on: WAL journal,
// foreign keys, full fsync on commit (an acknowledged message survives power loss), and a busy
// timeout so the admin CLI can write while the daemon runs. The connection belongs to the
// thread that opened it.
class Database
{
public:
    Database() = default;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed), migrates and proves the file can be written. Returns an
    // error text, empty on success.
    // `privateFile`: make the file owner-only (0600) whatever the umask.
    QString open(const QString &path, bool privateFile = false);
    void close() { m_connection.close(); }
    QSqlDatabase &connection() { return m_connection.database(); }
    bool isOpen() const { return m_connection.isOpen(); }

    // Writes to the main file and undoes it; throws StorageError when SQLite cannot write
    // (a read-only file, folder or file system). Reading alone would succeed on such a file, so
    // only a real write tells. Needs no transaction of its own: it nests in one if open.
    static void probeWrite(const QSqlDatabase &db);

private:
    sql::Connection m_connection;
};

} // namespace confab::server
