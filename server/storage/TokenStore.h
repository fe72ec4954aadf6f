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
    // Hashes of the user's oldest tokens, dropped to stay within the per-user limit: their
    // sockets are to be closed as if signed out.
    QStringList dropped;
};

struct TokenOwner
{
    model::User user;
    QString tokenHash;
    qint64 expiresAtMs = 0;
};

namespace TokenStore {
// A new token. The user's expired tokens go, and so do their oldest live ones beyond
// `maxLive`: signing in on one more device always works, and a user never holds more than
// `maxLive` tokens (each one a row, and a session someone could steal).
IssuedToken issue(const QSqlDatabase &db, qint64 userId, int lifetimeDays, int maxLive);
// The owner of a live token: not expired, user not disabled.
std::optional<TokenOwner> resolve(const QSqlDatabase &db, const QString &token, qint64 nowMs);
// Returns whether a token was removed.
bool revoke(const QSqlDatabase &db, const QString &tokenHash);
// Removes every token of the user; returns the hashes removed.
QStringList revokeAllOf(const QSqlDatabase &db, qint64 userId);
int purgeExpired(const QSqlDatabase &db, qint64 nowMs);
} // namespace TokenStore

} // namespace confab::server
