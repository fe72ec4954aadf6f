#pragma once

#include "model/Conversation.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace confab::client {

class PhoenixChannel;

// Fetches the rest of the account's conversation list after the user:<id> join, whose reply
// holds only the first page: list_conversations {before: the last id} until has_more is false.
// It remembers every id it was told about, so that the session forgets only conversations that
// are really gone, never one that arrived by an event while the pages were on their way.
class ConversationListing : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Starts after a join reply whose first page (newest first) has more after it.
    void start(PhoenixChannel *channel, const QList<model::Conversation> &firstPage,
               int pushTimeoutMs);
    void cancel();
    bool isActive() const { return m_active; }
    // A conversation that arrived by an event (created, added to) while the pages come in.
    void noteArrived(qint64 conversationId);

Q_SIGNALS:
    void pageReceived(const QList<model::Conversation> &conversations);
    // Every page arrived; `listed` holds every conversation of the account.
    void completed(const QSet<qint64> &listed);
    // A page was refused or timed out: what is known stays, nothing is forgotten.
    void failed(const QString &reason);

private:
    void requestPage();
    void note(const QList<model::Conversation> &page);

    QPointer<PhoenixChannel> m_channel;
    QSet<qint64> m_listed;
    qint64 m_before = 0;
    int m_timeoutMs = 10000;
    quint64 m_generation = 0; // replies to an earlier, cancelled listing are ignored
    bool m_active = false;
};

} // namespace confab::client
