#pragma once

#include "model/User.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace confab::server {

// Account rows. Every function runs on the database thread (or in the admin CLI, which owns
// its own connection) and throws StorageError on SQLite failures.
struct UserRecord
{
    model::User user;
    QByteArray passwordHash;
    bool disabled = false;
    qint64 createdAtMs = 0;
};

namespace UserStore {
// Empty when the user name is taken.
std::optional<model::User> create(const QSqlDatabase &db, const QString &username,
                                  const QString &displayName, const QByteArray &passwordHash);
std::optional<UserRecord> findByName(const QSqlDatabase &db, const QString &username);
std::optional<UserRecord> findById(const QSqlDatabase &db, qint64 id);
QList<UserRecord> list(const QSqlDatabase &db);
bool setPasswordHash(const QSqlDatabase &db, const QString &username, const QByteArray &hash);
// Replaces the hash only if it is still `oldHash`: a password changed meanwhile (user passwd)
// must not be overwritten by a stronger hash of the old password. False when it changed.
bool upgradePasswordHash(const QSqlDatabase &db, qint64 userId, const QByteArray &oldHash,
                         const QByteArray &newHash);
// Marks the account disabled; returns its id, or empty when no such user.
std::optional<qint64> disable(const QSqlDatabase &db, const QString &username);
} // namespace UserStore

} // namespace confab::server
