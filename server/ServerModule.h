#pragma once

#include "ServerConfig.h"
#include "auth/PasswordHasher.h"
#include "model/User.h"
#include "socket/Channel.h"

#include <QJsonObject>
#include <QObject>
#include <functional>
#include <memory>

namespace confab::server {

// The embeddable Confab server: HTTP API and Phoenix socket on one port, SQLite storage on its
// own thread. confabd is a thin wrapper around it; the desktop app embeds it for "host on this
// computer". Everything here is called on the thread that owns the module.
class ServerModule : public QObject
{
    Q_OBJECT
public:
    explicit ServerModule(ServerConfig config, QObject *parent = nullptr);
    ~ServerModule() override;

    // Opens the database and starts listening. Returns an error text, empty on success.
    QString start();
    // Closes every socket with 1001, drains the database queue and closes the database.
    void stop();
    bool isRunning() const;
    quint16 port() const;
    const ServerConfig &config() const;
    // When the last start() was refused because another server holds the data directory:
    // that server's PID (-1 when unknown). 0 otherwise. Lets an embedding app say it its way.
    qint64 dataDirInUseBy() const;

    // Lower the argon2id cost (tests only). Must be called before start().
    void setPasswordHashCost(PasswordHashCost cost);

    // Sends [null, null, topic, event, payload] to every socket joined to `topic`.
    int broadcast(const QString &topic, const QString &event, const QJsonObject &payload);
    // Sends `event` on `user:<id>` to every socket of that user joined to it.
    int sendToUser(qint64 userId, const QString &event, const QJsonObject &payload);
    // Serves topics starting with `prefix` with `handler`. False if the prefix is taken.
    bool registerChannel(const QString &prefix, std::shared_ptr<ChannelHandler> handler);

    struct CreatedUser
    {
        bool ok = false;
        QString error;
        model::User user;
    };
    // Creates an account (validated like registration; works with registration closed).
    void createUser(const QString &username, const QString &displayName, const QString &password,
                    std::function<void(CreatedUser)> done);

    QByteArray metricsText() const;
    int connectionCount() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace confab::server
