#include "storage/TokenStore.h"

#include "auth/TokenCodec.h"
#include "storage/StorageError.h"

#include <QDateTime>
#include <QSqlQuery>

namespace confab::server::TokenStore {

IssuedToken issue(const QSqlDatabase &db, qint64 userId, int lifetimeDays, int maxLive)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    IssuedToken issued{TokenCodec::generate(), now + qint64(lifetimeDays) * 86'400'000, {}};
    execSql(db, QStringLiteral("DELETE FROM tokens WHERE user_id = ? AND expires_at <= ?"),
            {userId, now});
    execSql(db,
            QStringLiteral("INSERT INTO tokens (user_id, token_hash, created_at, expires_at) "
                           "VALUES (?, ?, ?, ?)"),
            {userId, TokenCodec::hash(issued.token), now, issued.expiresAtMs});
    SqlRows dropped = execSql(db,
                              QStringLiteral("DELETE FROM tokens WHERE user_id = ? AND id NOT IN "
                                             "(SELECT id FROM tokens WHERE user_id = ? ORDER BY "
                                             "id DESC LIMIT ?) RETURNING token_hash"),
                              {userId, userId, maxLive});
    while (dropped.next())
        issued.dropped.append(dropped.value(0).toString());
    return issued;
}

std::optional<TokenOwner> resolve(const QSqlDatabase &db, const QString &token, qint64 nowMs)
{
    if (!TokenCodec::looksValid(token))
        return std::nullopt;
    const QString hash = TokenCodec::hash(token);
    SqlRows query = execSql(db,
                            QStringLiteral("SELECT u.id, u.username, u.display_name, "
                                           "t.expires_at FROM tokens t JOIN users u ON "
                                           "u.id = t.user_id WHERE t.token_hash = ? AND "
                                           "t.expires_at > ? AND u.disabled = 0"),
                            {hash, nowMs});
    if (!query.next())
        return std::nullopt;
    return TokenOwner{model::User{query.value(0).toLongLong(), query.value(1).toString(),
                                  query.value(2).toString()},
                      hash, query.value(3).toLongLong()};
}

bool revoke(const QSqlDatabase &db, const QString &tokenHash)
{
    return execSql(db, QStringLiteral("DELETE FROM tokens WHERE token_hash = ?"), {tokenHash})
               .numRowsAffected() > 0;
}

QStringList revokeAllOf(const QSqlDatabase &db, qint64 userId)
{
    SqlRows query = execSql(
        db, QStringLiteral("DELETE FROM tokens WHERE user_id = ? RETURNING token_hash"), {userId});
    QStringList hashes;
    while (query.next())
        hashes.append(query.value(0).toString());
    return hashes;
}

int purgeExpired(const QSqlDatabase &db, qint64 nowMs)
{
    return execSql(db, QStringLiteral("DELETE FROM tokens WHERE expires_at <= ?"), {nowMs})
        .numRowsAffected();
}

} // namespace confab::server::TokenStore
