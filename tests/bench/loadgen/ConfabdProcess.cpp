#include "ConfabdProcess.h"

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace confab::loadgen {

ConfabdProcess::~ConfabdProcess()
{
    stop();
}

std::string ConfabdProcess::start(const std::string &binary)
{
    char pattern[] = "/tmp/confab-loadgen-XXXXXX";
    if (!::mkdtemp(pattern))
        return "cannot create a temporary directory";
    m_dir = pattern;
    const std::string dataDir = m_dir + "/data";
    const std::string log = m_dir + "/confabd.log";
    m_pid = ::fork();
    if (m_pid < 0)
        return "fork failed";
    if (m_pid == 0) {
        const int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        ::dup2(fd, 1);
        ::dup2(fd, 2);
        ::setenv("HOME", m_dir.c_str(), 1);
        ::setenv("CONFAB_FLOOD_BURST", "1000000000", 1);
        ::setenv("CONFAB_FLOOD_PER_SECOND", "1000000000", 1);
        // Every simulated user registers from this one address.
        ::setenv("CONFAB_REGISTRATIONS_PER_ADDRESS_PER_HOUR", "0", 1);
        ::execl(binary.c_str(), binary.c_str(), "--data-dir", dataDir.c_str(),
                "--password-hash-cost", "minimal", "--port", "0", static_cast<char *>(nullptr));
        ::_exit(127);
    }
    const std::regex listening(R"(listening on \S+ port (\d+))");
    for (int waited = 0; waited < 60'000; waited += 20) {
        std::smatch match;
        const std::string text = logTail();
        if (std::regex_search(text, match, listening)) {
            m_port = std::stoi(match[1].str());
            return {};
        }
        int status = 0;
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_pid = 0;
            return "confabd exited: " + text;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return "confabd did not start listening: " + logTail();
}

void ConfabdProcess::stop()
{
    if (m_pid > 0) {
        ::kill(m_pid, SIGTERM);
        int status = 0;
        for (int waited = 0; waited < 30'000; waited += 20) {
            if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
                m_pid = 0;
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        if (m_pid > 0) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, &status, 0);
            m_pid = 0;
        }
    }
    if (!m_dir.empty()) {
        std::error_code ignored;
        std::filesystem::remove_all(m_dir, ignored);
        m_dir.clear();
    }
}

std::string ConfabdProcess::logTail() const
{
    std::ifstream file(m_dir + "/confabd.log");
    std::stringstream text;
    text << file.rdbuf();
    const std::string all = text.str();
    return all.size() > 4000 ? all.substr(all.size() - 4000) : all;
}

} // namespace confab::loadgen
