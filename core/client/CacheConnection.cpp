#include "client/CacheConnection.h"

#include "client/CacheSchema.h"
#include "client/ClientLogging.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace confab::client {

namespace {

// SQLite primary result codes (sqlite3.h) that say nothing about the file being damaged.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteNoMem = 7;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteInterrupt = 9;
constexpr int kSqliteFull = 13;

// A failure that moving the file aside can cure: a damaged or foreign file, one we cannot read,
// or one from a newer client. Transient conditions (locked, disk full) and our own errors
// (code 0) are not: moving a healthy file aside then would throw away the user's unsent
// messages for nothing.
bool isBrokenFile(const CacheError &error)
{
    switch (error.sqliteCode()) {
    case 0:
    case kSqliteBusy:
    case kSqliteLocked:
    case kSqliteNoMem:
    case kSqliteReadOnly:
    case kSqliteInterrupt:
    case kSqliteFull:
        return false;
    default:
        return true;
    }
}

} // namespace

QString CacheConnection::open(const QString &path)
{
    if (isOpen())
        return {};
    try {
        openConnection(path);
        return {};
    } catch (const CacheError &error) {
        close();
        if (!isBrokenFile(error) || !QFileInfo::exists(path))
            return QStringLiteral("cannot open cache %1: %2").arg(path, error.message());
        qCWarning(lcCache).noquote() << "cache" << path << "is unreadable (" << error.message()
                                     << "); moving it aside and starting an empty cache";
    }
    try {
        moveAside(path);
        openConnection(path);
    } catch (const CacheError &error) {
        close();
        return QStringLiteral("cannot open cache %1: %2").arg(path, error.message());
    }
    return {};
}

void CacheConnection::openConnection(const QString &path)
{
    sql::ConnectionOptions options;
    options.namePrefix = QStringLiteral("confab-cache");
    // Private messages live here.
    options.privateFile = true;
    // synchronous=FULL (always): an outbox entry that was accepted survives a power cut, not
    // only a crash. Group commit keeps the cost at one fsync per batch.
    sql::Connection::open(path, options);
    migrateCache(*this);
}

void CacheConnection::moveAside(const QString &path)
{
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"));
    const QString target = QStringLiteral("%1.broken-%2").arg(path, stamp);
    if (!QFile::rename(path, target))
        throw CacheError(
            QStringLiteral("cannot move the unreadable cache aside to %1").arg(target));
    // A stale log must not be replayed into the new file; keep it next to the file it belongs
    // to. The shared-memory index is rebuilt from the log, so it can simply go.
    const QString wal = path + QStringLiteral("-wal");
    if (QFileInfo::exists(wal) && !QFile::rename(wal, target + QStringLiteral("-wal")))
        QFile::remove(wal);
    QFile::remove(path + QStringLiteral("-shm"));
    qCWarning(lcCache).noquote() << "moved the unreadable cache to" << target;
}

} // namespace confab::client
