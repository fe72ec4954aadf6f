#pragma once

// `chat:<conversation_id>`: one conversation (PROTOCOL.md §6, docs/protocol.md).
//
// The conversation a chat event belongs to is named by its topic, not its payload. The events
// keep it in `conversationId` (filled in by whoever reads the topic) and leave it off the wire.

#include "protocol/Schema.h"
#include "protocol/UserTopic.h"
#include "wire/ProtocolNames.h"

namespace confab::protocol::chat {

inline constexpr int JoinMessages = 50;    // the latest page a join returns
inline constexpr int MaxReplay = 500;      // logged events one since_seq join replays
inline constexpr int MaxHistoryPage = 100; // load_history's largest limit
inline constexpr qsizetype MaxMembersPerCall = 256;
inline constexpr qsizetype MaxEmojiLength = 32;

// --- join ---

struct JoinParams
{
    std::optional<qint64> sinceSeq;

    static auto fields()
    {
        return std::tuple{optional("since_seq", &JoinParams::sinceSeq, Int<>{0})};
    }
    CONFAB_PROTOCOL_TYPE(JoinParams)
};

// How far one member has read ("seen by" receipts).
struct ReadState
{
    qint64 userId = 0;
    qint64 lastReadSeq = 0;

    static auto fields()
    {
        return std::tuple{
            required("user_id", &ReadState::userId, Id{}),
            required("last_read_seq", &ReadState::lastReadSeq, Int<>{0}),
        };
    }
    CONFAB_PROTOCOL_TYPE(ReadState)
};

// One entry of the conversation's event log, as a since_seq join replays it. The payload is
// that event's own (decoded by its name, see ChatTopic's events below).
struct LoggedEvent
{
    qint64 seq = 0;
    QString event;
    QJsonObject payload;

    static auto fields()
    {
        return std::tuple{
            required("seq", &LoggedEvent::seq, Int<>{1}),
            required("event", &LoggedEvent::event, Text{1, 64}),
            required("payload", &LoggedEvent::payload, AnyObject{}),
        };
    }
    CONFAB_PROTOCOL_TYPE(LoggedEvent)
};

// The join reply without since_seq: the latest page.
struct JoinReply
{
    model::Conversation conversation;
    QList<model::Member> members;
    QList<ReadState> readStates;
    QList<model::Message> messages;
    bool hasMore = false;
    QList<qint64> onlineUserIds;

    static auto fields()
    {
        return std::tuple{
            required("conversation", &JoinReply::conversation, ConversationObject),
            required("members", &JoinReply::members, List{MemberObject}),
            required("online_user_ids", &JoinReply::onlineUserIds, IdList{}),
            required("read_states", &JoinReply::readStates, List{Nested<ReadState>{"ReadState"}}),
            required("messages", &JoinReply::messages, List{MessageObject}),
            required("has_more", &JoinReply::hasMore, Bool{}),
        };
    }
    CONFAB_PROTOCOL_TYPE(JoinReply)
};

// The join reply with since_seq: every logged change after it (`gap` when more were missed).
struct ReplayReply
{
    model::Conversation conversation;
    QList<model::Member> members;
    QList<ReadState> readStates;
    bool gap = false;
    QList<LoggedEvent> events;
    QList<qint64> onlineUserIds;

    static auto fields()
    {
        return std::tuple{
            required("conversation", &ReplayReply::conversation, ConversationObject),
            required("members", &ReplayReply::members, List{MemberObject}),
            required("online_user_ids", &ReplayReply::onlineUserIds, IdList{}),
            required("read_states", &ReplayReply::readStates, List{Nested<ReadState>{"ReadState"}}),
            required("events", &ReplayReply::events, List{Nested<LoggedEvent>{"LoggedEvent"}}),
            required("gap", &ReplayReply::gap, Bool{}),
        };
    }
    CONFAB_PROTOCOL_TYPE(ReplayReply)
};

// --- client pushes and their replies ---

struct SendMessage
{
    static constexpr QLatin1StringView Event = wire::event::SendMessage;
    QString mobileRefId;
    QString content;
    std::optional<qint64> parentId;

    static auto fields()
    {
        return std::tuple{
            required("mobile_ref_id", &SendMessage::mobileRefId,
                     Text{1, model::Message::MaxMobileRefLength}),
            required("content", &SendMessage::content,
                     Text{1, model::Message::MaxContentLength, true}),
            optional("parent_id", &SendMessage::parentId, Id{}),
        };
    }
    // The mobile_ref_id of a payload that may not decode: message_sent {status: "error"} still
    // answers any send whose ref was a string, so the client can fail the right bubble.
    static std::optional<QString> mobileRefIdOf(const QJsonObject &payload);
    CONFAB_PROTOCOL_TYPE(SendMessage)
};

// The reply of send_message and edit_message.
struct MessageReply
{
    model::Message message;

    static auto fields()
    {
        return std::tuple{required("message", &MessageReply::message, MessageObject)};
    }
    CONFAB_PROTOCOL_TYPE(MessageReply)
};

struct EditMessage
{
    static constexpr QLatin1StringView Event = wire::event::EditMessage;
    qint64 messageId = 0;
    QString content;

    static auto fields()
    {
        return std::tuple{
            required("message_id", &EditMessage::messageId, Id{}),
            required("content", &EditMessage::content,
                     Text{1, model::Message::MaxContentLength, true}),
        };
    }
    CONFAB_PROTOCOL_TYPE(EditMessage)
};

struct DeleteMessage
{
    static constexpr QLatin1StringView Event = wire::event::DeleteMessage;
    qint64 messageId = 0;

    static auto fields()
    {
        return std::tuple{required("message_id", &DeleteMessage::messageId, Id{})};
    }
    CONFAB_PROTOCOL_TYPE(DeleteMessage)
};

// add_reaction and remove_reaction.
struct Reaction
{
    qint64 messageId = 0;
    QString emoji;

    static auto fields()
    {
        return std::tuple{
            required("message_id", &Reaction::messageId, Id{}),
            required("emoji", &Reaction::emoji, Text{1, MaxEmojiLength}),
        };
    }
    std::optional<DecodeError> validate() const;
    CONFAB_PROTOCOL_TYPE(Reaction)
};

struct StarMessage
{
    static constexpr QLatin1StringView Event = wire::event::StarMessage;
    qint64 messageId = 0;
    bool starred = false;

    static auto fields()
    {
        return std::tuple{
            required("message_id", &StarMessage::messageId, Id{}),
            required("starred", &StarMessage::starred, Bool{}),
        };
    }
    CONFAB_PROTOCOL_TYPE(StarMessage)
};

// The server checks `seq` against the conversation's last_seq as well.
struct MarkRead
{
    static constexpr QLatin1StringView Event = wire::event::MarkRead;
    qint64 seq = 0;

    static auto fields() { return std::tuple{required("seq", &MarkRead::seq, Int<>{0})}; }
    CONFAB_PROTOCOL_TYPE(MarkRead)
};

struct SetTyping
{
    static constexpr QLatin1StringView Event = wire::event::Typing;
    bool typing = false;

    static auto fields() { return std::tuple{required("typing", &SetTyping::typing, Bool{})}; }
    CONFAB_PROTOCOL_TYPE(SetTyping)
};

struct LoadHistory
{
    static constexpr QLatin1StringView Event = wire::event::LoadHistory;
    qint64 beforeSeq = 0;
    std::optional<int> limit;

    static auto fields()
    {
        return std::tuple{
            required("before_seq", &LoadHistory::beforeSeq, Int<>{1}),
            optional("limit", &LoadHistory::limit, Int<int>{1, MaxHistoryPage}),
        };
    }
    CONFAB_PROTOCOL_TYPE(LoadHistory)
};

// The reply of load_history and list_starred.
struct MessagesReply
{
    QList<model::Message> messages;
    bool hasMore = false;

    static auto fields()
    {
        return std::tuple{
            required("messages", &MessagesReply::messages, List{MessageObject}),
            required("has_more", &MessagesReply::hasMore, Bool{}),
        };
    }
    CONFAB_PROTOCOL_TYPE(MessagesReply)
};

struct LoadThread
{
    static constexpr QLatin1StringView Event = wire::event::LoadThread;
    qint64 messageId = 0;

    static auto fields()
    {
        return std::tuple{required("message_id", &LoadThread::messageId, Id{})};
    }
    CONFAB_PROTOCOL_TYPE(LoadThread)
};

struct ThreadReply
{
    model::Message root;
    QList<model::Message> replies;
    bool hasMore = false;

    static auto fields()
    {
        return std::tuple{
            required("root", &ThreadReply::root, MessageObject),
            required("replies", &ThreadReply::replies, List{MessageObject}),
            required("has_more", &ThreadReply::hasMore, Bool{}),
        };
    }
    CONFAB_PROTOCOL_TYPE(ThreadReply)
};

// title/topic: absent leaves it, null or "" clears it; at least one is given.
struct UpdateConversation
{
    static constexpr QLatin1StringView Event = wire::event::UpdateConversation;
    PatchValue<QString> title;
    PatchValue<QString> topic;

    static auto fields()
    {
        return std::tuple{
            patch("title", &UpdateConversation::title,
                  Text{0, model::Conversation::MaxTitleLength}),
            patch("topic", &UpdateConversation::topic,
                  Text{0, model::Conversation::MaxTopicLength}),
        };
    }
    std::optional<DecodeError> validate() const;
    CONFAB_PROTOCOL_TYPE(UpdateConversation)
};

struct ConversationReply
{
    model::Conversation conversation;

    static auto fields()
    {
        return std::tuple{
            required("conversation", &ConversationReply::conversation, ConversationObject)};
    }
    CONFAB_PROTOCOL_TYPE(ConversationReply)
};

struct AddMembers
{
    static constexpr QLatin1StringView Event = wire::event::AddMembers;
    QList<qint64> userIds;

    static auto fields()
    {
        return std::tuple{required("user_ids", &AddMembers::userIds, IdList{MaxMembersPerCall})};
    }
    CONFAB_PROTOCOL_TYPE(AddMembers)
};

struct AddMembersReply
{
    QList<model::Member> members;

    static auto fields()
    {
        return std::tuple{required("members", &AddMembersReply::members, List{MemberObject})};
    }
    CONFAB_PROTOCOL_TYPE(AddMembersReply)
};

struct RemoveMember
{
    static constexpr QLatin1StringView Event = wire::event::RemoveMember;
    qint64 userId = 0;

    static auto fields() { return std::tuple{required("user_id", &RemoveMember::userId, Id{})}; }
    CONFAB_PROTOCOL_TYPE(RemoveMember)
};

struct ArchiveConversation
{
    static constexpr QLatin1StringView Event = wire::event::ArchiveConversation;
    bool archived = false;

    static auto fields()
    {
        return std::tuple{required("archived", &ArchiveConversation::archived, Bool{})};
    }
    CONFAB_PROTOCOL_TYPE(ArchiveConversation)
};

// --- server events ---

// To the sending socket, for every send_message whose mobile_ref_id was a string.
struct MessageSent
{
    static constexpr QLatin1StringView Event = wire::event::MessageSent;
    enum class Status { Sent, Error };
    static QString statusName(Status status);
    static std::optional<Status> statusFromName(QStringView name);

    QString mobileRefId;
    Status status = Status::Sent;
    qint64 chatId = 0;
    std::optional<qint64> messageId; // null on error
    std::optional<wire::ErrorReason> reason;

    static auto fields()
    {
        return std::tuple{
            required("mobile_ref_id", &MessageSent::mobileRefId, Text{}),
            required("status", &MessageSent::status,
                     Enum<Status>{&statusName, &statusFromName, "sent|error"}),
            required("chat_id", &MessageSent::chatId, Id{}),
            nullable("message_id", &MessageSent::messageId, Id{}),
            optional("reason", &MessageSent::reason,
                     Enum<wire::ErrorReason>{&wire::errorReasonName, &wire::errorReasonFromName,
                                             "a reason of §2"}),
        };
    }
    CONFAB_PROTOCOL_TYPE(MessageSent)
};

struct ReceiveMessage
{
    static constexpr QLatin1StringView Event = wire::event::ReceiveMessage;
    qint64 seq = 0;
    model::Message message;

    static auto fields()
    {
        return std::tuple{
            required("seq", &ReceiveMessage::seq, Int<>{1}),
            required("message", &ReceiveMessage::message, MessageObject),
        };
    }
    CONFAB_PROTOCOL_TYPE(ReceiveMessage)
};

struct MessageEdited
{
    static constexpr QLatin1StringView Event = wire::event::MessageEdited;
    qint64 seq = 0;
    model::Message message;

    static auto fields()
    {
        return std::tuple{
            required("seq", &MessageEdited::seq, Int<>{1}),
            required("message", &MessageEdited::message, MessageObject),
        };
    }
    CONFAB_PROTOCOL_TYPE(MessageEdited)
};

struct MessageDeleted
{
    static constexpr QLatin1StringView Event = wire::event::MessageDeleted;
    qint64 conversationId = 0; // from the topic
    qint64 seq = 0;
    qint64 messageId = 0;

    static auto fields()
    {
        return std::tuple{
            required("seq", &MessageDeleted::seq, Int<>{1}),
            required("message_id", &MessageDeleted::messageId, Id{}),
        };
    }
    CONFAB_PROTOCOL_TYPE(MessageDeleted)
};

struct ReactionsCodec
{
    using Value = QList<model::Reaction>;
    QJsonValue encode(const Value &value) const { return model::reactionsToJson(value); }
    bool decode(const QJsonValue &json, Value &out, QString &why) const;
    QString describe() const { return QStringLiteral("[{emoji, user_ids}]"); }
};

struct MessageReactions
{
    static constexpr QLatin1StringView Event = wire::event::MessageReactions;
    qint64 conversationId = 0; // from the topic
    qint64 seq = 0;
    qint64 messageId = 0;
    QList<model::Reaction> reactions;

    static auto fields()
    {
        return std::tuple{
            required("seq", &MessageReactions::seq, Int<>{1}),
            required("message_id", &MessageReactions::messageId, Id{}),
            required("reactions", &MessageReactions::reactions, ReactionsCodec{}),
        };
    }
    CONFAB_PROTOCOL_TYPE(MessageReactions)
};

struct MessageStarred
{
    static constexpr QLatin1StringView Event = wire::event::MessageStarred;
    qint64 conversationId = 0; // from the topic
    qint64 seq = 0;
    qint64 messageId = 0;
    bool starred = false;
    qint64 by = 0;

    static auto fields()
    {
        return std::tuple{
            required("seq", &MessageStarred::seq, Int<>{1}),
            required("message_id", &MessageStarred::messageId, Id{}),
            required("starred", &MessageStarred::starred, Bool{}),
            required("by", &MessageStarred::by, Id{}),
        };
    }
    CONFAB_PROTOCOL_TYPE(MessageStarred)
};

struct MemberJoined
{
    static constexpr QLatin1StringView Event = wire::event::MemberJoined;
    qint64 conversationId = 0; // from the topic
    qint64 seq = 0;
    model::Member member;

    static auto fields()
    {
        return std::tuple{
            required("seq", &MemberJoined::seq, Int<>{1}),
            required("member", &MemberJoined::member, MemberObject),
        };
    }
    CONFAB_PROTOCOL_TYPE(MemberJoined)
};

struct MemberLeft
{
    static constexpr QLatin1StringView Event = wire::event::MemberLeft;
    qint64 conversationId = 0; // from the topic
    qint64 seq = 0;
    qint64 userId = 0;

    static auto fields()
    {
        return std::tuple{
            required("seq", &MemberLeft::seq, Int<>{1}),
            required("user_id", &MemberLeft::userId, Id{}),
        };
    }
    CONFAB_PROTOCOL_TYPE(MemberLeft)
};

// conversation_updated on chat:<id>: logged, so it carries a seq (and never pinned/muted).
struct ConversationUpdated
{
    static constexpr QLatin1StringView Event = wire::event::ConversationUpdated;
    qint64 conversationId = 0; // from the topic
    qint64 seq = 0;
    user::ConversationChanges changes;

    static auto fields()
    {
        return std::tuple{
            required("seq", &ConversationUpdated::seq, Int<>{1}),
            required("changes", &ConversationUpdated::changes, user::ChangesObject),
        };
    }
    CONFAB_PROTOCOL_TYPE(ConversationUpdated)
};

struct ThreadUpdated
{
    static constexpr QLatin1StringView Event = wire::event::ThreadUpdated;
    qint64 conversationId = 0; // from the topic
    qint64 messageId = 0;
    int replyCount = 0;

    static auto fields()
    {
        return std::tuple{
            required("message_id", &ThreadUpdated::messageId, Id{}),
            required("reply_count", &ThreadUpdated::replyCount, Int<int>{0, 1 << 30}),
        };
    }
    CONFAB_PROTOCOL_TYPE(ThreadUpdated)
};

struct MessageRead
{
    static constexpr QLatin1StringView Event = wire::event::MessageRead;
    qint64 conversationId = 0; // from the topic
    qint64 userId = 0;
    qint64 seq = 0;

    static auto fields()
    {
        return std::tuple{
            required("user_id", &MessageRead::userId, Id{}),
            required("seq", &MessageRead::seq, Int<>{0}),
        };
    }
    CONFAB_PROTOCOL_TYPE(MessageRead)
};

struct Typing
{
    static constexpr QLatin1StringView Event = wire::event::Typing;
    qint64 conversationId = 0; // from the topic
    qint64 userId = 0;
    QString displayName;
    bool typing = false;

    static auto fields()
    {
        return std::tuple{
            required("user_id", &Typing::userId, Id{}),
            required("display_name", &Typing::displayName, Text{}),
            required("typing", &Typing::typing, Bool{}),
        };
    }
    CONFAB_PROTOCOL_TYPE(Typing)
};

} // namespace confab::protocol::chat
