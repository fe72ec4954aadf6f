#pragma once

#include "Ledger.h"
#include "Options.h"
#include "ServerProbe.h"

#include <QJsonObject>
#include <map>
#include <string>

namespace confab::loadgen {

class Run;

// Server samples around the measured window, and the connection count memory is divided by.
struct ServerWindow
{
    qint64 pid = 0;
    ProcessSample before;      // start of the measured window
    ProcessSample after;       // its end
    qint64 rssBaselineKiB = 0; // before any measured connection existed (idle, storm)
    int connectionsForRss = 0;
};

// The JSON result common to all scenarios; scenarios add their own members to it.
QJsonObject makeReport(const Options &options, const std::string &dialect, Run &run,
                       const ServerWindow &server, int connectionsRequested,
                       int connectionsEstablished);
QJsonObject latencyJson(const LatencySummary &summary);
// The one-line summary printed on stdout.
QString summaryLine(const QJsonObject &report);

} // namespace confab::loadgen
