#pragma once

// Runs the real confabd binary for tests: one-shot commands, a daemon in the background,
// and HTTP calls against it. Every Sandbox has its own data directory and HOME.

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <memory>

class QNetworkReply;

namespace confab::testing {

inline constexpr int kProcessTimeoutMs = 60'000;

struct CommandResult
{
    bool finished = false; // false: killed after the timeout
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QString out;
    QString err;
    QStringList errLines() const;
    QString describe() const; // for failure messages
};

struct DaemonHttpResult
{
    int status = 0; // 0: no HTTP answer (connection refused, timeout)
    QJsonObject json;
};

// Waits for a started `process`, feeds it `input` (then closes stdin) and collects its exit
// and output; kills it after kProcessTimeoutMs.
CommandResult finishProcess(QProcess &process, const QByteArray &input = {});

// The resident memory of process `pid` in KiB (VmRSS), -1 when unknown.
qint64 processRssKiB(qint64 pid);
// Built with AddressSanitizer (and UBSan: the asan preset enables both).
constexpr bool kUnderSanitizers =
#if defined(__SANITIZE_ADDRESS__)
    true;
#else
    false;
#endif
// Whether confabd's RSS says anything about its own memory use: not under AddressSanitizer,
// whose allocator keeps up to 256 MiB of freed memory in quarantine. Memory bounds are then
// checked by the release run of the same test.
constexpr bool kRssIsMeaningful = !kUnderSanitizers;

// Picks `count` distinct ports that are free right now.
QList<quint16> freePorts(int count);

class Sandbox
{
public:
    Sandbox();

    bool isValid() const { return m_root.isValid(); }
    QString dataDir() const;
    QString databasePath() const;
    QString path(const QString &name) const;
    QString writeFile(const QString &name, const QByteArray &contents) const;

    // Environment without the caller's CONFAB_* variables, with HOME in the sandbox.
    QProcessEnvironment environment(const QStringList &extra = {}) const;
    // --data-dir <sandbox> --password-hash-cost minimal, then `arguments`.
    QStringList arguments(const QStringList &arguments) const;

    // Runs confabd to completion with `input` on stdin (then closed).
    CommandResult run(const QStringList &arguments, const QByteArray &input = {},
                      const QStringList &environment = {}) const;

private:
    QTemporaryDir m_root;
};

// confabd in server mode, killed on destruction if still running.
class Daemon
{
public:
    Daemon() = default;
    ~Daemon();
    Daemon(const Daemon &) = delete;
    Daemon &operator=(const Daemon &) = delete;

    void start(const Sandbox &sandbox, const QStringList &arguments,
               const QStringList &environment = {});
    bool isRunning() const;
    QProcess &process() { return m_process; }
    QString output(); // stdout and stderr so far

private:
    QProcess m_process;
    QByteArray m_output;
};

// HTTP client for the daemon at 127.0.0.1:port; every call waits for its answer.
class Http
{
public:
    explicit Http(quint16 port);

    DaemonHttpResult get(const QString &path, const QString &token = {});
    DaemonHttpResult post(const QString &path, const QJsonObject &body, const QString &token = {});
    DaemonHttpResult signIn(const QString &username, const QString &password);
    // True from the first time GET /healthz answered 200 (QTRY_VERIFY evaluates its
    // condition once more after success); otherwise starts a probe when none is in flight.
    // Meant for QTRY_VERIFY, which keeps the event loop running between calls.
    bool healthy();

    quint16 port() const { return m_port; }

private:
    DaemonHttpResult send(const QByteArray &verb, const QString &path, const QByteArray &body,
                          const QString &token);

    quint16 m_port;
    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_probe;
    bool m_healthy = false;
};

} // namespace confab::testing
