#include "models/MessageData.h"
#include "TimeFormat.h"

#include "models/ModelRoles.h"
#include "models/PlainText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace confab::ui::messagedata {

using client::Delivery;

namespace {

// A translation context of its own, so lupdate files these strings under one name.
struct MessageText
{
    Q_DECLARE_TR_FUNCTIONS(MessageData)
};

} // namespace

QDateTime localTime(const QDateTime &time)
{
    static const QTimeZone zone = QTimeZone::systemTimeZone();
    return zone.isValid() ? time.toTimeZone(zone) : time.toLocalTime();
}

QString senderName(const client::ClientState &state, qint64 conversationId, qint64 userId)
{
    if (const model::Member *member = state.member(conversationId, userId))
        return member->displayName;
    if (userId == state.me().id && !state.me().displayName.isEmpty())
        return state.me().displayName;
    return MessageText::tr("Unknown user");
}

QVariantList reactions(const client::ClientState &state, const model::Message &message)
{
    QVariantList result;
    result.reserve(message.reactions.size());
    const qint64 me = state.me().id;
    for (const model::Reaction &reaction : message.reactions) {
        if (reaction.userIds.isEmpty())
            continue;
        QStringList names;
        names.reserve(reaction.userIds.size());
        for (qint64 userId : reaction.userIds)
            names.append(senderName(state, message.conversationId, userId));
        result.append(QVariantMap{
            {QStringLiteral("emoji"), reaction.emoji},
            {QStringLiteral("count"), int(reaction.userIds.size())},
            {QStringLiteral("mine"), reaction.userIds.contains(me)},
            {QStringLiteral("names"), names},
        });
    }
    return result;
}

model::Message messageFromOutbox(const client::OutboxEntry &entry, qint64 myId)
{
    model::Message message;
    message.conversationId = entry.conversationId;
    message.senderId = myId;
    message.content = entry.content;
    message.mobileRefId = entry.mobileRefId;
    message.parentId = entry.parentId;
    message.sentAt = entry.createdAt;
    return message;
}

QString accessibleText(const client::ClientState &state, const model::Message &message,
                       Delivery delivery)
{
    const QString sender = senderName(state, message.conversationId, message.senderId);
    const QString time = timeformat::dateAndTimeOfDay(localTime(message.sentAt));
    QStringList parts{MessageText::tr("%1, %2").arg(sender, time)};
    parts.append(message.deleted ? MessageText::tr("This message was deleted")
                                 : plainTextFromMarkdown(message.content));
    if (message.editedAt && !message.deleted)
        parts.append(MessageText::tr("edited", "state of a message"));
    if (message.starred)
        parts.append(MessageText::tr("starred", "state of a message"));
    for (const model::Reaction &reaction : message.reactions) {
        if (!reaction.userIds.isEmpty())
            parts.append(englishPlural(MessageText::tr("%1 %n reaction(s)", nullptr,
                                                       int(reaction.userIds.size())),
                                       int(reaction.userIds.size()))
                             .arg(reaction.emoji));
    }
    if (message.replyCount > 0)
        parts.append(englishPlural(MessageText::tr("%n repl(y|ies)", nullptr, message.replyCount),
                                   message.replyCount));
    if (delivery == Delivery::Pending)
        parts.append(MessageText::tr("sending", "state of a message"));
    else if (delivery == Delivery::Failed)
        parts.append(MessageText::tr("not sent", "state of a message"));
    return parts.join(QStringLiteral(". "));
}

QVariant value(const client::ClientState &state, const model::Message &message, Delivery delivery,
               const QString &failureReason, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return message.deleted ? MessageText::tr("This message was deleted")
                               : plainTextFromMarkdown(message.content);
    case Qt::AccessibleTextRole:
        return accessibleText(state, message, delivery);
    case Qt::ToolTipRole:
        return QLocale().toString(localTime(message.sentAt), QLocale::LongFormat);
    case MessageIdRole:
        return message.id;
    case SeqRole:
        return message.seq;
    case SenderIdRole:
        return message.senderId;
    case SenderNameRole:
        return senderName(state, message.conversationId, message.senderId);
    case ContentRole:
        return message.content;
    case SentAtRole:
        return message.sentAt;
    case EditedRole:
        return message.editedAt.has_value() && !message.deleted;
    case DeletedRole:
        return message.deleted;
    case ReactionsRole:
        return reactions(state, message);
    case StarredRole:
        return message.starred;
    case ReplyCountRole:
        return message.replyCount;
    case DeliveryRole:
        return int(delivery);
    case FailureReasonRole:
        return failureReason;
    case MobileRefRole:
        return message.mobileRefId.value_or(QString());
    case IsMineRole:
        return message.senderId == state.me().id;
    case ParentIdRole:
        return message.parentId.value_or(0);
    default:
        return {};
    }
}

} // namespace confab::ui::messagedata
