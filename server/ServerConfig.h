#pragma once

#include "http/AddressAllowlist.h"
#include "storage/Quotas.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace confab::server {

// Everything a ServerModule needs to run. confabd fills it from CLI, environment and INI file;
// the desktop app fills it for its embedded server. Defaults are the protocol's defaults.
struct ServerConfig
{
    QHostAddress host = QHostAddress::LocalHost;
    // More addresses to listen on, each on the port `host` got. The desktop app's LAN mode
    // lists this computer's private addresses here rather than listening on all of them.
    QList<QHostAddress> moreHosts;
    quint16 port = 4000; // 0 picks a free port (tests, embedded mode)
    QString dataDir;     // holds confab.sqlite3; required
    QString tlsCertFile; // TLS is on when both files are set
    QString tlsKeyFile;
    // Origins allowed to open the socket or call the API from a browser. Requests without an
    // Origin header (native clients, curl, node) are always allowed. "*" allows every origin.
    QStringList allowedOrigins;
    // Reverse proxies whose X-Forwarded-For header names the client (for the per-address
    // sign-in limit). Connections from any other peer are taken at their own address.
    QList<QHostAddress> trustedProxies;
    bool registrationOpen = true;
    // Make the database file (and so its -wal and -shm files) 0600 at every start, whatever
    // the umask. The desktop app sets it: its users never chose a umask for chat history.
    // confabd leaves modes to the administrator (the package's umask and directory).
    bool privateDataFiles = false;
    // Clients that may read GET /metrics (by their address after trusted_proxies); others get
    // 403. The counters tell outsiders how busy the server is and when people are online.
    AddressAllowlist metricsAllow = AddressAllowlist::loopback();

    // The HTTP front door (docs/admin.md, "Limits"): how long a request head may take (also
    // the longest pause inside a body), how long a kept-alive connection may idle, and how
    // many HTTP connections one address may hold open (0: no cap) unless it is exempt.
    int httpHeaderTimeoutMs = 10'000;
    int httpKeepAliveTimeoutMs = 60'000;
    int connectionsPerAddress = 128;
    AddressAllowlist connectionLimitExempt = AddressAllowlist::loopback();

    int tokenLifetimeDays = 30;
    int idleTimeoutMs = 60'000;
    qsizetype maxFrameBytes = 64 * 1024;
    qsizetype sendQueueBytes = 1024 * 1024;
    int maxChannelsPerSocket = 100;
    int maxBadFramesInRow = 10;
    int typingThrottleMs = 1000; // at most one typing:true per user and conversation per interval
    int typingExpiryMs = 5000;   // typing:false when no refresh came within this
    double floodBurst = 1000;
    double floodPerSecond = 200;
    // Failed logins allowed per minute before 429, per user name and per client address.
    int loginFailuresPerUserPerMinute = 10;
    int loginFailuresPerAddressPerMinute = 50;
    // Registrations per hour from one client address (IPv6: per /64); 0 turns the limit off.
    int registrationsPerAddressPerHour = 10;
    // Password hashes (registrations and sign-ins) queued or running at once; beyond that,
    // 503 with Retry-After. Bounds the wait and the memory a sign-in flood can cause.
    int passwordHashQueueLimit = 64;
    // Per-user limits on what the server stores (storage/Quotas.h has the defaults).
    Quotas quotas;
    // Sockets one user may have open at once; one more is closed with 1008.
    int maxSocketsPerUser = 20;
    // Database jobs that may wait at once; requests beyond it get rate_limited.
    int databaseQueueLimit = 10'000;

    QString databasePath() const;
    bool tlsEnabled() const { return !tlsCertFile.isEmpty() && !tlsKeyFile.isEmpty(); }
    // Empty when valid, else a one-line description of the first problem.
    QString validate() const;

private:
    QString validateQuotas() const;
};

} // namespace confab::server
