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
    // Every push goes through one entry of the table: decode (refusing with `invalid` and the
    // first field that does not fit), then the handler gets its typed payload.
    using Handler = void (*)(ChatChannel &, const ChannelSession &, qint64 conversationId,
                             const QJsonObject &, Reply);
    template<typename Push,
             void (ChatChannel::*Handle)(const ChannelSession &, qint64, const Push &, Reply)>
    static void decodeThen(ChatChannel &self, const ChannelSession &session, qint64 conversationId,
                           const QJsonObject &payload, Reply reply)
    {
        auto decoded = Push::fromJson(payload);
        if (!decoded)
            return reply.error(wire::ErrorReason::Invalid, decoded.error().text());
        (self.*Handle)(session, conversationId, *decoded, reply);
    }
    // The few pushes that need the raw payload as well decode it themselves.
    template<void (ChatChannel::*Handle)(const ChannelSession &, qint64, const QJsonObject &,
                                         Reply)>
    static void raw(ChatChannel &self, const ChannelSession &session, qint64 conversationId,
                    const QJsonObject &payload, Reply reply)
    {
        (self.*Handle)(session, conversationId, payload, reply);
    }

    // ChatChannel.cpp
    void loadHistory(const ChannelSession &, qint64 conversationId,
                     const protocol::chat::LoadHistory &, Reply);
    void loadThread(const ChannelSession &, qint64 conversationId,
                    const protocol::chat::LoadThread &, Reply);
    void listStarred(const ChannelSession &, qint64 conversationId, const protocol::Empty &, Reply);
    // Raw: the seq is checked against the conversation's last_seq, with that bound in the text.
    void markRead(const ChannelSession &, qint64 conversationId, const QJsonObject &, Reply);
    void typing(const ChannelSession &, qint64 conversationId, const protocol::chat::SetTyping &,
                Reply);
    // The part both join replies share: the conversation, its members and their read states.
    template<typename JoinResponse>
    void fillJoinBase(JoinResponse &response, qint64 conversationId, qint64 userId) const;

    // ChatMessageActions.cpp
    // Raw: a send that does not decode still answers message_sent when its ref was a string.
    void sendMessage(const ChannelSession &, qint64 conversationId, const QJsonObject &, Reply);
    void storeMessage(const ChannelSession &, qint64 conversationId,
                      const protocol::chat::SendMessage &, Reply);
    void editMessage(const ChannelSession &, qint64 conversationId,
                     const protocol::chat::EditMessage &, Reply);
    void deleteMessage(const ChannelSession &, qint64 conversationId,
                       const protocol::chat::DeleteMessage &, Reply);
    void addReaction(const ChannelSession &, qint64 conversationId,
                     const protocol::chat::Reaction &, Reply);
    void removeReaction(const ChannelSession &, qint64 conversationId,
                        const protocol::chat::Reaction &, Reply);
    void starMessage(const ChannelSession &, qint64 conversationId,
                     const protocol::chat::StarMessage &, Reply);
    void react(const ChannelSession &, qint64 conversationId, const protocol::chat::Reaction &,
               Reply, bool add);

    // ChatAdminActions.cpp
    void updateConversation(const ChannelSession &, qint64 conversationId,
                            const protocol::chat::UpdateConversation &, Reply);
    void addMembers(const ChannelSession &, qint64 conversationId,
                    const protocol::chat::AddMembers &, Reply);
    void removeMember(const ChannelSession &, qint64 conversationId,
                      const protocol::chat::RemoveMember &, Reply);
    void archive(const ChannelSession &, qint64 conversationId,
                 const protocol::chat::ArchiveConversation &, Reply);

    bool refuseIfArchived(qint64 conversationId, Reply &reply) const;
    bool refuseIfNotOwner(qint64 conversationId, qint64 userId, Reply &reply) const;

    ChatContext m_context;
    QHash<QString, Handler> m_handlers;
};

} // namespace confab::server
