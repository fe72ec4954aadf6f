// The socketio dialect: Engine.IO 4 over WebSocket only, with Socket.IO 4 packets, as the
// peer's README describes it (/work/shared/peers/socketio-chat/README.md).

#include "Dialect.h"
#include "HttpClient.h"
#include "WsConnection.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <charconv>

namespace confab::loadgen {

namespace {

std::string sessionOne(const sockaddr_in &server, int index, Account &account)
{
    const std::string body = R"({"username":"lg)" + std::to_string(index) + R"(","password":"x"})";
    const HttpAnswer answer = httpRequest(server, "POST", "/api/v1/session", body);
    if (answer.status != 200)
        return "session lg" + std::to_string(index) + ": HTTP " + std::to_string(answer.status) +
               " " + answer.error + answer.body;
    const QJsonObject json =
        QJsonDocument::fromJson(QByteArray::fromStdString(answer.body)).object();
    account.userId =
        json.value(QLatin1StringView("user")).toObject().value(QLatin1StringView("id")).toInteger();
    account.token = json.value(QLatin1StringView("token")).toString().toStdString();
    return {};
}

class SocketIoDialect final : public Dialect
{
public:
    std::string name() const override { return "socketio"; }

    std::string createAccounts(const sockaddr_in &server, int count,
                               std::vector<Account> &accounts) const override
    {
        return createInParallel(count, accounts, &sessionOne, server);
    }
    // Rooms exist as soon as someone joins them.
    bool needsConversationSetup() const override { return false; }

    std::string socketPath(const Account &, int) const override
    {
        return "/socket.io/?EIO=4&transport=websocket";
    }
    // Ready only after the Socket.IO CONNECT with the token is accepted.
    bool onOpen(WsConnection &, const Account &) const override { return false; }

    Incoming parse(WsConnection &connection, const Account &account,
                   std::string_view text) const override
    {
        Incoming incoming;
        if (text.empty())
            return incoming;
        switch (text[0]) {
        case '0': // Engine.IO open: authenticate on the default namespace
            connection.sendText(R"(40{"token":")" + account.token + "\"}");
            return incoming;
        case '2': // Engine.IO ping
            connection.sendText("3");
            return incoming;
        case '4':
            return parsePacket(text.substr(1));
        default:
            return incoming;
        }
    }

    void join(WsConnection &connection, std::int64_t ref,
              std::int64_t conversationId) const override
    {
        connection.sendText("42" + std::to_string(ref) + R"(["conversation:join",)" +
                            std::to_string(conversationId) + "]");
    }

    void send(WsConnection &connection, std::int64_t ref, std::int64_t conversationId,
              std::string_view content) const override
    {
        const std::string refText = std::to_string(ref);
        std::string frame;
        frame.reserve(content.size() + 96);
        frame.append("42").append(refText).append(R"(["message:send",{"conversationId":)");
        frame.append(std::to_string(conversationId)).append(R"(,"content":")").append(content);
        frame.append(R"(","clientRef":"lg)").append(refText).append("\"}]");
        connection.sendText(frame);
    }

    // The server pings every 25 s and parse() answers.
    void keepAlive(WsConnection &) const override {}

private:
    static Incoming parsePacket(std::string_view packet)
    {
        Incoming incoming;
        if (packet.empty())
            return incoming;
        switch (packet[0]) {
        case '0': // CONNECT accepted
            incoming.kind = Incoming::Kind::Ready;
            return incoming;
        case '1': // DISCONNECT
        case '4': // CONNECT_ERROR
            incoming.kind = Incoming::Kind::Refused;
            incoming.content = packet.substr(1);
            return incoming;
        case '2': { // EVENT
            constexpr std::string_view delivery = R"(["message:new",)";
            if (packet.substr(1, delivery.size()) == delivery) {
                incoming.kind = Incoming::Kind::Delivery;
                incoming.content = jsonStringField(packet, "content");
            }
            return incoming;
        }
        case '3': { // ACK: 3<id>[response]
            const std::size_t open = packet.find('[');
            if (open == std::string_view::npos)
                return incoming;
            std::int64_t ref = -1;
            std::from_chars(packet.data() + 1, packet.data() + open, ref);
            incoming.kind = Incoming::Kind::Reply;
            incoming.ref = ref;
            incoming.content = packet.substr(open);
            incoming.ok = incoming.content.substr(0, 17) == R"([{"success":true,)";
            return incoming;
        }
        default:
            return incoming;
        }
    }
};

} // namespace

std::unique_ptr<Dialect> makeSocketIoDialect()
{
    return std::make_unique<SocketIoDialect>();
}

} // namespace confab::loadgen
