#pragma once

#include "client/ClientEvents.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>

namespace confab::client {

class ClientState;
class PhoenixChannel;

// One conversation's slice of the outbox: sends what the user wrote there, exactly once, in
// the order it was written. Every entry is dispatched as OutboxQueued (and so persisted)
// before the first send attempt, and it leaves the outbox only when the server's reply or a
// replayed copy shows the stored message (the reducer decides that). The server's
// send_message is idempotent per mobile_ref_id, so resending after a lost reply, a network
// drop or a restart cannot create a second copy. The entries themselves live in the state.
class Outbox : public QObject
{
    Q_OBJECT
public:
    using Dispatch = std::function<void(const events::Event &)>;
    // The joined chat channel of this conversation, or nullptr when it is not joined (yet).
    using ChannelLookup = std::function<PhoenixChannel *()>;

    Outbox(qint64 conversationId, const ClientState &state, Dispatch dispatch,
           ChannelLookup channel, QObject *parent = nullptr);

    // Queues a new message and returns its mobile_ref_id; empty (and nothing queued) for
    // content that is only white space. Content the server could never accept (longer than
    // model::Message::MaxContentLength) is queued as Failed with reason "too_large", so the
    // user still sees it and can copy or discard it.
    QString enqueue(const QString &content, std::optional<qint64> parentId);
    void retry(const QString &mobileRefId);
    // Drops an entry that is not on its way to the server (a Failed one, or a Pending one
    // that is not being sent right now).
    void discard(const QString &mobileRefId);
    // Marks every Pending entry Failed (the conversation is gone for us).
    void failPending(const QString &reason);
    // Sends the next pending entry, if none is on its way; call once the channel is joined.
    void flush();
    bool hasPending() const;
    // The entry on its way to the server; empty when none is.
    QString sending() const;

    // Conversations with entries still pending (their channels must be joined to send them).
    static QSet<qint64> pendingConversations(const ClientState &state);
    static bool isPermanentFailure(const QString &reason);

Q_SIGNALS:
    // The last pending entry went out or failed: the channel may be left again.
    void drained();

private:
    bool isInFlight() const;
    void sendNext();
    void onReply(const QString &mobileRefId, bool ok, const QJsonObject &response,
                 const QString &reason);
    void retryLater();
    qint64 nextPosition() const;

    const qint64 m_conversationId;
    const ClientState &m_state;
    Dispatch m_dispatch;
    ChannelLookup m_channel;
    // One send in flight keeps the server's order equal to the typing order.
    QString m_inFlightRef;
    // The channel the push went out on: if it is deleted, its reply never comes.
    QPointer<PhoenixChannel> m_inFlightChannel;
    bool m_sentSinceDrained = false;
};

} // namespace confab::client
