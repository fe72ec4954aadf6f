#include "client/Outbox.h"

#include "client/ClientLogging.h"
#include "client/ClientState.h"
#include "client/FailureReason.h"
#include "client/PhoenixChannel.h"
#include "protocol/ChatTopic.h"
#include "wire/ProtocolNames.h"

#include <QJsonObject>
#include <QTimer>
#include <QUuid>

namespace confab::client {

namespace {
// After a refusal that may pass (rate limit, server error, no reply in time), wait this long
// before the next attempt on the same join.
constexpr int kTransientRetryMs = 2000;
// How long a send may wait for its reply: the server answers only after the message is on
// disk, which under load can take a while.
constexpr int kSendTimeoutMs = 20000;
} // namespace

namespace {
// The send_message payload of an entry.
QJsonObject sendPayload(const OutboxEntry &entry)
{
    return protocol::chat::SendMessage{entry.mobileRefId, entry.content, entry.parentId}.toJson();
}
} // namespace

Outbox::Outbox(qint64 conversationId, const ClientState &state, Dispatch dispatch,
               ChannelLookup channel, QObject *parent)
    : QObject(parent)
    , m_conversationId(conversationId)
    , m_state(state)
    , m_dispatch(std::move(dispatch))
    , m_channel(std::move(channel))
{
}

bool Outbox::isPermanentFailure(const QString &reason)
{
    // The server said no for a reason resending cannot fix. Everything else (timeouts, drops,
    // rate limits, internal errors) is retried.
    using wire::ErrorReason;
    switch (wire::errorReasonFromName(reason).value_or(ErrorReason::Internal)) {
    case ErrorReason::Invalid:
    case ErrorReason::TooLarge:
    case ErrorReason::Forbidden:
    case ErrorReason::NotFound:
    case ErrorReason::Archived:
    case ErrorReason::Conflict:
        return true;
    default:
        return false;
    }
}

// Positions are account-wide, so the outbox keeps one typing order across conversations.
qint64 Outbox::nextPosition() const
{
    qint64 last = 0;
    for (const OutboxEntry &entry : m_state.outbox())
        last = std::max(last, entry.position);
    return std::max(last + 1, QDateTime::currentMSecsSinceEpoch());
}

QString Outbox::enqueue(const QString &content, std::optional<qint64> parentId)
{
    if (content.trimmed().isEmpty())
        return {};
    OutboxEntry entry;
    entry.mobileRefId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.conversationId = m_conversationId;
    entry.content = content;
    entry.parentId = parentId;
    entry.createdAt = QDateTime::currentDateTimeUtc();
    entry.position = nextPosition();
    // Refused here rather than by the server: a frame that large may not even reach it.
    if (content.size() > model::Message::MaxContentLength) {
        entry.status = OutboxEntry::Status::Failed;
        entry.failureReason = reasonName(wire::ErrorReason::TooLarge);
    }
    m_dispatch(events::OutboxQueued{entry});
    qCDebug(lcClientOutbox) << "queued" << entry.mobileRefId << "in" << m_conversationId;
    sendNext();
    return entry.mobileRefId;
}

void Outbox::retry(const QString &mobileRefId)
{
    const OutboxEntry *found = m_state.outboxEntry(mobileRefId);
    if (!found || found->conversationId != m_conversationId ||
        found->status != OutboxEntry::Status::Failed ||
        found->content.size() > model::Message::MaxContentLength)
        return;
    OutboxEntry entry = *found;
    entry.status = OutboxEntry::Status::Pending;
    entry.failureReason.clear();
    m_dispatch(events::OutboxQueued{entry});
    sendNext();
}

void Outbox::discard(const QString &mobileRefId)
{
    const OutboxEntry *found = m_state.outboxEntry(mobileRefId);
    // An entry on its way cannot be taken back: the server may already have stored it.
    if (!found || found->conversationId != m_conversationId ||
        (isInFlight() && m_inFlightRef == mobileRefId))
        return;
    m_dispatch(events::OutboxDiscarded{mobileRefId});
    if (!hasPending())
        Q_EMIT drained();
}

void Outbox::failPending(const QString &reason)
{
    for (const OutboxEntry &entry : m_state.outbox(m_conversationId)) {
        if (entry.status == OutboxEntry::Status::Pending)
            m_dispatch(events::OutboxFailed{entry.mobileRefId, reason});
    }
    m_inFlightRef.clear();
    m_inFlightChannel.clear();
}

void Outbox::flush()
{
    sendNext();
}

bool Outbox::hasPending() const
{
    const QList<OutboxEntry> entries = m_state.outbox(m_conversationId);
    return std::any_of(entries.cbegin(), entries.cend(), [](const OutboxEntry &entry) {
        return entry.status == OutboxEntry::Status::Pending;
    });
}

QString Outbox::sending() const
{
    return isInFlight() ? m_inFlightRef : QString();
}

QSet<qint64> Outbox::pendingConversations(const ClientState &state)
{
    QSet<qint64> conversations;
    for (const OutboxEntry &entry : state.outbox()) {
        if (entry.status == OutboxEntry::Status::Pending)
            conversations.insert(entry.conversationId);
    }
    return conversations;
}

bool Outbox::isInFlight() const
{
    return !m_inFlightRef.isEmpty() && m_inFlightChannel;
}

void Outbox::sendNext()
{
    if (isInFlight())
        return;
    m_inFlightRef.clear();
    PhoenixChannel *channel = m_channel();
    if (!channel || !channel->isJoined())
        return; // flush() runs again once the channel is joined
    const QList<OutboxEntry> entries = m_state.outbox(m_conversationId);
    const auto next = std::find_if(entries.cbegin(), entries.cend(), [](const OutboxEntry &e) {
        return e.status == OutboxEntry::Status::Pending;
    });
    if (next == entries.cend()) {
        // Only after sending: a flush with nothing to send must not make the channel go
        // (it may have been joined for something else).
        if (std::exchange(m_sentSinceDrained, false))
            Q_EMIT drained();
        return;
    }
    const QString ref = next->mobileRefId;
    m_inFlightRef = ref;
    m_inFlightChannel = channel;
    m_sentSinceDrained = true;
    channel->push(
        QString(wire::event::SendMessage), sendPayload(*next),
        [guard = QPointer<Outbox>(this), ref](const PushResult &result) {
            if (guard)
                guard->onReply(ref, result.ok, result.response, result.reason);
        },
        kSendTimeoutMs);
}

void Outbox::onReply(const QString &mobileRefId, bool ok, const QJsonObject &response,
                     const QString &reason)
{
    if (m_inFlightRef == mobileRefId) {
        m_inFlightRef.clear();
        m_inFlightChannel.clear();
    }
    if (ok) {
        const auto reply = protocol::chat::MessageReply::fromJson(response);
        if (reply && reply->message.mobileRefId == mobileRefId) {
            m_dispatch(events::MessageAcknowledged{reply->message});
            sendNext();
            return;
        }
        qCWarning(lcClientOutbox) << "send reply without a valid message for" << mobileRefId;
        retryLater();
        return;
    }
    if (isPermanentFailure(reason)) {
        qCInfo(lcClientOutbox) << "message" << mobileRefId << "refused:" << reason;
        m_dispatch(events::OutboxFailed{mobileRefId, reason});
        sendNext();
        return;
    }
    qCDebug(lcClientOutbox) << "message" << mobileRefId << "will be retried:" << reason;
    // A dropped connection resends when the channel rejoins (flush); anything else after a
    // pause on the same join.
    if (reason != u"disconnected" && reason != u"not_joined")
        retryLater();
}

void Outbox::retryLater()
{
    QTimer::singleShot(kTransientRetryMs, this, [this] { sendNext(); });
}

} // namespace confab::client
