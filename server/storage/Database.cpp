#include "storage/Database.h"

#include "storage/Migrations.h"
#include "storage/StorageError.h"

namespace confab::server {

QString Database::open(const QString &path)
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
    try {
        m_connection.open(path, options);
        migrateSchema(m_connection.database());
    } catch (const StorageError &error) {
        // Before the file is open the text already names it ("cannot open database <path>:
        // ...", "cannot create directory ..."), as docs/admin.md quotes; after, say which file.
        const QString message = m_connection.isOpen()
                                    ? QStringLiteral("database %1: %2").arg(path, error.message())
                                    : error.message();
        m_connection.close();
        return message;
    }
    return {};
}

} // namespace confab::server
