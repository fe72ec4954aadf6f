#include "Report.h"

#include "Run.h"

#include <QJsonArray>

namespace confab::loadgen {

using namespace Qt::StringLiterals;

namespace {

QJsonObject workloadJson(const Options &o)
{
    return QJsonObject{{u"users"_s, o.users},
                       {u"conversations"_s, o.conversations},
                       {u"members"_s, o.members},
                       {u"senders"_s, o.senders},
                       {u"rate"_s, o.rate},
                       {u"window"_s, o.window},
                       {u"connections"_s, o.connections},
                       {u"idle"_s, o.idle},
                       {u"duration_s"_s, o.duration},
                       {u"warmup_s"_s, o.warmup},
                       {u"drain_s"_s, o.drain},
                       {u"content_bytes"_s, o.contentBytes}};
}

QJsonObject serverJson(const ServerWindow &server, std::int64_t deliveries)
{
    if (!server.before.valid || !server.after.valid)
        return QJsonObject{{u"pid"_s, server.pid}};
    const double cpu = server.after.cpuSeconds - server.before.cpuSeconds;
    QJsonObject json{
        {u"pid"_s, server.pid}, {u"cpu_s"_s, cpu}, {u"rss_kib"_s, server.after.rssKiB}};
    if (deliveries > 0)
        json.insert(u"cpu_s_per_1000_deliveries"_s, cpu * 1000.0 / double(deliveries));
    if (server.connectionsForRss > 0) {
        json.insert(u"rss_kib_baseline"_s, server.rssBaselineKiB);
        json.insert(u"rss_kib_per_connection"_s,
                    double(server.after.rssKiB - server.rssBaselineKiB) /
                        double(server.connectionsForRss));
    }
    return json;
}

} // namespace

QJsonObject latencyJson(const LatencySummary &summary)
{
    return QJsonObject{{u"p50"_s, summary.p50},
                       {u"p95"_s, summary.p95},
                       {u"p99"_s, summary.p99},
                       {u"max"_s, summary.max},
                       {u"count"_s, qint64(summary.count)}};
}

QJsonObject makeReport(const Options &options, const std::string &dialect, Run &run,
                       const ServerWindow &server, int connectionsRequested,
                       int connectionsEstablished)
{
    const Ledger::Totals totals = run.ledger().totals();
    const double window = run.windowSeconds();
    QJsonObject errors;
    qint64 errorCount = 0;
    for (const auto &[what, count] : run.errors()) {
        errors.insert(QString::fromStdString(what), qint64(count));
        errorCount += count;
    }
    const QJsonObject messages{{u"sent"_s, qint64(totals.sent)},
                               {u"acked"_s, qint64(totals.acked)},
                               {u"ack_errors"_s, qint64(totals.ackErrors)},
                               {u"unacked"_s, qint64(totals.unacked)},
                               {u"expected_deliveries"_s, qint64(totals.expectedDeliveries)},
                               {u"deliveries"_s, qint64(totals.deliveries)},
                               {u"lost"_s, qint64(totals.lost)},
                               {u"duplicated"_s, qint64(totals.duplicated)}};
    const bool ok = errorCount == 0 && totals.lost == 0 && totals.duplicated == 0 &&
                    connectionsEstablished == connectionsRequested;
    return QJsonObject{
        {u"tool"_s, u"confab-loadgen"_s},
        {u"dialect"_s, QString::fromStdString(dialect)},
        {u"scenario"_s, options.scenarioName},
        {u"arguments"_s, QJsonArray::fromStringList(options.arguments)},
        {u"workload"_s, workloadJson(options)},
        {u"connections"_s, QJsonObject{{u"requested"_s, connectionsRequested},
                                       {u"established"_s, connectionsEstablished}}},
        {u"messages"_s, messages},
        {u"lost"_s, qint64(totals.lost)},
        {u"errors_total"_s, errorCount},
        {u"errors"_s, errors},
        {u"window_s"_s, window},
        {u"deliveries_in_window"_s, qint64(run.deliveriesInWindow())},
        {u"delivered_per_s"_s, window > 0 ? double(run.deliveriesInWindow()) / window : 0.0},
        {u"acked_per_s"_s, window > 0 ? double(run.ackedInWindow()) / window : 0.0},
        {u"latency_ms"_s, latencyJson(summarise(run.latencyUs()))},
        {u"ack_latency_ms"_s, latencyJson(summarise(run.ackLatencyUs()))},
        {u"server"_s, serverJson(server, run.deliveriesInWindow())},
        {u"ok"_s, ok},
    };
}

QString summaryLine(const QJsonObject &r)
{
    const QJsonObject latency = r.value("latency_ms"_L1).toObject();
    const QJsonObject server = r.value("server"_L1).toObject();
    const QJsonObject connections = r.value("connections"_L1).toObject();
    QString line = u"%1 %2: %3 deliveries/s, %4 acked/s, latency p50 %5 p95 %6 p99 %7 max %8 ms"_s
                       .arg(r.value("scenario"_L1).toString(), r.value("dialect"_L1).toString())
                       .arg(r.value("delivered_per_s"_L1).toDouble(), 0, 'f', 0)
                       .arg(r.value("acked_per_s"_L1).toDouble(), 0, 'f', 0)
                       .arg(latency.value("p50"_L1).toDouble(), 0, 'f', 2)
                       .arg(latency.value("p95"_L1).toDouble(), 0, 'f', 2)
                       .arg(latency.value("p99"_L1).toDouble(), 0, 'f', 2)
                       .arg(latency.value("max"_L1).toDouble(), 0, 'f', 2);
    line += u", connections %1/%2"_s.arg(connections.value("established"_L1).toInteger())
                .arg(connections.value("requested"_L1).toInteger());
    if (server.contains("cpu_s_per_1000_deliveries"_L1))
        line += u", server CPU %1 s/1k deliveries"_s.arg(
            server.value("cpu_s_per_1000_deliveries"_L1).toDouble(), 0, 'f', 4);
    if (server.contains("rss_kib"_L1))
        line += u", RSS %1 MiB"_s.arg(server.value("rss_kib"_L1).toDouble() / 1024, 0, 'f', 1);
    if (server.contains("rss_kib_per_connection"_L1))
        line += u" (%1 KiB/connection)"_s.arg(server.value("rss_kib_per_connection"_L1).toDouble(),
                                              0, 'f', 2);
    if (r.contains("storm"_L1)) {
        const QJsonObject storm = r.value("storm"_L1).toObject();
        line += u", storm: all rejoined in %1 s"_s.arg(
            storm.value("seconds_until_all"_L1).toDouble(), 0, 'f', 2);
    }
    line += u", lost %1, errors %2"_s.arg(r.value("lost"_L1).toInteger())
                .arg(r.value("errors_total"_L1).toInteger());
    return line;
}

} // namespace confab::loadgen
