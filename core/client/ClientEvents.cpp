#include "client/ClientEvents.h"

#include "client/ClientLogging.h"
#include "wire/ProtocolNames.h"

#include <algorithm>
#include <iterator>

namespace confab::client::events {

namespace ev = wire::event;

namespace {

// Decodes one event payload of a known name; empty when it does not fit the protocol type.
// `conversationId` is the one the topic names (0 outside chat topics).
using Decoder = std::optional<Event> (*)(qint64 conversationId, const QJsonObject &payload);

struct EventDecoder
{
    QLatin1StringView name;
    Decoder decode;
};

template<typename T> std::optional<T> decoded(const QJsonObject &payload)
{
    auto result = T::fromJson(payload);
    if (!result) {
        qCDebug(lcClientSession) << "malformed" << T::Event << result.error().text();
        return std::nullopt;
    }
    return std::move(result).toOptional();
}

// A user: event, which names its conversation in its payload when it has one.
template<typename T> std::optional<Event> userEvent(qint64, const QJsonObject &payload)
{
    auto event = decoded<T>(payload);
    return event ? std::optional<Event>(std::move(*event)) : std::nullopt;
}

// A chat: event: its conversation is the topic's, and a message it carries must be of it.
template<typename T>
std::optional<Event> chatEvent(qint64 conversationId, const QJsonObject &payload)
{
    auto event = decoded<T>(payload);
    if (!event)
        return std::nullopt;
    if constexpr (requires { event->conversationId; })
        event->conversationId = conversationId;
    if constexpr (requires { event->message.conversationId; }) {
        if (event->message.conversationId != conversationId)
            return std::nullopt;
    }
    return std::optional<Event>(std::move(*event));
}

template<typename T> std::optional<Event> notification(qint64, const QJsonObject &payload)
{
    auto event = decoded<T>(payload);
    if (!event)
        return std::nullopt;
    return NotificationReceived{event->notification,
                                std::is_same_v<T, protocol::notifications::PendingNotification>};
}

template<typename T> constexpr EventDecoder onUser()
{
    return {T::Event, &userEvent<T>};
}

template<typename T> constexpr EventDecoder onChat()
{
    return {T::Event, &chatEvent<T>};
}

namespace user = protocol::user;
namespace chat = protocol::chat;
namespace notifications = protocol::notifications;

const EventDecoder kUserEvents[] = {
    onUser<user::ConversationCreated>(),  onUser<user::ConversationUpdated>(),
    onUser<user::ConversationRemoved>(),  onUser<user::ConversationRead>(),
    onUser<user::ConversationActivity>(), onUser<user::PresenceState>(),
    onUser<user::PresenceDiff>(),
};

// The chat events that take a seq and so appear in a replayed log.
const EventDecoder kLoggedChatEvents[] = {
    onChat<chat::ReceiveMessage>(), onChat<chat::MessageEdited>(),
    onChat<chat::MessageDeleted>(), onChat<chat::MessageReactions>(),
    onChat<chat::MessageStarred>(), onChat<chat::MemberJoined>(),
    onChat<chat::MemberLeft>(),     onChat<chat::ConversationUpdated>(),
};

const EventDecoder kLiveChatEvents[] = {
    onChat<chat::ThreadUpdated>(),
    onChat<chat::MessageRead>(),
    onChat<chat::Typing>(),
};

const EventDecoder kNotificationEvents[] = {
    {notifications::NewNotification::Event, &notification<notifications::NewNotification>},
    {notifications::PendingNotification::Event, &notification<notifications::PendingNotification>},
    {notifications::NotificationCount::Event, &userEvent<notifications::NotificationCount>},
};

template<std::size_t N>
const EventDecoder *find(const EventDecoder (&table)[N], const QString &event)
{
    const auto found = std::find_if(std::begin(table), std::end(table),
                                    [&](const EventDecoder &entry) { return event == entry.name; });
    return found == std::end(table) ? nullptr : found;
}

template<std::size_t N>
std::optional<Event> decodeWith(const EventDecoder (&table)[N], qint64 conversationId,
                                const QString &event, const QJsonObject &payload)
{
    const EventDecoder *decoder = find(table, event);
    return decoder ? decoder->decode(conversationId, payload) : std::nullopt;
}

std::optional<Event> parseChatEvent(qint64 conversationId, const QString &event,
                                    const QJsonObject &payload)
{
    if (find(kLoggedChatEvents, event))
        return decodeWith(kLoggedChatEvents, conversationId, event, payload);
    return decodeWith(kLiveChatEvents, conversationId, event, payload);
}

} // namespace

qint64 conversationIdOfTopic(const QString &topic)
{
    if (!topic.startsWith(wire::topic::ChatPrefix))
        return 0;
    bool ok = false;
    const qint64 id = QStringView(topic).mid(wire::topic::ChatPrefix.size()).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

std::optional<Event> parseServerEvent(const QString &topic, const QString &event,
                                      const QJsonObject &payload)
{
    if (topic.startsWith(wire::topic::UserPrefix))
        return decodeWith(kUserEvents, 0, event, payload);
    if (topic.startsWith(wire::topic::NotificationsPrefix))
        return decodeWith(kNotificationEvents, 0, event, payload);
    if (const qint64 conversationId = conversationIdOfTopic(topic))
        return parseChatEvent(conversationId, event, payload);
    return std::nullopt;
}

std::optional<AccountLoaded> parseAccountLoaded(const QJsonObject &response)
{
    return AccountLoaded::fromJson(response).toOptional();
}

std::optional<ConversationLoaded> parseConversationLoaded(const QJsonObject &response)
{
    auto reply = chat::JoinReply::fromJson(response).toOptional();
    if (!reply)
        return std::nullopt;
    return ConversationLoaded{std::move(reply->conversation), std::move(reply->members),
                              std::move(reply->readStates), std::move(reply->messages),
                              reply->hasMore};
}

std::optional<Replay> parseReplay(qint64 conversationId, const QJsonObject &response)
{
    auto reply = chat::ReplayReply::fromJson(response).toOptional();
    if (!reply)
        return std::nullopt;
    Replay replay{{std::move(reply->conversation), std::move(reply->members),
                   std::move(reply->readStates), reply->gap},
                  {}};
    for (const chat::LoggedEvent &logged : std::as_const(reply->events)) {
        // The protocol may add logged events; one this client does not know changes nothing it
        // shows. A known one that does not decode spoils the whole replay.
        if (!find(kLoggedChatEvents, logged.event))
            continue;
        auto event = decodeWith(kLoggedChatEvents, conversationId, logged.event, logged.payload);
        if (!event)
            return std::nullopt;
        replay.events.append(std::move(*event));
    }
    return replay;
}

} // namespace confab::client::events
