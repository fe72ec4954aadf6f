#pragma once

// Every event name and error reason of the wire protocol (docs/protocol.md), in one place so
// that server, client and tests cannot drift apart by a typo.

#include <QLatin1StringView>
#include <QString>
#include <optional>

namespace confab::wire {

namespace topic {
inline constexpr QLatin1StringView Phoenix{"phoenix"};
inline constexpr QLatin1StringView UserPrefix{"user:"};
inline constexpr QLatin1StringView ChatPrefix{"chat:"};
inline constexpr QLatin1StringView NotificationsPrefix{"notifications:"};
} // namespace topic

namespace event {
// Phoenix channel control events.
inline constexpr QLatin1StringView Join{"phx_join"};
inline constexpr QLatin1StringView Leave{"phx_leave"};
inline constexpr QLatin1StringView Reply{"phx_reply"};
inline constexpr QLatin1StringView Close{"phx_close"};
inline constexpr QLatin1StringView Error{"phx_error"};
inline constexpr QLatin1StringView Heartbeat{"heartbeat"};

// user:<id>
inline constexpr QLatin1StringView CreateConversation{"create_conversation"};
inline constexpr QLatin1StringView SearchUsers{"search_users"};
inline constexpr QLatin1StringView ListConversations{"list_conversations"};
inline constexpr QLatin1StringView SetPinned{"set_pinned"};
inline constexpr QLatin1StringView SetMuted{"set_muted"};
inline constexpr QLatin1StringView SetStatus{"set_status"};
inline constexpr QLatin1StringView ConversationCreated{"conversation_created"};
inline constexpr QLatin1StringView ConversationUpdated{"conversation_updated"};
inline constexpr QLatin1StringView ConversationRemoved{"conversation_removed"};
inline constexpr QLatin1StringView ConversationRead{"conversation_read"};
inline constexpr QLatin1StringView ConversationActivity{"conversation_activity"};
inline constexpr QLatin1StringView PresenceState{"presence_state"};
inline constexpr QLatin1StringView PresenceDiff{"presence_diff"};

// chat:<id>
inline constexpr QLatin1StringView SendMessage{"send_message"};
inline constexpr QLatin1StringView EditMessage{"edit_message"};
inline constexpr QLatin1StringView DeleteMessage{"delete_message"};
inline constexpr QLatin1StringView AddReaction{"add_reaction"};
inline constexpr QLatin1StringView RemoveReaction{"remove_reaction"};
inline constexpr QLatin1StringView StarMessage{"star_message"};
inline constexpr QLatin1StringView MarkRead{"mark_read"};
inline constexpr QLatin1StringView Typing{"typing"};
inline constexpr QLatin1StringView LoadHistory{"load_history"};
inline constexpr QLatin1StringView LoadThread{"load_thread"};
inline constexpr QLatin1StringView ListStarred{"list_starred"};
inline constexpr QLatin1StringView UpdateConversation{"update_conversation"};
inline constexpr QLatin1StringView AddMembers{"add_members"};
inline constexpr QLatin1StringView RemoveMember{"remove_member"};
inline constexpr QLatin1StringView ArchiveConversation{"archive_conversation"};
inline constexpr QLatin1StringView MessageSent{"message_sent"};
inline constexpr QLatin1StringView ReceiveMessage{"receive_message"};
inline constexpr QLatin1StringView MessageEdited{"message_edited"};
inline constexpr QLatin1StringView MessageDeleted{"message_deleted"};
inline constexpr QLatin1StringView MessageReactions{"message_reactions"};
inline constexpr QLatin1StringView MessageStarred{"message_starred"};
inline constexpr QLatin1StringView MemberJoined{"member_joined"};
inline constexpr QLatin1StringView MemberLeft{"member_left"};
inline constexpr QLatin1StringView ThreadUpdated{"thread_updated"};
inline constexpr QLatin1StringView MessageRead{"message_read"};

// notifications:<id>
inline constexpr QLatin1StringView PendingNotification{"pending_notification"};
inline constexpr QLatin1StringView NewNotification{"new_notification"};
inline constexpr QLatin1StringView NotificationCount{"notification_count"};
inline constexpr QLatin1StringView AckNotifications{"ack_notifications"};
inline constexpr QLatin1StringView MarkAllRead{"mark_all_read"};
} // namespace event

// The `reason` of an error reply. The wire strings are fixed by the protocol.
enum class ErrorReason {
    Unauthorized,
    Forbidden,
    NotFound,
    Invalid,
    TooLarge,
    RateLimited,
    Conflict,
    Archived,
    UnmatchedTopic,
    TooManyChannels,
    Internal,
    InvalidCredentials, // HTTP only: a failed sign-in (401)
};

QString errorReasonName(ErrorReason reason);
std::optional<ErrorReason> errorReasonFromName(QStringView name);

// WebSocket close codes the server uses.
namespace close_code {
inline constexpr int Normal = 1000;          // idle timeout
inline constexpr int GoingAway = 1001;       // server shutting down
inline constexpr int PolicyViolation = 1008; // too many malformed frames, origin refused
inline constexpr int TooBig = 1009;          // frame over the size limit
inline constexpr int TryAgainLater = 1013;   // send queue overflow: rejoin and catch up
inline constexpr int Unauthorized = 4401;    // bad, revoked or expired token
} // namespace close_code

} // namespace confab::wire
