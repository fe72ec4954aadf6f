#include "storage/Migrations.h"

#include "sql/Migrations.h"

#include <QSqlDatabase>

namespace confab::server {

const QList<QStringList> &schemaMigrations()
{
    static const QList<QStringList> migrations{
        // 1: accounts and bearer tokens (only hashes of either secret are stored).
        {
            QStringLiteral("CREATE TABLE users ("
                           " id INTEGER PRIMARY KEY,"
                           " username TEXT NOT NULL UNIQUE,"
                           " display_name TEXT NOT NULL,"
                           " password_hash TEXT NOT NULL,"
                           " disabled INTEGER NOT NULL DEFAULT 0,"
                           " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE tokens ("
                           " id INTEGER PRIMARY KEY,"
                           " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                           " token_hash TEXT NOT NULL UNIQUE,"
                           " created_at INTEGER NOT NULL,"
                           " expires_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX tokens_by_user ON tokens(user_id)"),
        },
        // 2: conversations, members with their read state, messages, reactions, the
        // per-conversation event log clients catch up from, and notifications.
        {
            QStringLiteral("CREATE TABLE conversations ("
                           " id INTEGER PRIMARY KEY,"
                           " kind TEXT NOT NULL CHECK (kind IN ('direct', 'group')),"
                           " title TEXT,"
                           " topic TEXT,"
                           " created_at INTEGER NOT NULL,"
                           " created_by INTEGER NOT NULL REFERENCES users(id),"
                           " archived INTEGER NOT NULL DEFAULT 0,"
                           " last_seq INTEGER NOT NULL DEFAULT 0,"
                           " direct_key TEXT UNIQUE)"),
            QStringLiteral("CREATE TABLE members ("
                           " conversation_id INTEGER NOT NULL REFERENCES conversations(id),"
                           " user_id INTEGER NOT NULL REFERENCES users(id),"
                           " role TEXT NOT NULL CHECK (role IN ('owner', 'member')),"
                           " joined_at INTEGER NOT NULL,"
                           " last_read_seq INTEGER NOT NULL DEFAULT 0,"
                           " pinned INTEGER NOT NULL DEFAULT 0,"
                           " muted INTEGER NOT NULL DEFAULT 0,"
                           " PRIMARY KEY (conversation_id, user_id)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX members_by_user ON members(user_id)"),
            QStringLiteral("CREATE TABLE messages ("
                           " id INTEGER PRIMARY KEY,"
                           " conversation_id INTEGER NOT NULL REFERENCES conversations(id),"
                           " seq INTEGER NOT NULL,"
                           " sender_id INTEGER NOT NULL REFERENCES users(id),"
                           " content TEXT NOT NULL,"
                           " mobile_ref_id TEXT,"
                           " parent_id INTEGER REFERENCES messages(id),"
                           " reply_count INTEGER NOT NULL DEFAULT 0,"
                           " sent_at INTEGER NOT NULL,"
                           " edited_at INTEGER,"
                           " deleted INTEGER NOT NULL DEFAULT 0,"
                           " starred_by INTEGER REFERENCES users(id),"
                           " UNIQUE (conversation_id, seq))"),
            QStringLiteral("CREATE UNIQUE INDEX messages_by_ref ON messages(sender_id, "
                           "mobile_ref_id) WHERE mobile_ref_id IS NOT NULL"),
            QStringLiteral("CREATE INDEX messages_by_parent ON messages(parent_id) "
                           "WHERE parent_id IS NOT NULL"),
            QStringLiteral("CREATE INDEX messages_starred ON messages(conversation_id, seq) "
                           "WHERE starred_by IS NOT NULL"),
            QStringLiteral("CREATE TABLE reactions ("
                           " message_id INTEGER NOT NULL REFERENCES messages(id),"
                           " emoji TEXT NOT NULL,"
                           " user_id INTEGER NOT NULL REFERENCES users(id),"
                           " created_at INTEGER NOT NULL,"
                           " PRIMARY KEY (message_id, emoji, user_id)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE events ("
                           " conversation_id INTEGER NOT NULL REFERENCES conversations(id),"
                           " seq INTEGER NOT NULL,"
                           " event TEXT NOT NULL,"
                           " payload TEXT NOT NULL,"
                           " PRIMARY KEY (conversation_id, seq)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE notifications ("
                           " id INTEGER PRIMARY KEY,"
                           " user_id INTEGER NOT NULL REFERENCES users(id),"
                           " kind TEXT NOT NULL CHECK (kind IN ('message', 'mention', 'added')),"
                           " conversation_id INTEGER NOT NULL REFERENCES conversations(id),"
                           " message_id INTEGER REFERENCES messages(id),"
                           " sender_id INTEGER NOT NULL REFERENCES users(id),"
                           " content TEXT NOT NULL,"
                           " created_at INTEGER NOT NULL,"
                           " delivered INTEGER NOT NULL DEFAULT 0,"
                           " acked INTEGER NOT NULL DEFAULT 0,"
                           " read INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX notifications_by_user ON notifications(user_id, id)"),
        },
        // 3: per-user quotas count a user's conversations (storage/Quotas.h) without a scan.
        {
            QStringLiteral("CREATE INDEX conversations_by_creator ON conversations(created_by)"),
        },
    };
    return migrations;
}

int schemaVersion(const QSqlDatabase &db)
{
    return sql::userVersion(db);
}

void migrateSchema(const QSqlDatabase &db, int targetVersion)
{
    static const sql::MigrationPlan plan{
        schemaMigrations(),
        [](int fileVersion, int latestVersion) {
            return QStringLiteral("database schema version %1 is newer than this server (%2); "
                                  "upgrade confabd")
                .arg(fileVersion)
                .arg(latestVersion);
        },
    };
    sql::migrate(db, plan, targetVersion);
}

} // namespace confab::server
