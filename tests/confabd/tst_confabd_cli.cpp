// The confabd binary from the outside: option errors, settings precedence, the user admin
// commands against a live daemon, and a clean shutdown on SIGTERM / SIGINT / SIGHUP.

#include "ConfabdHarness.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>
#include <QWebSocket>
#include <csignal>

using namespace confab::testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 30'000;
const QString kPassword = QStringLiteral("correct horse battery");

#define VERIFY_USAGE_ERROR(result)                                                                 \
    do {                                                                                           \
        QVERIFY2((result).finished, qPrintable((result).describe()));                              \
        QCOMPARE((result).exitStatus, QProcess::NormalExit);                                       \
        QCOMPARE((result).exitCode, 2);                                                            \
        QVERIFY2((result).out.isEmpty(), qPrintable((result).describe()));                         \
        QCOMPARE((result).errLines().size(), 1);                                                   \
        QVERIFY2((result).err.startsWith(QLatin1StringView("confabd: error: ")),                   \
                 qPrintable((result).describe()));                                                 \
    } while (false)

// A failure at run time: one error line, exit code 1.
#define VERIFY_RUNTIME_ERROR(result, fragment)                                                     \
    do {                                                                                           \
        QVERIFY2((result).finished, qPrintable((result).describe()));                              \
        QCOMPARE((result).exitCode, 1);                                                            \
        QCOMPARE((result).errLines().size(), 1);                                                   \
        QVERIFY2((result).err.startsWith(QLatin1StringView("confabd: error: ")) &&                 \
                     (result).err.contains(QLatin1StringView(fragment)),                           \
                 qPrintable((result).describe()));                                                 \
    } while (false)

QByteArray line(const QString &text)
{
    return text.toUtf8() + '\n';
}

} // namespace

class TestConfabdCli : public QObject
{
    Q_OBJECT

private:
    // Starts confabd with the sandbox's arguments plus `extra`, and waits until GET /healthz
    // on `port` answers 200.
    void startDaemon(Daemon &daemon, Http &http, const QStringList &extra,
                     const QStringList &environment = {})
    {
        daemon.start(*m_sandbox, m_sandbox->arguments(extra), environment);
        QTRY_VERIFY2_WITH_TIMEOUT(http.healthy() || !daemon.isRunning(),
                                  qPrintable(daemon.output()), kWaitMs);
        QVERIFY2(daemon.isRunning(), qPrintable(daemon.output()));
    }

    void addUser(const QString &name, const QString &password)
    {
        const CommandResult added =
            m_sandbox->run(m_sandbox->arguments({u"user"_s, u"add"_s, name}), line(password));
        QVERIFY2(added.finished && added.exitCode == 0, qPrintable(added.describe()));
    }

    QString signInToken(Http &http, const QString &name, const QString &password)
    {
        const DaemonHttpResult session = http.signIn(name, password);
        if (session.status != 200)
            return {};
        return session.json.value(QLatin1StringView("token")).toString();
    }

    std::unique_ptr<Sandbox> m_sandbox;

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<Sandbox>();
        QVERIFY(m_sandbox->isValid());
    }
    void cleanup() { m_sandbox.reset(); }

    void helpAndVersion()
    {
        const CommandResult help = m_sandbox->run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith(QLatin1StringView("Usage: confabd")));
        for (const char *expected :
             {"--port", "--allow-origin", "--registration", "user add", "user disable",
              "CONFAB_CONFIG", "--password-hash-cost", "for tests only"})
            QVERIFY2(help.out.contains(QLatin1StringView(expected)), expected);

        const CommandResult version = m_sandbox->run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith(QLatin1StringView("confabd ")), qPrintable(version.out));
    }

    void badInvocationIsOneLineAndExitCode2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QByteArray>("ini"); // written to config.ini when not empty

        const QStringList none;
        const QByteArray noIni;
        const QString ini = QStringLiteral("config.ini");
        QTest::addRow("unknown option") << QStringList{u"--frobnicate"_s} << none << noIni;
        QTest::addRow("port out of range") << QStringList{u"--port"_s, u"70000"_s} << none << noIni;
        QTest::addRow("port not a number") << QStringList{u"--port"_s, u"abc"_s} << none << noIni;
        QTest::addRow("negative port") << QStringList{u"--port"_s, u"-1"_s} << none << noIni;
        QTest::addRow("option without value") << QStringList{u"--port"_s} << none << noIni;
        QTest::addRow("bad registration")
            << QStringList{u"--registration"_s, u"maybe"_s} << none << noIni;
        QTest::addRow("host not an ip")
            << QStringList{u"--host"_s, u"not-an-ip"_s} << none << noIni;
        QTest::addRow("bad origin")
            << QStringList{u"--allow-origin"_s, u"ftp://x"_s} << none << noIni;
        QTest::addRow("bad hash cost")
            << QStringList{u"--password-hash-cost"_s, u"fast"_s} << none << noIni;
        QTest::addRow("missing config file")
            << QStringList{u"--config"_s, u"does-not-exist.ini"_s} << none << noIni;
        QTest::addRow("missing config file from env")
            << none << QStringList{u"CONFAB_CONFIG=does-not-exist.ini"_s} << noIni;
        QTest::addRow("config is a directory")
            << QStringList{u"--config"_s, u"."_s} << none << noIni;
        QTest::addRow("ini unknown key")
            << QStringList{u"--config"_s, ini} << none << QByteArray("[server]\nprot = 4000\n");
        QTest::addRow("ini unknown group")
            << QStringList{u"--config"_s, ini} << none << QByteArray("[client]\nport = 4000\n");
        QTest::addRow("ini key outside group")
            << QStringList{u"--config"_s, ini} << none << QByteArray("port = 4000\n");
        QTest::addRow("ini not key value")
            << QStringList{u"--config"_s, ini} << none << QByteArray("[server]\nport\n");
        QTest::addRow("ini bad port")
            << QStringList{u"--config"_s, ini} << none << QByteArray("[server]\nport = abc\n");
        QTest::addRow("ini bad number") << QStringList{u"--config"_s, ini} << none
                                        << QByteArray("[server]\nidle_timeout_ms = soon\n");
        QTest::addRow("ini number too small") << QStringList{u"--config"_s, ini} << none
                                              << QByteArray("[server]\nmax_frame_bytes = 1\n");
        QTest::addRow("ini hash cost is not a config key")
            << QStringList{u"--config"_s, ini} << none
            << QByteArray("[server]\npassword_hash_cost = minimal\n");
        QTest::addRow("env port not a number")
            << none << QStringList{u"CONFAB_PORT=abc"_s} << noIni;
        QTest::addRow("env bad tuning value")
            << none << QStringList{u"CONFAB_FLOOD_BURST=lots"_s} << noIni;
        QTest::addRow("env bad registration")
            << none << QStringList{u"CONFAB_REGISTRATION=sometimes"_s} << noIni;
        QTest::addRow("tls cert without key")
            << QStringList{u"--tls-cert"_s, u"cert.pem"_s} << none << noIni;
        QTest::addRow("tls files unreadable")
            << QStringList{u"--tls-cert"_s, u"missing.pem"_s, u"--tls-key"_s, u"missing.key"_s}
            << none << noIni;
        QTest::addRow("unknown command") << QStringList{u"serve"_s} << none << noIni;
        QTest::addRow("user without subcommand") << QStringList{u"user"_s} << none << noIni;
        QTest::addRow("unknown user subcommand")
            << QStringList{u"user"_s, u"frob"_s} << none << noIni;
        QTest::addRow("user add without name") << QStringList{u"user"_s, u"add"_s} << none << noIni;
        QTest::addRow("user passwd without name")
            << QStringList{u"user"_s, u"passwd"_s} << none << noIni;
        QTest::addRow("user disable without name")
            << QStringList{u"user"_s, u"disable"_s} << none << noIni;
        QTest::addRow("user add invalid name")
            << QStringList{u"user"_s, u"add"_s, u"No Way"_s} << none << noIni;
        QTest::addRow("password as argument")
            << QStringList{u"user"_s, u"add"_s, u"alice"_s, u"hunter2hunter2"_s} << none << noIni;
        QTest::addRow("user list extra argument")
            << QStringList{u"user"_s, u"list"_s, u"x"_s} << none << noIni;
        QTest::addRow("display name outside user add")
            << QStringList{u"--display-name"_s, u"Alice"_s} << none << noIni;
    }

    void badInvocationIsOneLineAndExitCode2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, environment);
        QFETCH(QByteArray, ini);
        m_sandbox->writeFile(QStringLiteral("cert.pem"), "not really a certificate\n");
        if (!ini.isEmpty())
            m_sandbox->writeFile(QStringLiteral("config.ini"), ini);

        const CommandResult result =
            m_sandbox->run(m_sandbox->arguments(arguments), {}, environment);
        VERIFY_USAGE_ERROR(result);
    }

    // Each row moves the port up one layer; the daemon must listen where the highest layer
    // says, and settings only the config file sets must still apply.
    void precedenceIniEnvCli_data()
    {
        QTest::addColumn<int>("layers");
        QTest::addRow("config file") << 1;
        QTest::addRow("environment over config file") << 2;
        QTest::addRow("command line over environment") << 3;
    }

    void precedenceIniEnvCli()
    {
        QFETCH(int, layers);
        const QList<quint16> ports = freePorts(3);
        QCOMPARE(ports.size(), 3);
        const QString ini = m_sandbox->writeFile(
            QStringLiteral("confab.ini"),
            QStringLiteral("# test config\n[server]\nport = %1\nregistration = closed\n")
                .arg(ports[0])
                .toUtf8());
        QStringList arguments{QStringLiteral("--config"), ini};
        QStringList environment;
        if (layers >= 2)
            environment << QStringLiteral("CONFAB_PORT=%1").arg(ports[1]);
        if (layers >= 3)
            arguments << QStringLiteral("--port") << QString::number(ports[2]);
        const quint16 expected = ports[layers - 1];

        Daemon daemon;
        Http http(expected);
        startDaemon(daemon, http, arguments, environment);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(daemon.output().contains(QStringLiteral("127.0.0.1:%1").arg(expected)));
        for (quint16 other : ports) {
            if (other != expected)
                QCOMPARE(Http(other).get(QStringLiteral("/healthz")).status, 0);
        }
        const DaemonHttpResult registration =
            http.post(QStringLiteral("/api/v1/register"),
                      {{QStringLiteral("username"), QStringLiteral("eve")},
                       {QStringLiteral("password"), kPassword}});
        QCOMPARE(registration.status, 403);
    }

    void configFilePathsAreRelativeToTheFile()
    {
        const QList<quint16> ports = freePorts(1);
        QCOMPARE(ports.size(), 1);
        QVERIFY(QDir().mkpath(m_sandbox->path(u"etc"_s)));
        const QString ini = m_sandbox->writeFile(
            u"etc/confab.ini"_s,
            u"; quoted values and a path relative to this file\n[server]\nhost = \"127.0.0.1\"\n"
            "port = %1\ndata_dir = ../state\n"_s.arg(ports[0])
                .toUtf8());
        // No --data-dir here: the config file's must win over the default.
        Daemon daemon;
        Http http(ports[0]);
        daemon.start(*m_sandbox, {u"--config"_s, ini, u"--password-hash-cost"_s, u"minimal"_s});
        QTRY_VERIFY2_WITH_TIMEOUT(http.healthy() || !daemon.isRunning(),
                                  qPrintable(daemon.output()), kWaitMs);
        QVERIFY2(QFile::exists(m_sandbox->path(u"state/confab.sqlite3"_s)),
                 qPrintable(daemon.output()));
    }

    void defaultDataDirIsUnderHome()
    {
        const CommandResult listed = m_sandbox->run({u"user"_s, u"list"_s});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
        const QString database = m_sandbox->path(u"home/.local/share/confab/confab.sqlite3"_s);
        QVERIFY(QFile::exists(database));
        // Hashes of passwords and tokens are nobody else's business.
        constexpr QFile::Permissions others =
            QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther;
        QCOMPARE(QFile::permissions(database) & others, QFile::Permissions());
        QCOMPARE(QFile::permissions(QFileInfo(database).absolutePath()) & others,
                 QFile::Permissions());
    }

    void userAddThenList()
    {
        const CommandResult added =
            m_sandbox->run(m_sandbox->arguments({u"user"_s, u"add"_s, u"alice"_s,
                                                 u"--display-name"_s, u"Alice Liddell"_s}),
                           line(kPassword));
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        QCOMPARE(added.out, QStringLiteral("created user alice (id 1)\n"));

        addUser(QStringLiteral("bob"), kPassword);
        const CommandResult listed = m_sandbox->run(m_sandbox->arguments({u"user"_s, u"list"_s}));
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
        const QStringList rows = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows[0].startsWith(QLatin1StringView("ID")));
        for (const char *column : {"USERNAME", "DISPLAY NAME", "STATUS", "CREATED"})
            QVERIFY2(rows[0].contains(QLatin1StringView(column)), column);
        const QStringList alice = rows[1].split(QStringLiteral("  "), Qt::SkipEmptyParts);
        QCOMPARE(alice.size(), 5);
        QCOMPARE(alice[0].trimmed(), QStringLiteral("1"));
        QCOMPARE(alice[1].trimmed(), QStringLiteral("alice"));
        QCOMPARE(alice[2].trimmed(), QStringLiteral("Alice Liddell"));
        QCOMPARE(alice[3].trimmed(), QStringLiteral("active"));
        const QDateTime created = QDateTime::fromString(alice[4].trimmed(), Qt::ISODate);
        QVERIFY2(created.isValid(), qPrintable(alice[4]));
        QVERIFY(qAbs(created.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        QVERIFY(rows[2].contains(QLatin1StringView("bob")));
    }

    void userAddRejectsBadPasswords_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        QTest::addRow("too short") << QByteArray("short\n") << u"at least 8"_s;
        QTest::addRow("empty stdin") << QByteArray() << u"no password"_s;
        QTest::addRow("empty line") << QByteArray("\n") << u"no password"_s;
    }

    void userAddRejectsBadPasswords()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        const CommandResult added =
            m_sandbox->run(m_sandbox->arguments({u"user"_s, u"add"_s, u"alice"_s}), input);
        VERIFY_RUNTIME_ERROR(added, message.toUtf8().constData());
        const CommandResult listed = m_sandbox->run(m_sandbox->arguments({u"user"_s, u"list"_s}));
        QVERIFY(!listed.out.contains(QLatin1StringView("alice")));
    }

    void userAddRejectsTakenName()
    {
        addUser(QStringLiteral("alice"), kPassword);
        const CommandResult again = m_sandbox->run(
            m_sandbox->arguments({u"user"_s, u"add"_s, u"alice"_s}), line(kPassword));
        VERIFY_RUNTIME_ERROR(again, "alice is taken");
    }

    void passwordIsNeverAnArgument()
    {
        // Not even as an option: there is none, and a trailing word is refused before any
        // database or stdin is touched.
        for (const QStringList &arguments :
             {QStringList{u"user"_s, u"add"_s, u"alice"_s, kPassword},
              QStringList{u"user"_s, u"add"_s, u"alice"_s, u"--password"_s, kPassword},
              QStringList{u"user"_s, u"passwd"_s, u"alice"_s, kPassword}}) {
            const CommandResult result =
                m_sandbox->run(m_sandbox->arguments(arguments), line(kPassword));
            VERIFY_USAGE_ERROR(result);
        }
        QVERIFY(!QFile::exists(m_sandbox->databasePath()));
    }

    void userCommandsOnMissingUser_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addRow("passwd") << u"passwd"_s;
        QTest::addRow("disable") << u"disable"_s;
    }

    void userCommandsOnMissingUser()
    {
        QFETCH(QString, command);
        const CommandResult result = m_sandbox->run(
            m_sandbox->arguments({u"user"_s, command, u"nobody"_s}), line(kPassword));
        VERIFY_RUNTIME_ERROR(result, "no user named nobody");
    }

    void userPasswdOnRunningDaemon()
    {
        const QString oldPassword = QStringLiteral("old password 1");
        const QString newPassword = QStringLiteral("new password 2");
        addUser(QStringLiteral("alice"), oldPassword);
        const QList<quint16> ports = freePorts(1);
        QCOMPARE(ports.size(), 1);
        Daemon daemon;
        Http http(ports[0]);
        startDaemon(daemon, http, {QStringLiteral("--port"), QString::number(ports[0])});
        if (QTest::currentTestFailed())
            return;
        const QString oldToken = signInToken(http, QStringLiteral("alice"), oldPassword);
        QVERIFY(!oldToken.isEmpty());

        const CommandResult changed = m_sandbox->run(
            m_sandbox->arguments({u"user"_s, u"passwd"_s, u"alice"_s}), line(newPassword));
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.describe()));
        QCOMPARE(changed.out, QStringLiteral("changed the password of alice; revoked 1 session\n"));

        QVERIFY(!signInToken(http, QStringLiteral("alice"), newPassword).isEmpty());
        QCOMPARE(http.signIn(QStringLiteral("alice"), oldPassword).status, 401);
        QCOMPARE(http.get(QStringLiteral("/api/v1/me"), oldToken).status, 401);
    }

    void userDisableOnRunningDaemon()
    {
        addUser(QStringLiteral("mallory"), kPassword);
        const QList<quint16> ports = freePorts(1);
        QCOMPARE(ports.size(), 1);
        Daemon daemon;
        Http http(ports[0]);
        startDaemon(daemon, http, {QStringLiteral("--port"), QString::number(ports[0])});
        if (QTest::currentTestFailed())
            return;
        const QString first = signInToken(http, QStringLiteral("mallory"), kPassword);
        const QString second = signInToken(http, QStringLiteral("mallory"), kPassword);
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QCOMPARE(http.get(QStringLiteral("/api/v1/me"), first).status, 200);

        const CommandResult disabled =
            m_sandbox->run(m_sandbox->arguments({u"user"_s, u"disable"_s, u"mallory"_s}));
        QVERIFY2(disabled.exitCode == 0, qPrintable(disabled.describe()));
        QCOMPARE(disabled.out, QStringLiteral("disabled user mallory; revoked 2 sessions\n"));

        QCOMPARE(http.signIn(QStringLiteral("mallory"), kPassword).status, 401);
        QCOMPARE(http.get(QStringLiteral("/api/v1/me"), first).status, 401);
        QCOMPARE(http.get(QStringLiteral("/api/v1/me"), second).status, 401);
        const CommandResult listed = m_sandbox->run(m_sandbox->arguments({u"user"_s, u"list"_s}));
        QVERIFY(listed.out.contains(QLatin1StringView("disabled")));
    }

    void shutdownSignalClosesSocketsAndKeepsDatabase_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::addRow("SIGTERM") << int(SIGTERM);
        QTest::addRow("SIGINT") << int(SIGINT);
        QTest::addRow("SIGHUP") << int(SIGHUP); // a closed terminal: no reload, a clean stop
    }

    void shutdownSignalClosesSocketsAndKeepsDatabase()
    {
        QFETCH(int, signalNumber);
        const QList<quint16> ports = freePorts(1);
        QCOMPARE(ports.size(), 1);
        Daemon daemon;
        Http http(ports[0]);
        startDaemon(daemon, http, {QStringLiteral("--port"), QString::number(ports[0])});
        if (QTest::currentTestFailed())
            return;
        const DaemonHttpResult registered =
            http.post(QStringLiteral("/api/v1/register"),
                      {{QStringLiteral("username"), QStringLiteral("carol")},
                       {QStringLiteral("password"), kPassword},
                       {QStringLiteral("display_name"), QStringLiteral("Carol")}});
        QCOMPARE(registered.status, 201);
        const QString token = registered.json.value(QLatin1StringView("token")).toString();

        QWebSocket socket;
        QSignalSpy connected(&socket, &QWebSocket::connected);
        QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
        socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/socket/websocket?vsn=2.0.0&token=%2")
                             .arg(ports[0])
                             .arg(token)));
        QVERIFY2(connected.wait(kWaitMs), qPrintable(socket.errorString()));
        // The token is checked asynchronously after the upgrade; a heartbeat reply proves
        // the socket is fully accepted before the signal arrives.
        QSignalSpy received(&socket, &QWebSocket::textMessageReceived);
        socket.sendTextMessage(QStringLiteral(R"([null,"1","phoenix","heartbeat",{}])"));
        QVERIFY(received.wait(kWaitMs));

        QSignalSpy finished(&daemon.process(), &QProcess::finished);
        QCOMPARE(::kill(pid_t(daemon.process().processId()), signalNumber), 0);
        QTRY_VERIFY_WITH_TIMEOUT(disconnected.size() == 1, kWaitMs);
        QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, kWaitMs);
        QCOMPARE(daemon.process().exitStatus(), QProcess::NormalExit);
        QVERIFY2(daemon.process().exitCode() == 0, qPrintable(daemon.output()));
        QVERIFY(daemon.output().contains(QLatin1StringView("shutting down")));
        if (signalNumber == SIGHUP)
            QVERIFY(daemon.output().contains(QLatin1StringView("has no reload")));

        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("after-shutdown"));
            db.setDatabaseName(m_sandbox->databasePath());
            QVERIFY(db.open());
            QSqlQuery check(db);
            QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
            QSqlQuery users(db);
            QVERIFY(users.exec(QStringLiteral("SELECT username, display_name FROM users")));
            QVERIFY(users.next());
            QCOMPARE(users.value(0).toString(), QStringLiteral("carol"));
            QCOMPARE(users.value(1).toString(), QStringLiteral("Carol"));
            QVERIFY(!users.next());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("after-shutdown"));
    }

    void startFailureIsExitCode1()
    {
        QTcpServer occupier;
        QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
        const CommandResult result = m_sandbox->run(
            m_sandbox->arguments({u"--port"_s, QString::number(occupier.serverPort())}));
        QVERIFY2(result.finished, qPrintable(result.describe()));
        QCOMPARE(result.exitCode, 1);
        const QStringList errors = result.errLines().filter(QStringLiteral("confabd: error: "));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors[0].contains(QLatin1StringView("cannot listen")), qPrintable(errors[0]));
    }
};

QTEST_GUILESS_MAIN(TestConfabdCli)
#include "tst_confabd_cli.moc"
