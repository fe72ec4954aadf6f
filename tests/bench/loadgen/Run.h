#pragma once

#include "Dialect.h"
#include "EventLoop.h"
#include "Ledger.h"
#include "Options.h"
#include "WsConnection.h"

#include <map>
#include <memory>
#include <netinet/in.h>
#include <string>
#include <vector>

namespace confab::loadgen {

// The state of one load-generation run: accounts, conversations, client sockets, the ledger of
// sent messages, and the counters the report is made of. Scenarios (Scenarios.cpp) drive it.
class Run : public WsListener
{
public:
    enum class Phase { Setup, Warmup, Measure, Drain };

    struct Conversation
    {
        std::int64_t id = 0;
        std::vector<int> accounts; // members, owner first
        int joinedSockets = 0;
    };

    struct Client
    {
        enum class Role { Member, Idle, Setup };
        std::unique_ptr<WsConnection> ws;
        Role role = Role::Member;
        int account = 0;
        std::vector<int> conversations; // what it joins once ready
        int joinsAnswered = 0;
        bool joined = false;      // ready and every join answered ok
        bool expectClose = false; // we are closing it on purpose
        bool failed = false;
        std::int64_t joinedAtNs = 0;
        int inflight = 0; // unacknowledged sends
    };

    Run(const Options &options, const Dialect &dialect, const sockaddr_in &server);

    // Accounts over HTTP, the conversation layout and, for Confab, the conversations themselves.
    std::string setUp();
    // Adds clients; returns the index of the first.
    int addClients(int count, Client::Role role);
    // Connects clients [first, last) with at most `concurrency` handshakes in flight and waits
    // until each is joined or failed. Returns how many are joined.
    int connect(int first, int last, int concurrency, double timeoutSeconds);
    void abortAll(int first, int last);

    // fanout: paced sends from the senders; durable: each sender keeps --window in flight.
    void runLoad(bool paced);
    // Keeps connections alive for `seconds`, doing nothing else.
    void hold(double seconds);

    EventLoop &loop() { return m_loop; }
    std::vector<std::unique_ptr<Client>> &clients() { return m_clients; }
    Ledger &ledger() { return m_ledger; }
    struct Sender
    {
        int client = 0;
        int conversation = 0;
    };
    const std::vector<Sender> &senders() const { return m_senders; }
    std::map<std::string, std::int64_t> &errors() { return m_errors; }
    std::vector<std::int32_t> &latencyUs() { return m_latencyUs; }
    std::vector<std::int32_t> &ackLatencyUs() { return m_ackLatencyUs; }
    std::int64_t deliveriesInWindow() const { return m_deliveriesInWindow; }
    std::int64_t ackedInWindow() const { return m_ackedInWindow; }
    double windowSeconds() const { return double(m_windowEndNs - m_windowStartNs) / 1e9; }
    int openClients() const;
    // Hooks for the scenario: called at the start and end of the measured window.
    std::function<void()> onWindowStart;
    std::function<void()> onWindowEnd;

    void onOpen(WsConnection &connection) override;
    void onText(WsConnection &connection, std::string_view text) override;
    void onClosed(WsConnection &connection, int code, const std::string &why) override;

private:
    static constexpr std::int64_t kSetupRefBase = 1000;
    static constexpr std::int64_t kSendRefBase = 1'000'000;

    void layOutConversations();
    std::string createConversations();
    void onReady(Client &client);
    void onReply(Client &client, const Incoming &incoming);
    void onJoinReply(Client &client, bool ok, std::string_view payload);
    void onSetupReply(Client &client, std::int64_t ref, bool ok, std::string_view payload);
    void onAck(Client &client, std::size_t index, bool ok, std::string_view payload);
    void onDelivery(std::string_view content);
    void sendFrom(const Sender &sender);
    void keepAliveTick();
    void countError(const std::string &what) { ++m_errors[what]; }
    const sockaddr_in *sourceFor(int index) const;

    const Options &m_options;
    const Dialect &m_dialect;
    sockaddr_in m_server;
    std::vector<sockaddr_in> m_sources;
    EventLoop m_loop;
    std::vector<Account> m_accounts;
    std::vector<Conversation> m_conversations;
    std::vector<std::vector<int>> m_accountConversations; // account -> conversation indices
    std::vector<std::unique_ptr<Client>> m_clients;
    std::vector<Sender> m_senders;
    std::string m_filler;
    std::string m_content; // scratch
    Ledger m_ledger;
    Phase m_phase = Phase::Setup;
    std::int64_t m_windowStartNs = 0;
    std::int64_t m_windowEndNs = 0;
    std::int64_t m_deliveriesInWindow = 0;
    std::int64_t m_ackedInWindow = 0;
    std::int64_t m_nextKeepAliveNs = 0;
    int m_setupPending = 0;
    std::string m_setupError;
    std::vector<std::int32_t> m_latencyUs;    // deliveries of messages sent in the window
    std::vector<std::int32_t> m_ackLatencyUs; // acks of messages sent in the window
    std::map<std::string, std::int64_t> m_errors;
};

} // namespace confab::loadgen
