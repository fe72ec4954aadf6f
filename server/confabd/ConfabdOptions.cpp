#include "ConfabdOptions.h"

#include "IniFile.h"
#include "auth/AccountService.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace confab::server {

namespace {

using L = QLatin1StringView;

const QString kConfigOption = QStringLiteral("config");
const QString kDisplayNameOption = QStringLiteral("display-name");
const QString kConfigEnv = QStringLiteral("CONFAB_CONFIG");

QString description()
{
    QStringList keys;
    for (const SettingKey &key : settingKeys()) {
        if (key.inConfigFile)
            keys.append(QString(key.name));
    }
    return QStringLiteral(
               "Confab chat server.\n\n"
               "Commands (none: run the server until SIGINT, SIGTERM or SIGHUP):\n"
               "  user add NAME [--display-name X]  create an account\n"
               "  user list                         list accounts\n"
               "  user passwd NAME                  set a new password and end its sessions\n"
               "  user disable NAME                 disable an account and end its sessions\n"
               "Passwords are read from standard input (asked twice, without echo, on a "
               "terminal), never from arguments. The user commands work on the database "
               "directly, whether or not the server runs.\n\n"
               "Settings, lowest to highest precedence: built-in defaults; the [server] group "
               "of the INI file given by --config or CONFAB_CONFIG; environment variables "
               "CONFAB_<KEY> (e.g. CONFAB_PORT); command-line options.\n"
               "Keys: %1.")
        .arg(keys.join(QStringLiteral(", ")));
}

void setUpParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(
        kConfigOption, QStringLiteral("Read settings from this INI file (or $CONFAB_CONFIG)."),
        QStringLiteral("file")));
    for (const SettingKey &key : settingKeys()) {
        if (key.hasCliOption())
            parser.addOption(
                QCommandLineOption(key.cliName(), QString(key.cliHelp), QString(key.cliValueName)));
    }
    parser.addOption(QCommandLineOption(
        kDisplayNameOption, QStringLiteral("Display name for 'user add' (default: the user name)."),
        QStringLiteral("name")));
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("One of the commands above; none runs the server."),
                                 QStringLiteral("[command]"));
}

QString resolvePath(const QString &path, const QDir &base)
{
    QString expanded = path;
    if (expanded == QLatin1Char('~') || expanded.startsWith(QLatin1StringView("~/")))
        expanded.replace(0, 1, QDir::homePath());
    return QDir::cleanPath(base.absoluteFilePath(expanded));
}

QString applySetting(DaemonSettings &settings, const SettingKey &key, QString value,
                     const QString &source, const QDir &base)
{
    if (key.isPath && !value.isEmpty())
        value = resolvePath(value, base);
    if (const QString problem = key.apply(settings, value); !problem.isEmpty())
        return QStringLiteral("invalid %1 \"%2\" from %3: %4")
            .arg(key.name, value, source, problem);
    return {};
}

QString applyConfigFile(DaemonSettings &settings, const QString &path)
{
    const IniFile ini = IniFile::read(path);
    if (!ini.error.isEmpty())
        return ini.error;
    const QDir base = QFileInfo(path).absoluteDir();
    for (const IniEntry &entry : ini.entries) {
        const QString where = QStringLiteral("%1 line %2").arg(path).arg(entry.line);
        if (entry.group != QLatin1StringView("server"))
            return entry.group.isEmpty()
                       ? QStringLiteral("%1: %2 is outside the [server] group")
                             .arg(where, entry.key)
                       : QStringLiteral("%1: unknown group [%2]").arg(where, entry.group);
        const SettingKey *key = findConfigFileKey(entry.key);
        if (!key)
            return QStringLiteral("%1: unknown key %2").arg(where, entry.key);
        if (const QString error = applySetting(settings, *key, entry.value, where, base);
            !error.isEmpty())
            return error;
    }
    return {};
}

QString applyEnvironment(DaemonSettings &settings, const QProcessEnvironment &environment)
{
    for (const SettingKey &key : settingKeys()) {
        const QString name = key.envName();
        // An empty variable counts as unset, as with most service managers' env files.
        const QString value = environment.value(name);
        if (value.isEmpty())
            continue;
        if (const QString error = applySetting(settings, key, value, name, QDir::current());
            !error.isEmpty())
            return error;
    }
    return {};
}

QString applyCommandLine(DaemonSettings &settings, const QCommandLineParser &parser)
{
    for (const SettingKey &key : settingKeys()) {
        const QString option = key.cliName();
        if (!key.hasCliOption() || !parser.isSet(option))
            continue;
        // Repeated --allow-origin options add up; for every other option the last one wins.
        const QString value = key.name == L("allow_origin")
                                  ? parser.values(option).join(QLatin1Char(','))
                                  : parser.value(option);
        if (const QString error =
                applySetting(settings, key, value, QStringLiteral("--") + option, QDir::current());
            !error.isEmpty())
            return error;
    }
    return {};
}

struct UserSubcommand
{
    QLatin1StringView name;
    ConfabdCommand command;
    bool takesName;
};

constexpr UserSubcommand kUserSubcommands[] = {
    {L("add"), ConfabdCommand::UserAdd, true},
    {L("list"), ConfabdCommand::UserList, false},
    {L("passwd"), ConfabdCommand::UserPasswd, true},
    {L("disable"), ConfabdCommand::UserDisable, true},
};

QString parseUserCommand(const QStringList &arguments, ConfabdOptions &options)
{
    if (arguments.size() < 2)
        return QStringLiteral("missing user command: add, list, passwd or disable");
    const QString name = arguments.at(1);
    const UserSubcommand *found = nullptr;
    for (const UserSubcommand &candidate : kUserSubcommands) {
        if (candidate.name == name)
            found = &candidate;
    }
    if (!found)
        return QStringLiteral("unknown user command %1 (expected add, list, passwd or disable)")
            .arg(name);
    options.command = found->command;
    const qsizetype expected = found->takesName ? 3 : 2;
    if (arguments.size() < expected)
        return QStringLiteral("user %1 needs a user name").arg(name);
    if (arguments.size() > expected) {
        const bool readsPassword = found->command == ConfabdCommand::UserAdd ||
                                   found->command == ConfabdCommand::UserPasswd;
        return QStringLiteral("unexpected argument \"%1\"%2")
            .arg(arguments.at(expected),
                 readsPassword ? QStringLiteral(" (passwords are read from standard input)")
                               : QString());
    }
    if (found->takesName)
        options.userName = arguments.at(2);
    return {};
}

QString parseCommand(const QCommandLineParser &parser, ConfabdOptions &options)
{
    const QStringList arguments = parser.positionalArguments();
    if (!arguments.isEmpty()) {
        if (arguments.first() != QLatin1StringView("user"))
            return QStringLiteral("unknown command %1 (see confabd --help)").arg(arguments.first());
        if (const QString error = parseUserCommand(arguments, options); !error.isEmpty())
            return error;
    }
    const bool hasDisplayName = parser.isSet(kDisplayNameOption);
    if (options.command != ConfabdCommand::UserAdd) {
        if (hasDisplayName)
            return QStringLiteral("--display-name only applies to user add");
        return {};
    }
    if (const QString problem = AccountService::validateUsername(options.userName);
        !problem.isEmpty())
        return QStringLiteral("invalid user name \"%1\": %2").arg(options.userName, problem);
    options.displayName =
        hasDisplayName ? parser.value(kDisplayNameOption).trimmed() : options.userName;
    if (const QString problem = AccountService::validateDisplayName(options.displayName);
        !problem.isEmpty())
        return QStringLiteral("invalid display name: %1").arg(problem);
    return {};
}

QString lowerFirstWithoutPeriod(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toLower();
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

} // namespace

ParsedOptions parseConfabdOptions(const QStringList &arguments,
                                  const QProcessEnvironment &environment)
{
    ParsedOptions result;
    ConfabdOptions &options = result.options;
    const auto failed = [&result](const QString &error) {
        result.error = error;
        return result;
    };

    QCommandLineParser parser;
    setUpParser(parser);
    if (!parser.parse(arguments))
        return failed(lowerFirstWithoutPeriod(parser.errorText()));
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        options.command = ConfabdCommand::Help;
        return result;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        options.command = ConfabdCommand::Version;
        return result;
    }
    if (const QString error = parseCommand(parser, options); !error.isEmpty())
        return failed(error);

    DaemonSettings &settings = options.settings;
    options.configFile =
        parser.isSet(kConfigOption) ? parser.value(kConfigOption) : environment.value(kConfigEnv);
    if (parser.isSet(kConfigOption) && options.configFile.isEmpty())
        return failed(QStringLiteral("--config needs a file name"));
    if (!options.configFile.isEmpty()) {
        if (const QString error = applyConfigFile(settings, options.configFile); !error.isEmpty())
            return failed(error);
    }
    if (const QString error = applyEnvironment(settings, environment); !error.isEmpty())
        return failed(error);
    if (const QString error = applyCommandLine(settings, parser); !error.isEmpty())
        return failed(error);
    if (settings.server.dataDir.isEmpty())
        settings.server.dataDir =
            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
            QStringLiteral("/confab");

    // The user commands need only the database, so a TLS key they cannot read is no error.
    if (options.command == ConfabdCommand::Serve) {
        if (const QString problem = settings.server.validate(); !problem.isEmpty())
            return failed(problem);
    }
    return result;
}

QString confabdHelpText()
{
    QCommandLineParser parser;
    setUpParser(parser);
    QString text = parser.helpText();
    // The usage line names the binary by its full path; the name reads better.
    const qsizetype firstBreak = text.indexOf(QLatin1Char('\n'));
    if (text.startsWith(QLatin1StringView("Usage: ")) && firstBreak > 0)
        text.replace(0, firstBreak, QStringLiteral("Usage: confabd [options] [command]"));
    return text;
}

QString confabdVersion()
{
    return QStringLiteral(CONFAB_VERSION);
}

} // namespace confab::server
