#include "ConfabdHarness.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <memory>
#include <vector>

namespace confab::testing {

namespace {
const QString kConfabd = QStringLiteral(CONFABD_PATH);
} // namespace

QStringList CommandResult::errLines() const
{
    return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString CommandResult::describe() const
{
    return QStringLiteral("finished=%1 status=%2 exit=%3\nstdout: %4\nstderr: %5")
        .arg(finished)
        .arg(int(exitStatus))
        .arg(exitCode)
        .arg(out, err);
}

qint64 processRssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QList<quint16> freePorts(int count)
{
    // All listen at once, so the ports are distinct; they are free again once closed.
    std::vector<std::unique_ptr<QTcpServer>> servers;
    QList<quint16> ports;
    for (int i = 0; i < count; ++i) {
        auto server = std::make_unique<QTcpServer>();
        if (!server->listen(QHostAddress::LocalHost, 0))
            return {};
        ports.append(server->serverPort());
        servers.push_back(std::move(server));
    }
    return ports;
}

Sandbox::Sandbox()
{
    QDir(m_root.path()).mkpath(QStringLiteral("home"));
}

QString Sandbox::dataDir() const
{
    return m_root.filePath(QStringLiteral("data"));
}

QString Sandbox::databasePath() const
{
    return QDir(dataDir()).filePath(QStringLiteral("confab.sqlite3"));
}

QString Sandbox::path(const QString &name) const
{
    return m_root.filePath(name);
}

QString Sandbox::writeFile(const QString &name, const QByteArray &contents) const
{
    const QString filePath = path(name);
    QFile file(filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) < 0)
        qFatal("cannot write %s", qPrintable(filePath));
    return filePath;
}

QProcessEnvironment Sandbox::environment(const QStringList &extra) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList names = environment.keys();
    for (const QString &name : names) {
        if (name.startsWith(QLatin1StringView("CONFAB_")) ||
            name.startsWith(QLatin1StringView("XDG_")))
            environment.remove(name);
    }
    environment.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
    for (const QString &assignment : extra) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        environment.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    return environment;
}

QStringList Sandbox::arguments(const QStringList &arguments) const
{
    return QStringList{QStringLiteral("--data-dir"), dataDir(),
                       QStringLiteral("--password-hash-cost"), QStringLiteral("minimal")} +
           arguments;
}

CommandResult Sandbox::run(const QStringList &arguments, const QByteArray &input,
                           const QStringList &environment) const
{
    QProcess process;
    process.setProcessEnvironment(this->environment(environment));
    process.setWorkingDirectory(m_root.path());
    process.start(kConfabd, arguments);
    return finishProcess(process, input);
}

CommandResult finishProcess(QProcess &process, const QByteArray &input)
{
    CommandResult result;
    if (!process.waitForStarted(kProcessTimeoutMs)) {
        result.err = process.errorString();
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    result.finished = process.waitForFinished(kProcessTimeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitCode();
    result.exitStatus = process.exitStatus();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

Daemon::~Daemon()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(kProcessTimeoutMs);
    }
}

void Daemon::start(const Sandbox &sandbox, const QStringList &arguments,
                   const QStringList &environment)
{
    m_process.setProcessEnvironment(sandbox.environment(environment));
    m_process.setWorkingDirectory(sandbox.path(QString()));
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(kConfabd, arguments);
    m_process.closeWriteChannel();
}

bool Daemon::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

QString Daemon::output()
{
    m_output += m_process.readAll();
    return QString::fromUtf8(m_output);
}

Http::Http(quint16 port)
    : m_port(port)
{
    m_network.setProxy(QNetworkProxy::NoProxy);
}

DaemonHttpResult Http::get(const QString &path, const QString &token)
{
    return send("GET", path, {}, token);
}

DaemonHttpResult Http::post(const QString &path, const QJsonObject &body, const QString &token)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

DaemonHttpResult Http::signIn(const QString &username, const QString &password)
{
    return post(QStringLiteral("/api/v1/session"),
                {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
}

bool Http::healthy()
{
    if (m_healthy)
        return true;
    if (m_probe && m_probe->isFinished()) {
        const int status = m_probe->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_probe->deleteLater();
        m_probe.clear();
        m_healthy = status == 200;
        if (m_healthy)
            return true;
    }
    if (!m_probe) {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/healthz").arg(m_port)));
        request.setTransferTimeout(5000);
        m_probe = m_network.get(request);
    }
    return false;
}

DaemonHttpResult Http::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                            const QString &token)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    request.setTransferTimeout(kProcessTimeoutMs);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(kProcessTimeoutMs);
    DaemonHttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return result;
}

} // namespace confab::testing
