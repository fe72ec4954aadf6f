// Nothing starts half-broken (issue #13): the real confabd refuses to start on a database it
// cannot write, on a data directory another server holds and with a bad /metrics allowlist,
// and says why; /metrics is served only to allowed addresses; weak password hashes are
// replaced at sign-in.

#include "ConfabdHarness.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <unistd.h>

using namespace confab::testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 30'000;
const QString kPassword = QStringLiteral("correct horse battery");
// The "nobody" user and group of Debian.
constexpr uid_t kNobody = 65534;

QByteArray line(const QString &text)
{
    return text.toUtf8() + '\n';
}

// Runs confabd as `nobody` through setpriv (util-linux). Root ignores file mode bits, so only
// an unprivileged process sees a read-only file as read-only.
CommandResult runAsNobody(const Sandbox &sandbox, const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(sandbox.environment());
    process.setWorkingDirectory(sandbox.dataDir());
    process.start(u"setpriv"_s, QStringList{u"--reuid=65534"_s, u"--regid=65534"_s,
                                            u"--clear-groups"_s, QStringLiteral(CONFABD_PATH)} +
                                    arguments);
    return finishProcess(process);
}

// Gives the data directory and everything in it to `nobody`, and lets it reach the directory.
bool handOverToNobody(const Sandbox &sandbox)
{
    const QFile::Permissions traversable =
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther;
    if (!QFile::setPermissions(QDir(sandbox.path(QString())).absolutePath(), traversable) ||
        !QFile::setPermissions(sandbox.path(u"home"_s), traversable))
        return false;
    QStringList paths{sandbox.dataDir()};
    QDirIterator files(sandbox.dataDir(), QDir::Files | QDir::Hidden);
    while (files.hasNext())
        paths.append(files.next());
    for (const QString &path : paths) {
        if (::chown(QFile::encodeName(path).constData(), kNobody, kNobody) != 0)
            return false;
    }
    return true;
}

// The stored password hash of `username`, read straight from the database file.
QByteArray storedHash(const QString &databasePath, const QString &username)
{
    QByteArray hash;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"hash-reader"_s);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(u"SELECT password_hash FROM users WHERE username = ?"_s);
            query.addBindValue(username);
            if (query.exec() && query.next())
                hash = query.value(0).toString().toLatin1();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"hash-reader"_s);
    return hash;
}

} // namespace

class TestHostileStartup : public QObject
{
    Q_OBJECT

private:
    void addUser(const Sandbox &sandbox, const QString &name, const QStringList &extra = {})
    {
        const CommandResult added =
            sandbox.run(sandbox.arguments({u"user"_s, u"add"_s, name}) + extra, line(kPassword));
        QVERIFY2(added.finished && added.exitCode == 0, qPrintable(added.describe()));
    }

    void startDaemon(const Sandbox &sandbox, Daemon &daemon, Http &http,
                     const QStringList &extra = {})
    {
        daemon.start(sandbox, sandbox.arguments(
                                  QStringList{u"--port"_s, QString::number(http.port())} + extra));
        QTRY_VERIFY2_WITH_TIMEOUT(http.healthy() || !daemon.isRunning(),
                                  qPrintable(daemon.output()), kWaitMs);
        QVERIFY2(daemon.isRunning(), qPrintable(daemon.output()));
    }

private Q_SLOTS:
    void readOnlyDatabaseRefusesToStart()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.isValid());
        addUser(sandbox, u"alice"_s); // creates the database
        QVERIFY(QFile::exists(sandbox.databasePath()));
        // Read-only file, writable directory: SQLite opens it anyway and only writes fail.
        QVERIFY(QFile::setPermissions(sandbox.databasePath(),
                                      QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const quint16 port = freePorts(1).value(0);
        QVERIFY(port != 0);
        const QStringList arguments = sandbox.arguments({u"--port"_s, QString::number(port)});

        CommandResult result;
        if (geteuid() == 0) {
            QVERIFY(handOverToNobody(sandbox));
            result = runAsNobody(sandbox, arguments);
        } else {
            result = sandbox.run(arguments);
        }
        QVERIFY2(result.finished, qPrintable(result.describe()));
        QCOMPARE(result.exitStatus, QProcess::NormalExit);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(sandbox.databasePath()) &&
                     result.err.contains("cannot be written"_L1) &&
                     result.err.contains("writable by the user"_L1),
                 qPrintable(result.describe()));
        // Nothing was served: it never got as far as listening.
        QVERIFY2(!(result.out + result.err).contains("listening"_L1),
                 qPrintable(result.describe()));
        Http http(port);
        QCOMPARE(http.get(u"/healthz"_s).status, 0);
    }

    void secondServerOnSameDataDirIsRefused()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.isValid());
        const QList<quint16> ports = freePorts(2);
        QCOMPARE(ports.size(), 2);
        Daemon first;
        Http http(ports[0]);
        startDaemon(sandbox, first, http);
        const QString firstPid = QString::number(first.process().processId());

        const CommandResult second =
            sandbox.run(sandbox.arguments({u"--port"_s, QString::number(ports[1])}));
        QVERIFY2(second.finished, qPrintable(second.describe()));
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains("in use by another Confab server (PID %1"_L1.arg(firstPid)),
                 qPrintable(second.describe()));
        QCOMPARE(Http(ports[1]).get(u"/healthz"_s).status, 0);

        // The first one never noticed.
        QVERIFY(first.isRunning());
        const DaemonHttpResult health = http.get(u"/healthz"_s);
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json.value("database"_L1).toString(), u"ok"_s);
    }

    void metricsAllowedFromLoopbackByDefault()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.isValid());
        Daemon daemon;
        Http http(freePorts(1).value(0));
        startDaemon(sandbox, daemon, http);
        QCOMPARE(http.get(u"/metrics"_s).status, 200);
    }

    void metricsRefusedOutsideAllowlist()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.isValid());
        Daemon daemon;
        Http http(freePorts(1).value(0));
        startDaemon(sandbox, daemon, http, {u"--metrics-allow"_s, u"10.0.0.0/8, fd00::/8"_s});
        const DaemonHttpResult metrics = http.get(u"/metrics"_s);
        QCOMPARE(metrics.status, 403);
        QCOMPARE(metrics.json.value("error"_L1).toString(), u"forbidden"_s);
        // Everything else is still served.
        QCOMPARE(http.get(u"/healthz"_s).status, 200);
    }

    void badMetricsAllowIsAnError_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addRow("prefix too long") << u"10.0.0.0/33"_s;
        QTest::addRow("not an address") << u"127.0.0.1, example.org"_s;
        QTest::addRow("ipv6 prefix too long") << u"fd00::/129"_s;
        QTest::addRow("empty") << u","_s;
    }

    void badMetricsAllowIsAnError()
    {
        QFETCH(QString, value);
        Sandbox sandbox;
        QVERIFY(sandbox.isValid());
        const CommandResult result = sandbox.run(sandbox.arguments({u"--metrics-allow"_s, value}));
        QVERIFY2(result.finished, qPrintable(result.describe()));
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.errLines().size(), 1);
        QVERIFY2(result.err.startsWith("confabd: error: invalid metrics_allow"_L1) &&
                     result.err.contains("--metrics-allow"_L1),
                 qPrintable(result.describe()));
        QVERIFY(!QFile::exists(sandbox.databasePath()));
    }

    void weakHashIsReplacedAtSignIn()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.isValid());
        addUser(sandbox, u"alice"_s); // the sandbox hashes at the minimal cost
        const QByteArray weak = storedHash(sandbox.databasePath(), u"alice"_s);
        QVERIFY(!weak.isEmpty());

        Daemon daemon;
        Http http(freePorts(1).value(0));
        startDaemon(sandbox, daemon, http, {u"--password-hash-cost"_s, u"interactive"_s});
        QCOMPARE(http.signIn(u"alice"_s, kPassword).status, 200);
        const QByteArray strong = storedHash(sandbox.databasePath(), u"alice"_s);
        QVERIFY(!strong.isEmpty());
        QVERIFY2(strong != weak, strong.constData());
        QVERIFY2(strong.startsWith("$argon2id$"), strong.constData());
        // The new hash is the one in use.
        QCOMPARE(http.signIn(u"alice"_s, kPassword).status, 200);
        QCOMPARE(storedHash(sandbox.databasePath(), u"alice"_s), strong);
    }

    void minimalHashCostWarnsLoudly()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.isValid());
        Daemon daemon;
        Http http(freePorts(1).value(0));
        startDaemon(sandbox, daemon, http); // the sandbox passes --password-hash-cost minimal
        QTRY_VERIFY2_WITH_TIMEOUT(daemon.output().contains("password hash cost is MINIMAL"_L1),
                                  qPrintable(daemon.output()), kWaitMs);
    }
};

QTEST_GUILESS_MAIN(TestHostileStartup)
#include "tst_hostile_startup.moc"
