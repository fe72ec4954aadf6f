#pragma once

#include <QByteArray>
#include <functional>

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

    static void install(HttpServer &http, AccountService &accounts, const ServerConfig &config,
                        MetricsText metricsText);
};

} // namespace confab::server
