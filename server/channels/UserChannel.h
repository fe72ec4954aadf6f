#pragma once

#include "chat/ChatContext.h"
#include "socket/Channel.h"

namespace confab::server {

// `user:<id>`: the account's own topic (PROTOCOL.md §5). Only the user themself may join; the
// reply carries the user and the first page of their conversations (list_conversations pages
// on), then presence_state follows.
class UserChannel : public ChannelHandler
{
public:
    explicit UserChannel(ChatContext context);

    void join(const ChannelSession &session, const QJsonObject &params, JoinReply reply) override;
    void handleIn(const ChannelSession &session, const QString &event, const QJsonObject &payload,
                  Reply reply) override;

private:
    // Decodes the push into its type (refusing with `invalid` and the first field that does not
    // fit), then hands the typed payload to the handler.
    template<typename Push>
    void decodeThen(void (UserChannel::*handle)(const ChannelSession &, const Push &, Reply),
                    const ChannelSession &session, const QJsonObject &payload, Reply reply)
    {
        auto decoded = Push::fromJson(payload);
        if (!decoded)
            return reply.error(wire::ErrorReason::Invalid, decoded.error().text());
        (this->*handle)(session, *decoded, reply);
    }

    void createConversation(const ChannelSession &session,
                            const protocol::user::CreateConversation &push, Reply reply);
    void searchUsers(const ChannelSession &session, const protocol::user::SearchUsers &push,
                     Reply reply);
    void listConversations(const ChannelSession &session,
                           const protocol::user::ListConversations &push, Reply reply);
    void setPinned(const ChannelSession &session, const protocol::user::SetPinned &push,
                   Reply reply);
    void setMuted(const ChannelSession &session, const protocol::user::SetMuted &push, Reply reply);
    void setFlag(const ChannelSession &session, qint64 conversationId,
                 const protocol::user::ConversationChanges &change, Reply reply);
    void setStatus(const ChannelSession &session, const protocol::user::SetStatus &push,
                   Reply reply);

    ChatContext m_context;
};

} // namespace confab::server
