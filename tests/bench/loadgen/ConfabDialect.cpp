// The confab dialect: Phoenix Channels V2 frames, as Confab's own clients speak them
// (/work/shared/PROTOCOL.md): [join_ref, ref, topic, event, payload].

#include "Dialect.h"
#include "HttpClient.h"
#include "WsConnection.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <charconv>

namespace confab::loadgen {

namespace {

// Unique per run, so that a server can be reused without name clashes.
const std::string &runTag()
{
    static const std::string tag =
        std::to_string(QDateTime::currentMSecsSinceEpoch() % 100'000'000);
    return tag;
}

std::string registerOne(const sockaddr_in &server, int index, Account &account)
{
    const std::string name = "lg" + runTag() + "_" + std::to_string(index);
    const std::string body = R"({"username":")" + name +
                             R"(","password":"loadgen password","display_name":")" + name + "\"}";
    const HttpAnswer answer = httpRequest(server, "POST", "/api/v1/register", body);
    if (answer.status != 201)
        return "register " + name + ": HTTP " + std::to_string(answer.status) + " " + answer.error +
               answer.body;
    const QJsonObject json =
        QJsonDocument::fromJson(QByteArray::fromStdString(answer.body)).object();
    account.userId =
        json.value(QLatin1StringView("user")).toObject().value(QLatin1StringView("id")).toInteger();
    account.token = json.value(QLatin1StringView("token")).toString().toStdString();
    return {};
}

// Reads one element of the frame's header: a string (returned) or null (empty, *isNull set).
bool readElement(std::string_view text, std::size_t &at, std::string_view &value)
{
    if (text.compare(at, 4, "null") == 0) {
        value = {};
        at += 4;
    } else if (at < text.size() && text[at] == '"') {
        const std::size_t end = text.find('"', at + 1);
        if (end == std::string_view::npos)
            return false;
        value = text.substr(at + 1, end - at - 1);
        at = end + 1;
    } else {
        return false;
    }
    if (at >= text.size() || text[at] != ',')
        return false;
    ++at;
    return true;
}

std::int64_t toRef(std::string_view text)
{
    std::int64_t value = -1;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size() ? value : -1;
}

class ConfabDialect final : public Dialect
{
public:
    std::string name() const override { return "confab"; }

    std::string createAccounts(const sockaddr_in &server, int count,
                               std::vector<Account> &accounts) const override
    {
        return createInParallel(count, accounts, &registerOne, server);
    }
    bool needsConversationSetup() const override { return true; }

    std::string socketPath(const Account &account, int connectionIndex) const override
    {
        return "/socket/websocket?vsn=2.0.0&token=" + account.token + "&device_unique_id=lg" +
               std::to_string(connectionIndex);
    }
    // The token is checked at the upgrade; frames sent at once are held until it checks out.
    bool onOpen(WsConnection &, const Account &) const override { return true; }

    Incoming parse(WsConnection &, const Account &, std::string_view text) const override
    {
        Incoming incoming;
        std::size_t at = 1;
        std::string_view joinRef, ref, topic, event;
        if (text.empty() || text[0] != '[' || !readElement(text, at, joinRef) ||
            !readElement(text, at, ref) || !readElement(text, at, topic) ||
            !readElement(text, at, event))
            return incoming;
        const std::string_view payload = text.substr(at, text.size() - at - 1);
        if (event == "receive_message") {
            incoming.kind = Incoming::Kind::Delivery;
            incoming.content = jsonStringField(payload, "content");
        } else if (event == "phx_reply") {
            incoming.kind = Incoming::Kind::Reply;
            incoming.ref = toRef(ref);
            // QJsonObject sorts keys, so "status" is the payload's last member.
            constexpr std::string_view okTail = R"("status":"ok"})";
            incoming.ok = payload.size() >= okTail.size() &&
                          payload.substr(payload.size() - okTail.size()) == okTail;
            incoming.content = payload;
        }
        return incoming;
    }

    void join(WsConnection &connection, std::int64_t ref,
              std::int64_t conversationId) const override
    {
        const std::string id = std::to_string(conversationId);
        connection.sendText("[\"j" + id + "\",\"" + std::to_string(ref) + "\",\"chat:" + id +
                            "\",\"phx_join\",{}]");
    }

    void send(WsConnection &connection, std::int64_t ref, std::int64_t conversationId,
              std::string_view content) const override
    {
        const std::string id = std::to_string(conversationId);
        const std::string refText = std::to_string(ref);
        std::string frame;
        frame.reserve(content.size() + 96);
        frame.append("[\"j").append(id).append("\",\"").append(refText).append("\",\"chat:");
        frame.append(id).append("\",\"send_message\",{\"content\":\"").append(content);
        frame.append("\",\"mobile_ref_id\":\"lg").append(refText).append("\"}]");
        connection.sendText(frame);
    }

    void keepAlive(WsConnection &connection) const override
    {
        connection.sendText(R"([null,"hb","phoenix","heartbeat",{}])");
    }

    void joinAccount(WsConnection &connection, std::int64_t ref,
                     const Account &account) const override
    {
        connection.sendText("[\"u\",\"" + std::to_string(ref) +
                            "\",\"user:" + std::to_string(account.userId) + "\",\"phx_join\",{}]");
    }

    void createGroup(WsConnection &connection, std::int64_t ref, const Account &account,
                     const std::vector<std::int64_t> &memberIds) const override
    {
        std::string members;
        for (const std::int64_t id : memberIds)
            members.append(members.empty() ? "" : ",").append(std::to_string(id));
        connection.sendText("[\"u\",\"" + std::to_string(ref) +
                            "\",\"user:" + std::to_string(account.userId) +
                            R"(","create_conversation",{"kind":"group","title":"loadgen",)" +
                            R"("member_ids":[)" + members + "]}]");
    }
};

} // namespace

std::unique_ptr<Dialect> makeConfabDialect()
{
    return std::make_unique<ConfabDialect>();
}

} // namespace confab::loadgen
