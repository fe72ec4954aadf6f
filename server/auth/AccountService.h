#pragma once

#include "ServerConfig.h"
#include "auth/PasswordHasher.h"
#include "auth/RateLimiter.h"
#include "model/User.h"
#include "storage/TokenStore.h"
#include "wire/ProtocolNames.h"

#include <QObject>
#include <QThreadPool>
#include <functional>
#include <optional>

namespace confab::server {

class DbWorker;

// Outcome of an account operation, ready to map onto HTTP statuses or embedding callbacks.
struct AccountResult
{
    enum class Status { Ok, Invalid, Taken, BadCredentials, RateLimited, Internal };
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

    void registerUser(const QString &username, const QString &password, const QString &displayName,
                      bool issueToken, QObject *context, Done done);
    void signIn(const QString &username, const QString &password, const QString &address,
                QObject *context, Done done);
    void signOut(const QString &token, QObject *context, std::function<void(bool)> done);
    void resolveToken(const QString &token, QObject *context,
                      std::function<void(std::optional<TokenOwner>)> done);

Q_SIGNALS:
    // Emitted when a token stops being valid, so its sockets can be closed with 4401.
    void tokenRevoked(const QString &tokenHash);

private:
    void runHashing(std::function<void()> work);

    ServerConfig m_config;
    PasswordHashCost m_cost;
    DbWorker *m_db;
    QThreadPool m_hashPool;
    RateLimiter m_failuresByName;
    RateLimiter m_failuresByAddress;
};

} // namespace confab::server
