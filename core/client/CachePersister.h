#pragma once

#include "client/ClientEvents.h"

#include <QHash>
#include <QSet>
#include <functional>
#include <optional>

namespace confab::client {

class ClientState;
class LocalCache;

// Mirrors applied events into the local cache, so the next start shows what this one saw. It
// runs after the reducer and saves the state's merged version of whatever an event touched.
// It also tracks, per conversation, how far the cached event log is complete (since_seq).
//
// The cached messages of a conversation stay one range without holes (plus newer messages the
// conversation list saw), so that history can page from the cache before asking the server:
// messages from other paths (a thread, the starred list) are kept only where they fall into
// the loaded window, and changes to messages that are cached but not loaded patch the cached
// copy instead of adding one.
class CachePersister
{
public:
    CachePersister(const ClientState &state, LocalCache &cache);

    // What the cache held at start: its conversations, synced seqs and outbox.
    void restore(const CacheSnapshot &snapshot);
    void persist(const events::Event &event);
    // The seq up to which this conversation's log has been applied without holes; empty when
    // it never was (0 is a valid answer: a conversation without any change yet).
    std::optional<qint64> syncedSeq(qint64 conversationId) const
    {
        const auto it = m_syncedSeqs.constFind(conversationId);
        return it == m_syncedSeqs.cend() ? std::nullopt : std::optional<qint64>(*it);
    }
    // A live or replayed chat event with this seq was applied.
    void advance(qint64 conversationId, qint64 seq);

private:
    struct Steps;
    using Patch = std::function<void(model::Message &)>;

    void resetSynced(qint64 conversationId, qint64 seq);
    void saveConversation(qint64 conversationId);
    void removeConversation(qint64 conversationId);
    void saveArrived(const model::Message &message);
    void patchMessage(qint64 conversationId, qint64 messageId, Patch patch);
    void forgetSettledOutboxEntries();
    void saveDetails(qint64 conversationId);

    const ClientState &m_state;
    LocalCache &m_cache;
    QHash<qint64, qint64> m_syncedSeqs;
    QSet<qint64> m_conversationIds;        // the conversations the cache holds
    QSet<QString> m_outboxRefs;            // the outbox entries the cache holds
    QHash<qint64, QList<Patch>> m_patches; // by message id, while its cached copy is read
};

} // namespace confab::client
