#include "client/ClientState.h"
#include "client/ConversationSession.h"
#include "client/FailureReason.h"
#include "client/Outbox.h"
#include "client/PhoenixChannel.h"
#include "model/Emoji.h"
#include "protocol/ChatTopic.h"
#include "wire/ProtocolNames.h"

// The pushes behind user actions in one conversation. Each one either changes the state from
// the server's reply (the server does not echo a change back to the socket that caused it) or
// reports actionFailed with the protocol's reason.

namespace confab::client {

namespace ev = wire::event;
namespace chat = protocol::chat;

namespace {
// The server forgets "typing" after 5 s without a refresh; refresh well before that.
constexpr int kTypingRefreshMs = 3000;

// The reactions with this user's reaction `emoji` added or taken away.
QList<model::Reaction> toggled(QList<model::Reaction> reactions, const QString &emoji,
                               qint64 userId, bool add)
{
    auto same = std::find_if(reactions.begin(), reactions.end(),
                             [&](const model::Reaction &r) { return r.emoji == emoji; });
    if (add && same == reactions.end())
        reactions.append({emoji, {userId}});
    else if (add && !same->userIds.contains(userId))
        same->userIds.append(userId);
    else if (!add && same != reactions.end() && same->userIds.removeAll(userId) > 0 &&
             same->userIds.isEmpty())
        reactions.erase(same);
    return reactions;
}
} // namespace

// --- read position ---

// Marking read may come before the chat is joined (the timeline shows the cached page): the
// position is kept and sent once it is.
void ConversationSession::markRead(qint64 seq)
{
    const model::Conversation *conversation = m_state.conversation(m_id);
    const qint64 known =
        conversation && conversation->reader ? conversation->reader->lastReadSeq : 0;
    if (seq <= known || seq <= m_readWanted)
        return;
    m_readWanted = seq;
    sendReadPosition();
}

void ConversationSession::sendReadPosition()
{
    PhoenixChannel *joined = joinedChannel();
    const qint64 seq = m_readWanted;
    if (!joined || seq <= m_readSent)
        return;
    m_readSent = seq;
    joined->push(
        QString(ev::MarkRead), chat::MarkRead{seq}.toJson(),
        [this, guard = QPointer<ConversationSession>(this), seq](const PushResult &result) {
            // Not sent after all: the next join tries again.
            if (guard && !result.ok && m_readSent == seq)
                m_readSent = 0;
        },
        m_context.pushTimeoutMs);
}

// --- the outbox ---

QString ConversationSession::sendMessage(const QString &content, std::optional<qint64> parentId)
{
    const QString ref = m_outbox->enqueue(content, parentId);
    if (!ref.isEmpty())
        join();
    return ref;
}

void ConversationSession::retryMessage(const QString &mobileRefId)
{
    m_outbox->retry(mobileRefId);
    join();
}

void ConversationSession::discardMessage(const QString &mobileRefId)
{
    m_outbox->discard(mobileRefId);
}

bool ConversationSession::hasPendingMessages() const
{
    return m_outbox->hasPending();
}

QString ConversationSession::sendingMessage() const
{
    return m_outbox->sending();
}

// --- messages ---

void ConversationSession::editMessage(qint64 messageId, const QString &content)
{
    push<chat::MessageReply>(QStringLiteral("edit"), ev::EditMessage,
                             chat::EditMessage{messageId, content},
                             [this](const chat::MessageReply &reply) {
                                 dispatch(events::MessageEdited{0, reply.message});
                             });
}

void ConversationSession::deleteMessage(qint64 messageId)
{
    push(QStringLiteral("delete"), ev::DeleteMessage, chat::DeleteMessage{messageId},
         [this, messageId](const protocol::Empty &) {
             dispatch(events::MessageDeleted{m_id, 0, messageId});
         });
}

void ConversationSession::toggleReaction(qint64 messageId, const QString &emoji)
{
    const model::Message *message = m_state.message(m_id, messageId);
    if (!message)
        return;
    const qint64 me = m_state.me().id;
    const bool remove = std::any_of(
        message->reactions.cbegin(), message->reactions.cend(),
        [&](const model::Reaction &r) { return r.emoji == emoji && r.userIds.contains(me); });
    // The server refuses the same (model/Emoji): say so without a round trip. Taking back a
    // reaction stored before the rule still goes to the server.
    if (!remove && !model::isSingleEmoji(emoji)) {
        Q_EMIT actionFailed(QStringLiteral("react"), reasonName(wire::ErrorReason::Invalid));
        return;
    }
    push(QStringLiteral("react"), remove ? ev::RemoveReaction : ev::AddReaction,
         chat::Reaction{messageId, emoji},
         [this, messageId, emoji, me, remove](const protocol::Empty &) {
             // The server does not echo our own change. Applied to the reactions as they
             // are now, so one that someone else added meanwhile stays.
             const model::Message *current = m_state.message(m_id, messageId);
             if (!current)
                 return;
             dispatch(events::ReactionsChanged{m_id, 0, messageId,
                                               toggled(current->reactions, emoji, me, !remove)});
         });
}

void ConversationSession::setStarred(qint64 messageId, bool starred)
{
    push(QStringLiteral("star"), ev::StarMessage, chat::StarMessage{messageId, starred},
         [this, messageId, starred](const protocol::Empty &) {
             dispatch(events::MessageStarred{m_id, 0, messageId, starred, m_state.me().id});
         });
}

// Call on every keystroke (true) and when the draft is sent or cleared (false): "typing" goes
// out once, then as a refresh every few seconds, and "stopped" only after "typing".
void ConversationSession::setTyping(bool typing)
{
    PhoenixChannel *joined = joinedChannel();
    if (!joined)
        return;
    const bool sent = m_typingSentAt.isValid();
    if (typing && sent && !m_typingSentAt.hasExpired(kTypingRefreshMs))
        return;
    if (!typing && !sent)
        return;
    if (typing)
        m_typingSentAt.start();
    else
        m_typingSentAt.invalidate();
    joined->push(QString(ev::Typing), chat::SetTyping{typing}.toJson());
}

// --- the conversation itself ---

void ConversationSession::updateConversation(const QString &title, const QString &topic)
{
    chat::UpdateConversation update;
    update.topic.emplace(topic);
    // A direct conversation has no title; the server refuses one.
    const model::Conversation *conversation = m_state.conversation(m_id);
    if (!conversation || conversation->kind == model::Conversation::Kind::Group)
        update.title.emplace(title);
    push(QStringLiteral("update"), ev::UpdateConversation, update,
         [this, update](const protocol::Empty &) {
             // The reducer clears a field set to "", as the server does.
             events::ConversationChanges changes;
             changes.title = update.title;
             changes.topic = update.topic;
             dispatch(events::ChatConversationUpdated{m_id, 0, changes});
         });
}

void ConversationSession::addMembers(const QList<qint64> &userIds)
{
    push<chat::AddMembersReply>(QStringLiteral("add_members"), ev::AddMembers,
                                chat::AddMembers{userIds},
                                [this](const chat::AddMembersReply &reply) {
                                    for (const model::Member &member : reply.members)
                                        dispatch(events::MemberJoined{m_id, 0, member});
                                });
}

void ConversationSession::removeMember(qint64 userId)
{
    push(QStringLiteral("remove_member"), ev::RemoveMember, chat::RemoveMember{userId},
         [this, userId](const protocol::Empty &) {
             dispatch(events::MemberLeft{m_id, 0, userId});
         });
}

void ConversationSession::leaveConversation()
{
    push(QStringLiteral("leave"), ev::RemoveMember, chat::RemoveMember{m_state.me().id},
         [this](const protocol::Empty &) {
             Q_EMIT left(); // the session closes it first
             dispatch(events::ConversationRemoved{m_id, events::ConversationRemoved::Reason::Left});
         });
}

void ConversationSession::setArchived(bool archived)
{
    push(QStringLiteral("archive"), ev::ArchiveConversation, chat::ArchiveConversation{archived},
         [this, archived](const protocol::Empty &) {
             dispatch(events::ChatConversationUpdated{
                 m_id, 0, events::changesOf(&events::ConversationChanges::archived, archived)});
         });
}

} // namespace confab::client
