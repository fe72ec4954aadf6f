#include "AdminCommands.h"

#include "ConfabdOptions.h"
#include "Console.h"
#include "PasswordPrompt.h"
#include "auth/AccountService.h"
#include "auth/PasswordHasher.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/TokenStore.h"
#include "storage/UserStore.h"

#include <QDateTime>
#include <optional>

namespace confab::server {

namespace {

// A failed step: what to tell the user. Thrown only within this file.
struct CommandFailure
{
    QString message;
};

QString sessions(qsizetype count)
{
    return count == 1 ? QStringLiteral("1 session") : QStringLiteral("%1 sessions").arg(count);
}

// Reads, checks and hashes a new password.
QByteArray newPasswordHash(PasswordHashCost cost)
{
    const PasswordInput input = readNewPassword();
    if (!input.error.isEmpty())
        throw CommandFailure{input.error};
    if (const QString problem = AccountService::validatePassword(input.password);
        !problem.isEmpty())
        throw CommandFailure{problem};
    if (!PasswordHasher::initialize())
        throw CommandFailure{QStringLiteral("libsodium failed to initialise")};
    const QByteArray hash = PasswordHasher::hash(input.password, cost);
    if (hash.isEmpty())
        throw CommandFailure{QStringLiteral("password hashing failed (out of memory?)")};
    return hash;
}

UserRecord existingUser(const QSqlDatabase &db, const QString &name)
{
    std::optional<UserRecord> record = UserStore::findByName(db, name);
    if (!record)
        throw CommandFailure{QStringLiteral("no user named %1").arg(name)};
    return *record;
}

// Runs `work` in one transaction, so a password change and the revocation of the old
// sessions happen together or not at all.
template<typename Work> auto inTransaction(const QSqlDatabase &db, Work work)
{
    execSql(db, QStringLiteral("BEGIN IMMEDIATE"));
    try {
        auto result = work();
        execSql(db, QStringLiteral("COMMIT"));
        return result;
    } catch (...) {
        execSql(db, QStringLiteral("ROLLBACK"));
        throw;
    }
}

void addUser(const QSqlDatabase &db, const ConfabdOptions &options)
{
    // Fail before asking for a password that would be thrown away.
    if (UserStore::findByName(db, options.userName))
        throw CommandFailure{QStringLiteral("user name %1 is taken").arg(options.userName)};
    const QByteArray hash = newPasswordHash(options.settings.hashCost);
    const std::optional<model::User> user =
        UserStore::create(db, options.userName, options.displayName, hash);
    if (!user)
        throw CommandFailure{QStringLiteral("user name %1 is taken").arg(options.userName)};
    printLine(QStringLiteral("created user %1 (id %2)").arg(user->username).arg(user->id));
}

void listUsers(const QSqlDatabase &db)
{
    const QList<UserRecord> records = UserStore::list(db);
    QList<QStringList> rows{{QStringLiteral("ID"), QStringLiteral("USERNAME"),
                             QStringLiteral("DISPLAY NAME"), QStringLiteral("STATUS"),
                             QStringLiteral("CREATED")}};
    for (const UserRecord &record : records) {
        rows.append(
            {QString::number(record.user.id), record.user.username, record.user.displayName,
             record.disabled ? QStringLiteral("disabled") : QStringLiteral("active"),
             QDateTime::fromMSecsSinceEpoch(record.createdAtMs, Qt::UTC).toString(Qt::ISODate)});
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = qMax(widths[column], row.at(column).size());
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const bool last = column + 1 == row.size();
            line += last ? row.at(column) : row.at(column).leftJustified(widths[column] + 2);
        }
        printLine(line);
    }
}

void changePassword(const QSqlDatabase &db, const ConfabdOptions &options)
{
    const UserRecord record = existingUser(db, options.userName);
    const QByteArray hash = newPasswordHash(options.settings.hashCost);
    const QStringList revoked = inTransaction(db, [&] {
        if (!UserStore::setPasswordHash(db, options.userName, hash))
            throw CommandFailure{QStringLiteral("no user named %1").arg(options.userName)};
        return TokenStore::revokeAllOf(db, record.user.id);
    });
    printLine(QStringLiteral("changed the password of %1; revoked %2")
                  .arg(options.userName, sessions(revoked.size())));
}

void disableUser(const QSqlDatabase &db, const ConfabdOptions &options)
{
    const QStringList revoked = inTransaction(db, [&] {
        const std::optional<qint64> id = UserStore::disable(db, options.userName);
        if (!id)
            throw CommandFailure{QStringLiteral("no user named %1").arg(options.userName)};
        return TokenStore::revokeAllOf(db, *id);
    });
    printLine(QStringLiteral("disabled user %1; revoked %2")
                  .arg(options.userName, sessions(revoked.size())));
}

} // namespace

int runUserCommand(const ConfabdOptions &options)
{
    Database database;
    if (const QString error = database.open(options.settings.server.databasePath());
        !error.isEmpty()) {
        printError(error);
        return ExitFailure;
    }
    const QSqlDatabase &db = database.connection();
    try {
        switch (options.command) {
        case ConfabdCommand::UserAdd:
            addUser(db, options);
            break;
        case ConfabdCommand::UserList:
            listUsers(db);
            break;
        case ConfabdCommand::UserPasswd:
            changePassword(db, options);
            break;
        case ConfabdCommand::UserDisable:
            disableUser(db, options);
            break;
        default:
            printError(QStringLiteral("not a user command"));
            return ExitUsage;
        }
    } catch (const CommandFailure &failure) {
        printError(failure.message);
        return ExitFailure;
    } catch (const StorageError &error) {
        printError(QStringLiteral("database: %1").arg(QString::fromStdString(error.what())));
        return ExitFailure;
    }
    return ExitSuccess;
}

} // namespace confab::server
