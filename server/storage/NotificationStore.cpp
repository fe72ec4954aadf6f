#include "storage/NotificationStore.h"

#include "storage/StorageError.h"

#include <QDateTime>
#include <QSqlQuery>

namespace confab::server::NotificationStore {

using model::Notification;

model::Notification add(const QSqlDatabase &db, qint64 userId, Notification::Kind kind,
                        qint64 conversationId, std::optional<qint64> messageId, qint64 senderId,
                        const QString &content, int keep)
{
    Notification notification;
    notification.kind = kind;
    notification.conversationId = conversationId;
    notification.messageId = messageId;
    notification.senderId = senderId;
    // Never NULL in the table: an "added" notification has no text.
    notification.content = content.isNull() ? QStringLiteral("") : content.left(PreviewLength);
    notification.timestamp = QDateTime::currentDateTimeUtc();
    SqlRows insert = execSql(db,
                             QStringLiteral("INSERT INTO notifications (user_id, kind, "
                                            "conversation_id, message_id, sender_id, content, "
                                            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                            "RETURNING id"),
                             {userId, Notification::kindName(kind), conversationId,
                              messageId ? QVariant(*messageId) : QVariant(), senderId,
                              notification.content, notification.timestamp.toMSecsSinceEpoch()});
    if (!insert.next())
        throw StorageError(QStringLiteral("notification insert returned no id"));
    notification.id = insert.value(0).toLongLong();
    dropOldest(db, userId, keep);
    return notification;
}

void dropOldest(const QSqlDatabase &db, qint64 userId, int keep)
{
    // Everything at or below the id of the first one past the newest `keep`.
    execSql(db,
            QStringLiteral("DELETE FROM notifications WHERE user_id = ? AND id <= (SELECT id "
                           "FROM notifications WHERE user_id = ? ORDER BY id DESC LIMIT 1 "
                           "OFFSET ?)"),
            {userId, userId, keep});
}

QList<model::Notification> pending(const QSqlDatabase &db, qint64 userId, int limit, qint64 afterId)
{
    SqlRows query = execSql(db,
                            QStringLiteral("SELECT id, kind, conversation_id, message_id, "
                                           "sender_id, content, created_at FROM notifications "
                                           "WHERE user_id = ? AND delivered = 0 AND acked = 0 "
                                           "AND id > ? ORDER BY id LIMIT ?"),
                            {userId, afterId, limit});
    QList<Notification> list;
    while (query.next()) {
        Notification n;
        n.id = query.value(0).toLongLong();
        n.kind = Notification::kindFromName(query.value(1).toString())
                     .value_or(Notification::Kind::Message);
        n.conversationId = query.value(2).toLongLong();
        if (!query.value(3).isNull())
            n.messageId = query.value(3).toLongLong();
        n.senderId = query.value(4).toLongLong();
        n.content = query.value(5).toString();
        n.timestamp = QDateTime::fromMSecsSinceEpoch(query.value(6).toLongLong(), Qt::UTC);
        list.append(n);
    }
    return list;
}

qint64 unreadCount(const QSqlDatabase &db, qint64 userId)
{
    SqlRows query = execSql(
        db, QStringLiteral("SELECT count(*) FROM notifications WHERE user_id = ? AND read = 0"),
        {userId});
    return query.next() ? query.value(0).toLongLong() : 0;
}

void markDelivered(const QSqlDatabase &db, const QList<qint64> &ids)
{
    for (qint64 id : ids)
        execSql(db, QStringLiteral("UPDATE notifications SET delivered = 1 WHERE id = ?"), {id});
}

void acknowledge(const QSqlDatabase &db, qint64 userId, qint64 upToId)
{
    execSql(db, QStringLiteral("UPDATE notifications SET acked = 1 WHERE user_id = ? AND id <= ?"),
            {userId, upToId});
}

void markAllRead(const QSqlDatabase &db, qint64 userId)
{
    execSql(db, QStringLiteral("UPDATE notifications SET read = 1 WHERE user_id = ? AND read = 0"),
            {userId});
}

} // namespace confab::server::NotificationStore
