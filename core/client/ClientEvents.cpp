#include "client/ClientEvents.h"

#include "model/JsonHelpers.h"
#include "wire/ProtocolNames.h"

#include <QJsonArray>
#include <algorithm>

namespace confab::client::events {

namespace ev = wire::event;
using model::JsonReader;

namespace {

template<typename T> std::optional<QList<T>> listOf(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QList<T> result;
    const QJsonArray array = value.toArray();
    result.reserve(array.size());
    for (const QJsonValue &item : array) {
        std::optional<T> parsed = T::fromJson(item.toObject());
        if (!item.isObject() || !parsed)
            return std::nullopt;
        result.append(std::move(*parsed));
    }
    return result;
}

std::optional<QList<ReadState>> readStatesOf(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QList<ReadState> result;
    for (const QJsonValue &item : value.toArray()) {
        JsonReader reader(item.toObject());
        ReadState state{reader.id(QLatin1StringView("user_id")),
                        reader.integer(QLatin1StringView("last_read_seq"))};
        if (!item.isObject() || !reader.ok())
            return std::nullopt;
        result.append(state);
    }
    return result;
}

std::optional<model::Message> messageOf(const QJsonObject &payload)
{
    const QJsonValue value = payload.value(QLatin1StringView("message"));
    return value.isObject() ? model::Message::fromJson(value.toObject()) : std::nullopt;
}

std::optional<model::Conversation> conversationOf(const QJsonObject &payload)
{
    const QJsonValue value = payload.value(QLatin1StringView("conversation"));
    return value.isObject() ? model::Conversation::fromJson(value.toObject()) : std::nullopt;
}

std::optional<Event> parseUserEvent(const QString &event, const QJsonObject &payload)
{
    JsonReader reader(payload);
    std::optional<Event> result;
    if (event == ev::ConversationCreated) {
        if (auto conversation = conversationOf(payload))
            result = ConversationCreated{*conversation};
    } else if (event == ev::ConversationUpdated) {
        result = ConversationUpdated{reader.id(QLatin1StringView("conversation_id")),
                                     reader.object(QLatin1StringView("changes"))};
    } else if (event == ev::ConversationRemoved) {
        result = ConversationRemoved{reader.id(QLatin1StringView("conversation_id")),
                                     reader.string(QLatin1StringView("reason"))};
    } else if (event == ev::ConversationRead) {
        result = ConversationRead{reader.id(QLatin1StringView("conversation_id")),
                                  reader.integer(QLatin1StringView("last_read_seq")),
                                  reader.integer(QLatin1StringView("unread_count"))};
    } else if (event == ev::ConversationActivity) {
        if (auto message = messageOf(payload))
            result = ConversationActivity{reader.id(QLatin1StringView("conversation_id")), *message,
                                          reader.integer(QLatin1StringView("unread_count"))};
    } else if (event == ev::PresenceState) {
        if (auto presence = model::presenceMapFromJson(payload))
            result = PresenceState{*presence};
    } else if (event == ev::PresenceDiff) {
        auto joins = model::presenceMapFromJson(reader.object(QLatin1StringView("joins")));
        auto leaves = model::presenceMapFromJson(reader.object(QLatin1StringView("leaves")));
        if (joins && leaves)
            result = PresenceDiff{*joins, *leaves};
    }
    return reader.ok() ? result : std::nullopt;
}

std::optional<Event> parseMessageEvent(qint64 conversationId, const QString &event,
                                       const QJsonObject &payload)
{
    JsonReader reader(payload);
    const qint64 seq = reader.integer(QLatin1StringView("seq"));
    std::optional<Event> result;
    if (event == ev::ReceiveMessage || event == ev::MessageEdited) {
        const auto message = messageOf(payload);
        if (!message || message->conversationId != conversationId)
            return std::nullopt;
        if (event == ev::ReceiveMessage)
            result = MessageReceived{seq, *message};
        else
            result = MessageEdited{seq, *message};
    } else if (event == ev::MessageDeleted) {
        result = MessageDeleted{conversationId, seq, reader.id(QLatin1StringView("message_id"))};
    } else if (event == ev::MessageReactions) {
        const auto reactions =
            model::reactionsFromJson(reader.array(QLatin1StringView("reactions")));
        if (!reactions)
            return std::nullopt;
        result = ReactionsChanged{conversationId, seq, reader.id(QLatin1StringView("message_id")),
                                  *reactions};
    } else if (event == ev::MessageStarred) {
        result = MessageStarred{conversationId, seq, reader.id(QLatin1StringView("message_id")),
                                reader.boolean(QLatin1StringView("starred")),
                                reader.id(QLatin1StringView("by"))};
    }
    return reader.ok() ? result : std::nullopt;
}

std::optional<Event> parseChatEvent(qint64 conversationId, const QString &event,
                                    const QJsonObject &payload)
{
    if (std::optional<Event> message = parseMessageEvent(conversationId, event, payload))
        return message;
    JsonReader reader(payload);
    std::optional<Event> result;
    if (event == ev::MemberJoined) {
        const auto member = model::Member::fromJson(reader.object(QLatin1StringView("member")));
        if (member)
            result =
                MemberJoined{conversationId, reader.integer(QLatin1StringView("seq")), *member};
    } else if (event == ev::MemberLeft) {
        result = MemberLeft{conversationId, reader.integer(QLatin1StringView("seq")),
                            reader.id(QLatin1StringView("user_id"))};
    } else if (event == ev::ConversationUpdated) {
        result = ChatConversationUpdated{conversationId, reader.integer(QLatin1StringView("seq")),
                                         reader.object(QLatin1StringView("changes"))};
    } else if (event == ev::ThreadUpdated) {
        result = ThreadUpdated{conversationId, reader.id(QLatin1StringView("message_id")),
                               int(reader.integer(QLatin1StringView("reply_count")))};
    } else if (event == ev::MessageRead) {
        result = MessageRead{conversationId, reader.id(QLatin1StringView("user_id")),
                             reader.integer(QLatin1StringView("seq"))};
    } else if (event == ev::Typing) {
        result = Typing{conversationId, reader.id(QLatin1StringView("user_id")),
                        reader.string(QLatin1StringView("display_name")),
                        reader.boolean(QLatin1StringView("typing"))};
    }
    return reader.ok() ? result : std::nullopt;
}

std::optional<Event> parseNotificationEvent(const QString &event, const QJsonObject &payload)
{
    if (event == ev::PendingNotification || event == ev::NewNotification) {
        const QJsonValue value = payload.value(QLatin1StringView("notification"));
        const auto notification =
            value.isObject() ? model::Notification::fromJson(value.toObject()) : std::nullopt;
        if (!notification)
            return std::nullopt;
        return NotificationReceived{*notification, event == ev::PendingNotification};
    }
    if (event == ev::NotificationCount) {
        const auto count = model::jsonInteger(payload.value(QLatin1StringView("count")));
        if (!count)
            return std::nullopt;
        return NotificationCount{*count};
    }
    return std::nullopt;
}

// The chat events that take a seq and so appear in a replayed log.
bool isLoggedChatEvent(const QString &event)
{
    static const QList<QLatin1StringView> logged{
        ev::ReceiveMessage, ev::MessageEdited, ev::MessageDeleted, ev::MessageReactions,
        ev::MessageStarred, ev::MemberJoined,  ev::MemberLeft,     ev::ConversationUpdated,
    };
    return std::any_of(logged.cbegin(), logged.cend(),
                       [&](QLatin1StringView name) { return event == name; });
}

} // namespace

QList<model::Message> parseMessages(const QJsonValue &list)
{
    QList<model::Message> messages;
    for (const QJsonValue &item : list.toArray()) {
        if (auto message = model::Message::fromJson(item.toObject()))
            messages.append(*message);
    }
    return messages;
}

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
        return parseUserEvent(event, payload);
    if (topic.startsWith(wire::topic::NotificationsPrefix))
        return parseNotificationEvent(event, payload);
    if (const qint64 conversationId = conversationIdOfTopic(topic))
        return parseChatEvent(conversationId, event, payload);
    return std::nullopt;
}

std::optional<AccountLoaded> parseAccountLoaded(const QJsonObject &response)
{
    const auto me = model::User::fromJson(response.value(QLatin1StringView("user")).toObject());
    const auto conversations =
        listOf<model::Conversation>(response.value(QLatin1StringView("conversations")));
    if (!me || !conversations)
        return std::nullopt;
    return AccountLoaded{*me, *conversations};
}

namespace {
// The fields both kinds of chat join reply share.
struct ChatJoinBase
{
    model::Conversation conversation;
    QList<model::Member> members;
    QList<ReadState> readStates;
};

std::optional<ChatJoinBase> parseChatJoinBase(const QJsonObject &response)
{
    const auto conversation = conversationOf(response);
    const auto members = listOf<model::Member>(response.value(QLatin1StringView("members")));
    const auto readStates = readStatesOf(response.value(QLatin1StringView("read_states")));
    if (!conversation || !members || !readStates)
        return std::nullopt;
    return ChatJoinBase{*conversation, *members, *readStates};
}
} // namespace

std::optional<ConversationLoaded> parseConversationLoaded(const QJsonObject &response)
{
    const auto base = parseChatJoinBase(response);
    const auto messages = listOf<model::Message>(response.value(QLatin1StringView("messages")));
    const QJsonValue hasMore = response.value(QLatin1StringView("has_more"));
    if (!base || !messages || !hasMore.isBool())
        return std::nullopt;
    return ConversationLoaded{base->conversation, base->members, base->readStates, *messages,
                              hasMore.toBool()};
}

std::optional<Replay> parseReplay(qint64 conversationId, const QJsonObject &response)
{
    const auto base = parseChatJoinBase(response);
    const QJsonValue gap = response.value(QLatin1StringView("gap"));
    const QJsonValue events = response.value(QLatin1StringView("events"));
    if (!base || !gap.isBool() || !events.isArray())
        return std::nullopt;
    Replay replay{{base->conversation, base->members, base->readStates, gap.toBool()}, {}};
    const QString topic = wire::topic::ChatPrefix + QString::number(conversationId);
    for (const QJsonValue &item : events.toArray()) {
        const QJsonObject logged = item.toObject();
        const QJsonValue name = logged.value(QLatin1StringView("event"));
        const QJsonValue payload = logged.value(QLatin1StringView("payload"));
        if (!item.isObject() || !name.isString() || !payload.isObject())
            return std::nullopt;
        // The protocol may add logged events; one this client does not know changes nothing it
        // shows. A known one that does not parse spoils the whole replay.
        if (!isLoggedChatEvent(name.toString()))
            continue;
        auto event = parseServerEvent(topic, name.toString(), payload.toObject());
        if (!event)
            return std::nullopt;
        replay.events.append(std::move(*event));
    }
    return replay;
}

} // namespace confab::client::events
