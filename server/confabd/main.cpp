// confabd: the headless Confab server and its account administration commands.
#include "AdminCommands.h"
#include "ConfabdOptions.h"
#include "Console.h"
#include "ServeCommand.h"
#include "event/EpollEventDispatcher.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <sys/stat.h>

using namespace confab::server;

int main(int argc, char *argv[])
{
    // The data directory holds password and token hashes: whatever confabd creates (the
    // directory, the database and its WAL files) is for its own user only.
    ::umask(0077);
    // Qt's own dispatcher polls every socket on every turn of the loop; with thousands of
    // connections that cost more than the traffic. CONFAB_EVENT_DISPATCHER=qt keeps Qt's.
    if (qgetenv("CONFAB_EVENT_DISPATCHER") != "qt")
        QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("confabd"));
    QCoreApplication::setApplicationVersion(confabdVersion());
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{type} %{category}: "
                                      "%{message}"));
    // Per-socket debug lines would flood a busy server's log; QT_LOGGING_RULES turns them on.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("confab.*.debug=false"));

    const ParsedOptions parsed = parseConfabdOptions(QCoreApplication::arguments(),
                                                     QProcessEnvironment::systemEnvironment());
    if (!parsed.error.isEmpty()) {
        printError(parsed.error);
        return ExitUsage;
    }
    switch (parsed.options.command) {
    case ConfabdCommand::Help:
        printLine(confabdHelpText());
        return ExitSuccess;
    case ConfabdCommand::Version:
        printLine(QStringLiteral("confabd ") + confabdVersion());
        return ExitSuccess;
    case ConfabdCommand::Serve:
        return runServer(parsed.options);
    case ConfabdCommand::UserAdd:
    case ConfabdCommand::UserList:
    case ConfabdCommand::UserPasswd:
    case ConfabdCommand::UserDisable:
        return runUserCommand(parsed.options);
    }
    return ExitFailure;
}
