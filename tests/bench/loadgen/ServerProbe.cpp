#include "ServerProbe.h"

#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

namespace confab::loadgen {

namespace {

bool readCpu(qint64 pid, double &seconds)
{
    std::ifstream file("/proc/" + std::to_string(pid) + "/stat");
    std::string stat((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    // "pid (comm) state ...": comm may contain spaces, so fields count from the last ')'.
    const std::size_t close = stat.rfind(')');
    if (close == std::string::npos)
        return false;
    std::istringstream fields(stat.substr(close + 2));
    std::string field;
    long long utime = 0;
    long long stime = 0;
    for (int i = 3; i <= 15 && fields >> field; ++i) {
        if (i == 14)
            utime = std::stoll(field);
        else if (i == 15)
            stime = std::stoll(field);
    }
    seconds = double(utime + stime) / double(::sysconf(_SC_CLK_TCK));
    return true;
}

qint64 readRssKiB(qint64 pid)
{
    std::ifstream file("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(file, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stoll(line.substr(6));
    }
    return 0;
}

} // namespace

ProcessSample sampleProcess(qint64 pid)
{
    ProcessSample sample;
    if (pid <= 0)
        return sample;
    sample.valid = readCpu(pid, sample.cpuSeconds);
    sample.rssKiB = readRssKiB(pid);
    return sample;
}

} // namespace confab::loadgen
