#pragma once

#include "EventLoop.h"

#include <cstdint>
#include <netinet/in.h>
#include <string>
#include <string_view>

namespace confab::loadgen {

class WsConnection;

// What a connection reports to whoever drives it.
class WsListener
{
public:
    virtual ~WsListener() = default;
    virtual void onOpen(WsConnection &connection) = 0;
    virtual void onText(WsConnection &connection, std::string_view text) = 0;
    // `code` is the WebSocket close code, or 0 when the TCP connection failed or dropped.
    virtual void onClosed(WsConnection &connection, int code, const std::string &why) = 0;
};

// A minimal RFC 6455 client on a non-blocking socket: the opening handshake, masked text
// frames out, unmasked frames in (text, continuation, ping, close). Reads go through one
// buffer shared by all connections, so an idle connection holds no receive memory.
class WsConnection : public IoHandler
{
public:
    enum class State { Idle, Connecting, Handshake, Open, Closed };

    WsConnection(EventLoop &loop, WsListener &listener, int index);
    ~WsConnection() override;
    WsConnection(const WsConnection &) = delete;
    WsConnection &operator=(const WsConnection &) = delete;

    // Starts connecting; `source` (may be null) is the local address to bind first.
    bool open(const sockaddr_in &server, const sockaddr_in *source, const std::string &path);
    void sendText(std::string_view text);
    // Drops the TCP connection without a closing handshake (as a crashed client would).
    void abort();

    State state() const { return m_state; }
    int index() const { return m_index; }
    std::int64_t openedAtNs() const { return m_openedAtNs; }

    void onIo(std::uint32_t events) override;

private:
    void onWritable();
    void onReadable();
    bool consumeHandshake(std::string_view data, std::size_t *used);
    bool consumeFrames(std::string_view data, std::size_t *used);
    void handleFrame(int opcode, bool fin, std::string_view payload);
    void writeFrame(int opcode, std::string_view payload);
    void writeRaw(std::string_view bytes);
    void fail(int code, const std::string &why);
    void updateInterest();

    EventLoop &m_loop;
    WsListener &m_listener;
    int m_index;
    int m_fd = -1;
    State m_state = State::Idle;
    std::int64_t m_openedAtNs = 0;
    std::string m_request;   // the handshake, until connected
    std::string m_pending;   // an incomplete frame or handshake, kept between reads
    std::string m_fragments; // a fragmented text message being reassembled
    std::string m_outbox;    // bytes the kernel did not take yet
    bool m_wantWrite = false;
};

} // namespace confab::loadgen
