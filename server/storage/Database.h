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

    // Opens (creating if needed) and migrates. Returns an error text, empty on success.
    QString open(const QString &path);
    void close() { m_connection.close(); }
    QSqlDatabase &connection() { return m_connection.database(); }
    bool isOpen() const { return m_connection.isOpen(); }

private:
    sql::Connection m_connection;
};

} // namespace confab::server
