#pragma once

#include <cstdint>
#include <memory>
#include <netinet/in.h>
#include <string>
#include <string_view>
#include <vector>

namespace confab::loadgen {

class WsConnection;

struct Account
{
    std::int64_t userId = 0;
    std::string token;
};

// One incoming text frame, classified by the dialect. Views point into the frame.
struct Incoming
{
    enum class Kind { Nothing, Ready, Reply, Delivery, Refused };
    Kind kind = Kind::Nothing;
    std::int64_t ref = -1;    // Reply: the numeric ref it answers (-1: not one of ours)
    bool ok = false;          // Reply
    std::string_view content; // Delivery: the message content; Reply/Refused: the payload
};

// How one server speaks: accounts, the socket URL, authentication, join, send, and how its
// frames look. The driver, the socket code and the timing are shared by both dialects; only
// this class differs, so a comparison measures the servers and not two different clients.
class Dialect
{
public:
    virtual ~Dialect() = default;
    virtual std::string name() const = 0;

    // Creates `count` accounts over HTTP. Returns an error text, empty on success.
    virtual std::string createAccounts(const sockaddr_in &server, int count,
                                       std::vector<Account> &accounts) const = 0;
    // Whether conversations must be created on the server before anyone can join them.
    virtual bool needsConversationSetup() const = 0;

    virtual std::string socketPath(const Account &account, int connectionIndex) const = 0;
    // The WebSocket is open. Returns whether it is ready (authenticated) already.
    virtual bool onOpen(WsConnection &connection, const Account &account) const = 0;
    // Classifies a frame, answering protocol pings by itself.
    virtual Incoming parse(WsConnection &connection, const Account &account,
                           std::string_view text) const = 0;

    virtual void join(WsConnection &connection, std::int64_t ref,
                      std::int64_t conversationId) const = 0;
    virtual void send(WsConnection &connection, std::int64_t ref, std::int64_t conversationId,
                      std::string_view content) const = 0;
    // What keeps an idle connection open (Phoenix heartbeat); nothing if the server pings.
    virtual void keepAlive(WsConnection &connection) const = 0;

    // Confab only: the account topic and the push that creates a group conversation.
    virtual void joinAccount(WsConnection &, std::int64_t /*ref*/, const Account &) const {}
    virtual void createGroup(WsConnection &, std::int64_t /*ref*/, const Account &,
                             const std::vector<std::int64_t> & /*memberIds*/) const
    {
    }
};

std::unique_ptr<Dialect> makeConfabDialect();
std::unique_ptr<Dialect> makeSocketIoDialect();

// Shared by both dialects: the string value of `"key":"` in a JSON text, without escapes
// (the load generator's own contents never need any). Empty when absent.
std::string_view jsonStringField(std::string_view json, std::string_view key);
// Creates accounts with `count` parallel-safe calls of `one(index, account)`, several at once.
std::string createInParallel(int count, std::vector<Account> &accounts,
                             std::string (*one)(const sockaddr_in &, int, Account &),
                             const sockaddr_in &server);

} // namespace confab::loadgen
