#pragma once

#include "client/ClientTypes.h"
#include "model/Notification.h"
#include "model/PresenceMeta.h"
#include "protocol/ChatTopic.h"
#include "protocol/NotificationsTopic.h"
#include "protocol/UserTopic.h"

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <variant>

// The client's event model: every server frame, join reply, push reply and cache load that
// changes what the user sees becomes one of these, and one reducer applies them to the state.
// Each event is a plain value so it can be replayed, cached and tested without a socket.
namespace confab::client::events {

// The server's events are the protocol's own types (core/protocol), so their fields are named
// and checked in one place for both ends; the chat events among them carry the conversation
// their chat:<id> topic names in `conversationId`. The structs declared here are client-only:
// join replies as the reducer takes them, pages, merges, the outbox, the connection.

// --- user:<id> ---
// `me` and `conversations`. With `hasMore` true it is only the first page of the list: its
// conversations are upserted and nothing is forgotten until ConversationListCompleted.
using AccountLoaded = protocol::user::JoinReply;
// A further page of the conversation list (list_conversations), upserted.
struct ConversationsPaged
{
    QList<model::Conversation> conversations;
};
// Every page has arrived: a conversation known before that is in none of the pages and did not
// arrive by an event meanwhile (`listed` holds those too) is gone.
struct ConversationListCompleted
{
    QSet<qint64> listed;
};
using ConversationCreated = protocol::user::ConversationCreated;
// A partial update: only the fields present in `changes` apply.
using ConversationChanges = protocol::user::ConversationChanges;
using ConversationUpdated = protocol::user::ConversationUpdated;
// Changes of one field: what the reply to the user's own push stands for, as the server does
// not echo it. `changesOf(&ConversationChanges::pinned, true)`.
template<typename Member, typename Value>
ConversationChanges changesOf(Member ConversationChanges::*field, Value value)
{
    ConversationChanges changes;
    changes.*field = std::move(value);
    return changes;
}
using ConversationRemoved = protocol::user::ConversationRemoved;
using ConversationRead = protocol::user::ConversationRead;
using ConversationActivity = protocol::user::ConversationActivity;
using PresenceState = protocol::user::PresenceState;
using PresenceDiff = protocol::user::PresenceDiff;

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
using MessageReceived = protocol::chat::ReceiveMessage;
using MessageEdited = protocol::chat::MessageEdited;
using MessageDeleted = protocol::chat::MessageDeleted;
using ReactionsChanged = protocol::chat::MessageReactions;
using MessageStarred = protocol::chat::MessageStarred;
using MemberJoined = protocol::chat::MemberJoined;
using MemberLeft = protocol::chat::MemberLeft;
// conversation_updated on chat:<id>, which carries a seq.
using ChatConversationUpdated = protocol::chat::ConversationUpdated;
using ThreadUpdated = protocol::chat::ThreadUpdated;
using MessageRead = protocol::chat::MessageRead;
using Typing = protocol::chat::Typing;
// The client's end of the server's typing rule (a typing state not refreshed for 5 s is over):
// every typing state last refreshed at or before `refreshedUpTo` (ms of the monotonic clock,
// QDeadlineTimer::current()) ends. The server's own typing: false never comes for a
// conversation whose chat topic was left meanwhile; this is what clears it then.
struct TypingExpired
{
    qint64 refreshedUpTo = 0;
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
using NotificationCount = protocol::notifications::NotificationCount;

// --- connection ---
struct Disconnected // typing and presence are unknown until the next join
{
};

using Event =
    std::variant<AccountLoaded, ConversationsPaged, ConversationListCompleted, ConversationCreated,
                 ConversationUpdated, ConversationRemoved, ConversationRead, ConversationActivity,
                 PresenceState, PresenceDiff, ConversationLoaded, ConversationResynced,
                 MessageReceived, MessageEdited, MessageDeleted, ReactionsChanged, MessageStarred,
                 MemberJoined, MemberLeft, ChatConversationUpdated, ThreadUpdated, MessageRead,
                 Typing, TypingExpired, HistoryLoaded, MessagesMerged, OutboxQueued, OutboxFailed,
                 OutboxDiscarded, MessageAcknowledged, NotificationReceived, NotificationCount,
                 Disconnected>;

// Decodes a server event pushed on `topic` (user:, chat:, notifications:) through its protocol
// type; a chat event takes its conversation id from the topic. Empty for events the client does
// not model (message_sent, which the push reply already covers) and for payloads that do not
// have the protocol's shape (logged by the caller, never applied half-way).
std::optional<Event> parseServerEvent(const QString &topic, const QString &event,
                                      const QJsonObject &payload);

// Join replies (protocol::user::JoinReply, protocol::chat::JoinReply).
std::optional<AccountLoaded> parseAccountLoaded(const QJsonObject &response);
std::optional<ConversationLoaded> parseConversationLoaded(const QJsonObject &response);
// A since_seq join reply (protocol::chat::ReplayReply): the resync header plus the replayed
// events in order.
struct Replay
{
    ConversationResynced header;
    QList<Event> events;
};
std::optional<Replay> parseReplay(qint64 conversationId, const QJsonObject &response);

// The id of the conversation a chat:<id> topic names, or 0.
qint64 conversationIdOfTopic(const QString &topic);

} // namespace confab::client::events
