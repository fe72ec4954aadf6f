#include "client/ClientSession.h"
#include "client/PhoenixChannel.h"
#include "wire/ProtocolNames.h"

#include <QJsonArray>

// The account-wide pushes behind user actions, on the user: and notifications: channels (the
// ones in a conversation are ConversationSession's). Each one either changes the state from the
// server's reply (the server does not echo a change back to the socket that caused it) or reports
// actionFailed with the protocol's reason, which the UI turns into a translated text.

namespace confab::client {

namespace ev = wire::event;

namespace {
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

void ClientSession::pushUser(const QString &action, const QString &event,
                             const QJsonObject &payload,
                             std::function<void(const QJsonObject &)> onOk)
{
    if (!m_userChannel || !m_userChannel->isJoined()) {
        Q_EMIT actionFailed(action, QStringLiteral("disconnected"));
        return;
    }
    m_userChannel->push(
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
