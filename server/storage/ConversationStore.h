#pragma once

#include "model/Conversation.h"
#include "model/Member.h"
#include "model/User.h"
#include "storage/EventLog.h"
#include "storage/Outcome.h"
#include "storage/Quotas.h"

#include <QList>
#include <QSqlDatabase>

namespace confab::server {

// A member row with the reader fields the server keeps for them.
struct MemberRecord
{
    model::Member member;
    qint64 lastReadSeq = 0;
    bool pinned = false;
    bool muted = false;
};

struct ConversationRecord
{
    model::Conversation conversation; // without reader state
    QList<MemberRecord> members;
};

// Conversations, members and their per-reader state. Database thread only.
namespace ConversationStore {

using protocol::user::ConversationChanges;

struct Created
{
    ConversationRecord record;
    bool existed = false; // a direct conversation that was there already
};

// `memberIds` excludes or includes the creator; the creator always becomes the owner. Refused
// (forbidden) past the creator's conversationsPerUser or the membersPerConversation quota.
Outcome<Created> create(const QSqlDatabase &db, model::Conversation::Kind kind,
                        const std::optional<QString> &title, qint64 creatorId,
                        const QList<qint64> &memberIds, const Quotas &quotas);
QList<ConversationRecord> loadAll(const QSqlDatabase &db);
std::optional<ConversationRecord> load(const QSqlDatabase &db, qint64 conversationId);

// Logs conversation_updated {seq, changes}.
LoggedEvent update(const QSqlDatabase &db, qint64 conversationId,
                   const ConversationChanges &changes);
// Adds the users that are not members yet; logs member_joined for each. Unknown ids fail, and
// so (forbidden) does passing `maxMembers` in total.
Outcome<QList<std::pair<MemberRecord, LoggedEvent>>> addMembers(const QSqlDatabase &db,
                                                                qint64 conversationId,
                                                                const QList<qint64> &userIds,
                                                                int maxMembers);
struct Removed
{
    LoggedEvent left;                        // member_left
    std::optional<LoggedEvent> ownerChanged; // conversation_updated {owner_id} when the owner left
    std::optional<qint64> newOwnerId;
};
Outcome<Removed> removeMember(const QSqlDatabase &db, qint64 conversationId, qint64 userId);

// Moves the read position forward (never back); returns where it now is.
qint64 advanceReadSeq(const QSqlDatabase &db, qint64 conversationId, qint64 userId, qint64 seq);
// A member's own setting of a conversation.
enum class Flag { Pinned, Muted };
void setFlag(const QSqlDatabase &db, qint64 conversationId, qint64 userId, Flag flag,
             bool value); // "pinned" or "muted"
QList<model::User> searchUsers(const QSqlDatabase &db, const QString &query, int limit,
                               qint64 excludeUserId);
// Which of these user names belong to members of the conversation.
QList<qint64> membersNamed(const QSqlDatabase &db, qint64 conversationId,
                           const QStringList &usernames);

} // namespace ConversationStore
} // namespace confab::server
