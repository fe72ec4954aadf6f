#pragma once

#include "chat/ChatContext.h"
#include "socket/Channel.h"

namespace confab::server {

// `notifications:<id>` (PROTOCOL.md §7): pending notifications on join, then the count; live
// ones are sent by the chat channels through ChatContext::deliverNotifications.
class NotificationsChannel : public ChannelHandler
{
public:
    explicit NotificationsChannel(ChatContext context);

    void join(const ChannelSession &session, const QJsonObject &params, JoinReply reply) override;
    void handleIn(const ChannelSession &session, const QString &event, const QJsonObject &payload,
                  Reply reply) override;

private:
    using Pending = std::pair<QList<model::Notification>, qint64>; // the oldest, and the count
    void acknowledge(const ChannelSession &session, const QJsonObject &payload, Reply reply);
    static void pushPending(const ChannelSession &session, const Pending &pending);

    ChatContext m_context;
};

} // namespace confab::server
