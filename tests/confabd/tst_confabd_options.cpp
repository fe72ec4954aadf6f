// confabd's option handling in-process: defaults, the INI < environment < command line
// order for every kind of setting, and the checks that turn typos into one clear error.

#include "ConfabdOptions.h"
#include "IniFile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace confab::server;
using namespace Qt::StringLiterals;

namespace {

QProcessEnvironment environmentOf(const QStringList &assignments)
{
    QProcessEnvironment environment;
    for (const QString &assignment : assignments) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        environment.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    return environment;
}

ParsedOptions parse(const QStringList &arguments, const QStringList &environment = {})
{
    return parseConfabdOptions(QStringList{u"confabd"_s} + arguments, environmentOf(environment));
}

} // namespace

class TestConfabdOptions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeIni(const QString &name, const QByteArray &contents)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(contents);
        return path;
    }

private Q_SLOTS:
    void defaults()
    {
        const ParsedOptions parsed = parse({});
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        const ConfabdOptions &options = parsed.options;
        QCOMPARE(options.command, ConfabdCommand::Serve);
        QCOMPARE(options.settings.server.host, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(options.settings.server.port, quint16(4000));
        QVERIFY(options.settings.server.registrationOpen);
        QVERIFY(options.settings.server.dataDir.endsWith(u"/confab"_s));
        QCOMPARE(options.settings.hashCost.opsLimit, PasswordHashCost::interactive().opsLimit);
        QVERIFY(options.configFile.isEmpty());
    }

    void layersOverrideKeyByKey()
    {
        const QString ini = writeIni(u"layers.ini"_s, "[server]\n"
                                                      "host = 0.0.0.0\n"
                                                      "port = 1111\n"
                                                      "registration = closed\n"
                                                      "idle_timeout_ms = 5000\n"
                                                      "flood_burst = 10\n");
        const ParsedOptions parsed =
            parse({u"--config"_s, ini, u"--port"_s, u"3333"_s, u"--registration"_s, u"open"_s},
                  {u"CONFAB_PORT=2222"_s, u"CONFAB_IDLE_TIMEOUT_MS=6000"_s,
                   u"CONFAB_REGISTRATION=closed"_s, u"CONFAB_HOST="_s});
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        const ServerConfig &config = parsed.options.settings.server;
        QCOMPARE(config.host, QHostAddress(u"0.0.0.0"_s)); // only the file sets it (env is empty)
        QCOMPARE(config.port, quint16(3333));              // file < env < command line
        QVERIFY(config.registrationOpen);                  // command line over env over file
        QCOMPARE(config.idleTimeoutMs, 6000);              // env over file
        QCOMPARE(config.floodBurst, 10.0);                 // only the file
        QCOMPARE(parsed.options.configFile, ini);
    }

    void configFileFromEnvironment()
    {
        const QString ini = writeIni(u"env.ini"_s, "[server]\nport = 4321\n");
        const ParsedOptions fromEnv = parse({}, {u"CONFAB_CONFIG="_s + ini});
        QVERIFY2(fromEnv.error.isEmpty(), qPrintable(fromEnv.error));
        QCOMPARE(fromEnv.options.settings.server.port, quint16(4321));

        // --config beats CONFAB_CONFIG.
        const QString other = writeIni(u"other.ini"_s, "[server]\nport = 1234\n");
        const ParsedOptions both = parse({u"--config"_s, other}, {u"CONFAB_CONFIG="_s + ini});
        QCOMPARE(both.options.settings.server.port, quint16(1234));
    }

    void configFileMayStartWithByteOrderMark()
    {
        const QString ini = writeIni(u"bom.ini"_s, "\xEF\xBB\xBF[server]\nport = 4567\n");
        const ParsedOptions parsed = parse({u"--config"_s, ini});
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.options.settings.server.port, quint16(4567));
    }

    void tuningKeysFromEnvironment()
    {
        const ParsedOptions parsed = parse(
            {}, {u"CONFAB_TOKEN_LIFETIME_DAYS=7"_s, u"CONFAB_MAX_FRAME_BYTES=2048"_s,
                 u"CONFAB_SEND_QUEUE_BYTES=4096"_s, u"CONFAB_MAX_CHANNELS=3"_s,
                 u"CONFAB_FLOOD_PER_SECOND=2.5"_s, u"CONFAB_LOGIN_FAILURES_PER_USER_PER_MINUTE=4"_s,
                 u"CONFAB_LOGIN_FAILURES_PER_ADDRESS_PER_MINUTE=9"_s,
                 u"CONFAB_PASSWORD_HASH_COST=minimal"_s});
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        const ServerConfig &config = parsed.options.settings.server;
        QCOMPARE(config.tokenLifetimeDays, 7);
        QCOMPARE(config.maxFrameBytes, qsizetype(2048));
        QCOMPARE(config.sendQueueBytes, qsizetype(4096));
        QCOMPARE(config.maxChannelsPerSocket, 3);
        QCOMPARE(config.floodPerSecond, 2.5);
        QCOMPARE(config.loginFailuresPerUserPerMinute, 4);
        QCOMPARE(config.loginFailuresPerAddressPerMinute, 9);
        QCOMPARE(parsed.options.settings.hashCost.opsLimit, PasswordHashCost::minimal().opsLimit);
    }

    // Per-user quotas (issue #13, item 10) are set in the config file like every tuning key.
    void quotaKeysFromConfigFile()
    {
        const QString ini = writeIni(u"quotas.ini"_s, "[server]\nmax_conversations_per_user = 7\n"
                                                      "max_members_per_request = 5\n"
                                                      "max_members_per_conversation = 9\n"
                                                      "max_notifications_per_user = 11\n"
                                                      "max_reactions_per_message = 13\n"
                                                      "max_reactions_per_user_per_message = 3\n"
                                                      "max_tokens_per_user = 4\n"
                                                      "max_sockets_per_user = 6\n"
                                                      "database_queue_limit = 500\n");
        const ParsedOptions parsed = parse({u"--config"_s, ini});
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        const ServerConfig &config = parsed.options.settings.server;
        QCOMPARE(config.quotas.conversationsPerUser, 7);
        QCOMPARE(config.quotas.membersPerRequest, 5);
        QCOMPARE(config.quotas.membersPerConversation, 9);
        QCOMPARE(config.quotas.notificationsPerUser, 11);
        QCOMPARE(config.quotas.reactionsPerMessage, 13);
        QCOMPARE(config.quotas.reactionsPerUserPerMessage, 3);
        QCOMPARE(config.quotas.tokensPerUser, 4);
        QCOMPARE(config.maxSocketsPerUser, 6);
        QCOMPARE(config.databaseQueueLimit, 500);
        // The defaults pass the server's own validation.
        ServerConfig defaults;
        defaults.dataDir = m_dir.path();
        QCOMPARE(defaults.validate(), QString());
    }

    // The default /etc/confab/confabd.conf documents every key confabd accepts, and is itself
    // a valid config file.
    void packagedConfigListsEveryKey()
    {
        QFile file(QStringLiteral(PACKAGED_CONFIG));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (const SettingKey &key : settingKeys()) {
            if (!key.inConfigFile)
                continue;
            const QRegularExpression line(u"^(# )?"_s + QString(key.name) + u" ="_s,
                                          QRegularExpression::MultilineOption);
            QVERIFY2(line.match(text).hasMatch(), key.name.data());
        }
        const ParsedOptions parsed = parse({u"--config"_s, QStringLiteral(PACKAGED_CONFIG)});
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.options.settings.server.dataDir, u"/var/lib/confab");
    }

    void trustedProxies()
    {
        const ParsedOptions parsed = parse({}, {u"CONFAB_TRUSTED_PROXIES=127.0.0.1, ::1"_s});
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        const QList<QHostAddress> proxies = parsed.options.settings.server.trustedProxies;
        QCOMPARE(proxies.size(), 2);
        QCOMPARE(proxies.at(0), QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(proxies.at(1), QHostAddress(QHostAddress::LocalHostIPv6));
        const ParsedOptions bad = parse({}, {u"CONFAB_TRUSTED_PROXIES=127.0.0.1, proxy.lan"_s});
        QVERIFY(bad.error.contains(u"trusted_proxies"));
        QVERIFY(bad.error.contains(u"proxy.lan"));
    }

    void metricsAllow()
    {
        const AddressAllowlist byDefault = parse({}).options.settings.server.metricsAllow;
        QVERIFY(byDefault.allows(QHostAddress(u"127.0.0.1"_s)));
        QVERIFY(byDefault.allows(QHostAddress(u"::1"_s)));
        QVERIFY(byDefault.allows(QHostAddress(u"::ffff:127.0.0.1"_s)));
        QVERIFY(!byDefault.allows(QHostAddress(u"192.0.2.1"_s)));

        const ParsedOptions parsed =
            parse({u"--metrics-allow"_s, u"10.0.0.0/8, 2001:db8::/32, 192.0.2.7"_s});
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        const AddressAllowlist list = parsed.options.settings.server.metricsAllow;
        QVERIFY(list.allows(QHostAddress(u"10.1.2.3"_s)));
        QVERIFY(list.allows(QHostAddress(u"::ffff:10.1.2.3"_s)));
        QVERIFY(list.allows(QHostAddress(u"2001:db8::5"_s)));
        QVERIFY(list.allows(QHostAddress(u"192.0.2.7"_s)));
        QVERIFY(!list.allows(QHostAddress(u"192.0.2.8"_s)));
        QVERIFY(!list.allows(QHostAddress(u"127.0.0.1"_s)));

        const ParsedOptions any = parse({}, {u"CONFAB_METRICS_ALLOW=*"_s});
        QVERIFY2(any.error.isEmpty(), qPrintable(any.error));
        QVERIFY(any.options.settings.server.metricsAllow.allows(QHostAddress(u"203.0.113.9"_s)));
        QVERIFY(any.options.settings.server.metricsAllow.allows(QHostAddress(u"2001:db8::1"_s)));

        for (const QString &bad : {u"10.0.0.0/33"_s, u"::/129"_s, u"prometheus.lan"_s, u","_s}) {
            const ParsedOptions refused = parse({u"--metrics-allow"_s, bad});
            QVERIFY2(refused.error.startsWith(u"invalid metrics_allow"_s),
                     qPrintable(refused.error));
            QVERIFY2(refused.error.contains(u"--metrics-allow"_s), qPrintable(refused.error));
        }
    }

    void allowedOrigins()
    {
        const ParsedOptions parsed =
            parse({u"--allow-origin"_s, u"http://a.example"_s, u"--allow-origin"_s,
                   u"https://b.example, https://c.example"_s},
                  {u"CONFAB_ALLOW_ORIGIN=http://env.example"_s});
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(
            parsed.options.settings.server.allowedOrigins,
            (QStringList{u"http://a.example"_s, u"https://b.example"_s, u"https://c.example"_s}));

        const ParsedOptions fromEnv = parse({}, {u"CONFAB_ALLOW_ORIGIN=*,http://x.example"_s});
        QCOMPARE(fromEnv.options.settings.server.allowedOrigins,
                 (QStringList{u"*"_s, u"http://x.example"_s}));
    }

    void hostForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QHostAddress>("address");
        QTest::addRow("ipv4") << u"192.168.1.5"_s << QHostAddress(u"192.168.1.5"_s);
        QTest::addRow("any") << u"0.0.0.0"_s << QHostAddress(u"0.0.0.0"_s);
        QTest::addRow("ipv6 any") << u"::"_s << QHostAddress(u"::"_s);
        QTest::addRow("ipv6 loopback") << u"::1"_s << QHostAddress(QHostAddress::LocalHostIPv6);
        QTest::addRow("localhost") << u"localhost"_s << QHostAddress(QHostAddress::LocalHost);
    }

    void hostForms()
    {
        QFETCH(QString, text);
        QFETCH(QHostAddress, address);
        const ParsedOptions parsed = parse({u"--host"_s, text});
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.options.settings.server.host, address);
    }

    void pathsInConfigFileAreRelativeToIt()
    {
        const QString ini = writeIni(u"etc/confab/server.ini"_s,
                                     "[server]\ndata_dir = \"../../var\"\ntls_cert = cert.pem\n"
                                     "tls_key = /abs/key.pem\n");
        const ParsedOptions parsed = parse({u"--config"_s, ini, u"user"_s, u"list"_s});
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        const ServerConfig &config = parsed.options.settings.server;
        QCOMPARE(config.dataDir, QDir::cleanPath(m_dir.filePath(u"var"_s)));
        QCOMPARE(config.tlsCertFile, QDir::cleanPath(m_dir.filePath(u"etc/confab/cert.pem"_s)));
        QCOMPARE(config.tlsKeyFile, u"/abs/key.pem"_s);

        const ParsedOptions home = parse({u"--data-dir"_s, u"~/chat"_s});
        QCOMPARE(home.options.settings.server.dataDir, QDir::homePath() + u"/chat"_s);
    }

    void userCommands_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("command");
        QTest::addColumn<QString>("userName");
        QTest::addColumn<QString>("displayName");
        QTest::addRow("add") << QStringList{u"user"_s, u"add"_s, u"alice"_s}
                             << int(ConfabdCommand::UserAdd) << u"alice"_s << u"alice"_s;
        QTest::addRow("add with display name")
            << QStringList{u"user"_s, u"add"_s, u"bob"_s, u"--display-name"_s, u" Bob B "_s}
            << int(ConfabdCommand::UserAdd) << u"bob"_s << u"Bob B"_s;
        QTest::addRow("options before the command")
            << QStringList{u"--display-name"_s, u"Cy"_s, u"user"_s, u"add"_s, u"cy"_s}
            << int(ConfabdCommand::UserAdd) << u"cy"_s << u"Cy"_s;
        QTest::addRow("list") << QStringList{u"user"_s, u"list"_s} << int(ConfabdCommand::UserList)
                              << QString() << QString();
        QTest::addRow("passwd") << QStringList{u"user"_s, u"passwd"_s, u"alice"_s}
                                << int(ConfabdCommand::UserPasswd) << u"alice"_s << QString();
        QTest::addRow("disable") << QStringList{u"user"_s, u"disable"_s, u"alice"_s}
                                 << int(ConfabdCommand::UserDisable) << u"alice"_s << QString();
        QTest::addRow("help") << QStringList{u"--help"_s} << int(ConfabdCommand::Help) << QString()
                              << QString();
        QTest::addRow("version") << QStringList{u"--version"_s} << int(ConfabdCommand::Version)
                                 << QString() << QString();
    }

    void userCommands()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, command);
        QFETCH(QString, userName);
        QFETCH(QString, displayName);
        const ParsedOptions parsed = parse(arguments);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(int(parsed.options.command), command);
        QCOMPARE(parsed.options.userName, userName);
        QCOMPARE(parsed.options.displayName, displayName);
    }

    void userCommandsIgnoreUnreadableTlsFiles()
    {
        // Only the server needs the key; an admin may not be allowed to read it.
        const QStringList tls{u"--tls-cert"_s, u"/nonexistent.pem"_s, u"--tls-key"_s,
                              u"/nonexistent.key"_s};
        QVERIFY(parse(tls + QStringList{u"user"_s, u"list"_s}).error.isEmpty());
        QVERIFY(!parse(tls).error.isEmpty());
    }

    // The error names the value, where it came from and what would be accepted.
    void errorsNameTheirSource_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QStringList>("fragments");
        QTest::addRow("cli") << QStringList{u"--port"_s, u"70000"_s} << QStringList()
                             << QByteArray()
                             << QStringList{u"\"70000\""_s, u"--port"_s, u"0 to 65535"_s};
        QTest::addRow("env") << QStringList() << QStringList{u"CONFAB_MAX_CHANNELS=0"_s}
                             << QByteArray()
                             << QStringList{u"max_channels"_s, u"CONFAB_MAX_CHANNELS"_s};
        QTest::addRow("ini value") << QStringList() << QStringList()
                                   << QByteArray("[server]\n\n# c\nregistration = maybe\n")
                                   << QStringList{u"line 4"_s, u"open or closed"_s};
        QTest::addRow("ini key") << QStringList() << QStringList()
                                 << QByteArray("[server]\nport = 1\nportt = 2\n")
                                 << QStringList{u"line 3"_s, u"unknown key portt"_s};
        QTest::addRow("ini duplicate")
            << QStringList() << QStringList() << QByteArray("[server]\nport = 1\nport = 2\n")
            << QStringList{u"line 3"_s, u"twice"_s};
        QTest::addRow("ini group")
            << QStringList() << QStringList() << QByteArray("[server\nport = 1\n")
            << QStringList{u"line 1"_s, u"group header"_s};
        QTest::addRow("server validation")
            << QStringList() << QStringList{u"CONFAB_SEND_QUEUE_BYTES=2000"_s} << QByteArray()
            << QStringList{u"send queue"_s};
        QTest::addRow("members per request over the protocol's")
            << QStringList() << QStringList{u"CONFAB_MAX_MEMBERS_PER_REQUEST=300"_s} << QByteArray()
            << QStringList{u"max_members_per_request"_s, u"1 to 256"_s};
        QTest::addRow("database queue too short")
            << QStringList() << QStringList() << QByteArray("[server]\ndatabase_queue_limit = 10\n")
            << QStringList{u"line 2"_s, u"100 to 10000000"_s};
        QTest::addRow("unknown option") << QStringList{u"--prot"_s, u"1"_s} << QStringList()
                                        << QByteArray() << QStringList{u"unknown option 'prot'"_s};
    }

    void errorsNameTheirSource()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, environment);
        QFETCH(QByteArray, ini);
        QFETCH(QStringList, fragments);
        if (!ini.isEmpty())
            arguments << u"--config"_s << writeIni(u"errors.ini"_s, ini);
        const ParsedOptions parsed = parse(arguments, environment);
        QVERIFY(!parsed.error.isEmpty());
        QVERIFY2(!parsed.error.contains(QLatin1Char('\n')), qPrintable(parsed.error));
        for (const QString &fragment : fragments)
            QVERIFY2(parsed.error.contains(fragment), qPrintable(parsed.error));
    }

    void iniParsing()
    {
        const IniFile ini = IniFile::parse(
            u"; comment\n# another\n\n[server]\n  key = a value with spaces  \nquoted = \"x\"\n"
            "empty =\n[other]\nkey = 2\r\n"_s,
            u"t.ini"_s);
        QVERIFY2(ini.error.isEmpty(), qPrintable(ini.error));
        QCOMPARE(ini.entries.size(), 4);
        QCOMPARE(ini.entries[0].group, u"server"_s);
        QCOMPARE(ini.entries[0].key, u"key"_s);
        QCOMPARE(ini.entries[0].value, u"a value with spaces"_s);
        QCOMPARE(ini.entries[0].line, 5);
        QCOMPARE(ini.entries[1].value, u"x"_s);
        QCOMPARE(ini.entries[2].value, QString());
        QCOMPARE(ini.entries[3].group, u"other"_s);
        QCOMPARE(ini.entries[3].value, u"2"_s);
    }

    void helpMentionsEveryOption()
    {
        const QString help = confabdHelpText();
        QVERIFY(help.startsWith(u"Usage: confabd"_s));
        for (const SettingKey &key : settingKeys()) {
            if (key.hasCliOption())
                QVERIFY2(help.contains(u"--"_s + key.cliName()), qPrintable(key.cliName()));
            if (key.inConfigFile)
                QVERIFY2(help.contains(QString(key.name)), qPrintable(QString(key.name)));
        }
    }
};

QTEST_GUILESS_MAIN(TestConfabdOptions)
#include "tst_confabd_options.moc"
