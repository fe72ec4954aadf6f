#pragma once

#include "socket/SocketConnection.h"
#include "storage/TokenStore.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <memory>

namespace confab::server {

class AccountService;
class DbWorker;
class HttpServer;

// Takes WebSockets from the HTTP server, authenticates them (token in the subprotocol or query),
// and keeps the set of live connections: by user for presence, by token for revocation.
class SocketServer : public QObject
{
    Q_OBJECT
public:
    SocketServer(HttpServer *http, AccountService *accounts, DbWorker *db,
                 SocketConnection::Services services, QObject *parent = nullptr);
    ~SocketServer() override;

    // Closes every socket with 1001 (going away).
    void closeAll();
    void closeToken(const QString &tokenHash, int code, const QString &reason);
    qsizetype connectionCount() const { return m_connections.size(); }
    // Sockets one user may hold open; one more is closed with 1008 once its token checks out.
    void setMaxSocketsPerUser(int limit) { m_maxSocketsPerUser = limit; }

Q_SIGNALS:
    void connectionOpened(confab::server::SocketConnection *connection);
    void connectionClosed(confab::server::SocketConnection *connection);

private:
    static QString connectToken(const WireSocket &socket);
    void authenticate(std::unique_ptr<WireSocket> socket);
    void adopt(std::unique_ptr<WireSocket> socket, const TokenOwner &owner,
               const QList<QByteArray> &earlyFrames);
    void refuse(WireSocket *socket, int code, const QString &reason);
    void revalidateTokens();

    HttpServer *m_http;
    AccountService *m_accounts;
    DbWorker *m_db;
    SocketConnection::Services m_services;
    QHash<SocketConnection *, std::shared_ptr<SocketConnection>> m_connections;
    QTimer m_revalidateTimer;
    int m_maxSocketsPerUser = 20;
};

} // namespace confab::server
