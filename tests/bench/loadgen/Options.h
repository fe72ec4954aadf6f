#pragma once

#include <QString>
#include <QStringList>

namespace confab::loadgen {

enum class Scenario { Fanout, Idle, ConnectStorm, Durable };

struct Options
{
    QString dialect; // "confab" or "socketio"
    Scenario scenario = Scenario::Fanout;
    QString scenarioName;
    QString host = QStringLiteral("127.0.0.1");
    int port = 0;
    QString confabd;      // start this confabd binary instead of using --port
    qint64 serverPid = 0; // for CPU and RSS from /proc
    int users = 100;
    int conversations = 10;
    int members = 10;
    int senders = 10;
    double rate = 100;   // messages per second in total (fanout)
    int window = 64;     // unacknowledged sends per sender (durable)
    int connections = 0; // idle / connect-storm: sockets (default: one per user)
    int idle = 0;        // fanout / durable: extra connected, authenticated sockets
    double duration = 10;
    double warmup = 2;
    double drain = 5;
    int contentBytes = 32;
    int connectConcurrency = 256;
    int sourceAddresses = 0; // 0: automatic
    QString jsonPath;
    QStringList arguments; // as given, for the record
};

// Parses and validates the command line. On failure returns false with a message for the user
// in `error` (empty when --help was printed).
bool parseOptions(const QStringList &arguments, Options &options, QString &error);

} // namespace confab::loadgen
