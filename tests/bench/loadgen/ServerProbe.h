#pragma once

#include <QtGlobal>

namespace confab::loadgen {

// What /proc says about the server process (all its threads together).
struct ProcessSample
{
    bool valid = false;
    double cpuSeconds = 0; // user + system
    qint64 rssKiB = 0;
};

ProcessSample sampleProcess(qint64 pid);

} // namespace confab::loadgen
