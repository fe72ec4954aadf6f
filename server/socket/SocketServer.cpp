#include "socket/SocketServer.h"

#include "Metrics.h"
#include "auth/AccountService.h"
#include "http/HttpServer.h"
#include "socket/TopicHub.h"
#include "storage/DbWorker.h"
#include "storage/StorageError.h"
#include "websocket/WebSocketHandshake.h"

#include <QLoggingCategory>
#include <QSet>
#include <QSqlQuery>
#include <QUrlQuery>
#include <algorithm>

Q_LOGGING_CATEGORY(lcSocketServer, "confab.socket.server")

namespace confab::server {

namespace {
// Tokens revoked from outside this process (confabd user disable) or expired are noticed
// within this interval.
constexpr int kRevalidateIntervalMs = 15'000;

// The close reason of a refused token: the protocol's own name for it.
QString unauthorizedReason()
{
    return wire::errorReasonName(wire::ErrorReason::Unauthorized);
}
constexpr qsizetype kMaxEarlyFrames = 200;
// Bytes of those frames: phoenix.js sends a few small joins. At least one frame of the
// configured size always fits.
constexpr qsizetype kMaxEarlyBytes = 256 * 1024;

struct EarlyFrames
{
    QList<QByteArray> frames;
    qsizetype bytes = 0;
};
} // namespace

SocketServer::SocketServer(HttpServer *http, AccountService *accounts, DbWorker *db,
                           SocketConnection::Services services, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_accounts(accounts)
    , m_db(db)
    , m_services(std::move(services))
{
    m_http->setWebSocketHandler(
        m_services.codec.limits().maxFrameBytes,
        [this](std::unique_ptr<WireSocket> socket) { authenticate(std::move(socket)); });
    connect(m_accounts, &AccountService::tokenRevoked, this, [this](const QString &hash) {
        closeToken(hash, wire::close_code::Unauthorized, QStringLiteral("token revoked"));
    });
    connect(&m_revalidateTimer, &QTimer::timeout, this, &SocketServer::revalidateTokens);
    m_revalidateTimer.start(kRevalidateIntervalMs);
}

SocketServer::~SocketServer()
{
    for (auto &connection : m_connections)
        connection->disconnect(this);
}

void SocketServer::refuse(WireSocket *socket, int code, const QString &reason)
{
    ++m_services.metrics->connectionsRejected;
    m_services.metrics->countError(wire::errorReasonName(code == wire::close_code::Unauthorized
                                                             ? wire::ErrorReason::Unauthorized
                                                             : wire::ErrorReason::Forbidden));
    socket->close(code, reason);
}

QString SocketServer::connectToken(const WireSocket &socket)
{
    // The subprotocol form wins: a client that sends it means it, and a stale query token
    // must not override it.
    const QString offered = bearerTokenFromSubprotocols(socket.offeredSubprotocols());
    if (!offered.isEmpty())
        return offered;
    return QUrlQuery(socket.requestUrl())
        .queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
}

void SocketServer::authenticate(std::unique_ptr<WireSocket> socket)
{
    if (!m_http->originAllowed(socket->origin())) {
        refuse(socket.get(), wire::close_code::PolicyViolation,
               QStringLiteral("origin not allowed"));
        socket.release()->deleteLater();
        return;
    }
    const QString token = connectToken(*socket);
    QPointer<WireSocket> pending(socket.release());
    pending->setParent(this);
    // phoenix.js sends its joins right after the socket opens, before the token has been
    // checked: keep those frames (bounded) and process them only once the token checks out.
    // Bounded by count and by bytes: 200 frames of the size limit were 12.5 MiB per socket.
    auto early = std::make_shared<EarlyFrames>();
    const qsizetype maxBytes = std::max(kMaxEarlyBytes, m_services.codec.limits().maxFrameBytes);
    connect(pending, &WireSocket::textReceived, pending,
            [this, early, pending, maxBytes](const QByteArray &message) {
                early->frames.append(message);
                early->bytes += message.size();
                if (early->frames.size() > kMaxEarlyFrames || early->bytes > maxBytes) {
                    early->frames.clear(); // refused: none of them will be processed
                    refuse(pending, wire::close_code::PolicyViolation,
                           QStringLiteral("too many frames before authentication"));
                }
            });
    m_accounts->resolveToken(
        token, pending, [this, pending, early](std::optional<TokenOwner> owner) {
            if (!pending)
                return;
            pending->disconnect(pending);
            if (!owner || !pending->isOpen()) {
                refuse(pending, wire::close_code::Unauthorized, unauthorizedReason());
                pending->deleteLater();
                return;
            }
            if (m_services.hub->socketsOf(owner->user.id).size() >= m_maxSocketsPerUser) {
                // Each socket costs a send queue and its joins; one account must not hold
                // thousands. Said in the close reason, so the client can tell the user.
                refuse(pending, wire::close_code::PolicyViolation,
                       QStringLiteral("too many connections for this user (at most %1)")
                           .arg(m_maxSocketsPerUser));
                pending->deleteLater();
                return;
            }
            std::unique_ptr<WireSocket> socket(pending.data());
            adopt(std::move(socket), *owner, early->frames);
        });
}

void SocketServer::adopt(std::unique_ptr<WireSocket> socket, const TokenOwner &owner,
                         const QList<QByteArray> &earlyFrames)
{
    const QUrlQuery query(socket->requestUrl());
    QString device = query.queryItemValue(QStringLiteral("device_unique_id")).left(64);
    if (device.isEmpty())
        device = QStringLiteral("unknown");
    auto connection = std::make_shared<SocketConnection>(std::move(socket), owner.user, device,
                                                         owner.tokenHash, m_services);
    SocketConnection *raw = connection.get();
    m_connections.insert(raw, connection);
    ++m_services.metrics->connectionsOpen;
    ++m_services.metrics->connectionsTotal;
    m_services.hub->addUserSocket(owner.user.id, raw);
    connect(raw, &SocketConnection::closed, this, [this](SocketConnection *closed) {
        auto it = m_connections.find(closed);
        if (it == m_connections.end())
            return;
        std::shared_ptr<SocketConnection> keep = it.value();
        m_connections.erase(it);
        --m_services.metrics->connectionsOpen;
        m_services.hub->removeSocket(closed->user().id, closed);
        Q_EMIT connectionClosed(closed);
        // Deleted on the next loop turn: we are inside one of its signal emissions.
        QMetaObject::invokeMethod(
            this, [keep]() {}, Qt::QueuedConnection);
    });
    qCDebug(lcSocketServer) << "socket open for" << owner.user.username << "device" << device;
    Q_EMIT connectionOpened(raw);
    raw->processEarlyFrames(earlyFrames);
}

void SocketServer::closeAll()
{
    const auto connections = m_connections;
    for (const auto &connection : connections)
        connection->close(wire::close_code::GoingAway, QStringLiteral("server shutting down"));
}

void SocketServer::closeToken(const QString &tokenHash, int code, const QString &reason)
{
    const auto connections = m_connections;
    for (const auto &connection : connections) {
        if (connection->tokenHash() == tokenHash)
            connection->close(code, reason);
    }
}

void SocketServer::revalidateTokens()
{
    // A set: a list's contains() made this quadratic in the number of sockets.
    QSet<QString> unique;
    for (const auto &connection : std::as_const(m_connections))
        unique.insert(connection->tokenHash());
    const QStringList hashes(unique.cbegin(), unique.cend());
    if (hashes.isEmpty())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_db->submit<QStringList>(
        this,
        [hashes, now](QSqlDatabase &db) {
            QStringList dead;
            for (const QString &hash : hashes) {
                SqlRows query = execSql(db,
                                        QStringLiteral("SELECT 1 FROM tokens t JOIN users u ON "
                                                       "u.id = t.user_id WHERE t.token_hash = ? "
                                                       "AND t.expires_at > ? AND u.disabled = 0"),
                                        {hash, now});
                if (!query.next())
                    dead.append(hash);
            }
            return dead;
        },
        [this](DbResult<QStringList> dead) {
            if (!dead.ok())
                return;
            for (const QString &hash : *dead.value)
                closeToken(hash, wire::close_code::Unauthorized, QStringLiteral("token revoked"));
        });
}

} // namespace confab::server
