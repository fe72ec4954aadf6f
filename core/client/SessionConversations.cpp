#include "client/CachePersister.h"
#include "client/ClientSession.h"
#include "client/LocalCache.h"
#include "client/Outbox.h"

// The session's conversation objects: creating them, which conversation is open, and when a
// conversation's chat channel is worth keeping (open, or messages still to send).

namespace confab::client {

ConversationSession *ClientSession::conversation(qint64 conversationId)
{
    if (ConversationSession *existing = m_conversations.value(conversationId))
        return existing;
    ConversationSession *created = createConversationSession(conversationId);
    m_conversations.insert(conversationId, created);
    return created;
}

ConversationSession *ClientSession::createConversationSession(qint64 conversationId)
{
    ConversationSession::Context context;
    context.state = m_state;
    context.socket = m_socket;
    context.dispatch = [this](const events::Event &event, EventOrigin origin) {
        dispatch(event, origin);
    };
    // The cache opens after sign-in: asked for each time, not captured now.
    context.cache = [this] { return m_cache.get(); };
    context.persister = [this] { return m_persister.get(); };
    context.hasToken = [this] { return !m_token.isEmpty(); };
    context.pushTimeoutMs = m_options.pushTimeoutMs;
    auto *created = new ConversationSession(conversationId, std::move(context), this);
    connect(created, &ConversationSession::actionFailed, this, &ClientSession::actionFailed);
    connect(created, &ConversationSession::drained, this,
            [this, conversationId] { maybeLeaveChat(conversationId); });
    connect(created, &ConversationSession::unavailable, this,
            [this, conversationId](const QString &reason) {
                if (conversationId == m_open)
                    Q_EMIT actionFailed(QStringLiteral("open"), reason);
            });
    connect(created, &ConversationSession::left, this,
            [this, conversationId] { closeConversation(conversationId); });
    return created;
}

void ClientSession::openConversation(qint64 conversationId)
{
    const qint64 previous = m_open;
    m_open = conversationId;
    if (previous && previous != conversationId)
        maybeLeaveChat(previous);
    ConversationSession *opened = conversation(conversationId);
    opened->join();
    opened->showCachedTimeline();
}

void ClientSession::closeConversation(qint64 conversationId)
{
    if (m_open != conversationId)
        return;
    m_open = 0;
    maybeLeaveChat(conversationId);
}

void ClientSession::maybeLeaveChat(qint64 conversationId)
{
    ConversationSession *chat = m_conversations.value(conversationId);
    if (!chat || conversationId == m_open || chat->hasPendingMessages())
        return;
    // Leaving lets the server notify us about this conversation again.
    chat->leave();
}

void ClientSession::retryMessage(const QString &mobileRefId)
{
    if (const OutboxEntry *entry = m_state->outboxEntry(mobileRefId))
        conversation(entry->conversationId)->retryMessage(mobileRefId);
}

void ClientSession::discardMessage(const QString &mobileRefId)
{
    if (const OutboxEntry *entry = m_state->outboxEntry(mobileRefId))
        conversation(entry->conversationId)->discardMessage(mobileRefId);
}

// Events that replace a conversation's timeline make pages asked for before them stale.
void ClientSession::noteTimelineReset(const events::Event &event)
{
    qint64 reset = 0;
    if (const auto *loaded = std::get_if<events::ConversationLoaded>(&event))
        reset = loaded->conversation.id;
    else if (const auto *resync = std::get_if<events::ConversationResynced>(&event);
             resync && resync->gap)
        reset = resync->conversation.id;
    else if (const auto *removed = std::get_if<events::ConversationRemoved>(&event))
        reset = removed->conversationId;
    if (ConversationSession *chat = m_conversations.value(reset))
        chat->noteTimelineReset();
}

} // namespace confab::client
