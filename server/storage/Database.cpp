#include "storage/Database.h"

#include "storage/Migrations.h"
#include "storage/StorageError.h"

namespace confab::server {

namespace {

// SQLite's primary result code for a write to a database it opened read-only.
constexpr int kSqliteReadonly = 8;

// Says what is wrong and what to do about it; the caller adds the file's name.
QString unwritable(const QString &reason)
{
    return QStringLiteral("cannot be written (%1); make the file, its -wal and -shm files and "
                          "its folder writable by the user the server runs as")
        .arg(reason);
}

} // namespace

QString Database::open(const QString &path, bool privateFile)
{
    sql::ConnectionOptions options;
    options.namePrefix = QStringLiteral("confab");
    options.foreignKeys = true;
    // WalCheckpointer copies the log back on its own thread; a commit does it only as a
    // backstop, should the log ever reach 10,000 pages (about 40 MB).
    options.walAutocheckpoint = 10000;
    // Password and token hashes live here: a directory we create is the owner's alone.
    options.privateNewDirectory = true;
    // Fold the WAL back into the main file so a stopped server leaves one clean file.
    options.checkpointOnClose = true;
    options.privateFile = privateFile;
    try {
        m_connection.open(path, options);
        migrateSchema(m_connection.database());
        probeWrite(m_connection.database());
    } catch (const StorageError &error) {
        // Before the file is open the text already names it ("cannot open database <path>:
        // ...", "cannot create directory ..."), as docs/admin.md quotes; after, say which file.
        // A read-only file can also fail earlier than the probe (setting the journal mode).
        const bool readOnly = error.sqliteCode() == kSqliteReadonly &&
                              !error.message().startsWith(QLatin1StringView("cannot be written"));
        const QString reason = readOnly ? unwritable(error.message()) : error.message();
        const QString message = m_connection.isOpen() || readOnly
                                    ? QStringLiteral("database %1: %2").arg(path, reason)
                                    : reason;
        m_connection.close();
        return message;
    }
    return {};
}

void Database::probeWrite(const QSqlDatabase &db)
{
    // A schema change dirties the main file's first page; the rollback leaves no trace.
    execSql(db, QStringLiteral("SAVEPOINT confab_write_probe"));
    try {
        execSql(db, QStringLiteral("CREATE TABLE confab_write_probe(x)"));
    } catch (const StorageError &error) {
        execSql(db, QStringLiteral("ROLLBACK TO confab_write_probe"));
        execSql(db, QStringLiteral("RELEASE confab_write_probe"));
        throw StorageError(unwritable(error.message()), error.sqliteCode());
    }
    execSql(db, QStringLiteral("ROLLBACK TO confab_write_probe"));
    execSql(db, QStringLiteral("RELEASE confab_write_probe"));
}

} // namespace confab::server
