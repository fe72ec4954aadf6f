#pragma once

#include <string>
#include <sys/types.h>

namespace confab::loadgen {

// A confabd child with a fresh temporary data directory, port 0 and the flood limits raised
// (the load, not the limiter, is measured). Its log goes to a file in that directory, so it
// can never block on a full pipe while nobody reads.
class ConfabdProcess
{
public:
    ~ConfabdProcess();
    // Returns an error text, empty once the daemon listens.
    std::string start(const std::string &binary);
    void stop();
    pid_t pid() const { return m_pid; }
    int port() const { return m_port; }
    std::string logTail() const;

private:
    pid_t m_pid = 0;
    int m_port = 0;
    std::string m_dir;
};

} // namespace confab::loadgen
