#pragma once

#include "client/ClientEvents.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>

namespace confab::client {

class ClientState;
class PhoenixChannel;

// Sends what the user wrote, exactly once, in the order it was written. Every entry is
// dispatched as OutboxQueued (and so persisted) before the first send attempt, and it leaves
// the outbox only when the server's reply or a replayed copy shows the stored message. The
// server's send_message is idempotent per mobile_ref_id, so resending after a lost reply,
// a network drop or a restart cannot create a second copy.
class Outbox : public QObject
{
    Q_OBJECT
public:
    using Dispatch = std::function<void(const events::Event &)>;
    // The joined chat channel of a conversation, or nullptr when it is not joined (yet).
    using ChannelLookup = std::function<PhoenixChannel *(qint64 conversationId)>;

    Outbox(const ClientState &state, Dispatch dispatch, ChannelLookup channels,
           QObject *parent = nullptr);

    // Queues a new message and returns its mobile_ref_id; empty (and nothing queued) for
    // content that is only white space. Content the server could never accept (longer than
    // model::Message::MaxContentLength) is queued as Failed with reason "too_large", so the
    // user still sees it and can copy or discard it.
    QString enqueue(qint64 conversationId, const QString &content, std::optional<qint64> parentId);
    void retry(const QString &mobileRefId);
    // Drops an entry that is not on its way to the server (a Failed one, or a Pending one
    // that is not being sent right now).
    void discard(const QString &mobileRefId);
    // Marks every Pending entry of a conversation Failed (the conversation is gone for us).
    void failConversation(qint64 conversationId, const QString &reason);
    // Sends the pending entries of a conversation whose channel has just been (re)joined.
    void flush(qint64 conversationId);
    // Conversations with entries still pending (their channels must be joined to send them).
    QSet<qint64> pendingConversations() const;

    static bool isPermanentFailure(const QString &reason);

Q_SIGNALS:
    // A conversation's last pending entry went out or failed: its channel may be left again.
    void drained(qint64 conversationId);

private:
    struct InFlight
    {
        QString mobileRefId;
        // The channel the push went out on: if it is deleted, its reply never comes.
        QPointer<PhoenixChannel> channel;
    };

    bool isInFlight(qint64 conversationId) const;
    void sendNext(qint64 conversationId);
    void onReply(qint64 conversationId, const QString &mobileRefId, bool ok,
                 const QJsonObject &response, const QString &reason);
    void retryLater(qint64 conversationId);
    qint64 nextPosition() const;

    const ClientState &m_state;
    Dispatch m_dispatch;
    ChannelLookup m_channels;
    // One send in flight per conversation keeps the server's order equal to the typing order.
    QHash<qint64, InFlight> m_inFlight;
};

} // namespace confab::client
