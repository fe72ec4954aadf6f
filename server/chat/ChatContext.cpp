#include "chat/ChatContext.h"

#include "chat/ChatDirectory.h"
#include "chat/TypingTracker.h"
#include "presence/PresenceTracker.h"
#include "protocol/NotificationsTopic.h"
#include "socket/SocketConnection.h"
#include "socket/TopicHub.h"
#include "storage/DbWorker.h"
#include "storage/NotificationStore.h"
#include "wire/ProtocolNames.h"

#include <QSet>

namespace confab::server {

QString ChatContext::chatTopic(qint64 conversationId)
{
    return wire::topic::ChatPrefix + QString::number(conversationId);
}

QString ChatContext::userTopic(qint64 userId)
{
    return wire::topic::UserPrefix + QString::number(userId);
}

QString ChatContext::notificationsTopic(qint64 userId)
{
    return wire::topic::NotificationsPrefix + QString::number(userId);
}

void ChatContext::toChat(qint64 conversationId, const LoggedEvent &logged,
                         const SocketConnection *except) const
{
    hub->broadcast(chatTopic(conversationId), logged.event, logged.payload, except);
}

bool ChatContext::watchesUserTopic(qint64 userId) const
{
    return hub->hasSubscribers(userTopic(userId));
}

bool ChatContext::hasJoinedChat(qint64 userId, qint64 conversationId) const
{
    return hub->userJoined(userId, chatTopic(conversationId));
}

QHash<qint64, QList<qint64>> ChatContext::audiencesOf(const QList<qint64> &users) const
{
    QHash<qint64, QList<qint64>> audiences;
    for (qint64 userId : users)
        audiences.insert(userId, directory->audienceOf(userId));
    return audiences;
}

void ChatContext::announceConversation(qint64 conversationId, const QList<qint64> &newMembers,
                                       const QHash<qint64, QList<qint64>> &priorAudiences) const
{
    const ConversationState *state = directory->find(conversationId);
    if (!state)
        return;
    for (qint64 userId : newMembers) {
        toUser(userId,
               protocol::user::ConversationCreated{directory->viewFor(conversationId, userId)});
    }
    QSet<std::pair<qint64, qint64>> announced;
    for (qint64 newcomer : newMembers) {
        const QList<qint64> before = priorAudiences.value(newcomer);
        for (auto it = state->members.cbegin(); it != state->members.cend(); ++it) {
            const qint64 other = it.key();
            const auto pair = std::minmax(newcomer, other);
            if (other == newcomer || before.contains(other) || announced.contains(pair))
                continue;
            announced.insert(pair);
            presence->announceTo(newcomer, other, true);
            presence->announceTo(other, newcomer, true);
        }
    }
}

void ChatContext::announceChanges(qint64 conversationId,
                                  const protocol::user::ConversationChanges &changes) const
{
    const ConversationState *state = directory->find(conversationId);
    if (!state)
        return;
    using Updated = protocol::user::ConversationUpdated;
    const QJsonObject payload = Updated{conversationId, changes}.toJson(); // once for all
    for (auto it = state->members.cbegin(); it != state->members.cend(); ++it)
        hub->broadcast(userTopic(it.key()), QString(Updated::Event), payload);
}

void ChatContext::announceActivity(const model::Message &message,
                                   const SocketConnection *sender) const
{
    const ConversationState *state = directory->find(message.conversationId);
    if (!state)
        return;
    using Activity = protocol::user::ConversationActivity;
    const QJsonObject encoded = Activity{message.conversationId, message, 0}.toJson();
    for (auto it = state->members.cbegin(); it != state->members.cend(); ++it) {
        if (!watchesUserTopic(it.key()))
            continue; // nobody would receive it: do not build it
        QJsonObject payload = encoded;
        Activity::setUnreadCount(payload, it->unread);
        hub->broadcast(userTopic(it.key()), QString(Activity::Event), payload, sender);
    }
}

void ChatContext::announceRemoval(qint64 conversationId, qint64 userId,
                                  protocol::user::ConversationRemoved::Reason reason,
                                  const QList<qint64> &formerAudience) const
{
    const QString topic = chatTopic(conversationId);
    for (SocketConnection *socket : hub->socketsOf(userId)) {
        if (socket->isJoined(topic))
            socket->kick(topic);
    }
    typing->userLeft(conversationId, userId);
    toUser(userId, protocol::user::ConversationRemoved{conversationId, reason});
    const QList<qint64> stillVisible = directory->audienceOf(userId);
    for (qint64 other : formerAudience) {
        if (!stillVisible.contains(other)) {
            presence->announceTo(other, userId, false);
            presence->announceTo(userId, other, false);
        }
    }
}

void ChatContext::deliverNotifications(
    const QList<std::pair<qint64, model::Notification>> &notifications,
    const QHash<qint64, qint64> &counts) const
{
    QList<qint64> delivered;
    QSet<qint64> notifiedUsers;
    for (const auto &[userId, notification] : notifications) {
        const int sent = hub->broadcastEvent(
            notificationsTopic(userId), protocol::notifications::NewNotification{notification});
        if (sent > 0)
            delivered.append(notification.id);
        notifiedUsers.insert(userId);
    }
    for (qint64 userId : notifiedUsers) {
        hub->broadcastEvent(notificationsTopic(userId),
                            protocol::notifications::NotificationCount{counts.value(userId)});
    }
    if (!delivered.isEmpty()) {
        db->submit<bool>(
            owner,
            [delivered](QSqlDatabase &connection) {
                NotificationStore::markDelivered(connection, delivered);
                return true;
            },
            [](DbResult<bool>) {});
    }
}

} // namespace confab::server
