#include "client/LocalCache.h"

#include "client/CacheWorker.h"
#include "client/ClientLogging.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace confab::client {

using model::Message;

namespace {

// ---- values <-> columns ------------------------------------------------------------------------

QString jsonText(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

// The value stored in a json column, or nothing (logged) if it no longer parses: one bad row
// must not hide the rest of the cache.
template<typename T> std::optional<T> fromJsonColumn(const QSqlQuery &row, int column)
{
    const QJsonDocument document = QJsonDocument::fromJson(row.value(column).toString().toUtf8());
    std::optional<T> value = T::fromJson(document.object());
    if (!value)
        qCWarning(lcCache) << "skipping an unreadable cached row";
    return value;
}

QVariant nullableId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> idOrNothing(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QString statusName(OutboxEntry::Status status)
{
    return status == OutboxEntry::Status::Failed ? QStringLiteral("failed")
                                                 : QStringLiteral("pending");
}

OutboxEntry outboxFromRow(const QSqlQuery &row)
{
    OutboxEntry entry;
    entry.mobileRefId = row.value(0).toString();
    entry.conversationId = row.value(1).toLongLong();
    entry.content = row.value(2).toString();
    entry.parentId = idOrNothing(row.value(3));
    if (!row.value(4).isNull())
        entry.createdAt = QDateTime::fromMSecsSinceEpoch(row.value(4).toLongLong(), Qt::UTC);
    entry.status = row.value(5).toString() == u"failed" ? OutboxEntry::Status::Failed
                                                        : OutboxEntry::Status::Pending;
    entry.failureReason = row.value(6).toString();
    entry.position = row.value(7).toLongLong();
    return entry;
}

// ---- queries (cache thread) ------------------------------------------------------------------

QList<Message> selectMessages(CacheConnection &db, const QString &sql, const QVariantList &binds)
{
    QList<Message> messages;
    db.select(sql, binds, [&messages](const QSqlQuery &row) {
        if (std::optional<Message> message = fromJsonColumn<Message>(row, 0))
            messages.append(std::move(*message));
    });
    return messages;
}

QList<Message> selectPage(CacheConnection &db, qint64 conversationId, qint64 beforeSeq, int limit)
{
    if (limit <= 0)
        return {};
    if (beforeSeq <= 0)
        beforeSeq = std::numeric_limits<qint64>::max();
    // Newest first so LIMIT keeps the right end of the range; the page is then turned around.
    QList<Message> page = selectMessages(
        db,
        QStringLiteral("SELECT json FROM messages WHERE conversation_id = ? AND seq < ?"
                       " ORDER BY seq DESC, id DESC LIMIT ?"),
        {conversationId, beforeSeq, limit});
    std::reverse(page.begin(), page.end());
    return page;
}

QList<Message> selectThread(CacheConnection &db, qint64 conversationId, qint64 rootId)
{
    // Two indexed lookups (the root by id, the replies by parent) rather than an OR the
    // planner would answer by scanning the whole conversation.
    return selectMessages(db,
                          QStringLiteral("SELECT json, seq, id FROM messages"
                                         " WHERE id = ? AND conversation_id = ?"
                                         " UNION ALL"
                                         " SELECT json, seq, id FROM messages"
                                         " WHERE parent_id = ? AND conversation_id = ?"
                                         " ORDER BY 2, 3"),
                          {rootId, conversationId, rootId, conversationId});
}

CacheSnapshot selectSnapshot(CacheConnection &db)
{
    CacheSnapshot snapshot;
    db.select(
        QStringLiteral("SELECT json FROM me WHERE id = 1"), {},
        [&snapshot](const QSqlQuery &row) { snapshot.me = fromJsonColumn<model::User>(row, 0); });
    db.select(QStringLiteral("SELECT json FROM conversations ORDER BY id"), {},
              [&snapshot](const QSqlQuery &row) {
                  if (auto conversation = fromJsonColumn<model::Conversation>(row, 0))
                      snapshot.conversations.append(std::move(*conversation));
              });
    db.select(QStringLiteral("SELECT conversation_id, seq FROM synced_seqs"), {},
              [&snapshot](const QSqlQuery &row) {
                  snapshot.syncedSeqs.insert(row.value(0).toLongLong(), row.value(1).toLongLong());
              });
    db.select(QStringLiteral("SELECT mobile_ref_id, conversation_id, content, parent_id,"
                             " created_at, status, failure_reason, position"
                             " FROM outbox ORDER BY position, mobile_ref_id"),
              {},
              [&snapshot](const QSqlQuery &row) { snapshot.outbox.append(outboxFromRow(row)); });
    db.select(QStringLiteral("SELECT conversation_id, json FROM members"
                             " ORDER BY conversation_id, position"),
              {}, [&snapshot](const QSqlQuery &row) {
                  if (auto member = fromJsonColumn<model::Member>(row, 1))
                      snapshot.details[row.value(0).toLongLong()].members.append(
                          std::move(*member));
              });
    db.select(
        QStringLiteral("SELECT conversation_id, user_id, last_read_seq FROM read_states"
                       " ORDER BY conversation_id, user_id"),
        {}, [&snapshot](const QSqlQuery &row) {
            const auto details = snapshot.details.find(row.value(0).toLongLong());
            if (details != snapshot.details.end())
                details->readStates.append({row.value(1).toLongLong(), row.value(2).toLongLong()});
        });
    return snapshot;
}

ConversationDetails selectDetails(CacheConnection &db, qint64 conversationId)
{
    ConversationDetails details;
    db.select(
        QStringLiteral("SELECT json FROM members WHERE conversation_id = ? ORDER BY position"),
        {conversationId}, [&details](const QSqlQuery &row) {
            if (auto member = fromJsonColumn<model::Member>(row, 0))
                details.members.append(std::move(*member));
        });
    db.select(QStringLiteral("SELECT user_id, last_read_seq FROM read_states"
                             " WHERE conversation_id = ? ORDER BY user_id"),
              {conversationId}, [&details](const QSqlQuery &row) {
                  details.readStates.append({row.value(0).toLongLong(), row.value(1).toLongLong()});
              });
    return details;
}

// ---- changes (cache thread, inside the worker's transaction) ---------------------------------

void insertMessages(CacheConnection &db, const QList<Message> &messages)
{
    const QString sql = QStringLiteral("INSERT OR REPLACE INTO messages"
                                       " (id, conversation_id, seq, parent_id, starred, json)"
                                       " VALUES (?, ?, ?, ?, ?, ?)");
    for (const Message &message : messages) {
        db.exec(sql, {message.id, message.conversationId, message.seq, nullableId(message.parentId),
                      message.starred ? 1 : 0, jsonText(message.toJson())});
    }
}

void deleteConversation(CacheConnection &db, qint64 conversationId)
{
    db.exec(QStringLiteral("DELETE FROM conversations WHERE id = ?"), {conversationId});
    db.exec(QStringLiteral("DELETE FROM messages WHERE conversation_id = ?"), {conversationId});
    db.exec(QStringLiteral("DELETE FROM members WHERE conversation_id = ?"), {conversationId});
    db.exec(QStringLiteral("DELETE FROM read_states WHERE conversation_id = ?"), {conversationId});
    db.exec(QStringLiteral("DELETE FROM synced_seqs WHERE conversation_id = ?"), {conversationId});
}

void replaceMembers(CacheConnection &db, qint64 conversationId, const QList<model::Member> &members)
{
    db.exec(QStringLiteral("DELETE FROM members WHERE conversation_id = ?"), {conversationId});
    for (qsizetype i = 0; i < members.size(); ++i) {
        const model::Member &member = members.at(i);
        db.exec(QStringLiteral("INSERT OR REPLACE INTO members"
                               " (conversation_id, position, user_id, json) VALUES (?, ?, ?, ?)"),
                {conversationId, qint64(i), member.userId, jsonText(member.toJson())});
    }
    db.exec(QStringLiteral("DELETE FROM read_states WHERE conversation_id = ? AND user_id NOT IN"
                           " (SELECT user_id FROM members WHERE conversation_id = ?)"),
            {conversationId, conversationId});
}

void upsertOutboxEntry(CacheConnection &db, const OutboxEntry &entry)
{
    const QVariant createdAt = entry.createdAt.isValid()
                                   ? QVariant(entry.createdAt.toMSecsSinceEpoch())
                                   : QVariant(QMetaType::fromType<qint64>());
    db.exec(QStringLiteral("INSERT OR REPLACE INTO outbox (mobile_ref_id, conversation_id,"
                           " content, parent_id, created_at, status, failure_reason, position)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {entry.mobileRefId, entry.conversationId, entry.content, nullableId(entry.parentId),
             // A null QString binds as SQL NULL; no reason is the empty text.
             createdAt, statusName(entry.status),
             entry.failureReason.isNull() ? QStringLiteral("") : entry.failureReason,
             entry.position});
}

} // namespace

// ---- LocalCache ------------------------------------------------------------------------------

LocalCache::LocalCache(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
    , m_worker(std::make_unique<CacheWorker>(
          this, [this](const QString &error) { Q_EMIT failed(error); }))
{
}

LocalCache::~LocalCache()
{
    m_worker->stop();
}

template<typename Result, typename Query>
void LocalCache::read(Query query, std::function<void(const Result &)> done)
{
    auto result = std::make_shared<Result>();
    CacheWorker::Task task;
    task.kind = CacheWorker::Kind::Read;
    task.run = [result, query = std::move(query)](CacheConnection &db) { *result = query(db); };
    task.deliver = [result, done = std::move(done)] {
        if (done)
            done(*result);
    };
    m_worker->post(std::move(task));
}

template<typename Change> void LocalCache::write(Change change)
{
    m_worker->post({CacheWorker::Kind::Write, std::move(change), {}});
}

void LocalCache::open(std::function<void(bool, const QString &)> done)
{
    auto error = std::make_shared<QString>();
    CacheWorker::Task task;
    task.kind = CacheWorker::Kind::Open;
    task.run = [error, path = m_filePath](CacheConnection &db) {
        *error = db.open(path);
        if (!error->isEmpty())
            qCWarning(lcCache).noquote() << *error;
    };
    task.deliver = [error, done = std::move(done)] {
        if (done)
            done(error->isEmpty(), *error);
    };
    m_worker->post(std::move(task));
}

void LocalCache::loadSnapshot(std::function<void(const CacheSnapshot &)> done)
{
    read<CacheSnapshot>(&selectSnapshot, std::move(done));
}

void LocalCache::loadMessages(qint64 conversationId, qint64 beforeSeq, int limit,
                              std::function<void(const QList<Message> &)> done)
{
    read<QList<Message>>(
        [=](CacheConnection &db) { return selectPage(db, conversationId, beforeSeq, limit); },
        std::move(done));
}

void LocalCache::loadThread(qint64 conversationId, qint64 rootId,
                            std::function<void(const QList<Message> &)> done)
{
    read<QList<Message>>(
        [=](CacheConnection &db) { return selectThread(db, conversationId, rootId); },
        std::move(done));
}

void LocalCache::loadStarred(qint64 conversationId,
                             std::function<void(const QList<Message> &)> done)
{
    read<QList<Message>>(
        [=](CacheConnection &db) {
            return selectMessages(db,
                                  QStringLiteral("SELECT json FROM messages"
                                                 " WHERE conversation_id = ? AND starred = 1"
                                                 " ORDER BY seq, id"),
                                  {conversationId});
        },
        std::move(done));
}

void LocalCache::loadDetails(qint64 conversationId,
                             std::function<void(const ConversationDetails &)> done)
{
    read<ConversationDetails>(
        [=](CacheConnection &db) { return selectDetails(db, conversationId); }, std::move(done));
}

// Writes capture their values and serialise them on the cache thread: JSON for a page of
// messages is real work the caller's thread should not do.
void LocalCache::saveMe(const model::User &me)
{
    write([me](CacheConnection &db) {
        db.exec(QStringLiteral("INSERT OR REPLACE INTO me (id, json) VALUES (1, ?)"),
                {jsonText(me.toJson())});
    });
}

void LocalCache::saveConversations(const QList<model::Conversation> &conversations)
{
    write([conversations](CacheConnection &db) {
        for (const model::Conversation &conversation : conversations) {
            db.exec(QStringLiteral("INSERT OR REPLACE INTO conversations (id, json) VALUES (?, ?)"),
                    {conversation.id, jsonText(conversation.toJson())});
        }
    });
}

void LocalCache::removeConversation(qint64 conversationId)
{
    write([conversationId](CacheConnection &db) { deleteConversation(db, conversationId); });
}

void LocalCache::saveMessages(const QList<Message> &messages)
{
    write([messages](CacheConnection &db) { insertMessages(db, messages); });
}

void LocalCache::replaceMessages(qint64 conversationId, const QList<Message> &messages)
{
    write([conversationId, messages](CacheConnection &db) {
        db.exec(QStringLiteral("DELETE FROM messages WHERE conversation_id = ?"), {conversationId});
        insertMessages(db, messages);
    });
}

void LocalCache::setSyncedSeq(qint64 conversationId, qint64 seq)
{
    write([conversationId, seq](CacheConnection &db) {
        db.exec(QStringLiteral("INSERT OR REPLACE INTO synced_seqs (conversation_id, seq)"
                               " VALUES (?, ?)"),
                {conversationId, seq});
    });
}

void LocalCache::saveMembers(qint64 conversationId, const QList<model::Member> &members)
{
    write([conversationId, members](CacheConnection &db) {
        replaceMembers(db, conversationId, members);
    });
}

void LocalCache::saveReadStates(qint64 conversationId, const QList<ReadState> &readStates)
{
    write([conversationId, readStates](CacheConnection &db) {
        for (const ReadState &state : readStates) {
            db.exec(QStringLiteral("INSERT OR REPLACE INTO read_states"
                                   " (conversation_id, user_id, last_read_seq) VALUES (?, ?, ?)"),
                    {conversationId, state.userId, state.lastReadSeq});
        }
    });
}

void LocalCache::putOutboxEntry(const OutboxEntry &entry)
{
    write([entry](CacheConnection &db) { upsertOutboxEntry(db, entry); });
}

void LocalCache::removeOutboxEntry(const QString &mobileRefId)
{
    write([mobileRefId](CacheConnection &db) {
        db.exec(QStringLiteral("DELETE FROM outbox WHERE mobile_ref_id = ?"), {mobileRefId});
    });
}

void LocalCache::flush(std::function<void()> done)
{
    // A read with nothing to read: its result is delivered after every earlier call commits.
    CacheWorker::Task task;
    task.kind = CacheWorker::Kind::Read;
    task.deliver = std::move(done);
    m_worker->post(std::move(task));
}

QString LocalCache::filePath() const
{
    return m_filePath;
}

QThread *LocalCache::workerThread() const
{
    return m_worker->thread();
}

} // namespace confab::client
