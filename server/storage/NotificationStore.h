#pragma once

#include "model/Notification.h"

#include <QList>
#include <QSqlDatabase>

namespace confab::server {

// A user's notifications. One is "pending" until a socket of the user joined to
// notifications:<id> received it live, or the user acknowledged it; "unread" until
// mark_all_read. Database thread only.
namespace NotificationStore {

constexpr qsizetype PreviewLength = 200;

// Stores a notification, then drops the user's oldest beyond `keep` (see dropOldest).
model::Notification add(const QSqlDatabase &db, qint64 userId, model::Notification::Kind kind,
                        qint64 conversationId, std::optional<qint64> messageId, qint64 senderId,
                        const QString &content, int keep);
// Keeps the user's newest `keep` notifications and deletes the rest: an account flooded with
// mentions (or added to thousands of groups) must not grow the table without end.
void dropOldest(const QSqlDatabase &db, qint64 userId, int keep);
// The oldest `limit` pending ones after `afterId`: what one join (or one ack) pushes.
QList<model::Notification> pending(const QSqlDatabase &db, qint64 userId, int limit,
                                   qint64 afterId = 0);
qint64 unreadCount(const QSqlDatabase &db, qint64 userId);
void markDelivered(const QSqlDatabase &db, const QList<qint64> &ids);
void acknowledge(const QSqlDatabase &db, qint64 userId, qint64 upToId);
void markAllRead(const QSqlDatabase &db, qint64 userId);

} // namespace NotificationStore
} // namespace confab::server
