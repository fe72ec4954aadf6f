#pragma once

#include "model/Conversation.h"
#include "model/Member.h"
#include "storage/ConversationStore.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <optional>

namespace confab::server {

struct MemberState
{
    model::Member member;
    qint64 lastReadSeq = 0;
    bool pinned = false;
    bool muted = false;
    qint64 unread = 0;
};

struct ConversationState
{
    model::Conversation conversation; // without reader state
    QHash<qint64, MemberState> members;
    std::optional<model::Message> lastMessage;

    bool isOwner(qint64 userId) const;
};

// What the network thread must know without asking the database: who is in which
// conversation, with which role and flags, the last message and each member's unread count.
// It is loaded once at start and then kept in step after each committed change; the database
// stays the truth (and is what the change was checked against).
class ChatDirectory
{
public:
    struct Snapshot
    {
        QList<ConversationRecord> conversations;
        QHash<qint64, model::Message> lastMessages;
        QHash<qint64, QHash<qint64, qint64>> unread; // conversation -> user -> count
    };
    static Snapshot loadSnapshot(const QSqlDatabase &db);
    void reset(const Snapshot &snapshot);

    const ConversationState *find(qint64 conversationId) const;
    bool isMember(qint64 conversationId, qint64 userId) const;
    QList<qint64> conversationsOf(qint64 userId) const;
    // Everyone who shares a conversation with the user, and the user themself.
    QList<qint64> audienceOf(qint64 userId) const;
    // The conversation as `readerId` sees it (§3 reader fields included), its last message as a
    // preview (content cut to protocol::user::PreviewLength characters).
    model::Conversation viewFor(qint64 conversationId, qint64 readerId) const;

    void put(const ConversationRecord &record);
    void addMember(qint64 conversationId, const MemberRecord &member);
    void removeMember(qint64 conversationId, qint64 userId);
    void setOwner(qint64 conversationId, qint64 userId);
    void applyChanges(qint64 conversationId, const protocol::user::ConversationChanges &changes);
    void noteSeq(qint64 conversationId, qint64 seq);
    // A new message: last message, seq, and one more unread for everyone but the sender.
    void noteNewMessage(const model::Message &message);
    // The last message changed (edited, deleted, reacted): keep the preview in step.
    void noteChangedMessage(const model::Message &message);
    void setRead(qint64 conversationId, qint64 userId, qint64 seq, qint64 unread);
    void setFlag(qint64 conversationId, qint64 userId, bool pinned, bool value);

private:
    QHash<qint64, ConversationState> m_conversations;
    QHash<qint64, QSet<qint64>> m_byUser;
};

} // namespace confab::server
