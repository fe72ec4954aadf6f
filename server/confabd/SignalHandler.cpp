#include "SignalHandler.h"

#include <QSocketNotifier>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace confab::server {

namespace {

volatile sig_atomic_t g_writeEnd = -1;

extern "C" void writeToSelfPipe(int signalNumber)
{
    const int savedErrno = errno;
    const char byte = char(signalNumber);
    // A full pipe means a wake-up is already pending, so a lost byte loses nothing.
    [[maybe_unused]] const ssize_t written = ::write(g_writeEnd, &byte, 1);
    errno = savedErrno;
}

} // namespace

SignalHandler::SignalHandler(QObject *parent)
    : QObject(parent)
{
}

SignalHandler::~SignalHandler()
{
    for (int signalNumber : std::as_const(m_watched))
        ::signal(signalNumber, SIG_DFL);
    m_notifier.reset();
    if (m_pipe[0] >= 0) {
        g_writeEnd = -1;
        ::close(m_pipe[0]);
        ::close(m_pipe[1]);
    }
}

QString SignalHandler::watch(std::initializer_list<int> signalNumbers)
{
    if (g_writeEnd >= 0 && m_pipe[0] < 0)
        return QStringLiteral("another signal handler is active");
    if (m_pipe[0] < 0) {
        if (::pipe2(m_pipe, O_CLOEXEC | O_NONBLOCK) != 0)
            return QStringLiteral("cannot create signal pipe: %1")
                .arg(QString::fromLocal8Bit(std::strerror(errno)));
        g_writeEnd = m_pipe[1];
        m_notifier = std::make_unique<QSocketNotifier>(m_pipe[0], QSocketNotifier::Read);
        connect(m_notifier.get(), &QSocketNotifier::activated, this, &SignalHandler::drainPipe);
    }
    struct sigaction action = {};
    action.sa_handler = writeToSelfPipe;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signalNumber : signalNumbers) {
        if (::sigaction(signalNumber, &action, nullptr) != 0)
            return QStringLiteral("cannot handle %1: %2")
                .arg(name(signalNumber), QString::fromLocal8Bit(std::strerror(errno)));
        m_watched.append(signalNumber);
    }
    return {};
}

QString SignalHandler::name(int signalNumber)
{
    switch (signalNumber) {
    case SIGINT:
        return QStringLiteral("SIGINT");
    case SIGTERM:
        return QStringLiteral("SIGTERM");
    case SIGHUP:
        return QStringLiteral("SIGHUP");
    default:
        return QStringLiteral("signal %1").arg(signalNumber);
    }
}

void SignalHandler::drainPipe()
{
    char buffer[64];
    for (;;) {
        const ssize_t count = ::read(m_pipe[0], buffer, sizeof buffer);
        if (count < 0 && errno == EINTR)
            continue;
        if (count <= 0)
            return;
        for (ssize_t i = 0; i < count; ++i)
            Q_EMIT received(int(static_cast<unsigned char>(buffer[i])));
    }
}

} // namespace confab::server
