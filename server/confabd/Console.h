#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcDaemon)

namespace confab::server {

// Process exit codes of confabd. Scripts and service managers tell a typo in the invocation
// (do not restart) from a failure at run time (maybe restart) by these.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1, // could not start, name taken, no such user, database error
    ExitUsage = 2,   // bad option, argument, environment variable or config file
};

// Writes `confabd: error: <message>` as a single line to stderr.
void printError(const QString &message);
// Writes `text` and a newline to stdout.
void printLine(const QString &text);

} // namespace confab::server
