#pragma once

#include "Dialect.h"
#include "Options.h"

#include <QJsonObject>
#include <netinet/in.h>

namespace confab::loadgen {

// Runs the scenario of `options` against the server at `server` and returns the JSON result
// (see Report.h for its fields). `serverPid` (0: unknown) is sampled from /proc.
QJsonObject runScenario(const Options &options, const Dialect &dialect, const sockaddr_in &server,
                        qint64 serverPid);

} // namespace confab::loadgen
