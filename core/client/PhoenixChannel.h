#pragma once

#include "client/Backoff.h"
#include "wire/Frame.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>

namespace confab::client {

class PhoenixSocket;

// The outcome of a push. `reason` is the server's error reason, or one of the client-side
// reasons "timeout", "disconnected" (the socket dropped before the reply) and "not_joined".
struct PushResult
{
    bool ok = false;
    QJsonObject response;
    QString reason;
    QString message;
};

using ReplyHandler = std::function<void(const PushResult &)>;

// One topic on a PhoenixSocket. Created and owned by the socket (PhoenixSocket::channel()).
//
// States: Closed (not wanted), Joining (wanted but not joined yet: waiting for the socket, for
// the join reply, or for a retry), Joined, Errored (the server refused the join for good:
// forbidden, not_found or unauthorized; join() again to retry).
class PhoenixChannel : public QObject
{
    Q_OBJECT
public:
    enum class State { Closed, Joining, Joined, Errored };
    Q_ENUM(State)

    ~PhoenixChannel() override;

    QString topic() const { return m_topic; }
    State state() const { return m_state; }
    bool isJoined() const { return m_state == State::Joined; }
    // The join_ref of the current join attempt or join; empty when there is none.
    QString joinRef() const { return m_joinRef; }

    // Called on every (re)join, so parameters such as since_seq are always fresh.
    void setJoinParams(std::function<QJsonObject()> provider);
    // How long a join may wait for its reply before it counts as failed ("timeout") and is
    // retried. Default 10000.
    void setJoinTimeoutMs(int ms);

    // Joins now if the socket is connected, otherwise as soon as it connects; rejoins after
    // every reconnect until leave(). A join refused with a reason other than forbidden,
    // not_found or unauthorized (or not answered in time) is retried with backoff while the
    // socket stays up, and on the next reconnect.
    void join();
    // Sends phx_leave if joined; stops rejoining; state Closed. Replies to pushes already sent
    // are still delivered.
    void leave();
    // Pushes `event` on this topic. `onReply` is always called exactly once unless the channel
    // is destroyed first, and never synchronously from within push().
    void push(const QString &event, const QJsonObject &payload, ReplyHandler onReply = {},
              int timeoutMs = 10000);

    // Pushes sent and still waiting for their reply.
    int pendingPushCount() const { return int(m_pending.size()); }

Q_SIGNALS:
    void joined(const QJsonObject &response); // every successful (re)join
    void joinFailed(const QString &reason, const QString &message);
    void eventReceived(const QString &event, const QJsonObject &payload);
    // phx_close from the server for the current join (e.g. removed from the conversation).
    void closedByServer();
    void stateChanged(confab::client::PhoenixChannel::State state);

private:
    friend class PhoenixSocket;
    PhoenixChannel(const QString &topic, PhoenixSocket *socket);

    struct Pending
    {
        ReplyHandler handler;
        QTimer *timer = nullptr;
    };

    // Called by the socket.
    void handleFrame(const wire::Frame &frame);
    void onSocketConnected();
    void onSocketDisconnected();

    void sendJoin();
    void handleJoinReply(const QJsonObject &payload);
    void onJoinTimeout();
    void scheduleRejoin();
    void handleReply(const wire::Frame &frame);
    void handleServerClose();
    void finishPush(const QString &ref, const PushResult &result);
    void failAllPending(const QString &reason);
    void setState(State state);

    PhoenixSocket *m_socket;
    QString m_topic;
    State m_state = State::Closed;
    bool m_wantJoined = false;
    QString m_joinRef;
    std::function<QJsonObject()> m_paramsProvider;
    QHash<QString, Pending> m_pending;
    QTimer m_joinTimer;
    QTimer m_rejoinTimer;
    Backoff m_rejoinBackoff{1000, 30000};
};

} // namespace confab::client
