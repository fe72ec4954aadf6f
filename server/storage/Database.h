#pragma once

#include <QSqlDatabase>
#include <QString>

namespace confab::server {

// One SQLite connection, configured the way the server relies on: WAL journal, foreign keys,
// full fsync on commit (an acknowledged message survives power loss), and a busy timeout so
// the admin CLI can write while the daemon runs. The connection belongs to the thread that
// opened it.
// A connection name no other QSqlDatabase connection in this process uses, e.g. "confab-3".
QString uniqueConnectionName(const QString &prefix);

class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates. Returns an error text, empty on success.
    QString open(const QString &path);
    void close();
    QSqlDatabase &connection() { return m_db; }
    bool isOpen() const { return m_db.isOpen(); }

private:
    bool enableWal();

    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace confab::server
