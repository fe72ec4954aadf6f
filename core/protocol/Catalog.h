#pragma once

// Every protocol type with where it travels: the list the golden-sample tests walk and the
// field reference of docs/protocol.md is generated from. A type missing here is untested and
// undocumented, so a new event is added here together with its struct.

#include "protocol/ChatTopic.h"
#include "protocol/Http.h"
#include "protocol/NotificationsTopic.h"
#include "protocol/Phoenix.h"
#include "protocol/UserTopic.h"

namespace confab::protocol {

enum class Direction {
    JoinParams,   // client → server, phx_join
    JoinReply,    // server → client, the join's ok response
    Push,         // client → server
    Reply,        // server → client, a push's ok response
    Event,        // server → client, broadcast or pushed
    Part,         // an object nested in others
    HttpRequest,  // client → server body
    HttpResponse, // server → client body
};

struct CatalogEntry
{
    const char *place; // "user:<id>", "chat:<id>", "notifications:<id>", "HTTP", "any"
    Direction direction;
    const char *name;   // the event, or what it is ("POST /api/v1/session")
    const char *sample; // tests/protocol/golden/<sample>.json
};

// Calls visit.template operator()<T>(entry) for each type, in documentation order.
template<typename Visit> void forEachProtocolType(Visit &&visit)
{
    using D = Direction;
    // clang-format off: one type a line reads as the table it is
    // Phoenix envelope
    visit.template operator()<ErrorReply>({"any", D::Reply, "error response", "phoenix.error"});
    visit.template operator()<Empty>(
        {"any", D::Reply, "{} (ok response, empty push)", "phoenix.empty"});
    visit.template operator()<ReplyEnvelope>(
        {"any", D::Reply, "phx_reply payload", "phoenix.reply"});
    // user:<id>
    visit.template operator()<user::JoinReply>(
        {"user:<id>", D::JoinReply, "phx_join", "user.join.reply"});
    visit.template operator()<user::CreateConversation>(
        {"user:<id>", D::Push, "create_conversation", "user.create_conversation"});
    visit.template operator()<user::ConversationCreated>(
        {"user:<id>", D::Reply, "create_conversation", "user.create_conversation.reply"});
    visit.template operator()<user::SearchUsers>(
        {"user:<id>", D::Push, "search_users", "user.search_users"});
    visit.template operator()<user::SearchUsersReply>(
        {"user:<id>", D::Reply, "search_users", "user.search_users.reply"});
    visit.template operator()<user::ListConversations>(
        {"user:<id>", D::Push, "list_conversations", "user.list_conversations"});
    visit.template operator()<user::ListConversationsReply>(
        {"user:<id>", D::Reply, "list_conversations", "user.list_conversations.reply"});
    visit.template operator()<user::SetPinned>(
        {"user:<id>", D::Push, "set_pinned", "user.set_pinned"});
    visit.template operator()<user::SetMuted>(
        {"user:<id>", D::Push, "set_muted", "user.set_muted"});
    visit.template operator()<user::SetStatus>(
        {"user:<id>", D::Push, "set_status", "user.set_status"});
    visit.template operator()<user::ConversationCreated>(
        {"user:<id>", D::Event, "conversation_created", "user.conversation_created"});
    visit.template operator()<user::ConversationUpdated>(
        {"user:<id>", D::Event, "conversation_updated", "user.conversation_updated"});
    visit.template operator()<user::ConversationChanges>(
        {"any", D::Part, "ConversationChanges", "user.conversation_changes"});
    visit.template operator()<user::ConversationRemoved>(
        {"user:<id>", D::Event, "conversation_removed", "user.conversation_removed"});
    visit.template operator()<user::ConversationRead>(
        {"user:<id>", D::Event, "conversation_read", "user.conversation_read"});
    visit.template operator()<user::ConversationActivity>(
        {"user:<id>", D::Event, "conversation_activity", "user.conversation_activity"});
    visit.template operator()<user::PresenceState>(
        {"user:<id>", D::Event, "presence_state", "user.presence_state"});
    visit.template operator()<user::PresenceDiff>(
        {"user:<id>", D::Event, "presence_diff", "user.presence_diff"});
    // chat:<id>
    visit.template operator()<chat::JoinParams>(
        {"chat:<id>", D::JoinParams, "phx_join", "chat.join.params"});
    visit.template operator()<chat::JoinReply>(
        {"chat:<id>", D::JoinReply, "phx_join (latest page)", "chat.join.reply"});
    visit.template operator()<chat::ReplayReply>(
        {"chat:<id>", D::JoinReply, "phx_join (since_seq)", "chat.join.replay"});
    visit.template operator()<chat::ReadState>({"any", D::Part, "ReadState", "chat.read_state"});
    visit.template operator()<chat::LoggedEvent>(
        {"any", D::Part, "LoggedEvent", "chat.logged_event"});
    visit.template operator()<chat::SendMessage>(
        {"chat:<id>", D::Push, "send_message", "chat.send_message"});
    visit.template operator()<chat::MessageReply>(
        {"chat:<id>", D::Reply, "send_message, edit_message", "chat.message.reply"});
    visit.template operator()<chat::EditMessage>(
        {"chat:<id>", D::Push, "edit_message", "chat.edit_message"});
    visit.template operator()<chat::DeleteMessage>(
        {"chat:<id>", D::Push, "delete_message", "chat.delete_message"});
    visit.template operator()<chat::Reaction>(
        {"chat:<id>", D::Push, "add_reaction, remove_reaction", "chat.reaction"});
    visit.template operator()<chat::StarMessage>(
        {"chat:<id>", D::Push, "star_message", "chat.star_message"});
    visit.template operator()<chat::MarkRead>(
        {"chat:<id>", D::Push, "mark_read", "chat.mark_read"});
    visit.template operator()<chat::SetTyping>(
        {"chat:<id>", D::Push, "typing", "chat.typing.push"});
    visit.template operator()<chat::LoadHistory>(
        {"chat:<id>", D::Push, "load_history", "chat.load_history"});
    visit.template operator()<chat::MessagesReply>(
        {"chat:<id>", D::Reply, "load_history, list_starred", "chat.messages.reply"});
    visit.template operator()<chat::LoadThread>(
        {"chat:<id>", D::Push, "load_thread", "chat.load_thread"});
    visit.template operator()<chat::ThreadReply>(
        {"chat:<id>", D::Reply, "load_thread", "chat.load_thread.reply"});
    visit.template operator()<chat::UpdateConversation>(
        {"chat:<id>", D::Push, "update_conversation", "chat.update_conversation"});
    visit.template operator()<chat::ConversationReply>(
        {"chat:<id>", D::Reply, "update_conversation", "chat.update_conversation.reply"});
    visit.template operator()<chat::AddMembers>(
        {"chat:<id>", D::Push, "add_members", "chat.add_members"});
    visit.template operator()<chat::AddMembersReply>(
        {"chat:<id>", D::Reply, "add_members", "chat.add_members.reply"});
    visit.template operator()<chat::RemoveMember>(
        {"chat:<id>", D::Push, "remove_member", "chat.remove_member"});
    visit.template operator()<chat::ArchiveConversation>(
        {"chat:<id>", D::Push, "archive_conversation", "chat.archive_conversation"});
    visit.template operator()<chat::MessageSent>(
        {"chat:<id>", D::Event, "message_sent", "chat.message_sent"});
    visit.template operator()<chat::ReceiveMessage>(
        {"chat:<id>", D::Event, "receive_message", "chat.receive_message"});
    visit.template operator()<chat::MessageEdited>(
        {"chat:<id>", D::Event, "message_edited", "chat.message_edited"});
    visit.template operator()<chat::MessageDeleted>(
        {"chat:<id>", D::Event, "message_deleted", "chat.message_deleted"});
    visit.template operator()<chat::MessageReactions>(
        {"chat:<id>", D::Event, "message_reactions", "chat.message_reactions"});
    visit.template operator()<chat::MessageStarred>(
        {"chat:<id>", D::Event, "message_starred", "chat.message_starred"});
    visit.template operator()<chat::MemberJoined>(
        {"chat:<id>", D::Event, "member_joined", "chat.member_joined"});
    visit.template operator()<chat::MemberLeft>(
        {"chat:<id>", D::Event, "member_left", "chat.member_left"});
    visit.template operator()<chat::ConversationUpdated>(
        {"chat:<id>", D::Event, "conversation_updated", "chat.conversation_updated"});
    visit.template operator()<chat::ThreadUpdated>(
        {"chat:<id>", D::Event, "thread_updated", "chat.thread_updated"});
    visit.template operator()<chat::MessageRead>(
        {"chat:<id>", D::Event, "message_read", "chat.message_read"});
    visit.template operator()<chat::Typing>({"chat:<id>", D::Event, "typing", "chat.typing"});
    // notifications:<id>
    visit.template operator()<notifications::PendingNotification>(
        {"notifications:<id>", D::Event, "pending_notification",
         "notifications.pending_notification"});
    visit.template operator()<notifications::NewNotification>(
        {"notifications:<id>", D::Event, "new_notification", "notifications.new_notification"});
    visit.template operator()<notifications::NotificationCount>(
        {"notifications:<id>", D::Event, "notification_count", "notifications.notification_count"});
    visit.template operator()<notifications::AckNotifications>(
        {"notifications:<id>", D::Push, "ack_notifications", "notifications.ack_notifications"});
    // HTTP
    visit.template operator()<http::RegisterRequest>(
        {"HTTP", D::HttpRequest, "POST /api/v1/register", "http.register"});
    visit.template operator()<http::SignInRequest>(
        {"HTTP", D::HttpRequest, "POST /api/v1/session", "http.session"});
    visit.template operator()<http::SessionResponse>({"HTTP", D::HttpResponse,
                                                      "POST /api/v1/register, POST /api/v1/session",
                                                      "http.session.response"});
    visit.template operator()<http::MeResponse>(
        {"HTTP", D::HttpResponse, "GET /api/v1/me", "http.me.response"});
    visit.template operator()<http::HealthResponse>(
        {"HTTP", D::HttpResponse, "GET /healthz", "http.healthz.response"});
    visit.template operator()<http::ErrorResponse>(
        {"HTTP", D::HttpResponse, "every error", "http.error"});
    // clang-format on
}

// The field reference of docs/protocol.md, in Markdown, generated from the list above.
QString protocolReference();

} // namespace confab::protocol
