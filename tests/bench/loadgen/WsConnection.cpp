#include "WsConnection.h"

#include <arpa/inet.h>
#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace confab::loadgen {

namespace {

constexpr std::uint32_t kBaseEvents = EPOLLIN | EPOLLRDHUP;

// One read buffer for every connection: the loop is single-threaded.
std::array<char, 256 * 1024> g_readBuffer;

// Masking keys need not be secret for a load generator, only different per frame.
std::uint32_t nextMaskKey()
{
    static std::uint32_t state = 0x9e3779b9u;
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    return state;
}

std::uint64_t readBigEndian(const unsigned char *bytes, int count)
{
    std::uint64_t value = 0;
    for (int i = 0; i < count; ++i)
        value = (value << 8) | bytes[i];
    return value;
}

} // namespace

WsConnection::WsConnection(EventLoop &loop, WsListener &listener, int index)
    : m_loop(loop)
    , m_listener(listener)
    , m_index(index)
{
}

WsConnection::~WsConnection()
{
    if (m_fd >= 0) {
        m_loop.remove(m_fd);
        ::close(m_fd);
    }
}

bool WsConnection::open(const sockaddr_in &server, const sockaddr_in *source,
                        const std::string &path)
{
    m_pending.clear();
    m_fragments.clear();
    m_outbox.clear();
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0) {
        m_state = State::Closed;
        return false;
    }
    const int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (source) {
        // Ports are then chosen at connect time per destination, not per source address.
        ::setsockopt(m_fd, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &one, sizeof one);
        if (::bind(m_fd, reinterpret_cast<const sockaddr *>(source), sizeof *source) != 0) {
            fail(0, std::string("bind: ") + std::strerror(errno));
            return false;
        }
    }
    char host[INET_ADDRSTRLEN] = {};
    ::inet_ntop(AF_INET, &server.sin_addr, host, sizeof host);
    m_request = "GET " + path + " HTTP/1.1\r\nHost: " + host + ":" +
                std::to_string(ntohs(server.sin_port)) +
                "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
    m_openedAtNs = nowNs();
    m_state = State::Connecting;
    const int rc = ::connect(m_fd, reinterpret_cast<const sockaddr *>(&server), sizeof server);
    if (rc != 0 && errno != EINPROGRESS) {
        fail(0, std::string("connect: ") + std::strerror(errno));
        return false;
    }
    m_wantWrite = true;
    m_loop.add(m_fd, kBaseEvents | EPOLLOUT, this);
    return true;
}

void WsConnection::abort()
{
    if (m_fd >= 0) {
        m_loop.remove(m_fd);
        ::close(m_fd);
        m_fd = -1;
    }
    m_state = State::Closed;
    std::string().swap(m_outbox);
    std::string().swap(m_pending);
}

void WsConnection::fail(int code, const std::string &why)
{
    if (m_state == State::Closed)
        return;
    abort();
    m_listener.onClosed(*this, code, why);
}

void WsConnection::onIo(std::uint32_t events)
{
    if (m_fd < 0)
        return; // closed earlier in the same batch of events
    if ((events & EPOLLOUT) != 0)
        onWritable();
    if (m_fd >= 0 && (events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)) != 0)
        onReadable();
}

void WsConnection::onWritable()
{
    if (m_state == State::Connecting) {
        int error = 0;
        socklen_t length = sizeof error;
        ::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length);
        if (error != 0) {
            fail(0, std::string("connect: ") + std::strerror(error));
            return;
        }
        m_state = State::Handshake;
        std::string request;
        request.swap(m_request);
        writeRaw(request);
        updateInterest();
        return;
    }
    writeRaw({});
    updateInterest();
}

void WsConnection::onReadable()
{
    for (;;) {
        const ssize_t n = ::read(m_fd, g_readBuffer.data(), g_readBuffer.size());
        if (n == 0) {
            fail(0, "connection closed by the server");
            return;
        }
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return;
            if (errno == EINTR)
                continue;
            fail(0, std::string("read: ") + std::strerror(errno));
            return;
        }
        std::string_view data(g_readBuffer.data(), std::size_t(n));
        if (!m_pending.empty()) {
            m_pending.append(data);
            data = m_pending;
        }
        std::size_t used = 0;
        bool ok = true;
        if (m_state == State::Handshake)
            ok = consumeHandshake(data, &used);
        if (ok && m_state == State::Open)
            ok = consumeFrames(data.substr(used), &used);
        if (!ok || m_fd < 0)
            return;
        // Keep only the unfinished tail; an empty string releases its memory.
        std::string rest(data.substr(used));
        m_pending.swap(rest);
        if (std::size_t(n) < g_readBuffer.size())
            return;
    }
}

bool WsConnection::consumeHandshake(std::string_view data, std::size_t *used)
{
    const std::size_t end = data.find("\r\n\r\n");
    if (end == std::string_view::npos) {
        *used = 0;
        return true;
    }
    const std::string_view status = data.substr(0, data.find("\r\n"));
    if (status.find(" 101") == std::string_view::npos) {
        fail(0, "handshake refused: " + std::string(status));
        return false;
    }
    *used = end + 4;
    m_state = State::Open;
    m_listener.onOpen(*this);
    return m_fd >= 0;
}

bool WsConnection::consumeFrames(std::string_view data, std::size_t *used)
{
    std::size_t at = 0;
    while (data.size() - at >= 2) {
        const auto *bytes = reinterpret_cast<const unsigned char *>(data.data() + at);
        const bool fin = (bytes[0] & 0x80) != 0;
        const int opcode = bytes[0] & 0x0f;
        const bool masked = (bytes[1] & 0x80) != 0;
        std::uint64_t length = bytes[1] & 0x7f;
        std::size_t header = 2;
        if (length == 126) {
            header = 4;
            if (data.size() - at < header)
                break;
            length = readBigEndian(bytes + 2, 2);
        } else if (length == 127) {
            header = 10;
            if (data.size() - at < header)
                break;
            length = readBigEndian(bytes + 2, 8);
        }
        if (masked) {
            fail(1002, "server sent a masked frame");
            return false;
        }
        if (data.size() - at - header < length)
            break;
        handleFrame(opcode, fin, data.substr(at + header, std::size_t(length)));
        if (m_fd < 0)
            return false;
        at += header + std::size_t(length);
    }
    *used += at;
    return true;
}

void WsConnection::handleFrame(int opcode, bool fin, std::string_view payload)
{
    switch (opcode) {
    case 0x0: // continuation
        m_fragments.append(payload);
        if (fin) {
            std::string message;
            message.swap(m_fragments);
            m_listener.onText(*this, message);
        }
        return;
    case 0x1: // text
    case 0x2: // binary: neither dialect uses it here; treated as text
        if (fin)
            m_listener.onText(*this, payload);
        else
            m_fragments.assign(payload);
        return;
    case 0x8: { // close
        const int code =
            payload.size() >= 2
                ? int(readBigEndian(reinterpret_cast<const unsigned char *>(payload.data()), 2))
                : 1005;
        fail(code, std::string(payload.size() > 2 ? payload.substr(2) : std::string_view()));
        return;
    }
    case 0x9: // ping
        writeFrame(0xA, payload);
        return;
    default: // pong and reserved opcodes carry nothing for us
        return;
    }
}

void WsConnection::sendText(std::string_view text)
{
    if (m_state != State::Open)
        return;
    writeFrame(0x1, text);
}

void WsConnection::writeFrame(int opcode, std::string_view payload)
{
    std::string frame;
    frame.reserve(payload.size() + 14);
    frame.push_back(char(0x80 | opcode));
    if (payload.size() < 126) {
        frame.push_back(char(0x80 | payload.size()));
    } else if (payload.size() <= 0xffff) {
        frame.push_back(char(0x80 | 126));
        frame.push_back(char(payload.size() >> 8));
        frame.push_back(char(payload.size() & 0xff));
    } else {
        frame.push_back(char(0x80 | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.push_back(char((std::uint64_t(payload.size()) >> shift) & 0xff));
    }
    const std::uint32_t key = nextMaskKey();
    const std::array<char, 4> mask{char(key >> 24), char(key >> 16), char(key >> 8), char(key)};
    frame.append(mask.data(), mask.size());
    const std::size_t start = frame.size();
    frame.append(payload);
    for (std::size_t i = 0; i < payload.size(); ++i)
        frame[start + i] = char(frame[start + i] ^ mask[i & 3]);
    writeRaw(frame);
    updateInterest();
}

void WsConnection::writeRaw(std::string_view bytes)
{
    if (m_fd < 0)
        return;
    if (!m_outbox.empty()) {
        m_outbox.append(bytes);
        bytes = m_outbox;
    }
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n =
            ::send(m_fd, bytes.data() + written, bytes.size() - written, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                break;
            fail(0, std::string("write: ") + std::strerror(errno));
            return;
        }
        written += std::size_t(n);
    }
    std::string rest(bytes.substr(written));
    m_outbox.swap(rest);
}

void WsConnection::updateInterest()
{
    if (m_fd < 0 || m_state == State::Connecting)
        return;
    const bool want = !m_outbox.empty();
    if (want == m_wantWrite)
        return;
    m_wantWrite = want;
    m_loop.modify(m_fd, kBaseEvents | (want ? EPOLLOUT : 0u), this);
}

} // namespace confab::loadgen
