#include "socket/Channel.h"

#include "socket/SocketConnection.h"

namespace confab::server {

qint64 ChannelSession::topicId() const
{
    const qsizetype colon = topic.indexOf(u':');
    if (colon < 0)
        return 0;
    bool ok = false;
    const QStringView suffix = QStringView(topic).mid(colon + 1);
    // Reject "+5", " 5" and "05": exactly one spelling per id.
    if (suffix.isEmpty() || suffix.front() == u'0' || !suffix.front().isDigit())
        return 0;
    const qint64 id = suffix.toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

Reply::Reply(QPointer<SocketConnection> socket, QString topic, std::optional<QString> joinRef,
             std::optional<QString> ref)
    : m_state(std::make_shared<State>())
{
    m_state->socket = std::move(socket);
    m_state->topic = std::move(topic);
    m_state->joinRef = std::move(joinRef);
    m_state->ref = std::move(ref);
}

Reply Reply::forRequest(QPointer<SocketConnection> socket, QString topic,
                        std::optional<QString> joinRef, std::optional<QString> ref)
{
    Reply reply(socket, std::move(topic), std::move(joinRef), std::move(ref));
    if (socket) {
        reply.m_state->inFlight = true;
        socket->requestStarted();
    }
    return reply;
}

void Reply::State::settle()
{
    if (!inFlight)
        return;
    inFlight = false;
    if (socket)
        socket->requestSettled();
}

void Reply::ok(const QJsonObject &response)
{
    if (!m_state || m_state->answered)
        return;
    m_state->answered = true;
    if (m_state->socket) {
        m_state->socket->sendReply(m_state->topic, m_state->joinRef, m_state->ref,
                                   {protocol::ReplyEnvelope::Status::Ok, response});
    }
    m_state->settle();
}

void Reply::error(wire::ErrorReason reason, const QString &message)
{
    if (!m_state || m_state->answered)
        return;
    m_state->answered = true;
    if (!m_state->socket)
        return m_state->settle();
    // An empty message is left out, as before: the reason alone says enough.
    const protocol::ErrorReply response{
        reason, message.isEmpty() ? std::nullopt : std::optional<QString>(message)};
    m_state->socket->sendReply(m_state->topic, m_state->joinRef, m_state->ref,
                               {protocol::ReplyEnvelope::Status::Error, response.toJson()});
    m_state->settle();
}

void JoinReply::ok(const QJsonObject &response, std::function<void()> afterJoin)
{
    if (m_reply.answered())
        return;
    m_accept(response, std::move(afterJoin));
}

void JoinReply::error(wire::ErrorReason reason, const QString &message)
{
    m_reply.error(reason, message);
}

} // namespace confab::server
