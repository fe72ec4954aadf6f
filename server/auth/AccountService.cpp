#include "auth/AccountService.h"

#include "auth/TokenCodec.h"
#include "storage/DbWorker.h"
#include "storage/UserStore.h"

#include <QAbstractSocket>
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
    , m_registrationsByAddress(config.registrationsPerAddressPerHour,
                               config.registrationsPerAddressPerHour / 3600.0)
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

namespace {
// One place in the bounded hash queue, given back when the last copy of the job is dropped,
// on whichever thread that happens.
class HashSlot
{
public:
    explicit HashSlot(std::shared_ptr<std::atomic<int>> count)
        : m_count(std::move(count))
    {
    }
    ~HashSlot() { --*m_count; }
    HashSlot(const HashSlot &) = delete;
    HashSlot &operator=(const HashSlot &) = delete;

private:
    std::shared_ptr<std::atomic<int>> m_count;
};
} // namespace

std::shared_ptr<void> AccountService::reserveHashSlot()
{
    if (m_hashJobs->load() >= m_config.passwordHashQueueLimit)
        return nullptr;
    ++*m_hashJobs;
    return std::make_shared<HashSlot>(m_hashJobs);
}

AccountService::Abandonment AccountService::watchContext(QObject *context)
{
    // A flag rather than a QPointer: the hash thread reads it, and a request whose client has
    // hung up must not spend a hash that nobody will hear about.
    Abandonment watch{std::make_shared<std::atomic_bool>(context == nullptr), {}, {}};
    if (context) {
        watch.connection =
            connect(context, &QObject::destroyed, this, [gone = watch.gone] { gone->store(true); });
    }
    if (auto *socket = qobject_cast<QAbstractSocket *>(context)) {
        watch.hangUp = connect(socket, &QAbstractSocket::disconnected, this,
                               [gone = watch.gone] { gone->store(true); });
    }
    return watch;
}

void AccountService::runHashing(std::shared_ptr<void> slot, const Abandonment &watch,
                                std::function<void()> work)
{
    m_hashPool.start([this, slot = std::move(slot), gone = watch.gone, work = std::move(work)] {
        if (gone->load()) {
            // Counted so an operator can tell a sign-in flood that hangs up from one that waits.
            Q_EMIT passwordHashSkipped();
            return;
        }
        work();
    });
}

AccountResult AccountService::busy()
{
    return failure(Status::Busy, QStringLiteral("server busy; retry shortly"));
}

bool AccountService::takeRegistrationToken(const QString &address)
{
    if (address.isEmpty() || m_config.registrationsPerAddressPerHour == 0)
        return true; // a local caller (admin CLI, embedding app), or the limit is off
    return m_registrationsByAddress.tryAcquire(address);
}

void AccountService::refundRegistrationToken(const QString &address)
{
    if (!address.isEmpty() && m_config.registrationsPerAddressPerHour != 0)
        m_registrationsByAddress.refund(address);
}

void AccountService::registerUser(const QString &username, const QString &password,
                                  const QString &displayName, bool issueToken,
                                  const QString &address, QObject *context, Done done)
{
    for (const QString &problem : {validateUsername(username), validatePassword(password),
                                   validateDisplayName(displayName)}) {
        if (!problem.isEmpty()) {
            done(failure(Status::Invalid, problem));
            return;
        }
    }
    // Counted before the hash, so a flood of concurrent registrations cannot slip past.
    if (!takeRegistrationToken(address)) {
        qCInfo(lcAccounts) << "registration limit reached for" << address;
        done(failure(Status::RateLimited, QStringLiteral("too many registrations; wait")));
        return;
    }
    std::shared_ptr<void> slot = reserveHashSlot();
    if (!slot) {
        refundRegistrationToken(address);
        done(busy());
        return;
    }
    const Abandonment watch = watchContext(context);
    QPointer<QObject> guard(context);
    const int lifetime = m_config.tokenLifetimeDays;
    const PasswordHashCost cost = m_cost;
    runHashing(
        slot, watch,
        [this, guard, watch, username, password, displayName = displayName.trimmed(), issueToken,
         lifetime, cost, done]() {
            const QByteArray hash = PasswordHasher::hash(password, cost);
            QMetaObject::invokeMethod(this, [this, guard, watch, username, displayName, issueToken,
                                             lifetime, hash, done]() {
                watch.release();
                if (!guard)
                    return;
                if (hash.isEmpty()) {
                    done(failure(Status::Internal, QStringLiteral("password hashing failed")));
                    return;
                }
                storeNewUser(username, displayName, hash, issueToken, lifetime, guard, done);
            });
        });
}

void AccountService::storeNewUser(const QString &username, const QString &displayName,
                                  const QByteArray &hash, bool issueToken, int lifetime,
                                  QObject *context, Done done)
{
    const int maxTokens = m_config.quotas.tokensPerUser;
    m_db->submit<AccountResult>(
        context,
        [=](QSqlDatabase &db) {
            const auto user = UserStore::create(db, username, displayName, hash);
            if (!user)
                return failure(Status::Taken, QStringLiteral("username is taken"));
            AccountResult result;
            result.status = Status::Ok;
            result.user = *user;
            if (issueToken)
                result.token = TokenStore::issue(db, user->id, lifetime, maxTokens);
            return result;
        },
        [done](DbResult<AccountResult> result) {
            done(result.ok() ? *result.value : failure(Status::Internal, result.error));
        });
}

bool AccountService::takeSignInTokens(const QString &username, const QString &address)
{
    if (!m_failuresByName.tryAcquire(username))
        return false;
    if (!m_failuresByAddress.tryAcquire(address)) {
        m_failuresByName.refund(username);
        return false;
    }
    return true;
}

void AccountService::refundSignInTokens(const QString &username, const QString &address)
{
    m_failuresByName.refund(username);
    m_failuresByAddress.refund(address);
}

void AccountService::signIn(const QString &username, const QString &password,
                            const QString &address, QObject *context, Done done)
{
    // Every attempt takes a token before its hash is checked, and a success gives it back:
    // normal use never meets the limit, and concurrent guesses cannot all pass the check
    // before the first failure is counted.
    if (!takeSignInTokens(username, address)) {
        done(failure(Status::RateLimited, QStringLiteral("too many failed sign-ins; wait")));
        return;
    }
    if (!validateUsername(username).isEmpty() || !validatePassword(password).isEmpty()) {
        done(failure(Status::BadCredentials, QStringLiteral("wrong user name or password")));
        return;
    }
    std::shared_ptr<void> slot = reserveHashSlot();
    if (!slot) {
        refundSignInTokens(username, address);
        done(busy());
        return;
    }
    QPointer<QObject> guard(context);
    const Abandonment watch = watchContext(context);
    m_db->submit<std::optional<UserRecord>>(
        this, [username](QSqlDatabase &db) { return UserStore::findByName(db, username); },
        [=, this](DbResult<std::optional<UserRecord>> found) {
            if (!found.ok()) {
                watch.release();
                refundSignInTokens(username, address);
                if (guard)
                    done(failure(Status::Internal, found.error));
                return;
            }
            checkPassword(*found.value, SignInAttempt{username, password, address}, slot, watch,
                          guard, done);
        });
}

void AccountService::checkPassword(const std::optional<UserRecord> &record,
                                   const SignInAttempt &attempt, std::shared_ptr<void> slot,
                                   const Abandonment &watch, QPointer<QObject> guard, Done done)
{
    const PasswordHashCost cost = m_cost;
    runHashing(std::move(slot), watch, [=, this]() {
        bool valid = false;
        if (record && !record->disabled)
            valid = PasswordHasher::verify(record->passwordHash, attempt.password);
        else
            PasswordHasher::verifyDummy(attempt.password, cost);
        // Sign-in is the only time the password is known: the moment to bring a hash made at
        // a lower cost (an older default, a test setting) up to today's.
        QByteArray upgraded;
        if (valid && PasswordHasher::needsRehash(record->passwordHash, cost))
            upgraded = PasswordHasher::hash(attempt.password, cost);
        QMetaObject::invokeMethod(this, [=, this]() {
            watch.release();
            if (!valid) {
                qCInfo(lcAccounts)
                    << "failed sign-in for" << attempt.username << "from" << attempt.address;
                if (guard)
                    done(failure(Status::BadCredentials,
                                 QStringLiteral("wrong user name or password")));
                return;
            }
            refundSignInTokens(attempt.username, attempt.address);
            if (guard)
                issueSession(record->user, PasswordUpgrade{record->passwordHash, upgraded}, guard,
                             done);
        });
    });
}

void AccountService::issueSession(const model::User &user, const PasswordUpgrade &upgrade,
                                  QObject *context, Done done)
{
    const qint64 userId = user.id;
    const int lifetime = m_config.tokenLifetimeDays;
    const int maxTokens = m_config.quotas.tokensPerUser;
    m_db->submit<IssuedToken>(
        context,
        [userId, lifetime, maxTokens, upgrade](QSqlDatabase &db) {
            // Only over the hash that was checked: a password changed meanwhile stays.
            if (!upgrade.stronger.isEmpty() &&
                UserStore::upgradePasswordHash(db, userId, upgrade.checked, upgrade.stronger))
                qCInfo(lcAccounts) << "stronger password hash stored for user" << userId;
            return TokenStore::issue(db, userId, lifetime, maxTokens);
        },
        [self = QPointer<AccountService>(this), done, user](DbResult<IssuedToken> issued) {
            if (!issued.ok()) {
                done(failure(Status::Internal, issued.error));
                return;
            }
            // The oldest sessions made room for this one: they end now, not at the next check.
            for (const QString &hash : std::as_const(issued.value->dropped)) {
                if (self)
                    Q_EMIT self->tokenRevoked(hash);
            }
            AccountResult result;
            result.status = Status::Ok;
            result.user = user;
            result.token = *issued.value;
            done(result);
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
