#include "model/Notification.h"

#include "model/JsonHelpers.h"
#include "wire/Timestamp.h"

namespace confab::model {

QString Notification::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Message:
        return QStringLiteral("message");
    case Kind::Mention:
        return QStringLiteral("mention");
    case Kind::Added:
        return QStringLiteral("added");
    }
    return QStringLiteral("message");
}

std::optional<Notification::Kind> Notification::kindFromName(QStringView name)
{
    for (Kind kind : {Kind::Message, Kind::Mention, Kind::Added}) {
        if (name == kindName(kind))
            return kind;
    }
    return std::nullopt;
}

QJsonObject Notification::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("kind"), kindName(kind)},
            {QStringLiteral("conversation_id"), conversationId},
            {QStringLiteral("message_id"), nullableId(messageId)},
            {QStringLiteral("sender_id"), senderId},
            {QStringLiteral("content"), content},
            {QStringLiteral("timestamp"), wire::formatTimestamp(timestamp)}};
}

std::optional<Notification> Notification::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    Notification notification;
    notification.id = reader.id(QLatin1StringView("id"));
    const auto kind = kindFromName(reader.string(QLatin1StringView("kind")));
    notification.conversationId = reader.id(QLatin1StringView("conversation_id"));
    notification.messageId = reader.nullableId(QLatin1StringView("message_id"));
    notification.senderId = reader.id(QLatin1StringView("sender_id"));
    notification.content = reader.string(QLatin1StringView("content"));
    notification.timestamp = reader.time(QLatin1StringView("timestamp"));
    if (!reader.ok() || !kind)
        return std::nullopt;
    notification.kind = *kind;
    return notification;
}

} // namespace confab::model
