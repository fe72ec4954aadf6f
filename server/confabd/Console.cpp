#include "Console.h"

#include <cstdio>

Q_LOGGING_CATEGORY(lcDaemon, "confab.daemon")

namespace confab::server {

void printError(const QString &message)
{
    // One line even when a lower layer's message spans several: scripts read exactly one.
    const QString line = message.simplified();
    std::fprintf(stderr, "confabd: error: %s\n", line.toLocal8Bit().constData());
    std::fflush(stderr);
}

void printLine(const QString &text)
{
    std::fprintf(stdout, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stdout);
}

} // namespace confab::server
