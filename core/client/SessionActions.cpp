#include "client/ClientLogging.h"
#include "client/ClientSession.h"
#include "client/FailureReason.h"
#include "client/PhoenixChannel.h"
#include "protocol/NotificationsTopic.h"
#include "protocol/Phoenix.h"
#include "protocol/UserTopic.h"
#include "wire/ProtocolNames.h"

// The account-wide pushes behind user actions, on the user: and notifications: channels (the
// ones in a conversation are ConversationSession's). Each one either changes the state from the
// server's reply (the server does not echo a change back to the socket that caused it) or reports
// actionFailed with the protocol's reason, which the UI turns into a translated text.

namespace confab::client {

namespace ev = wire::event;
namespace user = protocol::user;

namespace {
model::PresenceMeta::Status presenceStatus(Availability status)
{
    switch (status) {
    case Availability::Away:
        return model::PresenceMeta::Status::Away;
    case Availability::DoNotDisturb:
        return model::PresenceMeta::Status::Dnd;
    case Availability::Online:
    case Availability::Offline:
    case Availability::Unknown:
        break;
    }
    return model::PresenceMeta::Status::Online;
}
} // namespace

void ClientSession::pushUser(const QString &action, const QString &event,
                             const QJsonObject &payload,
                             std::function<void(const QJsonObject &)> onOk)
{
    if (!m_userChannel || !m_userChannel->isJoined()) {
        Q_EMIT actionFailed(action, reasonName(LocalReason::Disconnected));
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
        user::SetPinned{conversationId, pinned}.toJson(),
        [this, conversationId, pinned](const QJsonObject &) {
            dispatch(events::ConversationUpdated{
                conversationId, events::changesOf(&events::ConversationChanges::pinned, pinned)});
        });
}

void ClientSession::setMuted(qint64 conversationId, bool muted)
{
    pushUser(
        QStringLiteral("mute"), QString(ev::SetMuted),
        user::SetMuted{conversationId, muted}.toJson(),
        [this, conversationId, muted](const QJsonObject &) {
            dispatch(events::ConversationUpdated{
                conversationId, events::changesOf(&events::ConversationChanges::muted, muted)});
        });
}

void ClientSession::setStatus(Availability status)
{
    if (status == Availability::Offline || status == Availability::Unknown)
        return; // not a status one can choose
    m_status = status;
    sendStatus();
}

void ClientSession::sendStatus()
{
    if (m_userChannel && m_userChannel->isJoined())
        m_userChannel->push(QString(ev::SetStatus),
                            user::SetStatus{presenceStatus(m_status)}.toJson());
}

void ClientSession::markAllNotificationsRead()
{
    if (m_notificationsChannel && m_notificationsChannel->isJoined())
        m_notificationsChannel->push(QString(ev::MarkAllRead), protocol::Empty{}.toJson());
}

void ClientSession::createConversation(bool direct, const QString &title,
                                       const QList<qint64> &memberIds, ConversationCallback done)
{
    user::CreateConversation create;
    create.kind = direct ? model::Conversation::Kind::Direct : model::Conversation::Kind::Group;
    create.memberIds = memberIds;
    if (!direct)
        create.title = title;
    if (!m_userChannel || !m_userChannel->isJoined()) {
        done(0, reasonName(LocalReason::Disconnected));
        return;
    }
    m_userChannel->push(
        QString(ev::CreateConversation), create.toJson(),
        [this, guard = QPointer<ClientSession>(this), done](const PushResult &result) {
            if (!guard)
                return;
            const auto created = user::ConversationCreated::fromJson(result.response);
            if (!result.ok || !created) {
                done(0, result.ok ? reasonName(LocalReason::BadResponse) : result.reason);
                return;
            }
            dispatch(*created);
            done(created->conversation.id, QString());
        },
        m_options.pushTimeoutMs);
}

void ClientSession::searchUsers(const QString &query, UsersCallback done)
{
    if (!m_userChannel || !m_userChannel->isJoined()) {
        done({});
        return;
    }
    m_userChannel->push(
        QString(ev::SearchUsers), user::SearchUsers{query, user::DefaultSearchLimit}.toJson(),
        [guard = QPointer<ClientSession>(this), done](const PushResult &result) {
            if (!guard)
                return;
            const auto found = user::SearchUsersReply::fromJson(result.response);
            if (result.ok && !found)
                qCWarning(lcClientSession) << "search reply refused:" << found.error().text();
            done(found ? found->users : QList<model::User>{});
        });
}

} // namespace confab::client
