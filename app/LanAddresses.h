#pragma once

#include <QHostAddress>
#include <QList>

namespace confab::app {

// Which of this computer's addresses the embedded server may listen on in LAN mode. Only
// addresses that cannot be routed from the internet qualify: a laptop on a public address
// (a hotel, a university network) must not put its chat server on the internet because
// someone ticked "allow other computers on the network".

// RFC 1918 (10/8, 172.16/12, 192.168/16), link-local (169.254/16, fe80::/10) and IPv6 unique
// local (fc00::/7). Loopback is not on the network and does not count.
bool isPrivateNetworkAddress(const QHostAddress &address);

// The private network addresses among `candidates`, in their order, each once.
QList<QHostAddress> privateNetworkAddresses(const QList<QHostAddress> &candidates);

// The addresses of this computer's interfaces that are up (link-local ones with their scope).
QList<QHostAddress> interfaceAddresses();

// "192.168.1.20:4100" or "[fd00::2]:4100": how someone types the address into Confab.
QString addressWithPort(const QHostAddress &address, quint16 port);

} // namespace confab::app
