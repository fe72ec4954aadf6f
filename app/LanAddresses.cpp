#include "LanAddresses.h"

#include <QNetworkInterface>

namespace confab::app {

namespace {

bool inSubnet(const QHostAddress &address, const char *subnet)
{
    return address.isInSubnet(QHostAddress::parseSubnet(QLatin1StringView(subnet)));
}

bool isPrivateIPv4(const QHostAddress &address)
{
    return inSubnet(address, "10.0.0.0/8") || inSubnet(address, "172.16.0.0/12") ||
           inSubnet(address, "192.168.0.0/16") || inSubnet(address, "169.254.0.0/16");
}

} // namespace

bool isPrivateNetworkAddress(const QHostAddress &address)
{
    if (address.isNull() || address.isLoopback())
        return false;
    // An IPv4 address written as IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it is.
    bool isIPv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIPv4);
    if (isIPv4)
        return isPrivateIPv4(QHostAddress(ipv4));
    return inSubnet(address, "fc00::/7") || inSubnet(address, "fe80::/10");
}

QList<QHostAddress> privateNetworkAddresses(const QList<QHostAddress> &candidates)
{
    QList<QHostAddress> result;
    for (const QHostAddress &address : candidates) {
        if (isPrivateNetworkAddress(address) && !result.contains(address))
            result.append(address);
    }
    return result;
}

QList<QHostAddress> interfaceAddresses()
{
    QList<QHostAddress> result;
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        if (!interface.flags().testFlag(QNetworkInterface::IsUp) ||
            !interface.flags().testFlag(QNetworkInterface::IsRunning))
            continue;
        const auto entries = interface.addressEntries();
        for (const QNetworkAddressEntry &entry : entries)
            result.append(entry.ip());
    }
    return result;
}

QString addressWithPort(const QHostAddress &address, quint16 port)
{
    QHostAddress shown = address;
    shown.setScopeId(QString()); // the scope names this computer's interface, not the peer's
    const QString host = shown.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(shown.toString())
                             : shown.toString();
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

} // namespace confab::app
