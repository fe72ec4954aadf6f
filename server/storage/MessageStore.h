#pragma once

#include "model/Message.h"
#include "storage/EventLog.h"
#include "storage/Outcome.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace confab::server {

// Messages and stars (reactions are storage/ReactionStore's). Every change takes the
// conversation's next seq and is logged (storage/EventLog) in the same transaction, with the
// exact payload that gets broadcast.
// Runs on the database thread; SQLite failures throw StorageError.
namespace MessageStore {

struct NewMessage
{
    qint64 conversationId = 0;
    qint64 senderId = 0;
    QString content;
    QString mobileRefId;
    std::optional<qint64> parentId;
};

struct Sent
{
    model::Message message;
    bool duplicate = false;                   // the (sender, mobile_ref_id) pair was stored before
    LoggedEvent event;                        // receive_message; empty for a duplicate
    std::optional<model::Message> threadRoot; // the root, with its new reply_count
};

Outcome<Sent> send(const QSqlDatabase &db, const NewMessage &message);
// An edit: the logged message_edited, and the message as it now is (the reply carries it).
struct Edited
{
    LoggedEvent event;
    model::Message message;
};
Outcome<Edited> edit(const QSqlDatabase &db, qint64 conversationId, qint64 messageId,
                     qint64 editorId, const QString &content);
// `byOwner`: the conversation owner may delete anyone's message.
Outcome<LoggedEvent> remove(const QSqlDatabase &db, qint64 conversationId, qint64 messageId,
                            qint64 userId, bool byOwner);
Outcome<std::optional<LoggedEvent>> star(const QSqlDatabase &db, qint64 conversationId,
                                         qint64 messageId, qint64 userId, bool starred);

std::optional<model::Message> find(const QSqlDatabase &db, qint64 messageId);
// Replies built from many messages stay under this, so one reply always fits a socket's send
// queue; a page that would pass it is cut short (has_more tells the client to ask again).
constexpr qsizetype MaxReplyBytes = 512 * 1024;

// Newest `limit` messages below `beforeSeq` (all when 0), returned oldest first.
QList<model::Message> page(const QSqlDatabase &db, qint64 conversationId, qint64 beforeSeq,
                           int limit, bool *hasMore);
// The most messages load_thread and list_starred read (in SQL, so a thread of a million
// replies costs no more than this): every message takes at least 512 bytes of the budget, so
// no more could fit one reply anyway.
constexpr qsizetype MaxListedMessages = MaxReplyBytes / 512;
// Keeps the leading messages that fit MaxReplyBytes; true when some were cut.
bool fitReplyBudget(QList<model::Message> &messages);
// A thread's replies and a conversation's starred messages, oldest first, as many as fit
// one reply (`truncated` says when some did not).
QList<model::Message> replies(const QSqlDatabase &db, qint64 rootId, bool *truncated);
QList<model::Message> starred(const QSqlDatabase &db, qint64 conversationId, bool *truncated);
std::optional<model::Message> last(const QSqlDatabase &db, qint64 conversationId);
// Messages from others after `seq` that are not deleted: the unread count.
qint64 unreadAfter(const QSqlDatabase &db, qint64 conversationId, qint64 userId, qint64 seq);

} // namespace MessageStore
} // namespace confab::server
