#include "storage/UserStore.h"

#include "storage/StorageError.h"

#include <QDateTime>
#include <QSqlQuery>

namespace confab::server::UserStore {

namespace {
const QString kColumns =
    QStringLiteral("id, username, display_name, password_hash, disabled, created_at");

UserRecord readRecord(const SqlRows &query)
{
    UserRecord record;
    record.user.id = query.value(0).toLongLong();
    record.user.username = query.value(1).toString();
    record.user.displayName = query.value(2).toString();
    record.passwordHash = query.value(3).toString().toLatin1();
    record.disabled = query.value(4).toBool();
    record.createdAtMs = query.value(5).toLongLong();
    return record;
}

std::optional<UserRecord> findOne(const QSqlDatabase &db, const QString &where,
                                  const QVariant &value)
{
    SqlRows query = execSql(
        db, QStringLiteral("SELECT %1 FROM users WHERE %2 = ?").arg(kColumns, where), {value});
    if (!query.next())
        return std::nullopt;
    return readRecord(query);
}
} // namespace

std::optional<model::User> create(const QSqlDatabase &db, const QString &username,
                                  const QString &displayName, const QByteArray &passwordHash)
{
    SqlRows query = execSql(db,
                            QStringLiteral("INSERT INTO users (username, display_name, "
                                           "password_hash, created_at) VALUES (?, ?, ?, ?) "
                                           "ON CONFLICT(username) DO NOTHING RETURNING id"),
                            {username, displayName, QString::fromLatin1(passwordHash),
                             QDateTime::currentMSecsSinceEpoch()});
    if (!query.next())
        return std::nullopt;
    return model::User{query.value(0).toLongLong(), username, displayName};
}

std::optional<UserRecord> findByName(const QSqlDatabase &db, const QString &username)
{
    return findOne(db, QStringLiteral("username"), username);
}

std::optional<UserRecord> findById(const QSqlDatabase &db, qint64 id)
{
    return findOne(db, QStringLiteral("id"), id);
}

QList<UserRecord> list(const QSqlDatabase &db)
{
    SqlRows query = execSql(db, QStringLiteral("SELECT %1 FROM users ORDER BY id").arg(kColumns));
    QList<UserRecord> records;
    while (query.next())
        records.append(readRecord(query));
    return records;
}

bool setPasswordHash(const QSqlDatabase &db, const QString &username, const QByteArray &hash)
{
    SqlRows query =
        execSql(db, QStringLiteral("UPDATE users SET password_hash = ? WHERE username = ?"),
                {QString::fromLatin1(hash), username});
    return query.numRowsAffected() > 0;
}

bool upgradePasswordHash(const QSqlDatabase &db, qint64 userId, const QByteArray &oldHash,
                         const QByteArray &newHash)
{
    SqlRows query = execSql(
        db, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ? AND password_hash = ?"),
        {QString::fromLatin1(newHash), userId, QString::fromLatin1(oldHash)});
    return query.numRowsAffected() > 0;
}

std::optional<qint64> disable(const QSqlDatabase &db, const QString &username)
{
    SqlRows query =
        execSql(db, QStringLiteral("UPDATE users SET disabled = 1 WHERE username = ? RETURNING id"),
                {username});
    if (!query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

} // namespace confab::server::UserStore
