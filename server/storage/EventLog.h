#pragma once

#include "protocol/ChatTopic.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace confab::server {

// One logged change of a conversation: what clients replay with `since_seq`. It is the
// protocol's own LoggedEvent, so the log and the replay cannot drift apart.
using LoggedEvent = protocol::chat::LoggedEvent;

namespace EventLog {
// Takes the conversation's next seq (inside the caller's transaction).
qint64 nextSeq(const QSqlDatabase &db, qint64 conversationId);
// Appends an already encoded event whose payload carries its seq.
void appendLogged(const QSqlDatabase &db, qint64 conversationId, const LoggedEvent &logged);

// Appends a typed chat event that already holds its seq (taken with nextSeq).
template<typename Event>
LoggedEvent append(const QSqlDatabase &db, qint64 conversationId, const Event &event)
{
    LoggedEvent logged{event.seq, QString(Event::Event), event.toJson()};
    appendLogged(db, conversationId, logged);
    return logged;
}

// Takes the next seq, sets it on the event and appends it: the usual way to log a change.
template<typename Event>
LoggedEvent record(const QSqlDatabase &db, qint64 conversationId, Event event)
{
    event.seq = nextSeq(db, conversationId);
    return append(db, conversationId, event);
}

// Up to `limit` events after `sinceSeq`, oldest first, stopping early once their payloads pass
// `maxBytes` (one reply must fit a socket's send queue); `more` tells whether others follow.
QList<LoggedEvent> since(const QSqlDatabase &db, qint64 conversationId, qint64 sinceSeq, int limit,
                         qsizetype maxBytes, bool *more);
} // namespace EventLog

} // namespace confab::server
