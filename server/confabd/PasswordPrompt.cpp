#include "PasswordPrompt.h"

#include <QByteArray>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <optional>
#include <termios.h>
#include <unistd.h>

namespace confab::server {

namespace {

constexpr qsizetype kMaxLineBytes = 64 * 1024;
constexpr int kRestoringSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

// Terminal state to put back if a signal ends the process while echo is off; otherwise the
// user's shell is left without echo.
termios g_savedTerminal;

void restoreTerminalAndDie(int signalNumber)
{
    ::tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    ::signal(signalNumber, SIG_DFL);
    ::raise(signalNumber);
}

class EchoOff
{
public:
    EchoOff()
    {
        if (::tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0)
            return;
        struct sigaction action = {};
        action.sa_handler = restoreTerminalAndDie;
        sigemptyset(&action.sa_mask);
        for (std::size_t i = 0; i < std::size(kRestoringSignals); ++i)
            ::sigaction(kRestoringSignals[i], &action, &m_previous[i]);
        termios silent = g_savedTerminal;
        silent.c_lflag &= tcflag_t(~ECHO);
        silent.c_lflag |= ECHONL;
        m_active = ::tcsetattr(STDIN_FILENO, TCSANOW, &silent) == 0;
    }
    ~EchoOff()
    {
        if (m_active)
            ::tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
        for (std::size_t i = 0; i < std::size(kRestoringSignals); ++i)
            ::sigaction(kRestoringSignals[i], &m_previous[i], nullptr);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    struct sigaction m_previous[std::size(kRestoringSignals)] = {};
    bool m_active = false;
};

// One line from stdin without the line break, read byte by byte so nothing beyond it is
// consumed. Empty when stdin ends before any byte.
std::optional<QByteArray> readLine()
{
    QByteArray line;
    for (;;) {
        char byte = 0;
        const ssize_t count = ::read(STDIN_FILENO, &byte, 1);
        if (count < 0 && errno == EINTR)
            continue;
        if (count <= 0) {
            if (line.isEmpty())
                return std::nullopt;
            break;
        }
        if (byte == '\n')
            break;
        if (line.size() < kMaxLineBytes)
            line.append(byte);
    }
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

std::optional<QString> prompt(const char *text)
{
    std::optional<QByteArray> line;
    {
        // Echo goes off before the prompt appears, so nothing typed after it is shown, and
        // without flushing, so typed-ahead or pasted input is kept.
        const EchoOff echoOff;
        std::fputs(text, stderr);
        std::fflush(stderr);
        line = readLine();
    }
    if (!line)
        return std::nullopt;
    return QString::fromUtf8(*line);
}

} // namespace

PasswordInput readNewPassword()
{
    if (!::isatty(STDIN_FILENO)) {
        const std::optional<QByteArray> line = readLine();
        if (!line || line->isEmpty())
            return {{}, QStringLiteral("no password on standard input")};
        return {QString::fromUtf8(*line), {}};
    }
    const std::optional<QString> first = prompt("New password: ");
    if (!first || first->isEmpty())
        return {{}, QStringLiteral("no password entered")};
    const std::optional<QString> second = prompt("Repeat password: ");
    if (!second || *first != *second)
        return {{}, QStringLiteral("the passwords do not match")};
    return {*first, {}};
}

} // namespace confab::server
