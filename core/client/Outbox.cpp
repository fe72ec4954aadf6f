#include "client/Outbox.h"

#include "client/ClientLogging.h"
#include "client/ClientState.h"
#include "client/PhoenixChannel.h"
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

Outbox::Outbox(const ClientState &state, Dispatch dispatch, ChannelLookup channels, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_dispatch(std::move(dispatch))
    , m_channels(std::move(channels))
{
}

bool Outbox::isPermanentFailure(const QString &reason)
{
    // The server said no for a reason resending cannot fix. Everything else (timeouts, drops,
    // rate limits, internal errors) is retried.
    static const QSet<QString> permanent{
        QStringLiteral("invalid"),   QStringLiteral("too_large"), QStringLiteral("forbidden"),
        QStringLiteral("not_found"), QStringLiteral("archived"),  QStringLiteral("conflict"),
    };
    return permanent.contains(reason);
}

qint64 Outbox::nextPosition() const
{
    qint64 last = 0;
    for (const OutboxEntry &entry : m_state.outbox())
        last = std::max(last, entry.position);
    return std::max(last + 1, QDateTime::currentMSecsSinceEpoch());
}

QString Outbox::enqueue(qint64 conversationId, const QString &content,
                        std::optional<qint64> parentId)
{
    if (content.trimmed().isEmpty())
        return {};
    OutboxEntry entry;
    entry.mobileRefId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.conversationId = conversationId;
    entry.content = content;
    entry.parentId = parentId;
    entry.createdAt = QDateTime::currentDateTimeUtc();
    entry.position = nextPosition();
    // Refused here rather than by the server: a frame that large may not even reach it.
    if (content.size() > model::Message::MaxContentLength) {
        entry.status = OutboxEntry::Status::Failed;
        entry.failureReason = QStringLiteral("too_large");
    }
    m_dispatch(events::OutboxQueued{entry});
    qCDebug(lcClientOutbox) << "queued" << entry.mobileRefId << "in" << conversationId;
    sendNext(conversationId);
    return entry.mobileRefId;
}

void Outbox::retry(const QString &mobileRefId)
{
    const OutboxEntry *found = m_state.outboxEntry(mobileRefId);
    if (!found || found->status != OutboxEntry::Status::Failed ||
        found->content.size() > model::Message::MaxContentLength)
        return;
    OutboxEntry entry = *found;
    entry.status = OutboxEntry::Status::Pending;
    entry.failureReason.clear();
    m_dispatch(events::OutboxQueued{entry});
    sendNext(entry.conversationId);
}

void Outbox::discard(const QString &mobileRefId)
{
    const OutboxEntry *found = m_state.outboxEntry(mobileRefId);
    // An entry on its way cannot be taken back: the server may already have stored it.
    if (!found || m_inFlight.value(found->conversationId).mobileRefId == mobileRefId)
        return;
    const qint64 conversationId = found->conversationId;
    m_dispatch(events::OutboxDiscarded{mobileRefId});
    if (!pendingConversations().contains(conversationId))
        Q_EMIT drained(conversationId);
}

void Outbox::failConversation(qint64 conversationId, const QString &reason)
{
    for (const OutboxEntry &entry : m_state.outbox(conversationId)) {
        if (entry.status == OutboxEntry::Status::Pending)
            m_dispatch(events::OutboxFailed{entry.mobileRefId, reason});
    }
    m_inFlight.remove(conversationId);
}

void Outbox::flush(qint64 conversationId)
{
    sendNext(conversationId);
}

QSet<qint64> Outbox::pendingConversations() const
{
    QSet<qint64> conversations;
    for (const OutboxEntry &entry : m_state.outbox()) {
        if (entry.status == OutboxEntry::Status::Pending)
            conversations.insert(entry.conversationId);
    }
    return conversations;
}

bool Outbox::isInFlight(qint64 conversationId) const
{
    const auto it = m_inFlight.constFind(conversationId);
    return it != m_inFlight.cend() && it->channel;
}

void Outbox::sendNext(qint64 conversationId)
{
    if (isInFlight(conversationId))
        return;
    m_inFlight.remove(conversationId);
    PhoenixChannel *channel = m_channels(conversationId);
    if (!channel || !channel->isJoined())
        return; // flush() runs again once the channel is joined
    const QList<OutboxEntry> entries = m_state.outbox(conversationId);
    const auto next = std::find_if(entries.cbegin(), entries.cend(), [](const OutboxEntry &e) {
        return e.status == OutboxEntry::Status::Pending;
    });
    if (next == entries.cend()) {
        Q_EMIT drained(conversationId);
        return;
    }
    QJsonObject payload{{QStringLiteral("content"), next->content},
                        {QStringLiteral("mobile_ref_id"), next->mobileRefId}};
    if (next->parentId)
        payload.insert(QStringLiteral("parent_id"), *next->parentId);
    const QString ref = next->mobileRefId;
    m_inFlight.insert(conversationId, {ref, channel});
    channel->push(
        QString(wire::event::SendMessage), payload,
        [guard = QPointer<Outbox>(this), conversationId, ref](const PushResult &result) {
            if (guard)
                guard->onReply(conversationId, ref, result.ok, result.response, result.reason);
        },
        kSendTimeoutMs);
}

void Outbox::onReply(qint64 conversationId, const QString &mobileRefId, bool ok,
                     const QJsonObject &response, const QString &reason)
{
    if (m_inFlight.value(conversationId).mobileRefId == mobileRefId)
        m_inFlight.remove(conversationId);
    if (ok) {
        const auto message =
            model::Message::fromJson(response.value(QLatin1StringView("message")).toObject());
        if (message && message->mobileRefId == mobileRefId) {
            m_dispatch(events::MessageAcknowledged{*message});
            sendNext(conversationId);
            return;
        }
        qCWarning(lcClientOutbox) << "send reply without a valid message for" << mobileRefId;
        retryLater(conversationId);
        return;
    }
    if (isPermanentFailure(reason)) {
        qCInfo(lcClientOutbox) << "message" << mobileRefId << "refused:" << reason;
        m_dispatch(events::OutboxFailed{mobileRefId, reason});
        sendNext(conversationId);
        return;
    }
    qCDebug(lcClientOutbox) << "message" << mobileRefId << "will be retried:" << reason;
    // A dropped connection resends when the channel rejoins (flush); anything else after a
    // pause on the same join.
    if (reason != u"disconnected" && reason != u"not_joined")
        retryLater(conversationId);
}

void Outbox::retryLater(qint64 conversationId)
{
    QTimer::singleShot(kTransientRetryMs, this,
                       [this, conversationId] { sendNext(conversationId); });
}

} // namespace confab::client
