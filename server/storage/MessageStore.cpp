#include "storage/MessageStore.h"

#include "storage/ReactionStore.h"
#include "storage/StorageError.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace confab::server::MessageStore {

using wire::ErrorReason;

namespace {

const QString kColumns = QStringLiteral(
    "id, conversation_id, seq, sender_id, content, mobile_ref_id, parent_id, reply_count, "
    "sent_at, edited_at, deleted, starred_by");

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

model::Message readMessage(const SqlRows &query)
{
    model::Message message;
    message.id = query.value(0).toLongLong();
    message.conversationId = query.value(1).toLongLong();
    message.seq = query.value(2).toLongLong();
    message.senderId = query.value(3).toLongLong();
    message.content = query.value(4).toString();
    if (!query.value(5).isNull())
        message.mobileRefId = query.value(5).toString();
    if (!query.value(6).isNull())
        message.parentId = query.value(6).toLongLong();
    message.replyCount = query.value(7).toInt();
    message.sentAt = fromMs(query.value(8).toLongLong());
    if (!query.value(9).isNull())
        message.editedAt = fromMs(query.value(9).toLongLong());
    message.deleted = query.value(10).toBool();
    if (!query.value(11).isNull()) {
        message.starred = true;
        message.starredBy = query.value(11).toLongLong();
    }
    return message;
}

QList<model::Message> select(const QSqlDatabase &db, const QString &tail, const QVariantList &binds)
{
    SqlRows query =
        execSql(db, QStringLiteral("SELECT %1 FROM messages %2").arg(kColumns, tail), binds);
    QList<model::Message> messages;
    while (query.next())
        messages.append(readMessage(query));
    for (model::Message &message : messages)
        message.reactions = ReactionStore::of(db, message.id);
    return messages;
}

// A message of this conversation that can still be changed.
Outcome<model::Message> findLive(const QSqlDatabase &db, qint64 conversationId, qint64 messageId)
{
    const auto message = find(db, messageId);
    if (!message || message->conversationId != conversationId)
        return Outcome<model::Message>::failure(ErrorReason::NotFound,
                                                QStringLiteral("message_id: no such message"));
    if (message->deleted)
        return Outcome<model::Message>::failure(ErrorReason::NotFound,
                                                QStringLiteral("message_id: message was deleted"));
    return Outcome<model::Message>::success(*message);
}

} // namespace

bool fitReplyBudget(QList<model::Message> &messages)
{
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        // The size as sent: JSON escaping can make content six times its UTF-8 size (control
        // characters), and reactions add a user id per reacting member.
        bytes += QJsonDocument(messages.at(i).toJson()).toJson(QJsonDocument::Compact).size() + 1;
        if (bytes > MaxReplyBytes && i > 0) {
            messages.resize(i);
            return true;
        }
    }
    return false;
}

namespace {
// One more row than a list may hold is read, to tell whether others were left out.
bool cutToList(QList<model::Message> &messages)
{
    bool cut = false;
    if (messages.size() > MaxListedMessages) {
        messages.resize(MaxListedMessages);
        cut = true;
    }
    return fitReplyBudget(messages) || cut;
}
} // namespace

std::optional<model::Message> find(const QSqlDatabase &db, qint64 messageId)
{
    const QList<model::Message> found = select(db, QStringLiteral("WHERE id = ?"), {messageId});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

Outcome<Sent> send(const QSqlDatabase &db, const NewMessage &input)
{
    // Idempotency: the same sender and mobile_ref_id return what was stored the first time.
    const QList<model::Message> existing =
        select(db, QStringLiteral("WHERE sender_id = ? AND mobile_ref_id = ?"),
               {input.senderId, input.mobileRefId});
    if (!existing.isEmpty()) {
        if (existing.first().conversationId != input.conversationId)
            return Outcome<Sent>::failure(
                ErrorReason::Conflict,
                QStringLiteral("mobile_ref_id: already used in another conversation"));
        return Outcome<Sent>::success(Sent{existing.first(), true, {}, std::nullopt});
    }

    std::optional<qint64> rootId;
    if (input.parentId) {
        const auto parent = find(db, *input.parentId);
        if (!parent || parent->conversationId != input.conversationId)
            return Outcome<Sent>::failure(ErrorReason::NotFound,
                                          QStringLiteral("parent_id: no such message"));
        rootId = parent->parentId.value_or(parent->id); // replies to a reply join its thread
    }

    const qint64 seq = EventLog::nextSeq(db, input.conversationId);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    SqlRows insert = execSql(db,
                             QStringLiteral("INSERT INTO messages (conversation_id, seq, "
                                            "sender_id, content, mobile_ref_id, parent_id, "
                                            "sent_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                             {input.conversationId, seq, input.senderId, input.content,
                              input.mobileRefId, rootId ? QVariant(*rootId) : QVariant(), now});
    if (!insert.next())
        throw StorageError(QStringLiteral("message insert returned no id"));

    Sent sent;
    sent.message.id = insert.value(0).toLongLong();
    sent.message.conversationId = input.conversationId;
    sent.message.seq = seq;
    sent.message.senderId = input.senderId;
    sent.message.content = input.content;
    sent.message.mobileRefId = input.mobileRefId;
    sent.message.parentId = rootId;
    sent.message.sentAt = fromMs(now);
    sent.event = EventLog::append(db, input.conversationId,
                                  protocol::chat::ReceiveMessage{seq, sent.message});

    if (rootId) {
        execSql(db,
                QStringLiteral("UPDATE messages SET reply_count = reply_count + 1 WHERE id = ?"),
                {*rootId});
        sent.threadRoot = find(db, *rootId);
    }
    return Outcome<Sent>::success(sent);
}

Outcome<Edited> edit(const QSqlDatabase &db, qint64 conversationId, qint64 messageId,
                     qint64 editorId, const QString &content)
{
    const auto found = findLive(db, conversationId, messageId);
    if (!found.ok())
        return Outcome<Edited>::failure(*found.error, found.message);
    if (found.value.senderId != editorId)
        return Outcome<Edited>::failure(ErrorReason::Forbidden,
                                        QStringLiteral("only the sender may edit"));
    execSql(db, QStringLiteral("UPDATE messages SET content = ?, edited_at = ? WHERE id = ?"),
            {content, QDateTime::currentMSecsSinceEpoch(), messageId});
    const model::Message edited = *find(db, messageId);
    return Outcome<Edited>::success(Edited{
        EventLog::record(db, conversationId, protocol::chat::MessageEdited{0, edited}), edited});
}

Outcome<LoggedEvent> remove(const QSqlDatabase &db, qint64 conversationId, qint64 messageId,
                            qint64 userId, bool byOwner)
{
    const auto found = findLive(db, conversationId, messageId);
    if (!found.ok())
        return Outcome<LoggedEvent>::failure(*found.error, found.message);
    if (found.value.senderId != userId && !byOwner)
        return Outcome<LoggedEvent>::failure(
            ErrorReason::Forbidden, QStringLiteral("only the sender or the owner may delete"));
    // A tombstone keeps its place (and its thread) but nothing of what it said.
    execSql(db,
            QStringLiteral("UPDATE messages SET content = '', deleted = 1, starred_by = NULL "
                           "WHERE id = ?"),
            {messageId});
    execSql(db, QStringLiteral("DELETE FROM reactions WHERE message_id = ?"), {messageId});
    return Outcome<LoggedEvent>::success(EventLog::record(
        db, conversationId, protocol::chat::MessageDeleted{conversationId, 0, messageId}));
}

Outcome<std::optional<LoggedEvent>> star(const QSqlDatabase &db, qint64 conversationId,
                                         qint64 messageId, qint64 userId, bool starred)
{
    using Result = Outcome<std::optional<LoggedEvent>>;
    const auto found = findLive(db, conversationId, messageId);
    if (!found.ok())
        return Result::failure(*found.error, found.message);
    if (found.value.starred == starred)
        return Result::success(std::nullopt);
    execSql(db, QStringLiteral("UPDATE messages SET starred_by = ? WHERE id = ?"),
            {starred ? QVariant(userId) : QVariant(), messageId});
    return Result::success(EventLog::record(
        db, conversationId,
        protocol::chat::MessageStarred{conversationId, 0, messageId, starred, userId}));
}

QList<model::Message> page(const QSqlDatabase &db, qint64 conversationId, qint64 beforeSeq,
                           int limit, bool *hasMore)
{
    QList<model::Message> messages = select(
        db, QStringLiteral("WHERE conversation_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?"),
        {conversationId, beforeSeq > 0 ? beforeSeq : std::numeric_limits<qint64>::max(),
         limit + 1});
    *hasMore = messages.size() > limit;
    if (*hasMore)
        messages.removeLast();
    // Newest first here: cut the oldest ones when the page would not fit one reply.
    if (fitReplyBudget(messages))
        *hasMore = true;
    std::reverse(messages.begin(), messages.end());
    return messages;
}

QList<model::Message> replies(const QSqlDatabase &db, qint64 rootId, bool *truncated)
{
    QList<model::Message> messages =
        select(db, QStringLiteral("WHERE parent_id = ? ORDER BY seq LIMIT ?"),
               {rootId, MaxListedMessages + 1});
    *truncated = cutToList(messages);
    return messages;
}

QList<model::Message> starred(const QSqlDatabase &db, qint64 conversationId, bool *truncated)
{
    QList<model::Message> messages =
        select(db,
               QStringLiteral("WHERE conversation_id = ? AND starred_by IS NOT NULL "
                              "ORDER BY seq LIMIT ?"),
               {conversationId, MaxListedMessages + 1});
    *truncated = cutToList(messages);
    return messages;
}

std::optional<model::Message> last(const QSqlDatabase &db, qint64 conversationId)
{
    const QList<model::Message> found =
        select(db, QStringLiteral("WHERE conversation_id = ? ORDER BY seq DESC LIMIT 1"),
               {conversationId});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

qint64 unreadAfter(const QSqlDatabase &db, qint64 conversationId, qint64 userId, qint64 seq)
{
    SqlRows query = execSql(db,
                            QStringLiteral("SELECT count(*) FROM messages WHERE "
                                           "conversation_id = ? AND seq > ? AND sender_id != ? "
                                           "AND deleted = 0"),
                            {conversationId, seq, userId});
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace confab::server::MessageStore
