#include "client/ConversationListing.h"

#include "client/ClientLogging.h"
#include "client/PhoenixChannel.h"
#include "protocol/UserTopic.h"
#include "wire/ProtocolNames.h"

namespace confab::client {

namespace user = protocol::user;

void ConversationListing::start(PhoenixChannel *channel,
                                const QList<model::Conversation> &firstPage, int pushTimeoutMs)
{
    cancel();
    m_channel = channel;
    m_timeoutMs = pushTimeoutMs;
    m_active = true;
    note(firstPage);
    requestPage();
}

void ConversationListing::cancel()
{
    ++m_generation;
    m_active = false;
    m_listed.clear();
    m_before = 0;
}

void ConversationListing::noteArrived(qint64 conversationId)
{
    if (m_active)
        m_listed.insert(conversationId);
}

void ConversationListing::note(const QList<model::Conversation> &page)
{
    for (const model::Conversation &conversation : page) {
        m_listed.insert(conversation.id);
        if (m_before == 0 || conversation.id < m_before)
            m_before = conversation.id;
    }
}

void ConversationListing::requestPage()
{
    if (!m_channel) {
        cancel();
        Q_EMIT failed(QStringLiteral("disconnected"));
        return;
    }
    user::ListConversations request;
    request.before = m_before;
    request.limit = user::MaxConversationPage;
    const quint64 generation = m_generation;
    m_channel->push(
        QString(wire::event::ListConversations), request.toJson(),
        [this, guard = QPointer<ConversationListing>(this), generation](const PushResult &result) {
            if (!guard || generation != m_generation)
                return;
            const auto page =
                result.ok ? user::ListConversationsReply::fromJson(result.response).toOptional()
                          : std::nullopt;
            if (!page) {
                qCWarning(lcClientSession)
                    << "conversation list page failed:"
                    << (result.ok ? QStringLiteral("bad reply") : result.reason);
                cancel();
                Q_EMIT failed(result.ok ? QStringLiteral("invalid") : result.reason);
                return;
            }
            const qint64 before = m_before;
            note(page->conversations);
            Q_EMIT pageReceived(page->conversations);
            if (!guard || generation != m_generation)
                return;
            // A page that does not move the cursor would repeat forever.
            if (page->hasMore && m_before < before) {
                requestPage();
                return;
            }
            const QSet<qint64> listed = m_listed;
            cancel();
            Q_EMIT completed(listed);
        },
        m_timeoutMs);
}

} // namespace confab::client
