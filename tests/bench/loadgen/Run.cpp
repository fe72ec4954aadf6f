#include "Run.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <arpa/inet.h>

namespace confab::loadgen {

namespace {
constexpr std::int64_t kNsPerSecond = 1'000'000'000;
constexpr std::int64_t kKeepAliveNs = 20 * kNsPerSecond; // Confab closes after 60 s of silence
constexpr std::int64_t kAccountJoinRef = 999;
// Past this many connections one source address runs out of ephemeral ports (32768-60999).
constexpr int kConnectionsPerSource = 25'000;
constexpr int kSingleSourceLimit = 28'000;

std::string text(std::string_view view)
{
    return std::string(view.substr(0, 200));
}
} // namespace

Run::Run(const Options &options, const Dialect &dialect, const sockaddr_in &server)
    : m_options(options)
    , m_dialect(dialect)
    , m_server(server)
    , m_filler(std::size_t(options.contentBytes), 'x')
{
    const int total = options.users + options.connections + options.idle;
    int sources = options.sourceAddresses;
    if (sources == 0 && total > kSingleSourceLimit)
        sources = (total + kConnectionsPerSource - 1) / kConnectionsPerSource;
    const bool loopback = (ntohl(server.sin_addr.s_addr) >> 24) == 127;
    for (int i = 0; loopback && i < sources; ++i) {
        sockaddr_in source{};
        source.sin_family = AF_INET;
        source.sin_addr.s_addr = htonl((127u << 24) | std::uint32_t(2 + i));
        m_sources.push_back(source);
    }
}

const sockaddr_in *Run::sourceFor(int index) const
{
    return m_sources.empty() ? nullptr : &m_sources[std::size_t(index) % m_sources.size()];
}

std::string Run::setUp()
{
    if (std::string error = m_dialect.createAccounts(m_server, m_options.users, m_accounts);
        !error.empty())
        return error;
    layOutConversations();
    if (m_dialect.needsConversationSetup())
        return createConversations();
    for (std::size_t c = 0; c < m_conversations.size(); ++c)
        m_conversations[c].id = std::int64_t(c) + 1; // rooms need no creation
    return {};
}

// Conversation c has the members (c·M + j) mod U: with C·M = U everyone is in exactly one.
void Run::layOutConversations()
{
    const int users = m_options.users;
    m_conversations.assign(std::size_t(m_options.conversations), Conversation{});
    m_accountConversations.assign(std::size_t(users), {});
    for (int c = 0; c < m_options.conversations; ++c) {
        for (int j = 0; j < m_options.members; ++j) {
            const int account = int((std::int64_t(c) * m_options.members + j) % users);
            m_conversations[std::size_t(c)].accounts.push_back(account);
            m_accountConversations[std::size_t(account)].push_back(c);
        }
    }
}

// Each owner opens a socket, joins its account topic and creates its groups.
std::string Run::createConversations()
{
    std::map<int, std::vector<int>> owned;
    for (std::size_t c = 0; c < m_conversations.size(); ++c)
        owned[m_conversations[c].accounts.front()].push_back(int(c));
    const int first = int(m_clients.size());
    for (const auto &[account, conversations] : owned) {
        const int index = addClients(1, Client::Role::Setup);
        m_clients[std::size_t(index)]->account = account;
        m_clients[std::size_t(index)]->conversations = conversations;
    }
    const int last = int(m_clients.size());
    m_setupPending = int(m_conversations.size());
    // Each socket authenticates as its owner: the path carries the owner's token.
    for (int i = first; i < last; ++i) {
        Client &client = *m_clients[std::size_t(i)];
        client.ws->open(m_server, sourceFor(i),
                        m_dialect.socketPath(m_accounts[std::size_t(client.account)], i));
    }
    const bool done =
        m_loop.runUntil([this] { return m_setupPending == 0 || !m_setupError.empty(); },
                        nowNs() + 120 * kNsPerSecond);
    for (int i = first; i < last; ++i) {
        m_clients[std::size_t(i)]->expectClose = true;
        m_clients[std::size_t(i)]->ws->abort();
    }
    if (!m_setupError.empty())
        return m_setupError;
    return done ? std::string() : std::string("creating conversations timed out");
}

int Run::addClients(int count, Client::Role role)
{
    const int first = int(m_clients.size());
    for (int i = 0; i < count; ++i) {
        auto client = std::make_unique<Client>();
        client->ws = std::make_unique<WsConnection>(m_loop, *this, first + i);
        client->role = role;
        const int ordinal = i;
        client->account = ordinal % m_options.users;
        if (role == Client::Role::Member)
            client->conversations = m_accountConversations[std::size_t(client->account)];
        m_clients.push_back(std::move(client));
    }
    if (role == Client::Role::Member && m_senders.empty()) {
        // Sender s speaks in conversation s mod C as its member number (s div C) mod M.
        for (int s = 0; s < m_options.senders; ++s) {
            const int c = s % m_options.conversations;
            const int j = (s / m_options.conversations) % m_options.members;
            const int account = m_conversations[std::size_t(c)].accounts[std::size_t(j)];
            m_senders.push_back(Sender{first + (account % count), c});
        }
    }
    return first;
}

int Run::connect(int first, int last, int concurrency, double timeoutSeconds)
{
    int next = first;
    const auto finished = [this](int i) {
        const Client &c = *m_clients[std::size_t(i)];
        return c.joined || c.failed;
    };
    const auto inFlight = [&] {
        int count = 0;
        for (int i = first; i < next; ++i)
            count += finished(i) ? 0 : 1;
        return count;
    };
    int pending = 0;
    const std::int64_t deadline = nowNs() + std::int64_t(timeoutSeconds * 1e9);
    m_loop.runUntil(
        [&] {
            if (next < last)
                return false;
            for (int i = first; i < last; ++i) {
                if (!finished(i))
                    return false;
            }
            return true;
        },
        deadline,
        [&] {
            pending = inFlight();
            while (next < last && pending < concurrency) {
                Client &client = *m_clients[std::size_t(next)];
                client.joined = client.failed = client.expectClose = false;
                client.joinsAnswered = 0;
                client.ws->open(
                    m_server, sourceFor(next),
                    m_dialect.socketPath(m_accounts[std::size_t(client.account)], next));
                ++next;
                ++pending;
            }
            keepAliveTick();
        },
        5);
    int joined = 0;
    for (int i = first; i < last; ++i)
        joined += m_clients[std::size_t(i)]->joined ? 1 : 0;
    return joined;
}

void Run::abortAll(int first, int last)
{
    for (int i = first; i < last; ++i) {
        Client &client = *m_clients[std::size_t(i)];
        client.expectClose = true;
        if (client.joined) {
            for (const int c : client.conversations)
                --m_conversations[std::size_t(c)].joinedSockets;
        }
        client.joined = false;
        client.ws->abort();
    }
}

int Run::openClients() const
{
    return int(std::count_if(m_clients.cbegin(), m_clients.cend(), [](const auto &c) {
        return c->role != Client::Role::Setup && c->ws->state() == WsConnection::State::Open;
    }));
}

void Run::keepAliveTick()
{
    const std::int64_t now = nowNs();
    if (now < m_nextKeepAliveNs)
        return;
    if (m_nextKeepAliveNs != 0) {
        for (const auto &client : m_clients) {
            if (client->ws->state() == WsConnection::State::Open)
                m_dialect.keepAlive(*client->ws);
        }
    }
    m_nextKeepAliveNs = now + kKeepAliveNs;
}

void Run::runLoad(bool paced)
{
    const std::int64_t start = nowNs();
    m_windowStartNs = start + std::int64_t(m_options.warmup * 1e9);
    m_windowEndNs = m_windowStartNs + std::int64_t(m_options.duration * 1e9);
    m_phase = Phase::Warmup;
    std::int64_t sent = 0;
    if (!paced) {
        for (const Sender &sender : m_senders) {
            for (int k = 0; k < m_options.window; ++k)
                sendFrom(sender);
        }
    }
    m_loop.runUntil([] { return false; }, m_windowEndNs,
                    [&] {
                        const std::int64_t now = nowNs();
                        if (m_phase == Phase::Warmup && now >= m_windowStartNs) {
                            m_phase = Phase::Measure;
                            if (onWindowStart)
                                onWindowStart();
                        }
                        keepAliveTick();
                        if (!paced)
                            return;
                        const auto due = std::int64_t(m_options.rate * double(now - start) / 1e9);
                        for (; sent < due; ++sent)
                            sendFrom(m_senders[std::size_t(sent) % m_senders.size()]);
                    });
    m_phase = Phase::Drain;
    if (onWindowEnd)
        onWindowEnd();
    // Whatever is still on its way may arrive; then what is missing is lost.
    m_loop.runUntil([this] { return m_ledger.outstanding() <= 0; },
                    nowNs() + std::int64_t(m_options.drain * 1e9), [this] { keepAliveTick(); },
                    100);
}

void Run::hold(double seconds)
{
    m_loop.runUntil([] { return false; }, nowNs() + std::int64_t(seconds * 1e9),
                    [this] { keepAliveTick(); }, 100);
}

void Run::sendFrom(const Sender &sender)
{
    Client &client = *m_clients[std::size_t(sender.client)];
    if (client.ws->state() != WsConnection::State::Open || !client.joined) {
        countError("send skipped: sender not connected");
        return;
    }
    const Conversation &conversation = m_conversations[std::size_t(sender.conversation)];
    const std::int64_t now = nowNs();
    const std::size_t index = m_ledger.add(now, std::max(0, conversation.joinedSockets - 1));
    Ledger::content(m_content, now, index, m_filler);
    m_dialect.send(*client.ws, kSendRefBase + std::int64_t(index), conversation.id, m_content);
    ++client.inflight;
}

void Run::onOpen(WsConnection &connection)
{
    Client &client = *m_clients[std::size_t(connection.index())];
    if (m_dialect.onOpen(connection, m_accounts[std::size_t(client.account)]))
        onReady(client);
}

void Run::onReady(Client &client)
{
    switch (client.role) {
    case Client::Role::Setup:
        m_dialect.joinAccount(*client.ws, kAccountJoinRef, m_accounts[std::size_t(client.account)]);
        return;
    case Client::Role::Idle:
        client.joined = true;
        client.joinedAtNs = nowNs();
        return;
    case Client::Role::Member:
        if (client.conversations.empty()) {
            client.joined = true;
            client.joinedAtNs = nowNs();
        }
        for (std::size_t k = 0; k < client.conversations.size(); ++k) {
            const Conversation &c = m_conversations[std::size_t(client.conversations[k])];
            m_dialect.join(*client.ws, std::int64_t(k) + 1, c.id);
        }
        return;
    }
}

void Run::onText(WsConnection &connection, std::string_view frame)
{
    Client &client = *m_clients[std::size_t(connection.index())];
    const Incoming incoming =
        m_dialect.parse(connection, m_accounts[std::size_t(client.account)], frame);
    switch (incoming.kind) {
    case Incoming::Kind::Nothing:
        return;
    case Incoming::Kind::Ready:
        onReady(client);
        return;
    case Incoming::Kind::Reply:
        onReply(client, incoming);
        return;
    case Incoming::Kind::Delivery:
        onDelivery(incoming.content);
        return;
    case Incoming::Kind::Refused:
        countError("refused: " + text(incoming.content));
        client.failed = true;
        client.ws->abort();
        return;
    }
}

void Run::onReply(Client &client, const Incoming &incoming)
{
    if (incoming.ref >= kSendRefBase) {
        const auto index = std::size_t(incoming.ref - kSendRefBase);
        if (index < m_ledger.size())
            onAck(client, index, incoming.ok, incoming.content);
    } else if (incoming.ref >= kSetupRefBase || incoming.ref == kAccountJoinRef) {
        onSetupReply(client, incoming.ref, incoming.ok, incoming.content);
    } else if (incoming.ref > 0) {
        onJoinReply(client, incoming.ok, incoming.content);
    }
}

void Run::onJoinReply(Client &client, bool ok, std::string_view payload)
{
    if (!ok) {
        countError("join refused: " + text(payload));
        client.failed = true;
        return;
    }
    ++client.joinsAnswered;
    if (client.joinsAnswered == int(client.conversations.size())) {
        client.joined = true;
        client.joinedAtNs = nowNs();
        for (const int c : client.conversations)
            ++m_conversations[std::size_t(c)].joinedSockets;
    }
}

void Run::onSetupReply(Client &client, std::int64_t ref, bool ok, std::string_view payload)
{
    if (!ok) {
        m_setupError = "setup refused: " + text(payload);
        return;
    }
    const Account &owner = m_accounts[std::size_t(client.account)];
    if (ref == kAccountJoinRef) {
        for (const int c : client.conversations) {
            std::vector<std::int64_t> members;
            const auto &accounts = m_conversations[std::size_t(c)].accounts;
            for (std::size_t j = 1; j < accounts.size(); ++j)
                members.push_back(m_accounts[std::size_t(accounts[j])].userId);
            m_dialect.createGroup(*client.ws, kSetupRefBase + c, owner, members);
        }
        return;
    }
    const QJsonObject reply =
        QJsonDocument::fromJson(QByteArray(payload.data(), qsizetype(payload.size()))).object();
    const std::int64_t id = reply.value(QLatin1StringView("response"))
                                .toObject()
                                .value(QLatin1StringView("conversation"))
                                .toObject()
                                .value(QLatin1StringView("id"))
                                .toInteger();
    m_conversations[std::size_t(ref - kSetupRefBase)].id = id;
    --m_setupPending;
}

void Run::onAck(Client &client, std::size_t index, bool ok, std::string_view payload)
{
    Ledger::Message &message = m_ledger.at(index);
    if (message.ack != Ledger::Ack::Pending)
        return;
    m_ledger.noteAck(index, ok);
    --client.inflight;
    if (!ok)
        countError("send refused: " + text(payload));
    const std::int64_t now = nowNs();
    if (message.sentNs >= m_windowStartNs && message.sentNs < m_windowEndNs) {
        m_ackLatencyUs.push_back(std::int32_t((now - message.sentNs) / 1000));
        if (ok && m_phase == Phase::Measure)
            ++m_ackedInWindow;
    }
    // durable: keep the window full while the load runs.
    if (m_options.scenario == Scenario::Durable &&
        (m_phase == Phase::Warmup || m_phase == Phase::Measure)) {
        for (const Sender &sender : m_senders) {
            if (sender.client == client.ws->index()) {
                sendFrom(sender);
                break;
            }
        }
    }
}

void Run::onDelivery(std::string_view content)
{
    std::int64_t sentNs = 0;
    std::size_t index = 0;
    if (!Ledger::parse(content, sentNs, index) || index >= m_ledger.size()) {
        countError("delivery not sent by this run");
        return;
    }
    m_ledger.noteDelivery(index);
    const std::int64_t now = nowNs();
    if (m_phase == Phase::Measure)
        ++m_deliveriesInWindow;
    if (sentNs >= m_windowStartNs && sentNs < m_windowEndNs)
        m_latencyUs.push_back(std::int32_t((now - sentNs) / 1000));
}

void Run::onClosed(WsConnection &connection, int code, const std::string &why)
{
    Client &client = *m_clients[std::size_t(connection.index())];
    if (client.expectClose)
        return;
    countError("closed " + std::to_string(code) + ": " + why.substr(0, 120));
    client.failed = true;
    if (client.joined) {
        for (const int c : client.conversations)
            --m_conversations[std::size_t(c)].joinedSockets;
    }
    client.joined = false;
}

} // namespace confab::loadgen
