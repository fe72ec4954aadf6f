#include "HttpClient.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

namespace confab::loadgen {

namespace {

// Undoes `Transfer-Encoding: chunked`.
std::string dechunk(const std::string &body)
{
    std::string out;
    std::size_t at = 0;
    while (at < body.size()) {
        const std::size_t lineEnd = body.find("\r\n", at);
        if (lineEnd == std::string::npos)
            break;
        const std::size_t size = std::stoul(body.substr(at, lineEnd - at), nullptr, 16);
        if (size == 0)
            break;
        out.append(body, lineEnd + 2, size);
        at = lineEnd + 2 + size + 2;
    }
    return out;
}

HttpAnswer parseResponse(const std::string &raw)
{
    HttpAnswer answer;
    const std::size_t headerEnd = raw.find("\r\n\r\n");
    if (raw.compare(0, 5, "HTTP/") != 0 || headerEnd == std::string::npos) {
        answer.error = "malformed HTTP response";
        return answer;
    }
    answer.status = std::atoi(raw.c_str() + raw.find(' ') + 1);
    std::string headers = raw.substr(0, headerEnd);
    for (char &c : headers)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    answer.body = raw.substr(headerEnd + 4);
    if (headers.find("transfer-encoding: chunked") != std::string::npos)
        answer.body = dechunk(answer.body);
    return answer;
}

// Whether `raw` holds a whole response: servers may keep the connection open despite
// `Connection: close`, so the body length decides, not end of stream.
bool complete(const std::string &raw)
{
    const std::size_t headerEnd = raw.find("\r\n\r\n");
    if (headerEnd == std::string::npos)
        return false;
    std::string headers = raw.substr(0, headerEnd);
    for (char &c : headers)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    const std::size_t length = headers.find("content-length:");
    if (length != std::string::npos)
        return raw.size() - headerEnd - 4 >= std::stoul(headers.substr(length + 15));
    if (headers.find("transfer-encoding: chunked") != std::string::npos)
        return raw.find("\r\n0\r\n\r\n", headerEnd) != std::string::npos;
    return false;
}

} // namespace

HttpAnswer httpRequest(const sockaddr_in &server, const std::string &method,
                       const std::string &path, const std::string &jsonBody, int timeoutMs)
{
    HttpAnswer answer;
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        answer.error = std::strerror(errno);
        return answer;
    }
    timeval timeout{timeoutMs / 1000, (timeoutMs % 1000) * 1000};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&server), sizeof server) != 0) {
        answer.error = std::string("connect: ") + std::strerror(errno);
        ::close(fd);
        return answer;
    }
    char host[INET_ADDRSTRLEN] = {};
    ::inet_ntop(AF_INET, &server.sin_addr, host, sizeof host);
    std::string request =
        method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n";
    if (!jsonBody.empty())
        request += "Content-Type: application/json\r\n";
    request += "Content-Length: " + std::to_string(jsonBody.size()) + "\r\n\r\n" + jsonBody;
    std::size_t sent = 0;
    while (sent < request.size()) {
        const ssize_t n = ::send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
        if (n <= 0) {
            answer.error = std::string("send: ") + std::strerror(errno);
            ::close(fd);
            return answer;
        }
        sent += std::size_t(n);
    }
    std::string raw;
    char buffer[16384];
    for (;;) {
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        raw.append(buffer, std::size_t(n));
        if (complete(raw))
            break;
    }
    ::close(fd);
    if (raw.empty()) {
        answer.error = "no response";
        return answer;
    }
    return parseResponse(raw);
}

} // namespace confab::loadgen
