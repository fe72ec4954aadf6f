#pragma once

#include <QByteArray>
#include <functional>

class QObject;

namespace confab::server {

class AccountService;
class HttpServer;
class Metrics;
struct ServerConfig;

// The HTTP endpoints of PROTOCOL.md §4: accounts and sessions, health and metrics.
class HttpApi
{
public:
    using MetricsText = std::function<QByteArray()>;
    // Starts a write probe of the database; calls back on the HTTP thread with the outcome.
    using DatabaseCheck = std::function<void(QObject *context, std::function<void(bool)> done)>;

    struct Hooks
    {
        MetricsText metricsText;
        DatabaseCheck databaseWritable;
    };

    static void install(HttpServer &http, AccountService &accounts, const ServerConfig &config,
                        Hooks hooks);
};

} // namespace confab::server
