#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QThread>
#include <QUrl>
#include <functional>
#include <memory>

namespace confab::app {

// "Host on this computer": runs the Confab server module on a thread of its own, so the GUI
// thread never parses a request, hashes a password or waits for a socket to close. Every
// call here is made on the thread that owns this object, and every signal and callback
// arrives there.
class EmbeddedHost : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString dataDir;     // created (mode 0700) when missing
        quint16 port = 4100; // 0: any free port
        // Also listen on this computer's private network addresses (LanAddresses.h), so
        // teammates can sign in with accounts created here. Registration stays closed either
        // way: nobody can create an account from another computer.
        bool lanAccess = false;
        bool minimalPasswordHashCost = false; // tests only: argon2id at its cheapest
    };
    using CreateUserDone = std::function<void(bool ok, const QString &error)>;

    explicit EmbeddedHost(QObject *parent = nullptr);
    // Stops the server on its thread (closing sockets, draining the database queue) and joins
    // the thread. Blocks while that happens.
    ~EmbeddedHost() override;

    // Starts the server; started() or failed() follows. When the port is taken it falls back
    // once to a free port, which started() reports. Ignored while starting or running.
    void start(const Config &config);
    // Stops the server; stopped() follows once its port is closed.
    void stop();

    bool isRunning() const { return m_state == State::Running; }
    quint16 port() const { return m_port; }
    // Where a client on this computer reaches the server; empty while it is not running.
    QUrl url() const;
    // The private network addresses the server listens on besides loopback (LAN mode); empty
    // while it is not running, without LAN access, or when this computer has none.
    QList<QHostAddress> lanAddresses() const { return m_lanAddresses; }
    // The thread the server runs on (for tests and diagnostics).
    QThread *serverThread() { return &m_thread; }

    // Creates an account, also when registration is closed. `done` runs on this object's
    // thread exactly once, unless this object is destroyed first.
    void createUser(const QString &username, const QString &displayName, const QString &password,
                    CreateUserDone done);

Q_SIGNALS:
    void started(quint16 port);
    void failed(const QString &error);
    void stopped();

private:
    class Runner;
    enum class State { Stopped, Starting, Running };

    void finishStart(int generation, quint16 port, const QList<QHostAddress> &lanAddresses,
                     const QString &error);

    QThread m_thread;
    std::unique_ptr<Runner> m_runner; // lives on m_thread; deleted after it has finished
    State m_state = State::Stopped;
    int m_generation = 0; // results of an earlier start() or stop() are stale
    quint16 m_port = 0;
    QList<QHostAddress> m_lanAddresses;
};

} // namespace confab::app
