#pragma once

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

namespace confab::server {

// Client addresses allowed to reach an endpoint (for now /metrics): single addresses and CIDR
// subnets, IPv4 and IPv6. IPv4 clients reaching an IPv6 socket (::ffff:a.b.c.d) count as
// their IPv4 address, so "127.0.0.1" also covers a server listening on "::".
class AddressAllowlist
{
public:
    using Subnet = QPair<QHostAddress, int>;

    // Loopback only: 127.0.0.0/8 and ::1.
    static AddressAllowlist loopback();
    // Everybody.
    static AddressAllowlist any();
    // "127.0.0.1, 10.0.0.0/8, ::1, fd00::/8", or "*" for any. Returns an error text naming the
    // first bad entry, empty on success (then `out` holds the list).
    static QString parse(const QString &text, AddressAllowlist &out);

    bool allows(const QHostAddress &address) const;
    const QList<Subnet> &subnets() const { return m_subnets; }

private:
    QList<Subnet> m_subnets;
};

} // namespace confab::server
