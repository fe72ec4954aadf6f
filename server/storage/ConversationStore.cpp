#include "storage/ConversationStore.h"

#include "storage/StorageError.h"
#include "wire/ProtocolNames.h"

#include <QDateTime>
#include <QSqlQuery>

namespace confab::server::ConversationStore {

using model::Conversation;
using model::Member;
using wire::ErrorReason;

namespace {

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QList<MemberRecord> membersOf(const QSqlDatabase &db, qint64 conversationId)
{
    SqlRows query = execSql(db,
                            QStringLiteral("SELECT m.user_id, u.username, u.display_name, m.role, "
                                           "m.joined_at, m.last_read_seq, m.pinned, m.muted "
                                           "FROM members m JOIN users u ON u.id = m.user_id "
                                           "WHERE m.conversation_id = ? ORDER BY m.joined_at, "
                                           "m.user_id"),
                            {conversationId});
    QList<MemberRecord> members;
    while (query.next()) {
        MemberRecord record;
        record.member.userId = query.value(0).toLongLong();
        record.member.username = query.value(1).toString();
        record.member.displayName = query.value(2).toString();
        record.member.role =
            Member::roleFromName(query.value(3).toString()).value_or(Member::Role::Member);
        record.member.joinedAt = fromMs(query.value(4).toLongLong());
        record.lastReadSeq = query.value(5).toLongLong();
        record.pinned = query.value(6).toBool();
        record.muted = query.value(7).toBool();
        members.append(record);
    }
    return members;
}

QList<ConversationRecord> selectConversations(const QSqlDatabase &db, const QString &where,
                                              const QVariantList &binds)
{
    SqlRows query = execSql(db,
                            QStringLiteral("SELECT id, kind, title, topic, created_at, "
                                           "created_by, archived, last_seq FROM conversations %1")
                                .arg(where),
                            binds);
    QList<ConversationRecord> records;
    while (query.next()) {
        ConversationRecord record;
        Conversation &c = record.conversation;
        c.id = query.value(0).toLongLong();
        c.kind = Conversation::kindFromName(query.value(1).toString())
                     .value_or(Conversation::Kind::Group);
        if (!query.value(2).isNull())
            c.title = query.value(2).toString();
        if (!query.value(3).isNull())
            c.topic = query.value(3).toString();
        c.createdAt = fromMs(query.value(4).toLongLong());
        c.createdBy = query.value(5).toLongLong();
        c.archived = query.value(6).toBool();
        c.lastSeq = query.value(7).toLongLong();
        records.append(record);
    }
    for (ConversationRecord &record : records) {
        record.members = membersOf(db, record.conversation.id);
        record.conversation.memberCount = int(record.members.size());
    }
    return records;
}

bool userExists(const QSqlDatabase &db, qint64 userId)
{
    return execSql(db, QStringLiteral("SELECT 1 FROM users WHERE id = ?"), {userId}).next();
}

void insertMember(const QSqlDatabase &db, qint64 conversationId, qint64 userId, Member::Role role,
                  qint64 now)
{
    execSql(db,
            QStringLiteral("INSERT INTO members (conversation_id, user_id, role, joined_at) "
                           "VALUES (?, ?, ?, ?)"),
            {conversationId, userId, Member::roleName(role), now});
}

qint64 countOf(const QSqlDatabase &db, const QString &sql, qint64 id)
{
    SqlRows query = execSql(db, sql, {id});
    return query.next() ? query.value(0).toLongLong() : 0;
}

QString tooManyMembers(int maxMembers)
{
    return QStringLiteral("a conversation has at most %1 members").arg(maxMembers);
}

} // namespace

Outcome<Created> create(const QSqlDatabase &db, Conversation::Kind kind,
                        const std::optional<QString> &title, qint64 creatorId,
                        const QList<qint64> &memberIds, const Quotas &quotas)
{
    QList<qint64> others;
    for (qint64 id : memberIds) {
        if (id != creatorId && !others.contains(id))
            others.append(id);
    }
    for (qint64 id : others) {
        if (!userExists(db, id))
            return Outcome<Created>::failure(ErrorReason::NotFound,
                                             QStringLiteral("member_ids: no user %1").arg(id));
    }
    QVariant directKey;
    if (kind == Conversation::Kind::Direct) {
        if (others.size() != 1)
            return Outcome<Created>::failure(
                ErrorReason::Invalid,
                QStringLiteral("member_ids: a direct conversation has exactly one other member"));
        const qint64 low = std::min(creatorId, others.first());
        const qint64 high = std::max(creatorId, others.first());
        directKey = QStringLiteral("%1:%2").arg(low).arg(high);
        SqlRows existing = execSql(
            db, QStringLiteral("SELECT id FROM conversations WHERE direct_key = ?"), {directKey});
        if (existing.next())
            return Outcome<Created>::success(
                Created{*load(db, existing.value(0).toLongLong()), true});
    }
    if (others.size() + 1 > quotas.membersPerConversation)
        return Outcome<Created>::failure(ErrorReason::Forbidden,
                                         tooManyMembers(quotas.membersPerConversation));
    const qint64 created = countOf(
        db, QStringLiteral("SELECT count(*) FROM conversations WHERE created_by = ?"), creatorId);
    if (created >= quotas.conversationsPerUser)
        return Outcome<Created>::failure(
            ErrorReason::Forbidden,
            QStringLiteral("you have created %1 conversations, the most this server allows")
                .arg(created));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    SqlRows insert = execSql(db,
                             QStringLiteral("INSERT INTO conversations (kind, title, created_at, "
                                            "created_by, direct_key) VALUES (?, ?, ?, ?, ?) "
                                            "RETURNING id"),
                             {Conversation::kindName(kind), title ? QVariant(*title) : QVariant(),
                              now, creatorId, directKey});
    if (!insert.next())
        throw StorageError(QStringLiteral("conversation insert returned no id"));
    const qint64 id = insert.value(0).toLongLong();
    insertMember(db, id, creatorId,
                 kind == Conversation::Kind::Group ? Member::Role::Owner : Member::Role::Member,
                 now);
    for (qint64 other : others)
        insertMember(db, id, other, Member::Role::Member, now);
    return Outcome<Created>::success(Created{*load(db, id), false});
}

QList<ConversationRecord> loadAll(const QSqlDatabase &db)
{
    return selectConversations(db, QStringLiteral("ORDER BY id"), {});
}

std::optional<ConversationRecord> load(const QSqlDatabase &db, qint64 conversationId)
{
    const auto found = selectConversations(db, QStringLiteral("WHERE id = ?"), {conversationId});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

namespace {
// Stores one text setting of a change: absent leaves it, null clears it.
void updateText(const QSqlDatabase &db, qint64 conversationId, const char *column,
                const protocol::PatchValue<QString> &value)
{
    if (!value)
        return;
    execSql(db,
            QStringLiteral("UPDATE conversations SET %1 = ? WHERE id = ?")
                .arg(QLatin1StringView(column)),
            {*value ? QVariant(**value) : QVariant(), conversationId});
}
} // namespace

LoggedEvent update(const QSqlDatabase &db, qint64 conversationId,
                   const ConversationChanges &changes)
{
    updateText(db, conversationId, "title", changes.title);
    updateText(db, conversationId, "topic", changes.topic);
    if (changes.archived) {
        execSql(db, QStringLiteral("UPDATE conversations SET archived = ? WHERE id = ?"),
                {*changes.archived, conversationId});
    }
    return EventLog::record(db, conversationId,
                            protocol::chat::ConversationUpdated{conversationId, 0, changes});
}

Outcome<QList<std::pair<MemberRecord, LoggedEvent>>> addMembers(const QSqlDatabase &db,
                                                                qint64 conversationId,
                                                                const QList<qint64> &userIds,
                                                                int maxMembers)
{
    using Result = Outcome<QList<std::pair<MemberRecord, LoggedEvent>>>;
    for (qint64 id : userIds) {
        if (!userExists(db, id))
            return Result::failure(ErrorReason::NotFound,
                                   QStringLiteral("user_ids: no user %1").arg(id));
    }
    QList<qint64> newcomers;
    for (qint64 id : userIds) {
        if (!newcomers.contains(id) &&
            !execSql(
                 db,
                 QStringLiteral("SELECT 1 FROM members WHERE conversation_id = ? AND user_id = ?"),
                 {conversationId, id})
                 .next())
            newcomers.append(id);
    }
    // Checked before any row is written: a refusal must leave the conversation as it was.
    const qint64 current =
        countOf(db, QStringLiteral("SELECT count(*) FROM members WHERE conversation_id = ?"),
                conversationId);
    if (current + newcomers.size() > maxMembers)
        return Result::failure(ErrorReason::Forbidden, tooManyMembers(maxMembers));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<std::pair<MemberRecord, LoggedEvent>> added;
    for (qint64 id : std::as_const(newcomers)) {
        insertMember(db, conversationId, id, Member::Role::Member, now);
        const QList<MemberRecord> members = membersOf(db, conversationId);
        const auto it = std::find_if(members.cbegin(), members.cend(),
                                     [id](const MemberRecord &m) { return m.member.userId == id; });
        const LoggedEvent event = EventLog::record(
            db, conversationId, protocol::chat::MemberJoined{conversationId, 0, it->member});
        added.append({*it, event});
    }
    return Result::success(added);
}

Outcome<Removed> removeMember(const QSqlDatabase &db, qint64 conversationId, qint64 userId)
{
    SqlRows role = execSql(db,
                           QStringLiteral("DELETE FROM members WHERE conversation_id = ? AND "
                                          "user_id = ? RETURNING role"),
                           {conversationId, userId});
    if (!role.next())
        return Outcome<Removed>::failure(ErrorReason::NotFound,
                                         QStringLiteral("user_id: not a member"));
    const bool wasOwner = role.value(0).toString() == QStringLiteral("owner");
    role.finish();
    Removed removed;
    removed.left =
        EventLog::record(db, conversationId, protocol::chat::MemberLeft{conversationId, 0, userId});
    if (wasOwner) {
        // The longest-standing member inherits the conversation, so it is never ownerless.
        SqlRows heir = execSql(db,
                               QStringLiteral("SELECT user_id FROM members WHERE "
                                              "conversation_id = ? ORDER BY joined_at, user_id "
                                              "LIMIT 1"),
                               {conversationId});
        if (heir.next()) {
            const qint64 heirId = heir.value(0).toLongLong();
            heir.finish();
            execSql(db,
                    QStringLiteral("UPDATE members SET role = 'owner' WHERE conversation_id = ? "
                                   "AND user_id = ?"),
                    {conversationId, heirId});
            removed.newOwnerId = heirId;
            ConversationChanges changes;
            changes.ownerId = heirId;
            removed.ownerChanged =
                EventLog::record(db, conversationId,
                                 protocol::chat::ConversationUpdated{conversationId, 0, changes});
        }
    }
    return Outcome<Removed>::success(removed);
}

qint64 advanceReadSeq(const QSqlDatabase &db, qint64 conversationId, qint64 userId, qint64 seq)
{
    SqlRows stored = execSql(db,
                             QStringLiteral("UPDATE members SET last_read_seq = "
                                            "max(last_read_seq, ?) WHERE conversation_id = ? AND "
                                            "user_id = ? RETURNING last_read_seq"),
                             {seq, conversationId, userId});
    return stored.next() ? stored.value(0).toLongLong() : seq;
}

void setFlag(const QSqlDatabase &db, qint64 conversationId, qint64 userId, Flag flag, bool value)
{
    const QLatin1StringView column(flag == Flag::Pinned ? "pinned" : "muted");
    execSql(db,
            QStringLiteral("UPDATE members SET %1 = ? WHERE conversation_id = ? AND user_id = ?")
                .arg(column),
            {value, conversationId, userId});
}

QList<model::User> searchUsers(const QSqlDatabase &db, const QString &query, int limit,
                               qint64 excludeUserId)
{
    QString pattern = query.toLower();
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
    SqlRows rows = execSql(db,
                           QStringLiteral("SELECT id, username, display_name FROM users WHERE "
                                          "disabled = 0 AND id != ? AND (username LIKE ? ESCAPE "
                                          "'\\' OR lower(display_name) LIKE ? ESCAPE '\\') "
                                          "ORDER BY username LIMIT ?"),
                           {excludeUserId, pattern, pattern, limit});
    QList<model::User> users;
    while (rows.next())
        users.append(model::User{rows.value(0).toLongLong(), rows.value(1).toString(),
                                 rows.value(2).toString()});
    return users;
}

QList<qint64> membersNamed(const QSqlDatabase &db, qint64 conversationId,
                           const QStringList &usernames)
{
    QList<qint64> ids;
    for (const QString &name : usernames) {
        SqlRows query = execSql(db,
                                QStringLiteral("SELECT u.id FROM users u JOIN members m ON "
                                               "m.user_id = u.id WHERE m.conversation_id = ? "
                                               "AND u.username = ?"),
                                {conversationId, name});
        if (query.next() && !ids.contains(query.value(0).toLongLong()))
            ids.append(query.value(0).toLongLong());
    }
    return ids;
}

} // namespace confab::server::ConversationStore
