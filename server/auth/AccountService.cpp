#include "auth/AccountService.h"

#include "auth/TokenCodec.h"
#include "storage/DbWorker.h"
#include "storage/UserStore.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcAccounts, "confab.accounts")

namespace confab::server {

using Status = AccountResult::Status;

namespace {
AccountResult failure(Status status, QString message)
{
    AccountResult result;
    result.status = status;
    result.message = std::move(message);
    return result;
}
} // namespace

AccountService::AccountService(const ServerConfig &config, PasswordHashCost cost, DbWorker *db,
                               QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_cost(cost)
    , m_db(db)
    , m_failuresByName(config.loginFailuresPerUserPerMinute,
                       config.loginFailuresPerUserPerMinute / 60.0)
    , m_failuresByAddress(config.loginFailuresPerAddressPerMinute,
                          config.loginFailuresPerAddressPerMinute / 60.0)
{
    // argon2id at the interactive cost takes 64 MiB per hash: two at a time bounds memory.
    m_hashPool.setMaxThreadCount(2);
}

AccountService::~AccountService()
{
    m_hashPool.waitForDone();
}

QString AccountService::validateUsername(const QString &username)
{
    if (!model::User::isValidUsername(username))
        return QStringLiteral("username must be 2 to 32 characters of a-z, 0-9, _ . -");
    return {};
}

QString AccountService::validatePassword(const QString &password)
{
    if (password.size() < PasswordHasher::MinPasswordLength)
        return QStringLiteral("password must be at least %1 characters")
            .arg(PasswordHasher::MinPasswordLength);
    if (password.size() > PasswordHasher::MaxPasswordLength)
        return QStringLiteral("password must be at most %1 characters")
            .arg(PasswordHasher::MaxPasswordLength);
    if (!QStringView(password).isValidUtf16())
        return QStringLiteral("password is not valid Unicode");
    return {};
}

QString AccountService::validateDisplayName(const QString &displayName)
{
    const QString trimmed = displayName.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 64 || !QStringView(trimmed).isValidUtf16())
        return QStringLiteral("display_name must be 1 to 64 characters");
    return {};
}

void AccountService::runHashing(std::function<void()> work)
{
    m_hashPool.start(std::move(work));
}

void AccountService::registerUser(const QString &username, const QString &password,
                                  const QString &displayName, bool issueToken, QObject *context,
                                  Done done)
{
    for (const QString &problem : {validateUsername(username), validatePassword(password),
                                   validateDisplayName(displayName)}) {
        if (!problem.isEmpty()) {
            done(failure(Status::Invalid, problem));
            return;
        }
    }
    QPointer<QObject> guard(context);
    const int lifetime = m_config.tokenLifetimeDays;
    const PasswordHashCost cost = m_cost;
    runHashing([this, guard, username, password, displayName = displayName.trimmed(), issueToken,
                lifetime, cost, done]() {
        const QByteArray hash = PasswordHasher::hash(password, cost);
        QMetaObject::invokeMethod(
            this, [this, guard, username, displayName, issueToken, lifetime, hash, done]() {
                if (!guard)
                    return;
                if (hash.isEmpty()) {
                    done(failure(Status::Internal, QStringLiteral("password hashing failed")));
                    return;
                }
                m_db->submit<AccountResult>(
                    guard,
                    [=](QSqlDatabase &db) {
                        const auto user = UserStore::create(db, username, displayName, hash);
                        if (!user)
                            return failure(Status::Taken, QStringLiteral("username is taken"));
                        AccountResult result;
                        result.status = Status::Ok;
                        result.user = *user;
                        if (issueToken)
                            result.token = TokenStore::issue(db, user->id, lifetime);
                        return result;
                    },
                    [done](DbResult<AccountResult> result) {
                        done(result.ok() ? *result.value : failure(Status::Internal, result.error));
                    });
            });
    });
}

void AccountService::signIn(const QString &username, const QString &password,
                            const QString &address, QObject *context, Done done)
{
    // Only failures spend from the buckets: normal use never meets the limit, while guessing
    // one account's password, or many accounts' from one address, soon does.
    if (!m_failuresByName.allows(username) || !m_failuresByAddress.allows(address)) {
        done(failure(Status::RateLimited, QStringLiteral("too many failed sign-ins; wait")));
        return;
    }
    if (!validateUsername(username).isEmpty() || !validatePassword(password).isEmpty()) {
        m_failuresByName.tryAcquire(username);
        m_failuresByAddress.tryAcquire(address);
        done(failure(Status::BadCredentials, QStringLiteral("wrong user name or password")));
        return;
    }
    QPointer<QObject> guard(context);
    const int lifetime = m_config.tokenLifetimeDays;
    const PasswordHashCost cost = m_cost;
    m_db->submit<std::optional<UserRecord>>(
        this, [username](QSqlDatabase &db) { return UserStore::findByName(db, username); },
        [=, this](DbResult<std::optional<UserRecord>> found) {
            if (!found.ok()) {
                if (guard)
                    done(failure(Status::Internal, found.error));
                return;
            }
            const std::optional<UserRecord> record = *found.value;
            runHashing([=, this]() {
                bool valid = false;
                if (record && !record->disabled)
                    valid = PasswordHasher::verify(record->passwordHash, password);
                else
                    PasswordHasher::verifyDummy(password, cost);
                // Sign-in is the only time the password is known: the moment to bring a hash
                // made at a lower cost (an older default, a test setting) up to today's.
                QByteArray upgraded;
                if (valid && PasswordHasher::needsRehash(record->passwordHash, cost))
                    upgraded = PasswordHasher::hash(password, cost);
                QMetaObject::invokeMethod(this, [=, this]() {
                    if (!guard)
                        return;
                    if (!valid) {
                        m_failuresByName.tryAcquire(username);
                        m_failuresByAddress.tryAcquire(address);
                        qCInfo(lcAccounts) << "failed sign-in for" << username << "from" << address;
                        done(failure(Status::BadCredentials,
                                     QStringLiteral("wrong user name or password")));
                        return;
                    }
                    const qint64 userId = record->user.id;
                    const QByteArray oldHash = record->passwordHash;
                    m_db->submit<IssuedToken>(
                        guard,
                        [userId, lifetime, oldHash, upgraded](QSqlDatabase &db) {
                            if (!upgraded.isEmpty() &&
                                UserStore::upgradePasswordHash(db, userId, oldHash, upgraded))
                                qCInfo(lcAccounts)
                                    << "stronger password hash stored for user" << userId;
                            return TokenStore::issue(db, userId, lifetime);
                        },
                        [done, user = record->user](DbResult<IssuedToken> issued) {
                            if (!issued.ok()) {
                                done(failure(Status::Internal, issued.error));
                                return;
                            }
                            AccountResult result;
                            result.status = Status::Ok;
                            result.user = user;
                            result.token = *issued.value;
                            done(result);
                        });
                });
            });
        });
}

void AccountService::signOut(const QString &token, QObject *context, std::function<void(bool)> done)
{
    QPointer<AccountService> self(this);
    resolveToken(token, context, [=, this](std::optional<TokenOwner> owner) {
        if (!owner || !self) {
            done(false);
            return;
        }
        const QString hash = owner->tokenHash;
        m_db->submit<bool>(
            context, [hash](QSqlDatabase &db) { return TokenStore::revoke(db, hash); },
            [=](DbResult<bool> revoked) {
                const bool ok = revoked.ok() && *revoked.value;
                if (ok && self)
                    Q_EMIT self->tokenRevoked(hash);
                done(ok);
            });
    });
}

void AccountService::resolveToken(const QString &token, QObject *context,
                                  std::function<void(std::optional<TokenOwner>)> done)
{
    if (!TokenCodec::looksValid(token)) {
        done(std::nullopt);
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_db->submit<std::optional<TokenOwner>>(
        context, [token, now](QSqlDatabase &db) { return TokenStore::resolve(db, token, now); },
        [done](DbResult<std::optional<TokenOwner>> owner) {
            done(owner.ok() ? *owner.value : std::nullopt);
        });
}

} // namespace confab::server
