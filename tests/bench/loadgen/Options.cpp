#include "Options.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <cstdio>

namespace confab::loadgen {

namespace {

using namespace Qt::StringLiterals;

struct NumberOption
{
    QCommandLineOption option;
    double minimum;
    double maximum;
};

QList<NumberOption> numberOptions()
{
    const auto number = [](const QString &name, const QString &help, const QString &fallback,
                           double minimum, double maximum) {
        return NumberOption{QCommandLineOption(name, help, u"n"_s, fallback), minimum, maximum};
    };
    return {
        number(u"port"_s, u"Server port on --host."_s, u"0"_s, 0, 65535),
        number(u"server-pid"_s, u"Server process id, for CPU and RSS from /proc."_s, u"0"_s, 0,
               4e9),
        number(u"users"_s, u"Accounts (default 100)."_s, u"100"_s, 1, 1e6),
        number(u"conversations"_s, u"Group conversations (default 10)."_s, u"10"_s, 1, 1e6),
        number(u"members"_s, u"Members per conversation (default 10)."_s, u"10"_s, 2, 256),
        number(u"senders"_s, u"Sending members (default: one per conversation)."_s, u"0"_s, 0, 1e6),
        number(u"rate"_s, u"fanout: messages per second, all senders together (default 100)."_s,
               u"100"_s, 0.1, 1e7),
        number(u"window"_s, u"durable: unacknowledged sends per sender (default 64)."_s, u"64"_s, 1,
               1e5),
        number(u"connections"_s,
               u"idle, connect-storm: sockets, spread over the users (default: --users)."_s, u"0"_s,
               0, 1e6),
        number(u"idle"_s, u"fanout, durable: extra authenticated sockets that only keep alive."_s,
               u"0"_s, 0, 1e6),
        number(u"duration"_s, u"Measured seconds (default 10)."_s, u"10"_s, 0.1, 86400),
        number(u"warmup"_s, u"Seconds of load before measuring (default 2)."_s, u"2"_s, 0, 3600),
        number(u"drain"_s, u"Seconds to wait for the last deliveries (default 5)."_s, u"5"_s, 0,
               600),
        number(u"content-bytes"_s, u"Filler bytes per message (default 32)."_s, u"32"_s, 0, 16000),
        number(u"connect-concurrency"_s, u"Handshakes in flight while connecting (default 256)."_s,
               u"256"_s, 1, 1e6),
        number(u"source-addresses"_s,
               u"Loopback source addresses 127.0.0.2… to spread connections over (default: one "
               "per 25,000 connections beyond 28,000)."_s,
               u"0"_s, 0, 250),
    };
}

QString validate(Options &o)
{
    if (o.dialect != "confab"_L1 && o.dialect != "socketio"_L1)
        return u"--dialect: expected confab or socketio"_s;
    static const QStringList scenarios{u"fanout"_s, u"idle"_s, u"connect-storm"_s, u"durable"_s};
    const qsizetype scenario = scenarios.indexOf(o.scenarioName);
    if (scenario < 0)
        return u"--scenario: expected one of %1"_s.arg(scenarios.join(u", "_s));
    o.scenario = Scenario(scenario);
    if (o.port == 0 && o.confabd.isEmpty())
        return u"give --port of a running server, or --confabd to start one"_s;
    if (!o.confabd.isEmpty() && o.dialect != "confab"_L1)
        return u"--confabd needs --dialect confab"_s;
    if (!o.confabd.isEmpty() && !QFileInfo(o.confabd).isExecutable())
        return u"--confabd: %1 is not an executable"_s.arg(o.confabd);
    if (o.members > o.users)
        return u"--members (%1) cannot exceed --users (%2)"_s.arg(o.members).arg(o.users);
    const qint64 seats = qint64(o.conversations) * o.members;
    // Each user's socket joins all of its conversations; Confab allows 100 joins per socket.
    if ((seats + o.users - 1) / o.users > 90)
        return u"--conversations × --members / --users must stay at most 90 (joins per socket)"_s;
    if (o.senders == 0)
        o.senders = o.conversations;
    if (o.senders > seats)
        return u"--senders (%1) cannot exceed --conversations × --members (%2)"_s.arg(o.senders)
            .arg(seats);
    if (o.connections == 0)
        o.connections = o.users;
    return {};
}

} // namespace

bool parseOptions(const QStringList &arguments, Options &options, QString &error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Load generator for Confab (Phoenix V2) and the Socket.IO peer (Engine.IO 4). Writes "
        "one summary line and, with --json, a JSON result. See docs/benchmarks.md."_s);
    parser.addHelpOption();
    const QCommandLineOption dialect(u"dialect"_s, u"confab or socketio."_s, u"name"_s);
    const QCommandLineOption scenario(u"scenario"_s, u"fanout, idle, connect-storm or durable."_s,
                                      u"name"_s);
    const QCommandLineOption host(u"host"_s, u"Server IPv4 address (default 127.0.0.1)."_s,
                                  u"address"_s, u"127.0.0.1"_s);
    const QCommandLineOption confabd(
        u"confabd"_s, u"Start this confabd (fresh data dir, port 0, flood limits raised)."_s,
        u"path"_s);
    const QCommandLineOption json(u"json"_s, u"Write the JSON result here (- for stdout)."_s,
                                  u"path"_s);
    parser.addOptions({dialect, scenario, host, confabd, json});
    const QList<NumberOption> numbers = numberOptions();
    for (const NumberOption &number : numbers)
        parser.addOption(number.option);
    if (!parser.parse(arguments)) {
        error = parser.errorText();
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        error = u"unexpected argument: %1"_s.arg(parser.positionalArguments().first());
        return false;
    }
    QHash<QString, double> values;
    for (const NumberOption &number : numbers) {
        const QString name = number.option.names().first();
        bool ok = false;
        const double value = parser.value(name).toDouble(&ok);
        if (!ok || value < number.minimum || value > number.maximum) {
            error = u"--%1: expected a number from %2 to %3, got \"%4\""_s.arg(name)
                        .arg(number.minimum)
                        .arg(number.maximum)
                        .arg(parser.value(name));
            return false;
        }
        values.insert(name, value);
    }
    options.dialect = parser.value(dialect);
    options.scenarioName = parser.value(scenario);
    options.host = parser.value(host);
    options.confabd = parser.value(confabd);
    options.jsonPath = parser.value(json);
    options.port = int(values[u"port"_s]);
    options.serverPid = qint64(values[u"server-pid"_s]);
    options.users = int(values[u"users"_s]);
    options.conversations = int(values[u"conversations"_s]);
    options.members = int(values[u"members"_s]);
    options.senders = int(values[u"senders"_s]);
    options.rate = values[u"rate"_s];
    options.window = int(values[u"window"_s]);
    options.connections = int(values[u"connections"_s]);
    options.idle = int(values[u"idle"_s]);
    options.duration = values[u"duration"_s];
    options.warmup = values[u"warmup"_s];
    options.drain = values[u"drain"_s];
    options.contentBytes = int(values[u"content-bytes"_s]);
    options.connectConcurrency = int(values[u"connect-concurrency"_s]);
    options.sourceAddresses = int(values[u"source-addresses"_s]);
    options.arguments = arguments;
    error = validate(options);
    return error.isEmpty();
}

} // namespace confab::loadgen
