#pragma once

#include "model/Message.h"
#include "model/Notification.h"
#include "protocol/ChatTopic.h"
#include "protocol/UserTopic.h"
#include "socket/TopicHub.h"
#include "storage/EventLog.h"
#include "storage/Quotas.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

namespace confab::server {

class ChatDirectory;
class DbWorker;
class Metrics;
class PresenceTracker;
class SocketConnection;
class TypingTracker;

// The services the chat channels share, and the fan-out steps more than one of them takes.
// Everything here runs on the network thread.
struct ChatContext
{
    DbWorker *db = nullptr;
    TopicHub *hub = nullptr;
    ChatDirectory *directory = nullptr;
    PresenceTracker *presence = nullptr;
    TypingTracker *typing = nullptr;
    Metrics *metrics = nullptr;
    QObject *owner = nullptr; // lifetime guard for database callbacks
    Quotas quotas;

    static QString chatTopic(qint64 conversationId);
    static QString userTopic(qint64 userId);
    static QString notificationsTopic(qint64 userId);

    // Events go out typed: the event's type names it, so a call site cannot pair a name with
    // another event's payload. Each is encoded once, whatever the number of sockets.
    template<typename Event> void toUser(qint64 userId, const Event &event) const
    {
        hub->broadcastEvent(userTopic(userId), event);
    }
    template<typename Event>
    void toChat(qint64 conversationId, const Event &event,
                const SocketConnection *except = nullptr) const
    {
        hub->broadcastEvent(chatTopic(conversationId), event, except);
    }
    // A logged event goes out as it was stored, name and payload together.
    void toChat(qint64 conversationId, const LoggedEvent &logged,
                const SocketConnection *except = nullptr) const;
    bool hasJoinedChat(qint64 userId, qint64 conversationId) const;
    // Whether any socket of the user listens on its user: topic (so a payload is worth building).
    bool watchesUserTopic(qint64 userId) const;

    // Who each of `users` can see right now: taken before a membership change, so that
    // announceConversation can tell which pairs are new.
    QHash<qint64, QList<qint64>> audiencesOf(const QList<qint64> &users) const;
    // conversation_created (each newcomer's own view), and presence between every pair that
    // could not see each other before (`priorAudiences`, from audiencesOf).
    void announceConversation(qint64 conversationId, const QList<qint64> &newMembers,
                              const QHash<qint64, QList<qint64>> &priorAudiences) const;
    // conversation_updated {conversation_id, changes} to every member's user topic.
    void announceChanges(qint64 conversationId,
                         const protocol::user::ConversationChanges &changes) const;
    // conversation_activity to every member's user topic with their own unread count, except to
    // `sender`, the socket that sent the message: its reply already carries the message.
    void announceActivity(const model::Message &message, const SocketConnection *sender) const;
    // After a member left: their sockets leave the chat topic, their devices hear
    // conversation_removed, and presence visibility that no longer holds is withdrawn.
    void announceRemoval(qint64 conversationId, qint64 userId,
                         protocol::user::ConversationRemoved::Reason reason,
                         const QList<qint64> &formerAudience) const;
    // Sends stored notifications live where the user has a notifications socket, with the
    // new count, and marks those delivered; the rest stay pending for the next join.
    void deliverNotifications(const QList<std::pair<qint64, model::Notification>> &notifications,
                              const QHash<qint64, qint64> &counts) const;
};

} // namespace confab::server
