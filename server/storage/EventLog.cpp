#include "storage/EventLog.h"

#include "storage/StorageError.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace confab::server {

namespace EventLog {

qint64 nextSeq(const QSqlDatabase &db, qint64 conversationId)
{
    SqlRows query = execSql(db,
                            QStringLiteral("UPDATE conversations SET last_seq = last_seq + 1 "
                                           "WHERE id = ? RETURNING last_seq"),
                            {conversationId});
    if (!query.next())
        throw StorageError(QStringLiteral("conversation %1 vanished").arg(conversationId));
    return query.value(0).toLongLong();
}

void appendLogged(const QSqlDatabase &db, qint64 conversationId, const LoggedEvent &logged)
{
    execSql(db,
            QStringLiteral("INSERT INTO events (conversation_id, seq, event, payload) "
                           "VALUES (?, ?, ?, ?)"),
            {conversationId, logged.seq, logged.event,
             QString::fromUtf8(QJsonDocument(logged.payload).toJson(QJsonDocument::Compact))});
}

QList<LoggedEvent> since(const QSqlDatabase &db, qint64 conversationId, qint64 sinceSeq, int limit,
                         qsizetype maxBytes, bool *more)
{
    SqlRows query = execSql(db,
                            QStringLiteral("SELECT seq, event, payload FROM events WHERE "
                                           "conversation_id = ? AND seq > ? ORDER BY seq "
                                           "LIMIT ?"),
                            {conversationId, sinceSeq, limit + 1});
    QList<LoggedEvent> events;
    qsizetype bytes = 0;
    *more = false;
    while (query.next()) {
        const QByteArray payload = query.value(2).toString().toUtf8();
        bytes += payload.size();
        if (events.size() == limit || (bytes > maxBytes && !events.isEmpty())) {
            *more = true;
            break;
        }
        events.append(LoggedEvent{query.value(0).toLongLong(), query.value(1).toString(),
                                  QJsonDocument::fromJson(payload).object()});
    }
    return events;
}

} // namespace EventLog
} // namespace confab::server
