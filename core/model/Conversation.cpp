#include "model/Conversation.h"

#include "model/JsonHelpers.h"
#include "wire/Timestamp.h"

namespace confab::model {

QString Conversation::kindName(Kind kind)
{
    return kind == Kind::Direct ? QStringLiteral("direct") : QStringLiteral("group");
}

std::optional<Conversation::Kind> Conversation::kindFromName(QStringView name)
{
    if (name == u"direct")
        return Kind::Direct;
    if (name == u"group")
        return Kind::Group;
    return std::nullopt;
}

QJsonObject Conversation::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("kind"), kindName(kind)},
                     {QStringLiteral("title"), nullableString(title)},
                     {QStringLiteral("topic"), nullableString(topic)},
                     {QStringLiteral("created_at"), wire::formatTimestamp(createdAt)},
                     {QStringLiteral("created_by"), createdBy},
                     {QStringLiteral("archived"), archived},
                     {QStringLiteral("last_seq"), lastSeq},
                     {QStringLiteral("member_count"), memberCount}};
    if (reader) {
        json.insert(QStringLiteral("unread_count"), reader->unreadCount);
        json.insert(QStringLiteral("last_read_seq"), reader->lastReadSeq);
        json.insert(QStringLiteral("pinned"), reader->pinned);
        json.insert(QStringLiteral("muted"), reader->muted);
        json.insert(QStringLiteral("last_message"), reader->lastMessage
                                                        ? QJsonValue(reader->lastMessage->toJson())
                                                        : QJsonValue(QJsonValue::Null));
        if (reader->peer)
            json.insert(QStringLiteral("peer"), reader->peer->toJson());
    }
    return json;
}

std::optional<Conversation> Conversation::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    Conversation conversation;
    conversation.id = reader.id(QLatin1StringView("id"));
    const auto kind = kindFromName(reader.string(QLatin1StringView("kind")));
    conversation.title = reader.nullableString(QLatin1StringView("title"));
    conversation.topic = reader.nullableString(QLatin1StringView("topic"));
    conversation.createdAt = reader.time(QLatin1StringView("created_at"));
    conversation.createdBy = reader.id(QLatin1StringView("created_by"));
    conversation.archived = reader.boolean(QLatin1StringView("archived"));
    conversation.lastSeq = reader.integer(QLatin1StringView("last_seq"));
    conversation.memberCount = int(reader.integer(QLatin1StringView("member_count")));
    if (!reader.ok() || !kind)
        return std::nullopt;
    conversation.kind = *kind;

    if (reader.has(QLatin1StringView("unread_count"))) {
        ReaderState state;
        state.unreadCount = reader.integer(QLatin1StringView("unread_count"));
        state.lastReadSeq = reader.integer(QLatin1StringView("last_read_seq"));
        state.pinned = reader.boolean(QLatin1StringView("pinned"));
        state.muted = reader.boolean(QLatin1StringView("muted"));
        const QJsonValue last = json.value(QLatin1StringView("last_message"));
        if (last.isObject()) {
            state.lastMessage = Message::fromJson(last.toObject());
            if (!state.lastMessage)
                return std::nullopt;
        } else if (!last.isNull()) {
            return std::nullopt;
        }
        const QJsonValue peer = json.value(QLatin1StringView("peer"));
        if (peer.isObject()) {
            state.peer = User::fromJson(peer.toObject());
            if (!state.peer)
                return std::nullopt;
        } else if (!peer.isUndefined() && !peer.isNull()) {
            return std::nullopt;
        }
        if (!reader.ok())
            return std::nullopt;
        conversation.reader = state;
    }
    return conversation;
}

} // namespace confab::model
