#include "http/HttpListener.h"

#include <QLoggingCategory>
#include <QSocketNotifier>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace confab::server {

Q_LOGGING_CATEGORY(lcListener, "confab.http.listener")

namespace {
// Accepts per wake-up: a burst of connections must not starve the clients already served.
constexpr int kAcceptsPerTurn = 64;
constexpr int kPauseMs = 100;
constexpr qint64 kWarningIntervalMs = 10'000;

int openSpare()
{
    return ::open("/dev/null", O_RDONLY | O_CLOEXEC);
}

bool isOutOfResources(int error)
{
    return error == EMFILE || error == ENFILE || error == ENOBUFS || error == ENOMEM;
}

// The address to bind, as a sockaddr: Any means both IPv4 and IPv6 on one IPv6 socket.
socklen_t socketAddressOf(const QHostAddress &host, quint16 port, sockaddr_storage &storage,
                          bool &v6Only)
{
    std::memset(&storage, 0, sizeof storage);
    v6Only = host.protocol() == QAbstractSocket::IPv6Protocol;
    if (host == QHostAddress::Any || host.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *address = reinterpret_cast<sockaddr_in6 *>(&storage);
        address->sin6_family = AF_INET6;
        address->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = host == QHostAddress::Any
                                     ? QHostAddress(QHostAddress::AnyIPv6).toIPv6Address()
                                     : host.toIPv6Address();
        std::memcpy(&address->sin6_addr, &bytes, sizeof bytes);
        bool numeric = false;
        const QString scope = host.scopeId();
        address->sin6_scope_id = scope.toUInt(&numeric);
        if (!numeric && !scope.isEmpty())
            address->sin6_scope_id = ::if_nametoindex(scope.toLatin1().constData());
        return sizeof(sockaddr_in6);
    }
    auto *address = reinterpret_cast<sockaddr_in *>(&storage);
    address->sin_family = AF_INET;
    address->sin_port = htons(port);
    address->sin_addr.s_addr = htonl(host.toIPv4Address());
    return sizeof(sockaddr_in);
}
} // namespace

HttpListener::HttpListener(QObject *parent)
    : QObject(parent)
{
    m_resume.setSingleShot(true);
    connect(&m_resume, &QTimer::timeout, this, [this] {
        if (m_spareDescriptor < 0)
            m_spareDescriptor = openSpare();
        if (m_notifier)
            m_notifier->setEnabled(true);
    });
}

HttpListener::~HttpListener()
{
    delete m_notifier;
    if (m_descriptor >= 0)
        ::close(m_descriptor);
    if (m_spareDescriptor >= 0)
        ::close(m_spareDescriptor);
}

QString HttpListener::listen(const QHostAddress &host, quint16 port, int backlog)
{
    sockaddr_storage address;
    bool v6Only = false;
    const socklen_t length = socketAddressOf(host, port, address, v6Only);
    const int descriptor =
        ::socket(address.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (descriptor < 0)
        return QString::fromLocal8Bit(std::strerror(errno));
    const int on = 1;
    const int v6OnlyValue = v6Only ? 1 : 0;
    ::setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (address.ss_family == AF_INET6)
        ::setsockopt(descriptor, IPPROTO_IPV6, IPV6_V6ONLY, &v6OnlyValue, sizeof v6OnlyValue);
    if (::bind(descriptor, reinterpret_cast<sockaddr *>(&address), length) != 0 ||
        ::listen(descriptor, backlog) != 0) {
        const QString error = QString::fromLocal8Bit(std::strerror(errno));
        ::close(descriptor);
        return error;
    }
    sockaddr_storage bound;
    socklen_t boundLength = sizeof bound;
    ::getsockname(descriptor, reinterpret_cast<sockaddr *>(&bound), &boundLength);
    m_port = ntohs(bound.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6 *>(&bound)->sin6_port
                                               : reinterpret_cast<sockaddr_in *>(&bound)->sin_port);
    m_descriptor = descriptor;
    m_spareDescriptor = openSpare();
    m_notifier = new QSocketNotifier(descriptor, QSocketNotifier::Read);
    connect(m_notifier, &QSocketNotifier::activated, this, &HttpListener::acceptPending);
    return {};
}

void HttpListener::acceptPending()
{
    for (int i = 0; i < kAcceptsPerTurn; ++i) {
        const int descriptor =
            ::accept4(m_descriptor, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (descriptor >= 0) {
            Q_EMIT accepted(descriptor);
            continue;
        }
        const int error = errno;
        if (error == EINTR || error == ECONNABORTED || error == EPROTO)
            continue; // that client gave up; others may wait
        if (isOutOfResources(error))
            outOfDescriptors(error);
        else if (error != EAGAIN && error != EWOULDBLOCK)
            qCWarning(lcListener) << "accept failed:" << std::strerror(error);
        return;
    }
}

void HttpListener::outOfDescriptors(int error)
{
    ++m_refusedSinceWarning;
    if (!m_sinceWarning.isValid() || m_sinceWarning.elapsed() >= kWarningIntervalMs) {
        qCWarning(lcListener).noquote()
            << "cannot accept connections:" << std::strerror(error) << "-" << m_refusedSinceWarning
            << "connection(s) closed unserved since the last warning; raise the open file limit "
               "(LimitNOFILE in the systemd unit, ulimit -n) or lower the connection caps";
        m_sinceWarning.start();
        m_refusedSinceWarning = 0;
    }
    shedOneConnection();
}

void HttpListener::shedOneConnection()
{
    if (m_spareDescriptor >= 0) {
        ::close(m_spareDescriptor);
        m_spareDescriptor = -1;
        const int descriptor = ::accept4(m_descriptor, nullptr, nullptr, SOCK_CLOEXEC);
        if (descriptor >= 0)
            ::close(descriptor);
        m_spareDescriptor = openSpare();
    }
    if (m_spareDescriptor < 0)
        pauseAccepting(); // not even the spare: let descriptors free up before trying again
}

void HttpListener::pauseAccepting()
{
    m_notifier->setEnabled(false);
    m_resume.start(kPauseMs);
}

} // namespace confab::server
