#pragma once

#include "chat/ChatContext.h"
#include "socket/Channel.h"

namespace confab::server {

// `user:<id>`: the account's own topic (PROTOCOL.md §5). Only the user themself may join; the
// reply carries the user and their conversations, then presence_state follows.
class UserChannel : public ChannelHandler
{
public:
    explicit UserChannel(ChatContext context);

    void join(const ChannelSession &session, const QJsonObject &params, JoinReply reply) override;
    void handleIn(const ChannelSession &session, const QString &event, const QJsonObject &payload,
                  Reply reply) override;

private:
    void createConversation(const ChannelSession &session, const QJsonObject &payload, Reply reply);
    void searchUsers(const ChannelSession &session, const QJsonObject &payload, Reply reply);
    void setFlag(const ChannelSession &session, const QJsonObject &payload, Reply reply,
                 bool pinned);
    void setStatus(const ChannelSession &session, const QJsonObject &payload, Reply reply);

    ChatContext m_context;
};

} // namespace confab::server
