#pragma once

#include "chat/ChatContext.h"
#include "socket/Channel.h"

namespace confab::server {

// `chat:<conversation_id>`: one conversation, for its members only (PROTOCOL.md §6).
// Reads and the join live in ChatChannel.cpp, message changes in ChatMessageActions.cpp,
// membership and settings in ChatAdminActions.cpp.
class ChatChannel : public ChannelHandler
{
public:
    explicit ChatChannel(ChatContext context);

    void join(const ChannelSession &session, const QJsonObject &params, JoinReply reply) override;
    void handleIn(const ChannelSession &session, const QString &event, const QJsonObject &payload,
                  Reply reply) override;
    void leave(const ChannelSession &session) override;

private:
    using Handler = void (ChatChannel::*)(const ChannelSession &, qint64, const QJsonObject &,
                                          Reply);

    // ChatChannel.cpp
    void loadHistory(const ChannelSession &, qint64 conversationId, const QJsonObject &, Reply);
    void loadThread(const ChannelSession &, qint64 conversationId, const QJsonObject &, Reply);
    void listStarred(const ChannelSession &, qint64 conversationId, const QJsonObject &, Reply);
    void markRead(const ChannelSession &, qint64 conversationId, const QJsonObject &, Reply);
    void typing(const ChannelSession &, qint64 conversationId, const QJsonObject &, Reply);
    QJsonObject joinBase(qint64 conversationId, qint64 userId) const;

    // ChatMessageActions.cpp
    void sendMessage(const ChannelSession &, qint64 conversationId, const QJsonObject &, Reply);
    void editMessage(const ChannelSession &, qint64 conversationId, const QJsonObject &, Reply);
    void deleteMessage(const ChannelSession &, qint64 conversationId, const QJsonObject &, Reply);
    void addReaction(const ChannelSession &, qint64 conversationId, const QJsonObject &, Reply);
    void removeReaction(const ChannelSession &, qint64 conversationId, const QJsonObject &, Reply);
    void starMessage(const ChannelSession &, qint64 conversationId, const QJsonObject &, Reply);
    void react(const ChannelSession &, qint64 conversationId, const QJsonObject &, Reply, bool add);
    // Keeps the conversation list's last-message preview in step with an edit.
    void rememberEditedMessage(const QJsonObject &payload);

    // ChatAdminActions.cpp
    void updateConversation(const ChannelSession &, qint64 conversationId, const QJsonObject &,
                            Reply);
    void addMembers(const ChannelSession &, qint64 conversationId, const QJsonObject &, Reply);
    void removeMember(const ChannelSession &, qint64 conversationId, const QJsonObject &, Reply);
    void archive(const ChannelSession &, qint64 conversationId, const QJsonObject &, Reply);

    bool refuseIfArchived(qint64 conversationId, Reply &reply) const;
    bool refuseIfNotOwner(qint64 conversationId, qint64 userId, Reply &reply) const;

    ChatContext m_context;
    QHash<QString, Handler> m_handlers;
};

} // namespace confab::server
