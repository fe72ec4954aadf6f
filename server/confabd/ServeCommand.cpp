#include "ServeCommand.h"

#include "ConfabdOptions.h"
#include "Console.h"
#include "ServerModule.h"
#include "SignalHandler.h"

#include <QCoreApplication>
#include <QUrl>
#include <csignal>

namespace confab::server {

namespace {
QString listenUrl(const ServerConfig &config, quint16 port)
{
    QUrl url;
    url.setScheme(config.tlsEnabled() ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(config.host.toString());
    url.setPort(port);
    url.setPath(QStringLiteral("/"));
    return url.toString();
}
} // namespace

int runServer(const ConfabdOptions &options)
{
    // Signals are caught before the port opens, so a SIGTERM right after start-up still
    // takes the clean path.
    SignalHandler signalHandler;
    if (const QString error = signalHandler.watch({SIGINT, SIGTERM, SIGHUP}); !error.isEmpty()) {
        printError(error);
        return ExitFailure;
    }

    ServerModule server(options.settings.server);
    server.setPasswordHashCost(options.settings.hashCost);
    if (const QString error = server.start(); !error.isEmpty()) {
        printError(error);
        return ExitFailure;
    }
    qCInfo(lcDaemon).noquote() << "confabd" << QCoreApplication::applicationVersion()
                               << "listening on" << listenUrl(server.config(), server.port())
                               << "with data in" << server.config().dataDir;
    if (!options.configFile.isEmpty())
        qCInfo(lcDaemon).noquote() << "settings read from" << options.configFile;

    QObject::connect(&signalHandler, &SignalHandler::received, &server, [&server](int number) {
        if (!server.isRunning())
            return;
        qCInfo(lcDaemon).noquote()
            << "received" << SignalHandler::name(number) << "- shutting down";
        // SIGHUP: a closed terminal, or someone expecting a reload. There is none (settings
        // are read at start), and a clean stop beats the default: dying mid-write.
        if (number == SIGHUP)
            qCInfo(lcDaemon) << "confabd has no reload: start it again to apply new settings";
        server.stop();
        qCInfo(lcDaemon) << "stopped";
        QCoreApplication::exit(ExitSuccess);
    });
    return QCoreApplication::exec();
}

} // namespace confab::server
