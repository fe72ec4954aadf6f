#include "storage/Database.h"

#include "storage/Migrations.h"
#include "storage/StorageError.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

namespace confab::server {

QString uniqueConnectionName(const QString &prefix)
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("%1-%2").arg(prefix).arg(counter.fetchAndAddRelaxed(1));
}

Database::~Database()
{
    close();
}

QString Database::open(const QString &path)
{
    const QString directory = QFileInfo(path).absolutePath();
    const bool existed = QFileInfo::exists(directory);
    if (!QDir().mkpath(directory))
        return QStringLiteral("cannot create directory %1").arg(directory);
    // Password and token hashes live here: a directory we create is the owner's alone.
    if (!existed)
        QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    m_connectionName = uniqueConnectionName(QStringLiteral("confab"));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        return QStringLiteral("cannot open database %1: %2").arg(path, m_db.lastError().text());
    enableStatementCache(m_db);
    try {
        execSql(m_db, QStringLiteral("PRAGMA busy_timeout = 5000"));
        if (!enableWal())
            return QStringLiteral("database %1 cannot use WAL journaling").arg(path);
        execSql(m_db, QStringLiteral("PRAGMA synchronous = FULL"));
        execSql(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
        // WalCheckpointer copies the log back on its own thread; a commit does it only as a
        // backstop, should the log ever reach 10,000 pages (about 40 MB).
        execSql(m_db, QStringLiteral("PRAGMA wal_autocheckpoint = 10000"));
        migrateSchema(m_db);
    } catch (const StorageError &error) {
        return QStringLiteral("database %1: %2").arg(path, QString::fromStdString(error.what()));
    }
    return {};
}

bool Database::enableWal()
{
    SqlRows mode = execSql(m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
    return mode.next() && mode.value(0).toString() == QStringLiteral("wal");
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    dropStatementCache(m_db);
    if (m_db.isOpen()) {
        // Fold the WAL back into the main file so a stopped server leaves one clean file.
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

} // namespace confab::server
