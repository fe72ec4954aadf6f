#include "client/CacheSchema.h"

#include "client/CacheConnection.h"
#include "sql/Migrations.h"

namespace confab::client {

const QList<QStringList> &cacheMigrations()
{
    // Each row keeps the object's JSON (toJson) plus only the columns the cache queries by.
    static const QList<QStringList> migrations{
        // 1: the account, conversations, timelines, members, read positions and the outbox.
        {
            QStringLiteral("CREATE TABLE me ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " json TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE conversations ("
                           " id INTEGER PRIMARY KEY,"
                           " json TEXT NOT NULL)"),
            // The seq up to which the cached event log is complete: the next join's since_seq.
            QStringLiteral("CREATE TABLE synced_seqs ("
                           " conversation_id INTEGER PRIMARY KEY,"
                           " seq INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE messages ("
                           " id INTEGER PRIMARY KEY,"
                           " conversation_id INTEGER NOT NULL,"
                           " seq INTEGER NOT NULL,"
                           " parent_id INTEGER,"
                           " starred INTEGER NOT NULL DEFAULT 0,"
                           " json TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX messages_by_seq ON messages(conversation_id, seq)"),
            QStringLiteral("CREATE INDEX messages_by_parent ON messages(parent_id)"
                           " WHERE parent_id IS NOT NULL"),
            QStringLiteral("CREATE INDEX messages_starred ON messages(conversation_id, seq)"
                           " WHERE starred = 1"),
            // Members in the server's order; user_id to prune the read states of leavers.
            QStringLiteral("CREATE TABLE members ("
                           " conversation_id INTEGER NOT NULL,"
                           " position INTEGER NOT NULL,"
                           " user_id INTEGER NOT NULL,"
                           " json TEXT NOT NULL,"
                           " PRIMARY KEY (conversation_id, position)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE read_states ("
                           " conversation_id INTEGER NOT NULL,"
                           " user_id INTEGER NOT NULL,"
                           " last_read_seq INTEGER NOT NULL,"
                           " PRIMARY KEY (conversation_id, user_id)) WITHOUT ROWID"),
            // Unsent messages. Few rows at a time, so no index beyond the key.
            QStringLiteral("CREATE TABLE outbox ("
                           " mobile_ref_id TEXT PRIMARY KEY,"
                           " position INTEGER NOT NULL,"
                           " conversation_id INTEGER NOT NULL,"
                           " content TEXT NOT NULL,"
                           " parent_id INTEGER,"
                           " created_at INTEGER,"
                           " status TEXT NOT NULL CHECK (status IN ('pending', 'failed')),"
                           " failure_reason TEXT NOT NULL) WITHOUT ROWID"),
        },
    };
    return migrations;
}

int latestCacheVersion()
{
    return int(cacheMigrations().size());
}

int cacheFileVersion(CacheConnection &connection)
{
    return sql::userVersion(connection.database());
}

void migrateCache(CacheConnection &connection, int targetVersion)
{
    static const sql::MigrationPlan plan{
        cacheMigrations(),
        [](int fileVersion, int latestVersion) {
            return QStringLiteral("cache schema version %1 is newer than this client's (%2)")
                .arg(fileVersion)
                .arg(latestVersion);
        },
    };
    sql::migrate(connection.database(), plan, targetVersion);
}

} // namespace confab::client
