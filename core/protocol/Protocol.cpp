// The out-of-line parts of the protocol types: enum names and checks across fields.

#include "protocol/ChatTopic.h"
#include "protocol/Phoenix.h"
#include "protocol/UserTopic.h"

namespace confab::protocol {

QString ReplyEnvelope::statusName(Status status)
{
    return status == Status::Ok ? QStringLiteral("ok") : QStringLiteral("error");
}

std::optional<ReplyEnvelope::Status> ReplyEnvelope::statusFromName(QStringView name)
{
    if (name == u"ok")
        return Status::Ok;
    if (name == u"error")
        return Status::Error;
    return std::nullopt;
}

namespace user {

QString ConversationRemoved::reasonName(Reason reason)
{
    return reason == Reason::Left ? QStringLiteral("left") : QStringLiteral("removed");
}

std::optional<ConversationRemoved::Reason> ConversationRemoved::reasonFromName(QStringView name)
{
    if (name == u"left")
        return Reason::Left;
    if (name == u"removed")
        return Reason::Removed;
    return std::nullopt;
}

Decoded<PresenceState> PresenceState::fromJson(const QJsonObject &json)
{
    PresenceState state;
    QString why;
    if (!Presences{}.decode(json, state.presence, why))
        return DecodeError{QStringLiteral("presence"), why};
    return state;
}

} // namespace user

namespace chat {

std::optional<DecodeError> Reaction::validate() const
{
    if (emoji.trimmed() != emoji)
        return DecodeError{QStringLiteral("emoji"),
                           QStringLiteral("must not contain spaces at its ends")};
    return std::nullopt;
}

std::optional<DecodeError> UpdateConversation::validate() const
{
    if (!title && !topic)
        return DecodeError{QStringLiteral("title or topic"), QStringLiteral("one is required")};
    return std::nullopt;
}

std::optional<QString> SendMessage::mobileRefIdOf(const QJsonObject &payload)
{
    const QJsonValue ref = payload.value(std::get<0>(fields()).name);
    return ref.isString() ? std::optional<QString>(ref.toString()) : std::nullopt;
}

QString MessageSent::statusName(Status status)
{
    return status == Status::Sent ? QStringLiteral("sent") : QStringLiteral("error");
}

std::optional<MessageSent::Status> MessageSent::statusFromName(QStringView name)
{
    if (name == u"sent")
        return Status::Sent;
    if (name == u"error")
        return Status::Error;
    return std::nullopt;
}

bool ReactionsCodec::decode(const QJsonValue &json, Value &out, QString &why) const
{
    auto reactions = json.isArray() ? model::reactionsFromJson(json.toArray()) : std::nullopt;
    if (!reactions) {
        why = QStringLiteral("must be an array of {emoji, user_ids}");
        return false;
    }
    out = std::move(*reactions);
    return true;
}

} // namespace chat

} // namespace confab::protocol
