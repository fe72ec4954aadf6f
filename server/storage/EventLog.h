#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace confab::server {

// One logged change of a conversation: what clients replay with `since_seq`.
struct LoggedEvent
{
    qint64 seq = 0;
    QString event;
    QJsonObject payload;

    QJsonObject toJson() const;
};

namespace EventLog {
// Takes the conversation's next seq (inside the caller's transaction).
qint64 nextSeq(const QSqlDatabase &db, qint64 conversationId);
// Takes the next seq, adds it to `payload` as "seq", and appends the event: the usual way to
// log a change.
LoggedEvent record(const QSqlDatabase &db, qint64 conversationId, const QString &event,
                   QJsonObject payload);
// Appends `event` with `payload` (which must already carry "seq": seq).
void append(const QSqlDatabase &db, qint64 conversationId, qint64 seq, const QString &event,
            const QJsonObject &payload);
// Up to `limit` events after `sinceSeq`, oldest first, stopping early once their payloads pass
// `maxBytes` (one reply must fit a socket's send queue); `more` tells whether others follow.
QList<LoggedEvent> since(const QSqlDatabase &db, qint64 conversationId, qint64 sinceSeq, int limit,
                         qsizetype maxBytes, bool *more);
} // namespace EventLog

} // namespace confab::server
