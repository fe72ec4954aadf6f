#include "Scenarios.h"

#include "Report.h"
#include "Run.h"

#include <QJsonArray>
#include <cstdio>

namespace confab::loadgen {

using namespace Qt::StringLiterals;

namespace {

constexpr double kConnectTimeoutSeconds = 300;
// Lets the server release what connecting cost it (handshake buffers, pending jobs) before RSS
// is read.
constexpr double kSettleSeconds = 2;

QJsonObject failure(const Options &options, const std::string &dialect, const std::string &why)
{
    return QJsonObject{{u"tool"_s, u"confab-loadgen"_s},
                       {u"dialect"_s, QString::fromStdString(dialect)},
                       {u"scenario"_s, options.scenarioName},
                       {u"ok"_s, false},
                       {u"setup_error"_s, QString::fromStdString(why)}};
}

void progress(const char *what, int done, int total)
{
    std::fprintf(stderr, "confab-loadgen: %s %d/%d\n", what, done, total);
}

// fanout and durable: members connect and join; the load runs; the window is sampled.
QJsonObject runTraffic(const Options &options, Run &run, qint64 pid, bool paced)
{
    const int members = options.users;
    const int first = run.addClients(members, Run::Client::Role::Member);
    run.addClients(options.idle, Run::Client::Role::Idle);
    const int total = members + options.idle;
    const int joined =
        run.connect(first, first + total, options.connectConcurrency, kConnectTimeoutSeconds);
    progress("connected", joined, total);
    ServerWindow server;
    server.pid = pid;
    run.onWindowStart = [&] { server.before = sampleProcess(pid); };
    run.onWindowEnd = [&] { server.after = sampleProcess(pid); };
    if (joined == total)
        run.runLoad(paced);
    return makeReport(options, {}, run, server, total, joined);
}

// idle: N sockets connect, authenticate and join; RSS per connection; then they are held.
QJsonObject runIdle(const Options &options, Run &run, qint64 pid)
{
    run.hold(kSettleSeconds);
    ServerWindow server;
    server.pid = pid;
    server.rssBaselineKiB = sampleProcess(pid).rssKiB;
    const int first = run.addClients(options.connections, Run::Client::Role::Member);
    const int joined = run.connect(first, first + options.connections, options.connectConcurrency,
                                   kConnectTimeoutSeconds);
    progress("connected", joined, options.connections);
    run.hold(kSettleSeconds);
    server.before = sampleProcess(pid);
    run.hold(options.duration);
    server.after = sampleProcess(pid);
    server.connectionsForRss = joined;
    QJsonObject report = makeReport(options, {}, run, server, options.connections, joined);
    report.insert(u"still_open"_s, run.openClients());
    return report;
}

// connect-storm: N sockets joined, then all dropped and reconnected at once.
QJsonObject runStorm(const Options &options, Run &run, qint64 pid)
{
    const int n = options.connections;
    const int first = run.addClients(n, Run::Client::Role::Member);
    const int joined =
        run.connect(first, first + n, options.connectConcurrency, kConnectTimeoutSeconds);
    progress("connected", joined, n);
    run.hold(kSettleSeconds);
    ServerWindow server;
    server.pid = pid;
    server.before = sampleProcess(pid);
    run.abortAll(first, first + n);
    const std::int64_t stormStart = nowNs();
    // Every handshake at once: that is the storm.
    const int rejoined = run.connect(first, first + n, n, kConnectTimeoutSeconds);
    const double seconds = double(nowNs() - stormStart) / 1e9;
    server.after = sampleProcess(pid);
    progress("reconnected", rejoined, n);
    std::vector<std::int32_t> latencies;
    for (int i = first; i < first + n; ++i) {
        const auto &client = *run.clients()[std::size_t(i)];
        if (client.joined)
            latencies.push_back(std::int32_t((client.joinedAtNs - stormStart) / 1000));
    }
    QJsonObject report = makeReport(options, {}, run, server, n, rejoined);
    report.insert(u"storm"_s, QJsonObject{{u"connections"_s, n},
                                          {u"initially_joined"_s, joined},
                                          {u"rejoined"_s, rejoined},
                                          {u"seconds_until_all"_s, seconds},
                                          {u"rejoin_ms"_s, latencyJson(summarise(latencies))}});
    return report;
}

} // namespace

QJsonObject runScenario(const Options &options, const Dialect &dialect, const sockaddr_in &server,
                        qint64 serverPid)
{
    Run run(options, dialect, server);
    if (const std::string error = run.setUp(); !error.empty())
        return failure(options, dialect.name(), error);
    QJsonObject report;
    switch (options.scenario) {
    case Scenario::Fanout:
        report = runTraffic(options, run, serverPid, true);
        break;
    case Scenario::Durable:
        report = runTraffic(options, run, serverPid, false);
        break;
    case Scenario::Idle:
        report = runIdle(options, run, serverPid);
        break;
    case Scenario::ConnectStorm:
        report = runStorm(options, run, serverPid);
        break;
    }
    report.insert(u"dialect"_s, QString::fromStdString(dialect.name()));
    return report;
}

} // namespace confab::loadgen
