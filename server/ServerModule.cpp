#include "ServerModule.h"

#include "Metrics.h"
#include "auth/AccountService.h"
#include "auth/RateLimiter.h"
#include "channels/ChatChannel.h"
#include "channels/NotificationsChannel.h"
#include "channels/UserChannel.h"
#include "chat/ChatDirectory.h"
#include "chat/TypingTracker.h"
#include "http/HttpApi.h"
#include "http/HttpServer.h"
#include "presence/PresenceTracker.h"
#include "socket/ChannelRegistry.h"
#include "socket/SocketServer.h"
#include "socket/TopicHub.h"
#include "storage/DataDirLock.h"
#include "storage/DbWorker.h"
#include "storage/TokenStore.h"
#include "wire/ProtocolNames.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>
#include <optional>

Q_LOGGING_CATEGORY(lcServer, "confab.server")

namespace confab::server {

namespace {
// The minimal cost exists so test suites can register hundreds of users; a real server
// running with it stores passwords that a stolen database gives up in no time.
void warnMinimalHashCost()
{
    // One message, so a log reader (or a test that fails on unexpected warnings) sees one
    // warning line, however loud.
    qCWarning(lcServer).noquote()
        << "WARNING: password hash cost is MINIMAL (for tests only).\n"
           "**************************************************************\n"
           "New passwords are hashed so cheaply that a stolen database reveals them\n"
           "quickly. Do not use --password-hash-cost minimal (CONFAB_PASSWORD_HASH_COST)\n"
           "outside tests.\n"
           "**************************************************************";
}
} // namespace

struct ServerModule::Private
{
    ServerConfig config;
    PasswordHashCost hashCost = PasswordHashCost::interactive();
    Metrics metrics;
    TopicHub hub;
    ChannelRegistry channels;
    DataDirLock dataDirLock;
    std::unique_ptr<DbWorker> db;
    std::unique_ptr<HttpServer> http;
    std::unique_ptr<AccountService> accounts;
    std::unique_ptr<RateLimiter> flood;
    std::unique_ptr<PresenceTracker> presence;
    std::unique_ptr<ChatDirectory> directory;
    std::unique_ptr<TypingTracker> typing;
    std::unique_ptr<SocketServer> sockets;
    quint16 port = 0;
    bool running = false;

    std::optional<QSslConfiguration> tls;
    QTimer tokenPurge;

    void purgeExpiredTokens(QObject *owner);

    QString configureTls();
    quint16 listen();
    quint16 listenOn(const QHostAddress &address, quint16 wantedPort);
    QString listenError; // "<address>:<port> (<reason>)" of the failed listen
    QString loadDirectory();
    void buildSocketLayer(ServerModule *owner);
    HttpApi::DatabaseCheck databaseCheck();
};

ServerModule::ServerModule(ServerConfig config, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->config = std::move(config);
}

ServerModule::~ServerModule()
{
    stop();
}

void ServerModule::setPasswordHashCost(PasswordHashCost cost)
{
    d->hashCost = cost;
}

const ServerConfig &ServerModule::config() const
{
    return d->config;
}

QString ServerModule::Private::configureTls()
{
    QFile certFile(config.tlsCertFile);
    QFile keyFile(config.tlsKeyFile);
    if (!certFile.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read TLS certificate %1").arg(config.tlsCertFile);
    if (!keyFile.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read TLS key %1").arg(config.tlsKeyFile);
    const QList<QSslCertificate> chain = QSslCertificate::fromDevice(&certFile, QSsl::Pem);
    QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        keyFile.seek(0);
        key = QSslKey(&keyFile, QSsl::Ec, QSsl::Pem);
    }
    if (chain.isEmpty())
        return QStringLiteral("no PEM certificate in %1").arg(config.tlsCertFile);
    if (key.isNull())
        return QStringLiteral("no PEM RSA or EC private key in %1").arg(config.tlsKeyFile);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificateChain(chain);
    ssl.setPrivateKey(key);
    tls = ssl;
    return {};
}

// The port of `host`, also listened on at every one of `moreHosts`; 0 when one failed.
quint16 ServerModule::Private::listen()
{
    if (tls)
        http->setTls(*tls);
    const quint16 chosen = listenOn(config.host, config.port);
    if (chosen == 0)
        return 0;
    for (const QHostAddress &address : std::as_const(config.moreHosts)) {
        if (listenOn(address, chosen) == 0)
            return 0;
    }
    return chosen;
}

quint16 ServerModule::Private::listenOn(const QHostAddress &address, quint16 wantedPort)
{
    if (const QString error = http->listen(address, wantedPort); !error.isEmpty()) {
        const QString where = address.protocol() == QAbstractSocket::IPv6Protocol
                                  ? QStringLiteral("[%1]").arg(address.toString())
                                  : address.toString();
        listenError = QStringLiteral("%1:%2 (%3)").arg(where).arg(wantedPort).arg(error);
        qCWarning(lcServer).noquote() << "listen on" << listenError;
        return 0;
    }
    return wantedPort != 0 ? wantedPort : http->serverPort();
}

QString ServerModule::Private::loadDirectory()
{
    const DbResult<ChatDirectory::Snapshot> snapshot =
        db->call<ChatDirectory::Snapshot>(&ChatDirectory::loadSnapshot);
    if (!snapshot.ok())
        return QStringLiteral("cannot load conversations: %1").arg(snapshot.error);
    directory = std::make_unique<ChatDirectory>();
    directory->reset(*snapshot.value);
    return {};
}

void ServerModule::Private::buildSocketLayer(ServerModule *owner)
{
    flood = std::make_unique<RateLimiter>(config.floodBurst, config.floodPerSecond);
    ChatDirectory *chats = directory.get();
    presence = std::make_unique<PresenceTracker>(
        &hub, [chats](qint64 userId) { return chats->audienceOf(userId); });
    typing = std::make_unique<TypingTracker>(&hub, config.typingThrottleMs, config.typingExpiryMs);

    ChatContext chat;
    chat.db = db.get();
    chat.hub = &hub;
    chat.directory = directory.get();
    chat.presence = presence.get();
    chat.typing = typing.get();
    chat.metrics = &metrics;
    chat.owner = owner;
    chat.quotas = config.quotas;
    channels.add(QString(wire::topic::UserPrefix), std::make_shared<UserChannel>(chat));
    channels.add(QString(wire::topic::ChatPrefix), std::make_shared<ChatChannel>(chat));
    channels.add(QString(wire::topic::NotificationsPrefix),
                 std::make_shared<NotificationsChannel>(chat));

    wire::FrameLimits limits;
    limits.maxFrameBytes = config.maxFrameBytes;
    SocketConnection::Services services{
        &channels,
        &hub,
        &metrics,
        flood.get(),
        wire::FrameCodec(limits),
        SocketLimits{config.idleTimeoutMs, config.sendQueueBytes, config.maxChannelsPerSocket,
                     config.maxBadFramesInRow, config.floodBurst, config.floodPerSecond}};
    sockets = std::make_unique<SocketServer>(http.get(), accounts.get(), db.get(), services);
    sockets->setMaxSocketsPerUser(config.maxSocketsPerUser);
    PresenceTracker *tracker = presence.get();
    TypingTracker *typingTracker = typing.get();
    QObject::connect(sockets.get(), &SocketServer::connectionOpened, owner,
                     [tracker](SocketConnection *socket) { tracker->socketOpened(socket); });
    QObject::connect(sockets.get(), &SocketServer::connectionClosed, owner,
                     [tracker, typingTracker](SocketConnection *socket) {
                         typingTracker->socketClosed(socket);
                         tracker->socketClosed(socket);
                     });
}

// Sign-in purges the user's own expired tokens; this catches those of users who never come
// back, so the table does not grow with every session ever issued.
void ServerModule::Private::purgeExpiredTokens(QObject *owner)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    db->submit<int>(
        owner,
        [now](QSqlDatabase &connection) { return TokenStore::purgeExpired(connection, now); },
        [](DbResult<int> purged) {
            if (purged.ok() && *purged.value > 0)
                qCInfo(lcServer) << "purged" << *purged.value << "expired tokens";
        });
}

HttpApi::DatabaseCheck ServerModule::Private::databaseCheck()
{
    DbWorker *worker = db.get();
    return [worker](QObject *context, std::function<void(bool)> done) {
        worker->submit<bool>(
            context,
            [](QSqlDatabase &connection) {
                Database::probeWrite(connection);
                return true;
            },
            [done = std::move(done)](DbResult<bool> result) {
                if (!result.ok())
                    qCWarning(lcServer).noquote() << "health check:" << result.error;
                done(result.ok());
            });
    };
}

QString ServerModule::start()
{
    if (d->running)
        return QStringLiteral("server already running");
    if (const QString problem = d->config.validate(); !problem.isEmpty())
        return problem;
    if (!PasswordHasher::initialize())
        return QStringLiteral("libsodium failed to initialise");

    // Before the database opens: a second server must not even migrate it.
    if (const QString error = d->dataDirLock.acquire(d->config.dataDir); !error.isEmpty())
        return error;
    d->db = std::make_unique<DbWorker>();
    if (const QString error = d->db->start(d->config.databasePath(), d->config.privateDataFiles);
        !error.isEmpty()) {
        d->db.reset();
        d->dataDirLock.release();
        return error;
    }
    d->db->setQueueLimit(std::size_t(d->config.databaseQueueLimit));
    d->http = std::make_unique<HttpServer>();
    d->http->setWebSocketPath(QStringLiteral("/socket/websocket"));
    d->http->setAllowedOrigins(d->config.allowedOrigins);
    d->http->setTrustedProxies(d->config.trustedProxies);
    d->http->setLimits({{},
                        {d->config.httpHeaderTimeoutMs, d->config.httpKeepAliveTimeoutMs},
                        d->config.connectionsPerAddress,
                        d->config.connectionLimitExempt});
    Metrics *metrics = &d->metrics;
    d->http->onRequest = [metrics] { ++metrics->httpRequests; };
    if (d->config.tlsEnabled()) {
        if (const QString error = d->configureTls(); !error.isEmpty()) {
            stop();
            return error;
        }
    }
    if (const QString error = d->loadDirectory(); !error.isEmpty()) {
        stop();
        return error;
    }
    d->accounts = std::make_unique<AccountService>(d->config, d->hashCost, d->db.get());
    QObject::connect(d->accounts.get(), &AccountService::passwordHashSkipped, this,
                     [metrics] { ++metrics->passwordHashesSkipped; });
    HttpApi::install(*d->http, *d->accounts, d->config,
                     {[this] { return metricsText(); }, d->databaseCheck()});
    d->buildSocketLayer(this);

    d->port = d->listen();
    if (d->port == 0) {
        const QString error = QStringLiteral("cannot listen on %1").arg(d->listenError);
        stop();
        return error;
    }
    d->running = true;
    d->purgeExpiredTokens(this);
    constexpr int kTokenPurgeIntervalMs = 60 * 60 * 1000;
    d->tokenPurge.callOnTimeout(this, [this] { d->purgeExpiredTokens(this); });
    d->tokenPurge.start(kTokenPurgeIntervalMs);
    QStringList addresses{d->config.host.toString()};
    for (const QHostAddress &address : std::as_const(d->config.moreHosts))
        addresses << address.toString();
    qCInfo(lcServer).noquote() << "listening on" << addresses.join(u',') << "port" << d->port
                               << (d->config.tlsEnabled() ? "with TLS" : "without TLS");
    // Only once running: a failed start's one error line stays the only line.
    if (d->hashCost.isMinimal())
        warnMinimalHashCost();
    return {};
}

void ServerModule::stop()
{
    if (d->sockets && d->sockets->connectionCount() > 0) {
        // Give clients a moment to complete the close handshake, so 1001 reaches them.
        d->sockets->closeAll();
        QDeadlineTimer deadline(2000);
        while (d->sockets->connectionCount() > 0 && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    d->tokenPurge.stop();
    d->tokenPurge.disconnect();
    // Order matters: sockets reference the hub and channels; accounts reference the database.
    d->sockets.reset();
    d->http.reset();
    d->typing.reset();
    d->presence.reset();
    d->accounts.reset();
    if (d->db)
        d->db->stop();
    d->db.reset();
    d->dataDirLock.release(); // only once the database is closed
    d->directory.reset();
    d->channels = ChannelRegistry();
    d->running = false;
    d->port = 0;
}

bool ServerModule::isRunning() const
{
    return d->running;
}

qint64 ServerModule::dataDirInUseBy() const
{
    return d->dataDirLock.ownerPid();
}

quint16 ServerModule::port() const
{
    return d->port;
}

int ServerModule::broadcast(const QString &topic, const QString &event, const QJsonObject &payload)
{
    return d->hub.broadcast(topic, event, payload);
}

int ServerModule::sendToUser(qint64 userId, const QString &event, const QJsonObject &payload)
{
    return d->hub.broadcast(wire::topic::UserPrefix + QString::number(userId), event, payload);
}

bool ServerModule::registerChannel(const QString &prefix, std::shared_ptr<ChannelHandler> handler)
{
    return d->channels.add(prefix, std::move(handler));
}

void ServerModule::createUser(const QString &username, const QString &displayName,
                              const QString &password, std::function<void(CreatedUser)> done)
{
    if (!d->accounts) {
        done(CreatedUser{false, QStringLiteral("server is not running"), {}});
        return;
    }
    d->accounts->registerUser(username, password, displayName, false, QString(), this,
                              [done](AccountResult result) {
                                  done(CreatedUser{result.status == AccountResult::Status::Ok,
                                                   result.message, result.user});
                              });
}

QByteArray ServerModule::metricsText() const
{
    return d->metrics.renderPrometheus(d->db ? d->db->commits() : 0,
                                       d->db ? d->db->largestBatch() : 0);
}

int ServerModule::connectionCount() const
{
    return d->sockets ? int(d->sockets->connectionCount()) : 0;
}

} // namespace confab::server
