#include "chat/ChatContext.h"

#include "chat/ChatDirectory.h"
#include "chat/TypingTracker.h"
#include "presence/PresenceTracker.h"
#include "socket/SocketConnection.h"
#include "socket/TopicHub.h"
#include "storage/DbWorker.h"
#include "storage/NotificationStore.h"
#include "wire/ProtocolNames.h"

#include <QSet>

namespace confab::server {

namespace event = wire::event;

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

void ChatContext::toUser(qint64 userId, const QString &eventName, const QJsonObject &payload) const
{
    hub->broadcast(userTopic(userId), eventName, payload);
}

void ChatContext::toChat(qint64 conversationId, const QString &eventName,
                         const QJsonObject &payload, const SocketConnection *except) const
{
    hub->broadcast(chatTopic(conversationId), eventName, payload, except);
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
        toUser(userId, QString(event::ConversationCreated),
               {{QStringLiteral("conversation"),
                 directory->viewFor(conversationId, userId).toJson()}});
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

void ChatContext::announceChanges(qint64 conversationId, const QJsonObject &changes) const
{
    const ConversationState *state = directory->find(conversationId);
    if (!state)
        return;
    const QJsonObject payload{{QStringLiteral("conversation_id"), conversationId},
                              {QStringLiteral("changes"), changes}};
    for (auto it = state->members.cbegin(); it != state->members.cend(); ++it)
        toUser(it.key(), QString(event::ConversationUpdated), payload);
}

void ChatContext::announceRemoval(qint64 conversationId, qint64 userId, const QString &reason,
                                  const QList<qint64> &formerAudience) const
{
    const QString topic = chatTopic(conversationId);
    for (SocketConnection *socket : hub->socketsOf(userId)) {
        if (socket->isJoined(topic))
            socket->kick(topic);
    }
    typing->userLeft(conversationId, userId);
    toUser(
        userId, QString(event::ConversationRemoved),
        {{QStringLiteral("conversation_id"), conversationId}, {QStringLiteral("reason"), reason}});
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
        const int sent = hub->broadcast(notificationsTopic(userId), QString(event::NewNotification),
                                        {{QStringLiteral("notification"), notification.toJson()}});
        if (sent > 0)
            delivered.append(notification.id);
        notifiedUsers.insert(userId);
    }
    for (qint64 userId : notifiedUsers) {
        hub->broadcast(notificationsTopic(userId), QString(event::NotificationCount),
                       {{QStringLiteral("count"), counts.value(userId)}});
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
