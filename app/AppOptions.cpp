#include "AppOptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace confab::app {

namespace {

const QString kServer = QStringLiteral("server");
const QString kPort = QStringLiteral("port");
const QString kLan = QStringLiteral("lan");
const QString kDataDir = QStringLiteral("data-dir");
const QString kLanguage = QStringLiteral("language");
const QString kNewInstance = QStringLiteral("new-instance");
const QString kMinimized = QStringLiteral("minimized");

void setUpParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        AppOptions::tr("Confab chat. Without --server it hosts a chat server on this computer."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {kServer,
         AppOptions::tr("Sign in to the Confab server at this address (http or https; "
                        "host:port means http)."),
         AppOptions::tr("url", "command-line value name")},
        {kPort, AppOptions::tr("Port of the server hosted on this computer (1-65535)."),
         AppOptions::tr("port", "command-line value name")},
        {kLan, AppOptions::tr("Let other computers on your local network sign in to the server "
                              "hosted on this computer, with accounts created here.")},
        {kDataDir, AppOptions::tr("Folder of the server hosted on this computer."),
         AppOptions::tr("folder", "command-line value name")},
        {kLanguage, AppOptions::tr("Language of the user interface, such as de or pt_BR."),
         AppOptions::tr("code", "command-line value name: a language code")},
        {kNewInstance, AppOptions::tr("Start even if Confab is already running.")},
        {kMinimized, AppOptions::tr("Start in the system tray, without a window.")},
    });
}

// "host:port" is what people type for a server on their network; it means plain http.
QString readServerUrl(const QString &text, QUrl &out)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return AppOptions::tr("--server needs an address such as https://chat.example.org.");
    const QString withScheme =
        trimmed.contains(QStringLiteral("://")) ? trimmed : QStringLiteral("http://") + trimmed;
    const QUrl url(withScheme, QUrl::StrictMode);
    if (!url.isValid())
        return AppOptions::tr("Invalid server address \"%1\".").arg(text);
    if (url.scheme() != QLatin1StringView("http") && url.scheme() != QLatin1StringView("https"))
        return AppOptions::tr("Invalid server address \"%1\": only http and https are supported.")
            .arg(text);
    if (url.host().isEmpty())
        return AppOptions::tr("Invalid server address \"%1\": the host name is missing.").arg(text);
    // One spelling per server, so that "https://x.org/" and "https://x.org" are one account.
    out = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (out.path() == QLatin1Char('/'))
        out.setPath(QString());
    return {};
}

QString readPort(const QString &text, quint16 &out)
{
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return AppOptions::tr("Invalid port \"%1\": expected a number from 1 to 65535.").arg(text);
    out = quint16(port);
    return {};
}

QString readDataDir(const QString &text, QString &out)
{
    if (text.isEmpty())
        return AppOptions::tr("--data-dir needs a folder.");
    QString expanded = text;
    if (expanded == QLatin1Char('~') || expanded.startsWith(QLatin1StringView("~/")))
        expanded.replace(0, 1, QDir::homePath());
    const QString absolute = QDir::cleanPath(QDir::current().absoluteFilePath(expanded));
    const QFileInfo info(absolute);
    if (info.exists() && !info.isDir())
        return AppOptions::tr("Invalid data folder \"%1\": it is a file.").arg(text);
    out = absolute;
    return {};
}

// Qt's translation files are named like the locale: "de", "pt_BR". A dash is accepted
// because that is how browsers and BCP 47 spell it.
QString readLanguage(const QString &text, QString &out)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    const QString code = QString(text).replace(QLatin1Char('-'), QLatin1Char('_'));
    if (!pattern.match(code).hasMatch())
        return AppOptions::tr("Invalid language \"%1\": expected a code such as de or pt_BR.")
            .arg(text);
    out = code;
    return {};
}

// --port, --lan and --data-dir configure the server this computer hosts, which --server
// replaces; silently ignoring them would hide a mistake.
QString checkRemoteConflicts(const QCommandLineParser &parser)
{
    if (!parser.isSet(kServer))
        return {};
    for (const QString &option : {kPort, kLan, kDataDir}) {
        if (parser.isSet(option))
            return AppOptions::tr("--%1 applies to the server hosted on this computer and "
                                  "cannot be combined with --server.")
                .arg(option);
    }
    return {};
}

QString readValues(const QCommandLineParser &parser, AppOptions &options)
{
    if (const QStringList extra = parser.positionalArguments(); !extra.isEmpty())
        return AppOptions::tr("Unexpected argument \"%1\".").arg(extra.constFirst());
    if (const QString error = checkRemoteConflicts(parser); !error.isEmpty())
        return error;
    QString error;
    if (parser.isSet(kServer))
        error = readServerUrl(parser.value(kServer), options.serverUrl);
    if (error.isEmpty() && parser.isSet(kPort))
        error = readPort(parser.value(kPort), options.port);
    if (error.isEmpty() && parser.isSet(kDataDir))
        error = readDataDir(parser.value(kDataDir), options.dataDir);
    if (error.isEmpty() && parser.isSet(kLanguage))
        error = readLanguage(parser.value(kLanguage), options.language);
    options.lan = parser.isSet(kLan);
    options.newInstance = parser.isSet(kNewInstance);
    options.minimized = parser.isSet(kMinimized);
    return error;
}

} // namespace

std::variant<AppOptions, QString> AppOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser);
    if (!parser.parse(arguments))
        return parser.errorText();
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    AppOptions options;
    if (const QString error = readValues(parser, options); !error.isEmpty())
        return error;
    return options;
}

} // namespace confab::app
