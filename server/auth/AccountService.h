#pragma once

#include "ServerConfig.h"
#include "auth/PasswordHasher.h"
#include "auth/RateLimiter.h"
#include "model/User.h"
#include "storage/TokenStore.h"
#include "storage/UserStore.h"
#include "wire/ProtocolNames.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace confab::server {

class DbWorker;

// Outcome of an account operation, ready to map onto HTTP statuses or embedding callbacks.
struct AccountResult
{
    enum class Status { Ok, Invalid, Taken, BadCredentials, RateLimited, Busy, Internal };
    Status status = Status::Internal;
    QString message;
    model::User user;
    IssuedToken token;
};

// Registration, sign-in, sign-out and token checks. Password hashing runs on a small thread
// pool and SQL on the database thread, so nothing here blocks the network thread.
class AccountService : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(AccountResult)>;

    AccountService(const ServerConfig &config, PasswordHashCost cost, DbWorker *db,
                   QObject *parent = nullptr);
    ~AccountService() override;

    // Validation shared with the admin CLI. Empty when fine.
    static QString validateUsername(const QString &username);
    static QString validatePassword(const QString &password);
    static QString validateDisplayName(const QString &displayName);

    // `address` is the client's rate-limit key (addressBucketKey); empty for local callers,
    // which are not limited. `context` going away (the HTTP connection closed) drops the work.
    void registerUser(const QString &username, const QString &password, const QString &displayName,
                      bool issueToken, const QString &address, QObject *context, Done done);
    void signIn(const QString &username, const QString &password, const QString &address,
                QObject *context, Done done);
    void signOut(const QString &token, QObject *context, std::function<void(bool)> done);
    void resolveToken(const QString &token, QObject *context,
                      std::function<void(std::optional<TokenOwner>)> done);

Q_SIGNALS:
    // Emitted when a token stops being valid, so its sockets can be closed with 4401.
    void tokenRevoked(const QString &tokenHash);
    // A queued hash was dropped because its client hung up first. Emitted on a hash thread.
    void passwordHashSkipped();

private:
    // Tells the hash thread that the requester is gone.
    struct Abandonment
    {
        std::shared_ptr<std::atomic_bool> gone;
        QMetaObject::Connection connection;
        QMetaObject::Connection hangUp;
        void release() const
        {
            QObject::disconnect(connection);
            QObject::disconnect(hangUp);
        }
    };
    struct SignInAttempt
    {
        QString username;
        QString password;
        QString address;
    };
    // A hash made at today's cost to replace the weaker one that was just checked.
    struct PasswordUpgrade
    {
        QByteArray checked;
        QByteArray stronger; // empty: nothing to replace
    };

    static AccountResult busy();
    // Null when the hash queue is full; the place is freed when the returned pointer dies.
    std::shared_ptr<void> reserveHashSlot();
    Abandonment watchContext(QObject *context);
    void runHashing(std::shared_ptr<void> slot, const Abandonment &watch,
                    std::function<void()> work);
    bool takeRegistrationToken(const QString &address);
    void refundRegistrationToken(const QString &address);
    bool takeSignInTokens(const QString &username, const QString &address);
    void refundSignInTokens(const QString &username, const QString &address);
    void storeNewUser(const QString &username, const QString &displayName, const QByteArray &hash,
                      bool issueToken, int lifetime, QObject *context, Done done);
    void checkPassword(const std::optional<UserRecord> &record, const SignInAttempt &attempt,
                       std::shared_ptr<void> slot, const Abandonment &watch,
                       QPointer<QObject> guard, Done done);
    void issueSession(const model::User &user, const PasswordUpgrade &upgrade, QObject *context,
                      Done done);

    ServerConfig m_config;
    PasswordHashCost m_cost;
    DbWorker *m_db;
    QThreadPool m_hashPool;
    RateLimiter m_failuresByName;
    RateLimiter m_failuresByAddress;
    RateLimiter m_registrationsByAddress;
    // Hash jobs queued or running; bounded by ServerConfig::passwordHashQueueLimit.
    std::shared_ptr<std::atomic<int>> m_hashJobs = std::make_shared<std::atomic<int>>(0);
};

} // namespace confab::server
