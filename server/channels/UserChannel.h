#pragma once

#include "socket/Channel.h"

namespace confab::server {

class PresenceTracker;

// `user:<id>`: the account's own topic. Only the user themself may join; the reply carries
// the user and their conversations, then presence_state follows.
class UserChannel : public ChannelHandler
{
public:
    explicit UserChannel(PresenceTracker *presence);

    void join(const ChannelSession &session, const QJsonObject &params, JoinReply reply) override;
    void handleIn(const ChannelSession &session, const QString &event, const QJsonObject &payload,
                  Reply reply) override;

private:
    PresenceTracker *m_presence;
};

} // namespace confab::server
