#include "http/AddressAllowlist.h"

namespace confab::server {

namespace {

// A bare address is a subnet of one; "a.b.c.d/n" and "x::/n" are parsed by Qt, which also
// rejects prefix lengths out of range.
bool parseEntry(const QString &entry, AddressAllowlist::Subnet &subnet)
{
    if (!entry.contains(QLatin1Char('/'))) {
        QHostAddress address;
        if (!address.setAddress(entry))
            return false;
        const int bits = address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
        subnet = {address, bits};
        return true;
    }
    subnet = QHostAddress::parseSubnet(entry);
    return !subnet.first.isNull() && subnet.second >= 0;
}

QHostAddress unmapped(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

} // namespace

AddressAllowlist AddressAllowlist::loopback()
{
    AddressAllowlist list;
    list.m_subnets = {{QHostAddress(QStringLiteral("127.0.0.0")), 8},
                      {QHostAddress(QHostAddress::LocalHostIPv6), 128}};
    return list;
}

AddressAllowlist AddressAllowlist::any()
{
    AddressAllowlist list;
    list.m_subnets = {{QHostAddress(QStringLiteral("0.0.0.0")), 0},
                      {QHostAddress(QStringLiteral("::")), 0}};
    return list;
}

QString AddressAllowlist::parse(const QString &text, AddressAllowlist &out)
{
    AddressAllowlist list;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString entry = part.trimmed();
        if (entry.isEmpty())
            continue;
        if (entry == QLatin1StringView("*")) {
            list = any();
            continue;
        }
        Subnet subnet;
        if (!parseEntry(entry, subnet))
            return QStringLiteral("expected *, or IP addresses and CIDR subnets such as "
                                  "127.0.0.1, 10.0.0.0/8 or fd00::/8, separated by commas "
                                  "(got \"%1\")")
                .arg(entry);
        list.m_subnets.append(subnet);
    }
    if (list.m_subnets.isEmpty())
        return QStringLiteral("expected * or at least one address or subnet");
    out = list;
    return {};
}

bool AddressAllowlist::allows(const QHostAddress &address) const
{
    const QHostAddress client = unmapped(address);
    for (const Subnet &subnet : m_subnets) {
        if (client.isInSubnet(subnet))
            return true;
    }
    return false;
}

} // namespace confab::server
