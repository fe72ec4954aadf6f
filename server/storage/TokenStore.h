#pragma once

#include "model/User.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace confab::server {

struct IssuedToken
{
    QString token; // the secret, returned once to the client and never stored
    qint64 expiresAtMs = 0;
};

struct TokenOwner
{
    model::User user;
    QString tokenHash;
    qint64 expiresAtMs = 0;
};

namespace TokenStore {
IssuedToken issue(const QSqlDatabase &db, qint64 userId, int lifetimeDays);
// The owner of a live token: not expired, user not disabled.
std::optional<TokenOwner> resolve(const QSqlDatabase &db, const QString &token, qint64 nowMs);
// Returns whether a token was removed.
bool revoke(const QSqlDatabase &db, const QString &tokenHash);
// Removes every token of the user; returns the hashes removed.
QStringList revokeAllOf(const QSqlDatabase &db, qint64 userId);
int purgeExpired(const QSqlDatabase &db, qint64 nowMs);
} // namespace TokenStore

} // namespace confab::server
