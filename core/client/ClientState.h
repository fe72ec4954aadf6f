#pragma once

#include "client/ClientTypes.h"
#include "model/Notification.h"
#include "model/PresenceMeta.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <optional>

namespace confab::client {

// A user's presence as the UI shows it: the most available of their devices. Unknown while
// the client cannot see presence (before the account's presence_state arrives, and from a
// disconnection until the next one): nobody is shown as offline only because we are.
enum class Availability { Offline, Online, Away, DoNotDisturb, Unknown };

struct TypingUser
{
    qint64 userId = 0;
    QString displayName;

    friend bool operator==(const TypingUser &, const TypingUser &) = default;
};

// Where an entry of a timeline stands on its way to the server.
enum class Delivery { Sent, Pending, Failed };

// One row of a timeline: a stored message, or an outbox entry shown in its place (then
// `message.id` is 0, `message.seq` is 0 and `message.mobileRefId` is the entry's ref).
struct TimelineEntry
{
    model::Message message;
    Delivery delivery = Delivery::Sent;
    QString failureReason;
};

// Everything the client knows, in memory, for one account: the single source the view models
// read. Only the Reducer changes it; the signals tell views exactly what changed so they can
// update rows instead of resetting.
class ClientState : public QObject
{
    Q_OBJECT
public:
    explicit ClientState(QObject *parent = nullptr);
    ~ClientState() override;

    // --- account ---
    const model::User &me() const { return m_me; }

    // --- conversations ---
    QList<qint64> conversationIds() const { return m_conversations.keys(); }
    const model::Conversation *conversation(qint64 id) const;
    // The name to show: the title of a group, the other member's display name for a direct
    // conversation (empty when unknown).
    QString displayName(qint64 conversationId) const;
    // The other member of a direct conversation, 0 for groups.
    qint64 peerId(qint64 conversationId) const;
    // A user's display name as a member of `conversationId`, else as known from any other
    // conversation (member or direct peer); empty when the user is known nowhere.
    QString userDisplayName(qint64 userId, qint64 conversationId = 0) const;
    qint64 totalUnread() const; // over conversations that are not muted

    // --- messages (the loaded window of each conversation, ascending by seq) ---
    const QList<model::Message> &messages(qint64 conversationId) const;
    const model::Message *message(qint64 conversationId, qint64 messageId) const;
    bool hasOlderMessages(qint64 conversationId) const; // server or cache may hold more
    // Where the next older page ends (its before_seq): the start of the part of the timeline
    // that is loaded without holes. 0 when no page has been loaded yet.
    qint64 oldestLoadedSeq(qint64 conversationId) const;
    QList<model::Message> thread(qint64 conversationId, qint64 rootId) const; // root first
    QList<model::Message> starred(qint64 conversationId) const;
    // My newest message that is neither deleted nor pending (Up edits it), if any.
    std::optional<model::Message> lastOwnMessage(qint64 conversationId) const;

    // --- outbox ---
    QList<OutboxEntry> outbox(qint64 conversationId) const; // by position
    const QList<OutboxEntry> &outbox() const { return m_outbox; }
    const OutboxEntry *outboxEntry(const QString &mobileRefId) const;

    // --- members, receipts, presence, typing ---
    const QList<model::Member> &members(qint64 conversationId) const;
    const model::Member *member(qint64 conversationId, qint64 userId) const;
    // Members (not me) whose read position reached `seq`.
    QList<qint64> seenBy(qint64 conversationId, qint64 seq) const;
    qint64 readSeqOf(qint64 conversationId, qint64 userId) const;
    Availability availability(qint64 userId) const;
    // False until presence_state arrives, and again after a disconnection.
    bool presenceKnown() const { return m_presenceKnown; }
    const model::PresenceMap &presence() const { return m_presence; }
    const QList<TypingUser> &typing(qint64 conversationId) const;
    // When the least recently refreshed typing state still shown was last refreshed, in ms of
    // the monotonic clock (QDeadlineTimer::current()); empty when nobody is typing. The
    // session expires it from there (TypingExpired).
    std::optional<qint64> oldestTypingRefresh() const;

    qint64 notificationCount() const { return m_notificationCount; }

Q_SIGNALS:
    void meChanged();
    void conversationsReset();
    void conversationAdded(qint64 conversationId);
    void conversationChanged(qint64 conversationId);
    void conversationRemoved(qint64 conversationId);
    // The loaded window of a conversation was replaced wholesale (first load, gap reload).
    void messagesReset(qint64 conversationId);
    // New messages at their seq positions (live, history or merged pages).
    void messagesInserted(qint64 conversationId, const QList<qint64> &messageIds);
    void messageChanged(qint64 conversationId, qint64 messageId);
    void outboxChanged(qint64 conversationId);
    void membersChanged(qint64 conversationId);
    void readStatesChanged(qint64 conversationId);
    void presenceChanged(const QList<qint64> &userIds);
    void typingChanged(qint64 conversationId);
    void notificationCountChanged(qint64 count);
    void notificationReceived(const confab::model::Notification &notification, bool pending);

private:
    friend class Reducer;
    friend struct ReducerSteps; // Reducer.cpp: the per-event steps of the reducer

    struct Timeline
    {
        QList<model::Message> messages; // ascending by seq
        QHash<qint64, qsizetype> indexById;
        // Every message from this seq on is loaded (pages and live arrivals); 0 before the
        // first page. Messages below it came by other paths (a thread, the starred list) and
        // may have holes between them, so paging continues from here, not from the first
        // message.
        qint64 completeFrom = 0;
        bool hasOlder = true;
        void reindexFrom(qsizetype first);
    };

    Timeline &timelineOf(qint64 conversationId) { return m_timelines[conversationId]; }
    const Timeline *findTimeline(qint64 conversationId) const;

    model::User m_me;
    QHash<qint64, model::Conversation> m_conversations;
    QHash<qint64, Timeline> m_timelines;
    QHash<qint64, QList<model::Member>> m_members;
    QHash<qint64, QHash<qint64, qint64>> m_readSeqs; // conversation -> user -> seq
    QList<OutboxEntry> m_outbox;
    model::PresenceMap m_presence;
    bool m_presenceKnown = false;
    QHash<qint64, QList<TypingUser>> m_typing;
    // conversation -> user -> when their typing state was last refreshed (monotonic ms)
    QHash<qint64, QHash<qint64, qint64>> m_typingRefreshed;
    qint64 m_notificationCount = 0;
};

} // namespace confab::client

Q_DECLARE_METATYPE(confab::client::Availability)
