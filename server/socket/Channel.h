#pragma once

#include "model/User.h"
#include "protocol/Phoenix.h"
#include "wire/ProtocolNames.h"

#include <QJsonObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>

namespace confab::server {

class SocketConnection;

// Who is on the other end of one joined topic.
struct ChannelSession
{
    model::User user;
    QString device;
    QString topic;
    QString joinRef;
    QPointer<SocketConnection> socket;

    // The id after the prefix ("chat:42" -> 42), 0 when the suffix is not a positive integer.
    qint64 topicId() const;
};

// Answers one join or push exactly once, possibly later (after a database job). Dropped
// silently when the socket has gone away in between.
class Reply
{
public:
    Reply() = default;
    Reply(QPointer<SocketConnection> socket, QString topic, std::optional<QString> joinRef,
          std::optional<QString> ref);
    // The answer to a client's request: the socket counts it as in flight until it is answered
    // (or dropped unanswered), so that it can stop taking requests while too many are running.
    static Reply forRequest(QPointer<SocketConnection> socket, QString topic,
                            std::optional<QString> joinRef, std::optional<QString> ref);

    void ok(const QJsonObject &response = {});
    void error(wire::ErrorReason reason, const QString &message = {});
    bool answered() const { return !m_state || m_state->answered; }

private:
    struct State
    {
        QPointer<SocketConnection> socket;
        QString topic;
        std::optional<QString> joinRef;
        std::optional<QString> ref;
        bool answered = false;
        bool inFlight = false;

        ~State() { settle(); }
        void settle();
    };
    std::shared_ptr<State> m_state;
    friend class JoinReply;
};

// The answer to phx_join. `ok` subscribes the socket to the topic, sends the reply, then runs
// `afterJoin` (so events such as presence_state arrive after the join reply, as Phoenix does).
class JoinReply
{
public:
    using Accept = std::function<void(const QJsonObject &response, std::function<void()>)>;
    JoinReply(Reply reply, Accept accept)
        : m_reply(std::move(reply))
        , m_accept(std::move(accept))
    {
    }

    void ok(const QJsonObject &response, std::function<void()> afterJoin = {});
    void error(wire::ErrorReason reason, const QString &message = {});

private:
    Reply m_reply;
    Accept m_accept;
};

// Handles every topic with one prefix ("user:", "chat:", ...). One instance serves all joins;
// anything per join lives in the ChannelSession or in the handler's own maps.
class ChannelHandler
{
public:
    virtual ~ChannelHandler() = default;

    virtual void join(const ChannelSession &session, const QJsonObject &params,
                      JoinReply reply) = 0;
    virtual void handleIn(const ChannelSession &session, const QString &event,
                          const QJsonObject &payload, Reply reply) = 0;
    // The join ended: phx_leave, a replacing join, or the socket closed.
    virtual void leave(const ChannelSession &session) { Q_UNUSED(session); }
};

} // namespace confab::server
