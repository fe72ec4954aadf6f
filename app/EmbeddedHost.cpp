#include "EmbeddedHost.h"

#include "LanAddresses.h"
#include "ServerModule.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTcpServer>
#include <algorithm>

namespace confab::app {

namespace {

Q_LOGGING_CATEGORY(lcHost, "confab.app.host")

// Loopback for this computer, and in LAN mode each private address (never all interfaces,
// which would include a public one). Until invites exist, every account is created here
// through createUser(): open registration on a LAN would let anyone on it sign up.
server::ServerConfig serverConfigFor(const EmbeddedHost::Config &config, quint16 port,
                                     const QList<QHostAddress> &lanAddresses)
{
    server::ServerConfig result;
    result.dataDir = config.dataDir;
    result.port = port;
    result.host = QHostAddress(QHostAddress::LocalHost);
    result.moreHosts = lanAddresses;
    result.registrationOpen = false;
    // Chat history and password hashes: owner-only even under a permissive umask.
    result.privateDataFiles = true;
    return result;
}

bool canListen(const QList<QHostAddress> &addresses, quint16 port)
{
    return std::all_of(addresses.cbegin(), addresses.cend(), [port](const QHostAddress &address) {
        QTcpServer probe;
        return probe.listen(address, port);
    });
}

QList<QHostAddress> lanAddressesFor(const EmbeddedHost::Config &config)
{
    if (!config.lanAccess)
        return {};
    QList<QHostAddress> found = privateNetworkAddresses(interfaceAddresses());
    // An address the kernel will not bind yet (IPv6 still checking for duplicates) would fail
    // the whole start; it is left out, and picked up by the next restart.
    found.removeIf([](const QHostAddress &address) {
        if (canListen({address}, 0))
            return false;
        qCWarning(lcHost) << "cannot listen on" << address << "; leaving it out";
        return true;
    });
    if (found.isEmpty())
        qCWarning(lcHost) << "LAN access is on, but this computer has no private network "
                             "address; listening on loopback only";
    return found;
}

// The folder holds password hashes and every message, so it is the owner's alone from the
// moment it exists. A folder the user already has keeps the permissions they gave it.
QString ensureDataDir(const QString &path)
{
    if (path.isEmpty())
        return EmbeddedHost::tr("No data folder is set for the server on this computer.");
    if (QFileInfo(path).isDir())
        return {};
    if (!QDir().mkpath(path) ||
        !QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return EmbeddedHost::tr("Could not create the data folder %1.")
            .arg(QDir::toNativeSeparators(path));
    return {};
}

// Delivers the answer to createUser() once, on the host's thread. When the server drops the
// request because it stopped first, the last copy going away still answers, so the caller
// is never left waiting.
class ReplyOnce
{
    Q_DISABLE_COPY_MOVE(ReplyOnce)
public:
    ReplyOnce(EmbeddedHost *host, EmbeddedHost::CreateUserDone done)
        : m_host(host)
        , m_done(std::move(done))
    {
    }
    ~ReplyOnce()
    {
        if (!m_sent)
            send(false, EmbeddedHost::tr("The server on this computer stopped."));
    }
    void send(bool ok, const QString &error)
    {
        m_sent = true;
        QMetaObject::invokeMethod(
            m_host, [done = m_done, ok, error] { done(ok, error); }, Qt::QueuedConnection);
    }

private:
    EmbeddedHost *m_host;
    EmbeddedHost::CreateUserDone m_done;
    bool m_sent = false;
};

// Two servers on one folder would split the people connecting to them, so the second is
// refused (server/storage/DataDirLock); usually the other is a confabd or a second session.
QString dataDirInUseText(const QString &dataDir, qint64 pid)
{
    const QString folder = QDir::toNativeSeparators(dataDir);
    if (pid < 0)
        return EmbeddedHost::tr("Another Confab server is already using the data folder %1. "
                                "Stop it first, or choose another folder.")
            .arg(folder);
    return EmbeddedHost::tr("Another Confab server (process %1) is already using the data folder "
                            "%2. Stop it first, or choose another folder.")
        .arg(pid)
        .arg(folder);
}

QString notRunningText()
{
    return EmbeddedHost::tr("The server on this computer is not running.");
}

} // namespace

// Owns the server module on the server thread; every member function runs there.
class EmbeddedHost::Runner : public QObject
{
public:
    struct Started
    {
        quint16 port = 0;
        QString error;
        QList<QHostAddress> lanAddresses;
    };

    Started start(const Config &config)
    {
        if (m_module)
            return {0,
                    EmbeddedHost::tr("The server on this computer is still stopping; try again."),
                    {}};
        if (const QString error = ensureDataDir(config.dataDir); !error.isEmpty())
            return {0, error, {}};
        // Another program on our port is common (a second user session, an old confabd), and
        // the port only matters to teammates on the LAN, who are told the actual one. Trying
        // it with a bare socket first keeps a failed server start out of the log.
        const QList<QHostAddress> lan = lanAddressesFor(config);
        quint16 port = config.port;
        if (port != 0 && !canListen(QList{QHostAddress(QHostAddress::LocalHost)} + lan, port)) {
            qCInfo(lcHost) << "port" << port << "is taken; using a free port";
            port = 0;
        }
        bool inUse = false;
        const QString error = startModule(config, port, lan, inUse);
        if (inUse)
            return {0, error, {}};
        if (!error.isEmpty())
            return {0,
                    EmbeddedHost::tr("Could not start the server on this computer: %1").arg(error),
                    {}};
        return {m_module->port(), {}, lan};
    }

    // ServerModule::stop() runs the event loop while sockets close; calls arriving meanwhile
    // see m_stopping and leave the module alone.
    void stop()
    {
        if (!m_module || m_stopping)
            return;
        m_stopping = true;
        m_module->stop();
        m_module.reset();
        m_stopping = false;
    }

    void createUser(const QString &username, const QString &displayName, const QString &password,
                    const std::shared_ptr<ReplyOnce> &reply)
    {
        if (!m_module || m_stopping) {
            reply->send(false, notRunningText());
            return;
        }
        m_module->createUser(username, displayName, password,
                             [reply](const server::ServerModule::CreatedUser &created) {
                                 reply->send(created.ok, created.error);
                             });
    }

private:
    // `inUse`: refused because another server holds the data folder; the text says so.
    QString startModule(const Config &config, quint16 port, const QList<QHostAddress> &lan,
                        bool &inUse)
    {
        auto module = std::make_unique<server::ServerModule>(serverConfigFor(config, port, lan));
        if (config.minimalPasswordHashCost)
            module->setPasswordHashCost(server::PasswordHashCost::minimal());
        if (const QString error = module->start(); !error.isEmpty()) {
            if (const qint64 pid = module->dataDirInUseBy(); pid != 0) {
                inUse = true;
                return dataDirInUseText(config.dataDir, pid);
            }
            return error;
        }
        m_module = std::move(module);
        return {};
    }

    std::unique_ptr<server::ServerModule> m_module;
    bool m_stopping = false;
};

EmbeddedHost::EmbeddedHost(QObject *parent)
    : QObject(parent)
    , m_runner(std::make_unique<Runner>())
{
    m_thread.setObjectName(QStringLiteral("confab-server"));
    m_runner->moveToThread(&m_thread);
}

EmbeddedHost::~EmbeddedHost()
{
    if (!m_thread.isRunning())
        return;
    Runner *runner = m_runner.get();
    QMetaObject::invokeMethod(
        runner, [runner] { runner->stop(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void EmbeddedHost::start(const Config &config)
{
    if (m_state != State::Stopped) {
        qCWarning(lcHost) << "start() ignored: the server is already starting or running";
        return;
    }
    m_state = State::Starting;
    const int generation = ++m_generation;
    if (!m_thread.isRunning())
        m_thread.start();
    Runner *runner = m_runner.get();
    QMetaObject::invokeMethod(
        runner,
        [this, runner, config, generation] {
            const Runner::Started result = runner->start(config);
            QMetaObject::invokeMethod(
                this,
                [this, generation, result] {
                    finishStart(generation, result.port, result.lanAddresses, result.error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void EmbeddedHost::finishStart(int generation, quint16 port,
                               const QList<QHostAddress> &lanAddresses, const QString &error)
{
    if (generation != m_generation)
        return; // stop() was called meanwhile
    if (!error.isEmpty()) {
        m_state = State::Stopped;
        qCWarning(lcHost).noquote() << error;
        Q_EMIT failed(error);
        return;
    }
    m_state = State::Running;
    m_port = port;
    m_lanAddresses = lanAddresses;
    if (m_lanAddresses.isEmpty())
        qCInfo(lcHost) << "server on this computer listens on port" << m_port;
    else
        qCInfo(lcHost) << "server on this computer listens on port" << m_port << "on loopback and"
                       << m_lanAddresses;
    Q_EMIT started(m_port);
}

void EmbeddedHost::stop()
{
    if (m_state == State::Stopped)
        return;
    m_state = State::Stopped;
    m_port = 0;
    m_lanAddresses.clear();
    const int generation = ++m_generation;
    Runner *runner = m_runner.get();
    QMetaObject::invokeMethod(
        runner,
        [this, runner, generation] {
            runner->stop();
            QMetaObject::invokeMethod(
                this,
                [this, generation] {
                    if (generation == m_generation)
                        Q_EMIT stopped();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

QUrl EmbeddedHost::url() const
{
    if (m_state != State::Running)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

void EmbeddedHost::createUser(const QString &username, const QString &displayName,
                              const QString &password, CreateUserDone done)
{
    auto reply = std::make_shared<ReplyOnce>(this, std::move(done));
    if (!m_thread.isRunning()) {
        reply->send(false, notRunningText());
        return;
    }
    Runner *runner = m_runner.get();
    QMetaObject::invokeMethod(
        runner,
        [runner, username, displayName, password, reply] {
            runner->createUser(username, displayName, password, reply);
        },
        Qt::QueuedConnection);
}

} // namespace confab::app
