#include "client/ClientLogging.h"
#include "client/ClientSession.h"
#include "client/LocalCache.h"
#include "client/Outbox.h"
#include "client/PhoenixChannel.h"
#include "client/Reducer.h"
#include "wire/ProtocolNames.h"

#include <QJsonArray>

// The pushes behind user actions. Each one either changes the state from the server's reply
// (the server does not echo a change back to the socket that caused it) or reports
// actionFailed with the protocol's reason, which the UI turns into a translated text.

namespace confab::client {

namespace ev = wire::event;

namespace {
// The server forgets "typing" after 5 s without a refresh; refresh well before that.
constexpr int kTypingRefreshMs = 3000;

QString statusName(Availability status)
{
    switch (status) {
    case Availability::Away:
        return QStringLiteral("away");
    case Availability::DoNotDisturb:
        return QStringLiteral("dnd");
    case Availability::Online:
    case Availability::Offline:
        break;
    }
    return QStringLiteral("online");
}
} // namespace

void ClientSession::pushChat(qint64 conversationId, const QString &action, const QString &event,
                             const QJsonObject &payload,
                             std::function<void(const QJsonObject &)> onOk)
{
    pushOn(joinedChat(conversationId), action, event, payload, std::move(onOk));
}

void ClientSession::pushUser(const QString &action, const QString &event,
                             const QJsonObject &payload,
                             std::function<void(const QJsonObject &)> onOk)
{
    pushOn(m_userChannel && m_userChannel->isJoined() ? m_userChannel.data() : nullptr, action,
           event, payload, std::move(onOk));
}

void ClientSession::pushOn(PhoenixChannel *joined, const QString &action, const QString &event,
                           const QJsonObject &payload,
                           std::function<void(const QJsonObject &)> onOk)
{
    if (!joined) {
        Q_EMIT actionFailed(action, QStringLiteral("disconnected"));
        return;
    }
    joined->push(
        event, payload,
        [this, guard = QPointer<ClientSession>(this), action,
         onOk = std::move(onOk)](const PushResult &result) {
            if (!guard)
                return;
            if (!result.ok)
                Q_EMIT actionFailed(action, result.reason);
            else if (onOk)
                onOk(result.response);
        },
        m_options.pushTimeoutMs);
}

// --- reading ---

void ClientSession::loadThread(qint64 conversationId, qint64 rootId)
{
    if (m_cache)
        m_cache->loadThread(
            conversationId, rootId, [this, conversationId](const QList<model::Message> &messages) {
                Reducer::apply(*m_state, events::MessagesMerged{conversationId, messages, true});
            });
    if (!joinedChat(conversationId))
        return;
    pushChat(conversationId, QStringLiteral("load_thread"), QString(ev::LoadThread),
             {{QStringLiteral("message_id"), rootId}},
             [this, conversationId](const QJsonObject &response) {
                 QList<model::Message> messages =
                     events::parseMessages(response.value(QLatin1StringView("replies")));
                 if (auto root = model::Message::fromJson(
                         response.value(QLatin1StringView("root")).toObject()))
                     messages.prepend(*root);
                 dispatch(events::MessagesMerged{conversationId, messages});
             });
}

void ClientSession::loadStarred(qint64 conversationId)
{
    if (m_cache)
        m_cache->loadStarred(
            conversationId, [this, conversationId](const QList<model::Message> &messages) {
                Reducer::apply(*m_state, events::MessagesMerged{conversationId, messages, true});
            });
    if (!joinedChat(conversationId))
        return;
    pushChat(conversationId, QStringLiteral("list_starred"), QString(ev::ListStarred), {},
             [this, conversationId](const QJsonObject &response) {
                 dispatch(events::MessagesMerged{
                     conversationId,
                     events::parseMessages(response.value(QLatin1StringView("messages")))});
             });
}

// Marking read may come before the chat is joined (the timeline shows the cached page): the
// position is kept and sent once it is.
void ClientSession::markRead(qint64 conversationId, qint64 seq)
{
    const model::Conversation *conversation = m_state->conversation(conversationId);
    const qint64 known =
        conversation && conversation->reader ? conversation->reader->lastReadSeq : 0;
    if (seq <= known || seq <= m_readWanted.value(conversationId))
        return;
    m_readWanted.insert(conversationId, seq);
    sendReadPosition(conversationId);
}

void ClientSession::sendReadPosition(qint64 conversationId)
{
    PhoenixChannel *channel = joinedChat(conversationId);
    const qint64 seq = m_readWanted.value(conversationId);
    if (!channel || seq <= m_readSent.value(conversationId))
        return;
    m_readSent.insert(conversationId, seq);
    channel->push(
        QString(ev::MarkRead), {{QStringLiteral("seq"), seq}},
        [this, guard = QPointer<ClientSession>(this), conversationId,
         seq](const PushResult &result) {
            // Not sent after all: the next join tries again.
            if (guard && !result.ok && m_readSent.value(conversationId) == seq)
                m_readSent.remove(conversationId);
        },
        m_options.pushTimeoutMs);
}

// --- writing ---

QString ClientSession::sendMessage(qint64 conversationId, const QString &content,
                                   std::optional<qint64> parentId)
{
    const QString ref = m_outbox->enqueue(conversationId, content, parentId);
    if (!ref.isEmpty())
        ensureChatJoined(conversationId);
    return ref;
}

void ClientSession::retryMessage(const QString &mobileRefId)
{
    m_outbox->retry(mobileRefId);
    if (const OutboxEntry *entry = m_state->outboxEntry(mobileRefId))
        ensureChatJoined(entry->conversationId);
}

void ClientSession::discardMessage(const QString &mobileRefId)
{
    m_outbox->discard(mobileRefId);
}

void ClientSession::editMessage(qint64 conversationId, qint64 messageId, const QString &content)
{
    pushChat(conversationId, QStringLiteral("edit"), QString(ev::EditMessage),
             {{QStringLiteral("message_id"), messageId}, {QStringLiteral("content"), content}},
             [this](const QJsonObject &response) {
                 if (auto message = model::Message::fromJson(
                         response.value(QLatin1StringView("message")).toObject()))
                     dispatch(events::MessageEdited{0, *message});
             });
}

void ClientSession::deleteMessage(qint64 conversationId, qint64 messageId)
{
    pushChat(conversationId, QStringLiteral("delete"), QString(ev::DeleteMessage),
             {{QStringLiteral("message_id"), messageId}},
             [this, conversationId, messageId](const QJsonObject &) {
                 dispatch(events::MessageDeleted{conversationId, 0, messageId});
             });
}

namespace {
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

void ClientSession::toggleReaction(qint64 conversationId, qint64 messageId, const QString &emoji)
{
    const model::Message *message = m_state->message(conversationId, messageId);
    if (!message)
        return;
    const qint64 me = m_state->me().id;
    const bool remove = std::any_of(
        message->reactions.cbegin(), message->reactions.cend(),
        [&](const model::Reaction &r) { return r.emoji == emoji && r.userIds.contains(me); });
    pushChat(conversationId, QStringLiteral("react"),
             QString(remove ? ev::RemoveReaction : ev::AddReaction),
             {{QStringLiteral("message_id"), messageId}, {QStringLiteral("emoji"), emoji}},
             [this, conversationId, messageId, emoji, me, remove](const QJsonObject &) {
                 // The server does not echo our own change. Applied to the reactions as they
                 // are now, so one that someone else added meanwhile stays.
                 const model::Message *current = m_state->message(conversationId, messageId);
                 if (!current)
                     return;
                 dispatch(
                     events::ReactionsChanged{conversationId, 0, messageId,
                                              toggled(current->reactions, emoji, me, !remove)});
             });
}

void ClientSession::setStarred(qint64 conversationId, qint64 messageId, bool starred)
{
    pushChat(conversationId, QStringLiteral("star"), QString(ev::StarMessage),
             {{QStringLiteral("message_id"), messageId}, {QStringLiteral("starred"), starred}},
             [this, conversationId, messageId, starred](const QJsonObject &) {
                 dispatch(events::MessageStarred{conversationId, 0, messageId, starred,
                                                 m_state->me().id});
             });
}

// Call on every keystroke (true) and when the draft is sent or cleared (false): "typing" goes
// out once, then as a refresh every few seconds, and "stopped" only after "typing".
void ClientSession::setTyping(qint64 conversationId, bool typing)
{
    PhoenixChannel *channel = joinedChat(conversationId);
    if (!channel)
        return;
    const auto sent = m_typingSentAt.constFind(conversationId);
    if (typing && sent != m_typingSentAt.cend() && !sent->hasExpired(kTypingRefreshMs))
        return;
    if (!typing && sent == m_typingSentAt.cend())
        return;
    if (typing)
        m_typingSentAt[conversationId].start();
    else
        m_typingSentAt.remove(conversationId);
    channel->push(QString(ev::Typing), {{QStringLiteral("typing"), typing}});
}

void ClientSession::setPinned(qint64 conversationId, bool pinned)
{
    pushUser(
        QStringLiteral("pin"), QString(ev::SetPinned),
        {{QStringLiteral("conversation_id"), conversationId}, {QStringLiteral("pinned"), pinned}},
        [this, conversationId, pinned](const QJsonObject &) {
            dispatch(events::ConversationUpdated{
                conversationId, events::changesOf(&events::ConversationChanges::pinned, pinned)});
        });
}

void ClientSession::setMuted(qint64 conversationId, bool muted)
{
    pushUser(
        QStringLiteral("mute"), QString(ev::SetMuted),
        {{QStringLiteral("conversation_id"), conversationId}, {QStringLiteral("muted"), muted}},
        [this, conversationId, muted](const QJsonObject &) {
            dispatch(events::ConversationUpdated{
                conversationId, events::changesOf(&events::ConversationChanges::muted, muted)});
        });
}

void ClientSession::setStatus(Availability status)
{
    if (status == Availability::Offline)
        return;
    m_status = status;
    sendStatus();
}

void ClientSession::sendStatus()
{
    if (m_userChannel && m_userChannel->isJoined())
        m_userChannel->push(QString(ev::SetStatus),
                            {{QStringLiteral("status"), statusName(m_status)}});
}

void ClientSession::updateConversation(qint64 conversationId, const QString &title,
                                       const QString &topic)
{
    QJsonObject changes{{QStringLiteral("topic"), topic}};
    // A direct conversation has no title; the server refuses one.
    const model::Conversation *conversation = m_state->conversation(conversationId);
    if (!conversation || conversation->kind == model::Conversation::Kind::Group)
        changes.insert(QStringLiteral("title"), title);
    pushChat(conversationId, QStringLiteral("update"), QString(ev::UpdateConversation), changes,
             [this, conversationId, changes](const QJsonObject &) {
                 dispatch(events::ChatConversationUpdated{
                     conversationId, 0,
                     events::ConversationChanges::fromJson(changes).toOptional().value_or(
                         events::ConversationChanges{})});
             });
}

void ClientSession::addMembers(qint64 conversationId, const QList<qint64> &userIds)
{
    QJsonArray ids;
    for (qint64 id : userIds)
        ids.append(id);
    pushChat(
        conversationId, QStringLiteral("add_members"), QString(ev::AddMembers),
        {{QStringLiteral("user_ids"), ids}}, [this, conversationId](const QJsonObject &response) {
            for (const QJsonValue &item : response.value(QLatin1StringView("members")).toArray()) {
                if (auto member = model::Member::fromJson(item.toObject()))
                    dispatch(events::MemberJoined{conversationId, 0, *member});
            }
        });
}

void ClientSession::removeMember(qint64 conversationId, qint64 userId)
{
    pushChat(conversationId, QStringLiteral("remove_member"), QString(ev::RemoveMember),
             {{QStringLiteral("user_id"), userId}},
             [this, conversationId, userId](const QJsonObject &) {
                 dispatch(events::MemberLeft{conversationId, 0, userId});
             });
}

void ClientSession::leaveConversation(qint64 conversationId)
{
    pushChat(conversationId, QStringLiteral("leave"), QString(ev::RemoveMember),
             {{QStringLiteral("user_id"), m_state->me().id}},
             [this, conversationId](const QJsonObject &) {
                 closeConversation(conversationId);
                 dispatch(events::ConversationRemoved{conversationId,
                                                      events::ConversationRemoved::Reason::Left});
             });
}

void ClientSession::setArchived(qint64 conversationId, bool archived)
{
    pushChat(conversationId, QStringLiteral("archive"), QString(ev::ArchiveConversation),
             {{QStringLiteral("archived"), archived}},
             [this, conversationId, archived](const QJsonObject &) {
                 dispatch(events::ChatConversationUpdated{
                     conversationId, 0,
                     events::changesOf(&events::ConversationChanges::archived, archived)});
             });
}

void ClientSession::markAllNotificationsRead()
{
    if (m_notificationsChannel && m_notificationsChannel->isJoined())
        m_notificationsChannel->push(QString(ev::MarkAllRead), {});
}

void ClientSession::createConversation(bool direct, const QString &title,
                                       const QList<qint64> &memberIds, ConversationCallback done)
{
    QJsonArray ids;
    for (qint64 id : memberIds)
        ids.append(id);
    QJsonObject payload{
        {QStringLiteral("kind"), direct ? QStringLiteral("direct") : QStringLiteral("group")},
        {QStringLiteral("member_ids"), ids}};
    if (!direct)
        payload.insert(QStringLiteral("title"), title);
    if (!m_userChannel || !m_userChannel->isJoined()) {
        done(0, QStringLiteral("disconnected"));
        return;
    }
    m_userChannel->push(
        QString(ev::CreateConversation), payload,
        [this, guard = QPointer<ClientSession>(this), done](const PushResult &result) {
            if (!guard)
                return;
            const auto conversation = model::Conversation::fromJson(
                result.response.value(QLatin1StringView("conversation")).toObject());
            if (!result.ok || !conversation) {
                done(0, result.ok ? QStringLiteral("bad_response") : result.reason);
                return;
            }
            dispatch(events::ConversationCreated{*conversation});
            done(conversation->id, QString());
        },
        m_options.pushTimeoutMs);
}

void ClientSession::searchUsers(const QString &query, UsersCallback done)
{
    if (!m_userChannel || !m_userChannel->isJoined()) {
        done({});
        return;
    }
    m_userChannel->push(QString(ev::SearchUsers),
                        {{QStringLiteral("query"), query}, {QStringLiteral("limit"), 20}},
                        [guard = QPointer<ClientSession>(this), done](const PushResult &result) {
                            if (!guard)
                                return;
                            QList<model::User> users;
                            for (const QJsonValue &item :
                                 result.response.value(QLatin1StringView("users")).toArray()) {
                                if (auto user = model::User::fromJson(item.toObject()))
                                    users.append(*user);
                            }
                            done(users);
                        });
}

} // namespace confab::client
