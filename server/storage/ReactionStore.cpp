#include "storage/ReactionStore.h"

#include "storage/MessageStore.h"
#include "storage/StorageError.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <algorithm>
#include <tuple>

namespace confab::server::ReactionStore {

using wire::ErrorReason;

namespace {

// What one logged delta says.
struct Delta
{
    qint64 messageId = 0;
    QString emoji;
    qint64 userId = 0;
    bool added = false;
    qint64 createdAt = 0; // of the reaction added or removed: where it stands in the list

    QJsonObject toJson() const
    {
        return {{QStringLiteral("message_id"), messageId},
                {QStringLiteral("emoji"), emoji},
                {QStringLiteral("user_id"), userId},
                {QStringLiteral("added"), added},
                {QStringLiteral("created_at"), createdAt}};
    }
    static Delta fromJson(const QJsonObject &json)
    {
        return {json.value(QLatin1StringView("message_id")).toInteger(),
                json.value(QLatin1StringView("emoji")).toString(),
                json.value(QLatin1StringView("user_id")).toInteger(),
                json.value(QLatin1StringView("added")).toBool(),
                json.value(QLatin1StringView("created_at")).toInteger()};
    }
};

// One reaction row; a message's list is its rows in this order, grouped by emoji.
struct Row
{
    QString emoji;
    qint64 userId = 0;
    qint64 createdAt = 0;

    bool operator<(const Row &other) const
    {
        return std::tie(createdAt, userId, emoji) <
               std::tie(other.createdAt, other.userId, other.emoji);
    }
};

QList<Row> rowsOf(const QSqlDatabase &db, qint64 messageId)
{
    SqlRows query = execSql(db,
                            QStringLiteral("SELECT emoji, user_id, created_at FROM reactions "
                                           "WHERE message_id = ? ORDER BY created_at, user_id, "
                                           "emoji"),
                            {messageId});
    QList<Row> rows;
    while (query.next())
        rows.append(
            {query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong()});
    return rows;
}

QList<model::Reaction> grouped(const QList<Row> &rows)
{
    QList<model::Reaction> reactions;
    for (const Row &row : rows) {
        auto it = std::find_if(reactions.begin(), reactions.end(),
                               [&](const model::Reaction &r) { return r.emoji == row.emoji; });
        if (it == reactions.end()) {
            reactions.append(model::Reaction{row.emoji, {}});
            it = reactions.end() - 1;
        }
        it->userIds.append(row.userId);
    }
    return reactions;
}

qint64 countRows(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    SqlRows query = execSql(db, sql, binds);
    return query.next() ? query.value(0).toLongLong() : 0;
}

// Why adding `emoji` would pass a quota, or empty.
QString quotaRefusal(const QSqlDatabase &db, qint64 messageId, qint64 userId, const QString &emoji,
                     const Quotas &quotas)
{
    const qint64 mine = countRows(
        db, QStringLiteral("SELECT count(*) FROM reactions WHERE message_id = ? AND user_id = ?"),
        {messageId, userId});
    if (mine >= quotas.reactionsPerUserPerMessage)
        return QStringLiteral("you have %1 reactions on this message, the most allowed").arg(mine);
    const bool known = execSql(db,
                               QStringLiteral("SELECT 1 FROM reactions WHERE message_id = ? AND "
                                              "emoji = ? LIMIT 1"),
                               {messageId, emoji})
                           .next();
    if (known)
        return {};
    const qint64 distinct = countRows(
        db, QStringLiteral("SELECT count(DISTINCT emoji) FROM reactions WHERE message_id = ?"),
        {messageId});
    if (distinct >= quotas.reactionsPerMessage)
        return QStringLiteral("this message has %1 different reactions, the most allowed")
            .arg(distinct);
    return {};
}

// `rows` as they were before `delta`: its row taken out again, or put back in its place.
void undo(QList<Row> &rows, const Delta &delta)
{
    rows.removeIf(
        [&](const Row &row) { return row.emoji == delta.emoji && row.userId == delta.userId; });
    if (!delta.added) {
        const Row row{delta.emoji, delta.userId, delta.createdAt};
        rows.insert(std::upper_bound(rows.begin(), rows.end(), row) - rows.begin(), row);
    }
}

qsizetype encodedSize(const QJsonObject &payload)
{
    return QJsonDocument(payload).toJson(QJsonDocument::Compact).size();
}

} // namespace

QList<model::Reaction> of(const QSqlDatabase &db, qint64 messageId)
{
    return grouped(rowsOf(db, messageId));
}

Outcome<std::optional<LoggedEvent>> react(const QSqlDatabase &db, qint64 conversationId,
                                          qint64 messageId, qint64 userId, const QString &emoji,
                                          bool add, const Quotas &quotas)
{
    using Result = Outcome<std::optional<LoggedEvent>>;
    const auto message = MessageStore::find(db, messageId);
    if (!message || message->conversationId != conversationId)
        return Result::failure(ErrorReason::NotFound,
                               QStringLiteral("message_id: no such message"));
    if (message->deleted)
        return Result::failure(ErrorReason::NotFound,
                               QStringLiteral("message_id: message was deleted"));
    if (add) {
        if (const QString refusal = quotaRefusal(db, messageId, userId, emoji, quotas);
            !refusal.isEmpty())
            return Result::failure(ErrorReason::Forbidden, refusal);
    }
    SqlRows change = add ? execSql(db,
                                   QStringLiteral("INSERT INTO reactions (message_id, emoji, "
                                                  "user_id, created_at) VALUES (?, ?, ?, ?) "
                                                  "ON CONFLICT DO NOTHING RETURNING created_at"),
                                   {messageId, emoji, userId, QDateTime::currentMSecsSinceEpoch()})
                         : execSql(db,
                                   QStringLiteral("DELETE FROM reactions WHERE message_id = ? "
                                                  "AND emoji = ? AND user_id = ? "
                                                  "RETURNING created_at"),
                                   {messageId, emoji, userId});
    if (!change.next())
        return Result::success(std::nullopt); // nothing changed
    const Delta delta{messageId, emoji, userId, add, change.value(0).toLongLong()};
    change.finish();
    const qint64 seq = EventLog::nextSeq(db, conversationId);
    EventLog::appendLogged(db, conversationId,
                           LoggedEvent{seq, QString(DeltaEvent), delta.toJson()});
    const protocol::chat::MessageReactions broadcast{conversationId, seq, messageId,
                                                     of(db, messageId)};
    return Result::success(
        LoggedEvent{seq, QString(protocol::chat::MessageReactions::Event), broadcast.toJson()});
}

void expandReplay(const QSqlDatabase &db, QList<LoggedEvent> &events, qsizetype maxBytes,
                  bool *more)
{
    // Backwards from the reactions as they are now: each delta's list is the state after it,
    // and undoing it gives the state the delta before it left. A message deleted since has no
    // rows left (deleting clears them without deltas), so its lists replay from empty; the
    // message_deleted later in the same replay settles it.
    QHash<qint64, QList<Row>> state;
    for (qsizetype i = events.size() - 1; i >= 0; --i) {
        LoggedEvent &event = events[i];
        if (event.event != DeltaEvent)
            continue;
        const Delta delta = Delta::fromJson(event.payload);
        auto it = state.find(delta.messageId);
        if (it == state.end())
            it = state.insert(delta.messageId, rowsOf(db, delta.messageId));
        const protocol::chat::MessageReactions expanded{0, event.seq, delta.messageId,
                                                        grouped(*it)};
        event.event = QString(protocol::chat::MessageReactions::Event);
        event.payload = expanded.toJson();
        undo(*it, delta);
    }
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < events.size(); ++i) {
        bytes += encodedSize(events.at(i).payload);
        if (bytes > maxBytes && i > 0) {
            events.resize(i);
            *more = true;
            return;
        }
    }
}

} // namespace confab::server::ReactionStore
