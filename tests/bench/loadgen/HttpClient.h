#pragma once

#include <netinet/in.h>
#include <string>

namespace confab::loadgen {

struct HttpAnswer
{
    int status = 0; // 0: no answer (the error says why)
    std::string body;
    std::string error;
};

// One blocking HTTP/1.1 request with `Connection: close`. Setup only (accounts, metrics), never
// on the measured path; safe to call from several threads at once.
HttpAnswer httpRequest(const sockaddr_in &server, const std::string &method,
                       const std::string &path, const std::string &jsonBody,
                       int timeoutMs = 60'000);

} // namespace confab::loadgen
