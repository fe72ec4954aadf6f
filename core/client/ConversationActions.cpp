#include "client/ClientState.h"
#include "client/ConversationSession.h"
#include "client/Outbox.h"
#include "client/PhoenixChannel.h"
#include "wire/ProtocolNames.h"

#include <QJsonArray>

// The pushes behind user actions in one conversation. Each one either changes the state from
// the server's reply (the server does not echo a change back to the socket that caused it) or
// reports actionFailed with the protocol's reason.

namespace confab::client {

namespace ev = wire::event;

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
        QString(ev::MarkRead), {{QStringLiteral("seq"), seq}},
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
    push(QStringLiteral("edit"), QString(ev::EditMessage),
         {{QStringLiteral("message_id"), messageId}, {QStringLiteral("content"), content}},
         [this](const QJsonObject &response) {
             if (auto message = model::Message::fromJson(
                     response.value(QLatin1StringView("message")).toObject()))
                 dispatch(events::MessageEdited{0, *message});
         });
}

void ConversationSession::deleteMessage(qint64 messageId)
{
    push(QStringLiteral("delete"), QString(ev::DeleteMessage),
         {{QStringLiteral("message_id"), messageId}}, [this, messageId](const QJsonObject &) {
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
    push(QStringLiteral("react"), QString(remove ? ev::RemoveReaction : ev::AddReaction),
         {{QStringLiteral("message_id"), messageId}, {QStringLiteral("emoji"), emoji}},
         [this, messageId, emoji, me, remove](const QJsonObject &) {
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
    push(QStringLiteral("star"), QString(ev::StarMessage),
         {{QStringLiteral("message_id"), messageId}, {QStringLiteral("starred"), starred}},
         [this, messageId, starred](const QJsonObject &) {
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
    joined->push(QString(ev::Typing), {{QStringLiteral("typing"), typing}});
}

// --- the conversation itself ---

void ConversationSession::updateConversation(const QString &title, const QString &topic)
{
    QJsonObject changes{{QStringLiteral("topic"), topic}};
    // A direct conversation has no title; the server refuses one.
    const model::Conversation *conversation = m_state.conversation(m_id);
    if (!conversation || conversation->kind == model::Conversation::Kind::Group)
        changes.insert(QStringLiteral("title"), title);
    push(QStringLiteral("update"), QString(ev::UpdateConversation), changes,
         [this, changes](const QJsonObject &) {
             dispatch(events::ChatConversationUpdated{m_id, 0, changes});
         });
}

void ConversationSession::addMembers(const QList<qint64> &userIds)
{
    QJsonArray ids;
    for (qint64 id : userIds)
        ids.append(id);
    push(QStringLiteral("add_members"), QString(ev::AddMembers),
         {{QStringLiteral("user_ids"), ids}}, [this](const QJsonObject &response) {
             for (const QJsonValue &item : response.value(QLatin1StringView("members")).toArray()) {
                 if (auto member = model::Member::fromJson(item.toObject()))
                     dispatch(events::MemberJoined{m_id, 0, *member});
             }
         });
}

void ConversationSession::removeMember(qint64 userId)
{
    push(QStringLiteral("remove_member"), QString(ev::RemoveMember),
         {{QStringLiteral("user_id"), userId}}, [this, userId](const QJsonObject &) {
             dispatch(events::MemberLeft{m_id, 0, userId});
         });
}

void ConversationSession::leaveConversation()
{
    push(QStringLiteral("leave"), QString(ev::RemoveMember),
         {{QStringLiteral("user_id"), m_state.me().id}}, [this](const QJsonObject &) {
             Q_EMIT left(); // the session closes it first
             dispatch(events::ConversationRemoved{m_id, QStringLiteral("left")});
         });
}

void ConversationSession::setArchived(bool archived)
{
    push(QStringLiteral("archive"), QString(ev::ArchiveConversation),
         {{QStringLiteral("archived"), archived}}, [this, archived](const QJsonObject &) {
             dispatch(events::ChatConversationUpdated{
                 m_id, 0, {{QStringLiteral("archived"), archived}}});
         });
}

} // namespace confab::client
