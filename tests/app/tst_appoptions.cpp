// The desktop app's command line: every option with good and bad values and the exact error
// texts; --help and --version through a child process, because they exit.

#include "AppOptions.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using confab::app::AppOptions;

namespace {

// When set, this executable parses the variable's value as its only argument instead of
// running the tests: that is how --help and --version, which exit, are observed.
const QString kChildEnv = QStringLiteral("CONFAB_TST_APPOPTIONS_ARGUMENT");

std::variant<AppOptions, QString> parse(QStringList arguments)
{
    arguments.prepend(QStringLiteral("confab"));
    return AppOptions::parse(arguments);
}

QString errorIn(const std::variant<AppOptions, QString> &result)
{
    const QString *error = std::get_if<QString>(&result);
    return error ? *error : QStringLiteral("<no error>");
}

QString errorOf(const QStringList &arguments)
{
    return errorIn(parse(arguments));
}

struct ChildResult
{
    int exitCode = -1;
    QString output;
};

ChildResult runChild(const QString &argument)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(kChildEnv, argument);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    if (!child.waitForFinished(30'000))
        return {};
    return {child.exitCode(), QString::fromUtf8(child.readAllStandardOutput())};
}

} // namespace

// A failed check inside a helper cannot return from the test function, hence this macro.
#define PARSE_OK(options, ...)                                                                     \
    const auto options##Result = parse(__VA_ARGS__);                                               \
    QVERIFY2(std::holds_alternative<AppOptions>(options##Result),                                  \
             qPrintable(errorIn(options##Result)));                                                \
    const AppOptions &options = std::get<AppOptions>(options##Result)

class TestAppOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noArgumentsHostsLocallyWithSettingsDefaults()
    {
        PARSE_OK(options, {});
        QVERIFY(options.serverUrl.isEmpty());
        QCOMPARE(options.port, quint16(0));
        QVERIFY(!options.lan);
        QVERIFY(options.dataDir.isEmpty());
        QVERIFY(options.language.isEmpty());
        QVERIFY(!options.newInstance);
        QVERIFY(!options.minimized);
    }

    void serverAcceptsHttpAndHttps_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("url");
        QTest::newRow("https") << "https://chat.example.org"
                               << "https://chat.example.org";
        QTest::newRow("http with port, trailing slash") << "http://10.0.0.5:4000/"
                                                        << "http://10.0.0.5:4000";
        QTest::newRow("host:port means http") << "chat.local:4000"
                                              << "http://chat.local:4000";
        QTest::newRow("bare host means http") << "localhost"
                                              << "http://localhost";
        QTest::newRow("upper case") << "HTTPS://Chat.Example.ORG"
                                    << "https://chat.example.org";
        QTest::newRow("IPv6") << "[::1]:4100"
                              << "http://[::1]:4100";
        QTest::newRow("path prefix") << "https://example.org/confab"
                                     << "https://example.org/confab";
    }
    void serverAcceptsHttpAndHttps()
    {
        QFETCH(QString, argument);
        QFETCH(QString, url);
        PARSE_OK(options, {QStringLiteral("--server"), argument});
        QCOMPARE(options.serverUrl.toString(), url);
        PARSE_OK(joined, {QStringLiteral("--server=") + argument});
        QCOMPARE(joined.serverUrl.toString(), url);
    }

    void serverRejectsBadAddresses_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("error");
        QTest::newRow("ftp") << "ftp://example.org"
                             << "Invalid server address \"ftp://example.org\": only http and "
                                "https are supported.";
        QTest::newRow("websocket") << "wss://example.org"
                                   << "Invalid server address \"wss://example.org\": only http "
                                      "and https are supported.";
        QTest::newRow("no host") << "http://"
                                 << "Invalid server address \"http://\": the host name is "
                                    "missing.";
        QTest::newRow("port too large") << "example.org:99999"
                                        << "Invalid server address \"example.org:99999\".";
        QTest::newRow("port not a number") << "example.org:abc"
                                           << "Invalid server address \"example.org:abc\".";
        QTest::newRow("empty") << ""
                               << "--server needs an address such as https://chat.example.org.";
    }
    void serverRejectsBadAddresses()
    {
        QFETCH(QString, argument);
        QFETCH(QString, error);
        QCOMPARE(errorOf({QStringLiteral("--server"), argument}), error);
    }

    void portAcceptsOneTo65535_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<int>("port");
        QTest::newRow("lowest") << "1" << 1;
        QTest::newRow("default") << "4100" << 4100;
        QTest::newRow("highest") << "65535" << 65535;
    }
    void portAcceptsOneTo65535()
    {
        QFETCH(QString, argument);
        QFETCH(int, port);
        PARSE_OK(options, {QStringLiteral("--port"), argument});
        QCOMPARE(options.port, quint16(port));
    }

    void portRejectsOthers_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::newRow("zero") << "0";
        QTest::newRow("too large") << "65536";
        QTest::newRow("negative") << "-1";
        QTest::newRow("word") << "http";
        QTest::newRow("trailing junk") << "80x";
        QTest::newRow("empty") << "";
    }
    void portRejectsOthers()
    {
        QFETCH(QString, argument);
        QCOMPARE(errorOf({QStringLiteral("--port"), argument}),
                 QStringLiteral("Invalid port \"%1\": expected a number from 1 to 65535.")
                     .arg(argument));
    }

    void flagsAreSet()
    {
        PARSE_OK(options, {QStringLiteral("--lan"), QStringLiteral("--new-instance"),
                           QStringLiteral("--minimized")});
        QVERIFY(options.lan);
        QVERIFY(options.newInstance);
        QVERIFY(options.minimized);
    }

    void dataDirIsMadeAbsolute()
    {
        PARSE_OK(relative, {QStringLiteral("--data-dir"), QStringLiteral("some/../data")});
        QCOMPARE(relative.dataDir, QDir::current().absoluteFilePath(QStringLiteral("data")));
        PARSE_OK(home, {QStringLiteral("--data-dir=~/confab")});
        QCOMPARE(home.dataDir, QDir::homePath() + QStringLiteral("/confab"));
        QTemporaryDir dir;
        PARSE_OK(existing, {QStringLiteral("--data-dir"), dir.path()});
        QCOMPARE(existing.dataDir, dir.path());
    }

    void dataDirRejectsFilesAndEmpty()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("a-file"));
        QFile touch(file);
        QVERIFY(touch.open(QIODevice::WriteOnly));
        touch.close();
        QCOMPARE(errorOf({QStringLiteral("--data-dir"), file}),
                 QStringLiteral("Invalid data folder \"%1\": it is a file.").arg(file));
        QCOMPARE(errorOf({QStringLiteral("--data-dir"), QString()}),
                 QStringLiteral("--data-dir needs a folder."));
    }

    void languageAcceptsLocaleCodes_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("language");
        QTest::newRow("language") << "de"
                                  << "de";
        QTest::newRow("three letters") << "fil"
                                       << "fil";
        QTest::newRow("with country") << "pt_BR"
                                      << "pt_BR";
        QTest::newRow("BCP 47 dash") << "pt-BR"
                                     << "pt_BR";
    }
    void languageAcceptsLocaleCodes()
    {
        QFETCH(QString, argument);
        QFETCH(QString, language);
        PARSE_OK(options, {QStringLiteral("--language"), argument});
        QCOMPARE(options.language, language);
    }

    void languageRejectsOthers_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::newRow("word") << "german";
        QTest::newRow("upper case language") << "DE";
        QTest::newRow("lower case country") << "pt_br";
        QTest::newRow("extra part") << "de_DE_x";
        QTest::newRow("empty") << "";
    }
    void languageRejectsOthers()
    {
        QFETCH(QString, argument);
        QCOMPARE(errorOf({QStringLiteral("--language"), argument}),
                 QStringLiteral("Invalid language \"%1\": expected a code such as de or pt_BR.")
                     .arg(argument));
    }

    void embeddedOptionsConflictWithServer_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("option");
        QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("5000")}
                              << "port";
        QTest::newRow("lan") << QStringList{QStringLiteral("--lan")} << "lan";
        QTest::newRow("data-dir") << QStringList{QStringLiteral("--data-dir=/tmp")} << "data-dir";
    }
    void embeddedOptionsConflictWithServer()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, option);
        QCOMPARE(
            errorOf(QStringList{QStringLiteral("--server"), QStringLiteral("example.org")} + extra),
            QStringLiteral("--%1 applies to the server hosted on this computer and cannot "
                           "be combined with --server.")
                .arg(option));
    }

    void syntaxErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--frobnicate")} << "Unknown option 'frobnicate'.";
        QTest::newRow("missing value")
            << QStringList{QStringLiteral("--port")} << "Missing value after '--port'.";
        QTest::newRow("value for a flag")
            << QStringList{QStringLiteral("--lan=yes")} << "Unexpected value after '--lan'.";
        QTest::newRow("positional")
            << QStringList{QStringLiteral("extra")} << "Unexpected argument \"extra\".";
    }
    void syntaxErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        QCOMPARE(errorOf(arguments), error);
    }

    void helpPrintsOptionsAndExitsWithZero()
    {
        const ChildResult result = runChild(QStringLiteral("--help"));
        QCOMPARE(result.exitCode, 0);
        for (const char *expected : {"--server <url>", "--port <port>", "--lan", "--data-dir",
                                     "--language <code>", "--new-instance", "--minimized"})
            QVERIFY2(result.output.contains(QLatin1StringView(expected)), expected);
    }

    void versionPrintsTheProjectVersion()
    {
        const ChildResult result = runChild(QStringLiteral("--version"));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.output, QStringLiteral("confab " CONFAB_VERSION "\n"));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (const QString argument = qEnvironmentVariable(qPrintable(kChildEnv)); !argument.isEmpty()) {
        QCoreApplication::setApplicationName(QStringLiteral("confab"));
        QCoreApplication::setApplicationVersion(QStringLiteral(CONFAB_VERSION));
        AppOptions::parse({QStringLiteral("confab"), argument});
        return 3; // parse() should have exited
    }
    TestAppOptions test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_appoptions.moc"
