#pragma once

#include "client/ClientTypes.h"
#include "model/Notification.h"
#include "model/PresenceMeta.h"

#include <QJsonObject>
#include <QString>
#include <variant>

// The client's event model: every server frame, join reply, push reply and cache load that
// changes what the user sees becomes one of these, and one reducer applies them to the state.
// Each event is a plain value so it can be replayed, cached and tested without a socket.
namespace confab::client::events {

// --- user:<id> ---
struct AccountLoaded // join reply of user:<id>
{
    model::User me;
    QList<model::Conversation> conversations;
};
struct ConversationCreated
{
    model::Conversation conversation;
};
// A partial update: only the keys present in `changes` apply (title, topic, archived,
// member_count, owner_id, pinned, muted).
struct ConversationUpdated
{
    qint64 conversationId = 0;
    QJsonObject changes;
};
struct ConversationRemoved
{
    qint64 conversationId = 0;
    QString reason; // "left" or "removed"
};
struct ConversationRead
{
    qint64 conversationId = 0;
    qint64 lastReadSeq = 0;
    qint64 unreadCount = 0;
};
struct ConversationActivity
{
    qint64 conversationId = 0;
    model::Message message;
    qint64 unreadCount = 0;
};
struct PresenceState
{
    model::PresenceMap presence;
};
struct PresenceDiff
{
    model::PresenceMap joins;
    model::PresenceMap leaves;
};

// --- chat:<id> ---
struct ConversationLoaded // join reply without since_seq: the latest page
{
    model::Conversation conversation;
    QList<model::Member> members;
    QList<ReadState> readStates;
    QList<model::Message> messages;
    bool hasMore = false;
};
struct ConversationResynced // join reply with since_seq, before its replayed events
{
    model::Conversation conversation;
    QList<model::Member> members;
    QList<ReadState> readStates;
    bool gap = false;
};
struct MessageReceived
{
    qint64 seq = 0;
    model::Message message;
};
struct MessageEdited
{
    qint64 seq = 0;
    model::Message message;
};
struct MessageDeleted
{
    qint64 conversationId = 0;
    qint64 seq = 0;
    qint64 messageId = 0;
};
struct ReactionsChanged
{
    qint64 conversationId = 0;
    qint64 seq = 0;
    qint64 messageId = 0;
    QList<model::Reaction> reactions;
};
struct MessageStarred
{
    qint64 conversationId = 0;
    qint64 seq = 0;
    qint64 messageId = 0;
    bool starred = false;
    qint64 by = 0;
};
struct MemberJoined
{
    qint64 conversationId = 0;
    qint64 seq = 0;
    model::Member member;
};
struct MemberLeft
{
    qint64 conversationId = 0;
    qint64 seq = 0;
    qint64 userId = 0;
};
struct ChatConversationUpdated // conversation_updated on chat:<id>, which carries a seq
{
    qint64 conversationId = 0;
    qint64 seq = 0;
    QJsonObject changes;
};
struct ThreadUpdated
{
    qint64 conversationId = 0;
    qint64 messageId = 0;
    int replyCount = 0;
};
struct MessageRead
{
    qint64 conversationId = 0;
    qint64 userId = 0;
    qint64 seq = 0;
};
struct Typing
{
    qint64 conversationId = 0;
    qint64 userId = 0;
    QString displayName;
    bool typing = false;
};
// Older messages from load_history or the cache, a page without holes that ends right before
// the loaded part of the timeline; `hasMore` is false once the start is reached. A page from
// the cache only fills in: it never overwrites a message the state already has, because that
// copy may be newer than the one the cache read returned.
struct HistoryLoaded
{
    qint64 conversationId = 0;
    QList<model::Message> messages;
    bool hasMore = true;
    bool fromCache = false;
};
// Messages that arrived by other paths (thread, starred list): merged, never removing, and
// not taken as a page, so they do not move where paging continues.
struct MessagesMerged
{
    qint64 conversationId = 0;
    QList<model::Message> messages;
    bool fromCache = false;
};

// --- outbox ---
struct OutboxQueued // also used when a failed entry is retried (status back to Pending)
{
    OutboxEntry entry;
};
struct OutboxFailed
{
    QString mobileRefId;
    QString reason;
};
struct OutboxDiscarded
{
    QString mobileRefId;
};
// The server stored our message: the outbox entry with its mobile_ref_id becomes the message.
struct MessageAcknowledged
{
    model::Message message;
};

// --- notifications:<id> ---
struct NotificationReceived
{
    model::Notification notification;
    bool pending = false; // stored while offline, delivered on join
};
struct NotificationCount
{
    qint64 count = 0;
};

// --- connection ---
struct Disconnected // typing and presence are unknown until the next join
{
};

using Event =
    std::variant<AccountLoaded, ConversationCreated, ConversationUpdated, ConversationRemoved,
                 ConversationRead, ConversationActivity, PresenceState, PresenceDiff,
                 ConversationLoaded, ConversationResynced, MessageReceived, MessageEdited,
                 MessageDeleted, ReactionsChanged, MessageStarred, MemberJoined, MemberLeft,
                 ChatConversationUpdated, ThreadUpdated, MessageRead, Typing, HistoryLoaded,
                 MessagesMerged, OutboxQueued, OutboxFailed, OutboxDiscarded, MessageAcknowledged,
                 NotificationReceived, NotificationCount, Disconnected>;

// Parses a server event pushed on `topic` (user:, chat:, notifications:). Empty for events the
// client does not model (message_sent, which the push reply already covers) and for payloads
// that do not have the protocol's shape (logged by the caller, never applied half-way).
std::optional<Event> parseServerEvent(const QString &topic, const QString &event,
                                      const QJsonObject &payload);

// Join replies.
std::optional<AccountLoaded> parseAccountLoaded(const QJsonObject &response);
std::optional<ConversationLoaded> parseConversationLoaded(const QJsonObject &response);
// A since_seq join reply: the resync header plus the replayed events in order.
struct Replay
{
    ConversationResynced header;
    QList<Event> events;
};
std::optional<Replay> parseReplay(qint64 conversationId, const QJsonObject &response);

// The valid messages of a JSON list (history, thread and starred replies); others are skipped.
QList<model::Message> parseMessages(const QJsonValue &list);

// The id of the conversation a chat:<id> topic names, or 0.
qint64 conversationIdOfTopic(const QString &topic);

} // namespace confab::client::events
