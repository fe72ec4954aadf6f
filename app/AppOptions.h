#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <variant>

namespace confab::app {

// What the command line asks of the desktop app. Fields left at their defaults were not given,
// so the saved settings decide.
struct AppOptions
{
    Q_DECLARE_TR_FUNCTIONS(AppOptions)

public:
    QUrl serverUrl;           // sign in to this remote server; empty: host one on this computer
    quint16 port = 0;         // embedded server port, 1–65535; 0: not given
    bool lan = false;         // embedded server also listens on private LAN addresses
    QString dataDir;          // embedded server data directory, absolute; empty: not given
    QString language;         // UI language such as "de" or "pt_BR"; empty: the system's
    bool newInstance = false; // run even if another instance is running
    bool minimized = false;   // start in the tray

    // Parses `arguments` (the first is the program). Returns the options, or a one-line error
    // for stderr after which the app exits with code 2. --help and --version print and exit
    // with code 0, as QCommandLineParser::process() does; they use the application name and
    // version set on QCoreApplication.
    static std::variant<AppOptions, QString> parse(const QStringList &arguments);
};

} // namespace confab::app
