#include "model/Message.h"

#include "model/JsonHelpers.h"
#include "wire/Timestamp.h"

#include <QJsonArray>

namespace confab::model {

QJsonArray reactionsToJson(const QList<Reaction> &reactions)
{
    QJsonArray array;
    for (const Reaction &reaction : reactions) {
        QJsonArray users;
        for (qint64 userId : reaction.userIds)
            users.append(userId);
        array.append(QJsonObject{{QStringLiteral("emoji"), reaction.emoji},
                                 {QStringLiteral("user_ids"), users}});
    }
    return array;
}

std::optional<QList<Reaction>> reactionsFromJson(const QJsonArray &array)
{
    QList<Reaction> reactions;
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            return std::nullopt;
        JsonReader reader(value.toObject());
        Reaction reaction;
        reaction.emoji = reader.string(QLatin1StringView("emoji"));
        for (const QJsonValue &user : reader.array(QLatin1StringView("user_ids"))) {
            const auto userId = jsonInteger(user);
            if (!userId || *userId < 1)
                return std::nullopt;
            reaction.userIds.append(*userId);
        }
        if (!reader.ok())
            return std::nullopt;
        reactions.append(reaction);
    }
    return reactions;
}

QJsonObject Message::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("conversation_id"), conversationId},
                     {QStringLiteral("seq"), seq},
                     {QStringLiteral("sender_id"), senderId},
                     {QStringLiteral("content"), content},
                     {QStringLiteral("mobile_ref_id"), nullableString(mobileRefId)},
                     {QStringLiteral("parent_id"), nullableId(parentId)},
                     {QStringLiteral("reply_count"), replyCount},
                     {QStringLiteral("sent_at"), wire::formatTimestamp(sentAt)},
                     {QStringLiteral("edited_at"), nullableTime(editedAt)},
                     {QStringLiteral("deleted"), deleted},
                     {QStringLiteral("starred"), starred},
                     {QStringLiteral("starred_by"), nullableId(starredBy)},
                     {QStringLiteral("reactions"), reactionsToJson(reactions)}};
    if (contentTruncated)
        json.insert(QStringLiteral("content_truncated"), true);
    return json;
}

std::optional<Message> Message::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    Message message;
    message.id = reader.id(QLatin1StringView("id"));
    message.conversationId = reader.id(QLatin1StringView("conversation_id"));
    message.seq = reader.integer(QLatin1StringView("seq"));
    message.senderId = reader.id(QLatin1StringView("sender_id"));
    message.content = reader.string(QLatin1StringView("content"));
    message.mobileRefId = reader.nullableString(QLatin1StringView("mobile_ref_id"));
    message.parentId = reader.nullableId(QLatin1StringView("parent_id"));
    message.replyCount = int(reader.integer(QLatin1StringView("reply_count")));
    message.sentAt = reader.time(QLatin1StringView("sent_at"));
    message.editedAt = reader.nullableTime(QLatin1StringView("edited_at"));
    message.deleted = reader.boolean(QLatin1StringView("deleted"));
    message.starred = reader.boolean(QLatin1StringView("starred"));
    message.starredBy = reader.nullableId(QLatin1StringView("starred_by"));
    const QJsonValue truncated = json.value(QLatin1StringView("content_truncated"));
    if (!truncated.isUndefined() && !truncated.isNull() && !truncated.isBool())
        return std::nullopt;
    message.contentTruncated = truncated.toBool(false);
    const auto reactions = reactionsFromJson(reader.array(QLatin1StringView("reactions")));
    if (!reader.ok() || !reactions)
        return std::nullopt;
    message.reactions = *reactions;
    return message;
}

} // namespace confab::model
