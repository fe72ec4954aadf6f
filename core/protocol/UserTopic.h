#pragma once

// `user:<user_id>`: the account (PROTOCOL.md §5, docs/protocol.md).

#include "protocol/Schema.h"
#include "wire/ProtocolNames.h"

namespace confab::protocol::user {

inline constexpr qsizetype MaxInitialMembers = 256;
inline constexpr int DefaultSearchLimit = 20;
inline constexpr int MaxSearchLimit = 50;
// Conversations per page of the join reply and of list_conversations (an addition: a reply
// with every conversation could outgrow the socket's send queue).
inline constexpr int DefaultConversationPage = 50;
inline constexpr int MaxConversationPage = 100;
// A conversation's last_message in a list is a preview: its content is cut to this many
// characters and marked `content_truncated: true`.
inline constexpr qsizetype PreviewLength = 256;

// --- join ---

struct JoinReply
{
    model::User me;
    // The newest conversations first (by id), each in the reader's view; at most one page.
    QList<model::Conversation> conversations;
    // True when there are more: fetch them with list_conversations {before: the last id}.
    // Absent from servers before paging, which sent every conversation.
    std::optional<bool> hasMore = std::nullopt;

    static auto fields()
    {
        return std::tuple{
            required("user", &JoinReply::me, UserObject),
            required("conversations", &JoinReply::conversations, List{ConversationObject}),
            optional("has_more", &JoinReply::hasMore, Bool{}),
        };
    }
    CONFAB_PROTOCOL_TYPE(JoinReply)
};

// --- client pushes and their replies ---

struct CreateConversation
{
    static constexpr QLatin1StringView Event = wire::event::CreateConversation;
    model::Conversation::Kind kind = model::Conversation::Kind::Group;
    QList<qint64> memberIds;
    std::optional<QString> title;

    static auto fields()
    {
        return std::tuple{
            required("kind", &CreateConversation::kind,
                     Enum<model::Conversation::Kind>{&model::Conversation::kindName,
                                                     &model::Conversation::kindFromName,
                                                     "direct|group"}),
            required("member_ids", &CreateConversation::memberIds, IdList{MaxInitialMembers}),
            optional("title", &CreateConversation::title,
                     Text{0, model::Conversation::MaxTitleLength}),
        };
    }
    CONFAB_PROTOCOL_TYPE(CreateConversation)
};

// The reply of create_conversation, and the event `conversation_created`.
struct ConversationCreated
{
    static constexpr QLatin1StringView Event = wire::event::ConversationCreated;
    model::Conversation conversation;

    static auto fields()
    {
        return std::tuple{
            required("conversation", &ConversationCreated::conversation, ConversationObject)};
    }
    CONFAB_PROTOCOL_TYPE(ConversationCreated)
};

struct SearchUsers
{
    static constexpr QLatin1StringView Event = wire::event::SearchUsers;
    QString query;
    std::optional<int> limit;

    static auto fields()
    {
        return std::tuple{
            required("query", &SearchUsers::query, Text{1, 64}),
            optional("limit", &SearchUsers::limit, Int<int>{1, MaxSearchLimit}),
        };
    }
    CONFAB_PROTOCOL_TYPE(SearchUsers)
};

struct SearchUsersReply
{
    QList<model::User> users;

    static auto fields()
    {
        return std::tuple{required("users", &SearchUsersReply::users, List{UserObject})};
    }
    CONFAB_PROTOCOL_TYPE(SearchUsersReply)
};

// The next page of the conversation list, newest first: those with an id below `before`
// (from the top when absent).
struct ListConversations
{
    static constexpr QLatin1StringView Event = wire::event::ListConversations;
    std::optional<qint64> before;
    std::optional<int> limit;

    static auto fields()
    {
        return std::tuple{
            optional("before", &ListConversations::before, Id{}),
            optional("limit", &ListConversations::limit, Int<int>{1, MaxConversationPage}),
        };
    }
    CONFAB_PROTOCOL_TYPE(ListConversations)
};

struct ListConversationsReply
{
    QList<model::Conversation> conversations;
    bool hasMore = false;

    static auto fields()
    {
        return std::tuple{
            required("conversations", &ListConversationsReply::conversations,
                     List{ConversationObject}),
            required("has_more", &ListConversationsReply::hasMore, Bool{}),
        };
    }
    CONFAB_PROTOCOL_TYPE(ListConversationsReply)
};

struct SetPinned
{
    static constexpr QLatin1StringView Event = wire::event::SetPinned;
    qint64 conversationId = 0;
    bool pinned = false;

    static auto fields()
    {
        return std::tuple{
            required("conversation_id", &SetPinned::conversationId, Id{}),
            required("pinned", &SetPinned::pinned, Bool{}),
        };
    }
    CONFAB_PROTOCOL_TYPE(SetPinned)
};

struct SetMuted
{
    static constexpr QLatin1StringView Event = wire::event::SetMuted;
    qint64 conversationId = 0;
    bool muted = false;

    static auto fields()
    {
        return std::tuple{
            required("conversation_id", &SetMuted::conversationId, Id{}),
            required("muted", &SetMuted::muted, Bool{}),
        };
    }
    CONFAB_PROTOCOL_TYPE(SetMuted)
};

struct SetStatus
{
    static constexpr QLatin1StringView Event = wire::event::SetStatus;
    model::PresenceMeta::Status status = model::PresenceMeta::Status::Online;

    static auto fields()
    {
        return std::tuple{required("status", &SetStatus::status,
                                   Enum<model::PresenceMeta::Status>{
                                       &model::PresenceMeta::statusName,
                                       &model::PresenceMeta::statusFromName, "online|away|dnd"})};
    }
    CONFAB_PROTOCOL_TYPE(SetStatus)
};

// --- server events ---

// What changed of a conversation: only the fields present apply. `title` and `topic` may be
// null (cleared); `pinned` and `muted` are the reader's own, sent on user:<id> only.
struct ConversationChanges
{
    PatchValue<QString> title;
    PatchValue<QString> topic;
    std::optional<bool> archived;
    std::optional<qint64> memberCount;
    std::optional<qint64> ownerId;
    std::optional<bool> pinned;
    std::optional<bool> muted;

    static auto fields()
    {
        return std::tuple{
            patch("title", &ConversationChanges::title,
                  Text{0, model::Conversation::MaxTitleLength}),
            patch("topic", &ConversationChanges::topic,
                  Text{0, model::Conversation::MaxTopicLength}),
            optional("archived", &ConversationChanges::archived, Bool{}),
            optional("member_count", &ConversationChanges::memberCount, Int<>{0}),
            optional("owner_id", &ConversationChanges::ownerId, Id{}),
            optional("pinned", &ConversationChanges::pinned, Bool{}),
            optional("muted", &ConversationChanges::muted, Bool{}),
        };
    }
    CONFAB_PROTOCOL_TYPE(ConversationChanges)
};

inline constexpr Nested<ConversationChanges> ChangesObject{"ConversationChanges"};

struct ConversationUpdated
{
    static constexpr QLatin1StringView Event = wire::event::ConversationUpdated;
    qint64 conversationId = 0;
    ConversationChanges changes;

    static auto fields()
    {
        return std::tuple{
            required("conversation_id", &ConversationUpdated::conversationId, Id{}),
            required("changes", &ConversationUpdated::changes, ChangesObject),
        };
    }
    CONFAB_PROTOCOL_TYPE(ConversationUpdated)
};

struct ConversationRemoved
{
    static constexpr QLatin1StringView Event = wire::event::ConversationRemoved;
    enum class Reason { Left, Removed };
    static QString reasonName(Reason reason);
    static std::optional<Reason> reasonFromName(QStringView name);

    qint64 conversationId = 0;
    Reason reason = Reason::Left;

    static auto fields()
    {
        return std::tuple{
            required("conversation_id", &ConversationRemoved::conversationId, Id{}),
            required("reason", &ConversationRemoved::reason,
                     Enum<Reason>{&reasonName, &reasonFromName, "left|removed"}),
        };
    }
    CONFAB_PROTOCOL_TYPE(ConversationRemoved)
};

struct ConversationRead
{
    static constexpr QLatin1StringView Event = wire::event::ConversationRead;
    qint64 conversationId = 0;
    qint64 lastReadSeq = 0;
    qint64 unreadCount = 0;

    static auto fields()
    {
        return std::tuple{
            required("conversation_id", &ConversationRead::conversationId, Id{}),
            required("last_read_seq", &ConversationRead::lastReadSeq, Int<>{0}),
            required("unread_count", &ConversationRead::unreadCount, Int<>{0}),
        };
    }
    CONFAB_PROTOCOL_TYPE(ConversationRead)
};

struct ConversationActivity
{
    static constexpr QLatin1StringView Event = wire::event::ConversationActivity;
    qint64 conversationId = 0;
    model::Message message;
    qint64 unreadCount = 0;

    static auto fields()
    {
        return std::tuple{
            required("conversation_id", &ConversationActivity::conversationId, Id{}),
            required("message", &ConversationActivity::message, MessageObject),
            required("unread_count", &ConversationActivity::unreadCount, Int<>{0}),
        };
    }
    // A fan-out encodes the event (and its message) once, then sets each member's own count on
    // a copy: the message is not encoded again per member.
    static void setUnreadCount(QJsonObject &encoded, qint64 unreadCount)
    {
        const auto field = std::get<2>(fields()); // a copy: fields() is a temporary
        encoded.insert(field.name, field.codec.encode(unreadCount));
    }
    CONFAB_PROTOCOL_TYPE(ConversationActivity)
};

// The payload is the presence map itself: {"<user_id>": {"metas": [...]}}.
struct PresenceState
{
    static constexpr QLatin1StringView Event = wire::event::PresenceState;
    model::PresenceMap presence;

    QJsonObject toJson() const { return model::presenceMapToJson(presence); }
    static Decoded<PresenceState> fromJson(const QJsonObject &json);
    static auto fields() { return std::tuple<>{}; } // documented by hand: it has no fixed keys
    friend bool operator==(const PresenceState &, const PresenceState &) = default;
};

struct PresenceDiff
{
    static constexpr QLatin1StringView Event = wire::event::PresenceDiff;
    model::PresenceMap joins;
    model::PresenceMap leaves;

    static auto fields()
    {
        return std::tuple{
            required("joins", &PresenceDiff::joins, Presences{}),
            required("leaves", &PresenceDiff::leaves, Presences{}),
        };
    }
    CONFAB_PROTOCOL_TYPE(PresenceDiff)
};

} // namespace confab::protocol::user
