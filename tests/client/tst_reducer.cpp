// The reducer and the event parsers on their own: no socket, no cache, no event loop. Every
// event the client models goes through Reducer::apply, so these tests pin down what each one
// does to the state, and that the parsers turn malformed payloads into nothing at all.

#include "client/ClientEvents.h"
#include "client/ClientState.h"
#include "client/Reducer.h"
#include "wire/ProtocolNames.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace confab;
using namespace confab::client;
using namespace confab::client::events;

namespace {

constexpr qint64 kMe = 1;
constexpr qint64 kBob = 2;
constexpr qint64 kCarol = 3;
constexpr qint64 kChat = 10;

const QDateTime kTime = QDateTime(QDate(2026, 11, 22), QTime(3, 10), QTimeZone::utc());

model::Message message(qint64 id, qint64 seq, qint64 sender = kBob,
                       std::optional<qint64> parent = std::nullopt)
{
    model::Message m;
    m.id = id;
    m.conversationId = kChat;
    m.seq = seq;
    m.senderId = sender;
    m.content = QStringLiteral("message %1").arg(id);
    m.parentId = parent;
    m.sentAt = kTime.addSecs(seq);
    return m;
}

model::Message ownMessage(qint64 id, qint64 seq, const QString &ref)
{
    model::Message m = message(id, seq, kMe);
    m.mobileRefId = ref;
    return m;
}

model::Conversation conversation(qint64 id = kChat, qint64 lastSeq = 0)
{
    model::Conversation c;
    c.id = id;
    c.kind = model::Conversation::Kind::Group;
    c.title = QStringLiteral("Group %1").arg(id);
    c.createdAt = kTime;
    c.createdBy = kMe;
    c.lastSeq = lastSeq;
    c.memberCount = 3;
    c.reader = model::ReaderState{};
    return c;
}

model::Member member(qint64 userId, model::Member::Role role = model::Member::Role::Member)
{
    return {userId, QStringLiteral("user%1").arg(userId), QStringLiteral("User %1").arg(userId),
            role, kTime};
}

model::User me()
{
    return {kMe, QStringLiteral("ada"), QStringLiteral("Ada")};
}

OutboxEntry outboxEntry(const QString &ref, qint64 position)
{
    OutboxEntry entry;
    entry.mobileRefId = ref;
    entry.conversationId = kChat;
    entry.content = QStringLiteral("draft ") + ref;
    entry.createdAt = kTime;
    entry.position = position;
    return entry;
}

model::PresenceMeta meta(const QString &ref, model::PresenceMeta::Status status)
{
    return {ref, QStringLiteral("desktop"), status, kTime};
}

QList<qint64> seqsOf(const QList<model::Message> &messages)
{
    QList<qint64> seqs;
    for (const model::Message &m : messages)
        seqs.append(m.seq);
    return seqs;
}

// The wire form of a logged chat event, as the server stores and broadcasts it.
QJsonObject logged(qint64 seq, QLatin1StringView event, QJsonObject payload)
{
    payload.insert(QStringLiteral("seq"), seq);
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("event"), QString(event)},
            {QStringLiteral("payload"), payload}};
}

QJsonObject chatJoinBase()
{
    return {{QStringLiteral("conversation"), conversation(kChat, 7).toJson()},
            {QStringLiteral("members"),
             QJsonArray{member(kMe, model::Member::Role::Owner).toJson(), member(kBob).toJson()}},
            {QStringLiteral("online_user_ids"), QJsonArray{kMe}},
            {QStringLiteral("read_states"),
             QJsonArray{QJsonObject{{QStringLiteral("user_id"), kMe},
                                    {QStringLiteral("last_read_seq"), 7}},
                        QJsonObject{{QStringLiteral("user_id"), kBob},
                                    {QStringLiteral("last_read_seq"), 3}}}}};
}

} // namespace

class TestReducer : public QObject
{
    Q_OBJECT

private:
    ClientState state;

    void apply(const Event &event) { Reducer::apply(state, event); }
    // A conversation the user has opened: its latest page loaded.
    void load(const QList<model::Message> &messages, bool hasMore = false, qint64 lastSeq = 0)
    {
        model::Conversation loaded = conversation(kChat, lastSeq);
        for (const model::Message &m : messages) {
            loaded.lastSeq = std::max(loaded.lastSeq, m.seq);
            if (!m.parentId)
                loaded.reader->lastMessage = m; // as the server's reader view has it
        }
        apply(ConversationLoaded{loaded,
                                 {member(kMe, model::Member::Role::Owner), member(kBob)},
                                 {},
                                 messages,
                                 hasMore});
    }

private Q_SLOTS:
    void init()
    {
        apply(AccountLoaded{me(), {}});
        apply(AccountLoaded{me(), {conversation()}});
    }
    void cleanup()
    {
        // A fresh state per test: forget everything the previous one left.
        apply(AccountLoaded{me(), {}});
        const QList<OutboxEntry> outbox = state.outbox();
        for (const OutboxEntry &entry : outbox)
            apply(OutboxDiscarded{entry.mobileRefId});
        apply(Disconnected{});
        apply(NotificationCount{0});
    }

    // --- messages ---

    void sameMessageTwiceIsOneMessage()
    {
        load({});
        QSignalSpy inserted(&state, &ClientState::messagesInserted);
        QSignalSpy changed(&state, &ClientState::messageChanged);
        apply(MessageReceived{1, message(100, 1)});
        apply(MessageReceived{1, message(100, 1)});
        QCOMPARE(state.messages(kChat).size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(state.conversation(kChat)->lastSeq, 1);
        QCOMPARE(state.conversation(kChat)->reader->lastMessage, message(100, 1));
    }

    void messagesAreOrderedBySeqWhateverTheArrivalOrder()
    {
        load({});
        for (qint64 seq : {5, 3, 9, 4, 1})
            apply(MessageReceived{seq, message(100 + seq, seq)});
        QCOMPARE(seqsOf(state.messages(kChat)), (QList<qint64>{1, 3, 4, 5, 9}));
        // The id index follows the inserts: every message is found as itself.
        for (qint64 seq : {5, 3, 9, 4, 1}) {
            const model::Message *found = state.message(kChat, 100 + seq);
            QVERIFY(found);
            QCOMPARE(found->seq, seq);
        }
        QCOMPARE(state.conversation(kChat)->lastSeq, 9);
        QCOMPARE(state.conversation(kChat)->reader->lastMessage->id, 109);
    }

    void historyPagesGoBeforeTheWindow()
    {
        load({message(150, 50), message(151, 51)}, true);
        QCOMPARE(state.oldestLoadedSeq(kChat), 50);
        apply(HistoryLoaded{kChat, {message(148, 48), message(149, 49), message(150, 50)}, true});
        QCOMPARE(seqsOf(state.messages(kChat)), (QList<qint64>{48, 49, 50, 51}));
        QCOMPARE(state.oldestLoadedSeq(kChat), 48);
        QVERIFY(state.hasOlderMessages(kChat));
        apply(HistoryLoaded{kChat, {message(147, 47)}, false});
        QCOMPARE(state.oldestLoadedSeq(kChat), 47);
        QVERIFY(!state.hasOlderMessages(kChat));
    }

    void deleteClearsContentReactionsAndStar()
    {
        model::Message starred = message(100, 1);
        starred.starred = true;
        starred.starredBy = kBob;
        starred.reactions = {{QStringLiteral("👍"), {kMe, kBob}}};
        load({starred});
        QCOMPARE(state.conversation(kChat)->lastSeq, 1);
        QSignalSpy changed(&state, &ClientState::messageChanged);
        apply(MessageDeleted{kChat, 2, 100});
        const model::Message *deleted = state.message(kChat, 100);
        QVERIFY(deleted);
        QVERIFY(deleted->deleted);
        QVERIFY(deleted->content.isEmpty());
        QVERIFY(deleted->reactions.isEmpty());
        QVERIFY(!deleted->starred);
        QVERIFY(!deleted->starredBy);
        QCOMPARE(changed.size(), 1);
        QVERIFY(state.starred(kChat).isEmpty());
        QCOMPARE(state.conversation(kChat)->lastSeq, 2);
    }

    void deleteUpdatesThePreview()
    {
        apply(ConversationActivity{kChat, message(100, 1), 1});
        QCOMPARE(state.conversation(kChat)->reader->lastMessage->content, u"message 100");
        apply(MessageDeleted{kChat, 2, 100});
        QVERIFY(state.conversation(kChat)->reader->lastMessage->deleted);
        QVERIFY(state.conversation(kChat)->reader->lastMessage->content.isEmpty());
    }

    void reactionsReplaceTheList()
    {
        load({message(100, 1)});
        const QList<model::Reaction> reactions{{QStringLiteral("🎉"), {kBob}},
                                               {QStringLiteral("👍"), {kMe, kBob}}};
        apply(ReactionsChanged{kChat, 2, 100, reactions});
        QCOMPARE(state.message(kChat, 100)->reactions, reactions);
        apply(ReactionsChanged{kChat, 3, 100, {}});
        QVERIFY(state.message(kChat, 100)->reactions.isEmpty());
        QCOMPARE(state.conversation(kChat)->lastSeq, 3);
        // A message that is not loaded: nothing to change, nothing inserted.
        apply(ReactionsChanged{kChat, 4, 999, reactions});
        QVERIFY(!state.message(kChat, 999));
        QCOMPARE(state.messages(kChat).size(), 1);
    }

    void starsSetAndClear()
    {
        load({message(100, 1), message(101, 2)});
        apply(MessageStarred{kChat, 3, 101, true, kBob});
        QCOMPARE(state.message(kChat, 101)->starred, true);
        QCOMPARE(state.message(kChat, 101)->starredBy, std::optional<qint64>(kBob));
        QCOMPARE(state.starred(kChat).size(), 1);
        QCOMPARE(state.starred(kChat).constFirst().id, 101);
        apply(MessageStarred{kChat, 4, 101, false, kBob});
        QCOMPARE(state.message(kChat, 101)->starred, false);
        QVERIFY(!state.message(kChat, 101)->starredBy);
        QVERIFY(state.starred(kChat).isEmpty());
    }

    void editsChangeLoadedMessagesOnly()
    {
        load({message(150, 50)}, true);
        model::Message edited = message(150, 50);
        edited.content = QStringLiteral("better");
        edited.editedAt = kTime.addSecs(600);
        apply(MessageEdited{51, edited});
        QCOMPARE(state.message(kChat, 150)->content, u"better");
        QCOMPARE(state.conversation(kChat)->reader->lastMessage->content, u"better");
        QCOMPARE(state.conversation(kChat)->lastSeq, 51);
        // An edit of an old message that is not loaded must not open a hole in the timeline.
        model::Message old = message(5, 5);
        old.content = QStringLiteral("old but edited");
        apply(MessageEdited{52, old});
        QVERIFY(!state.message(kChat, 5));
        QCOMPARE(state.oldestLoadedSeq(kChat), 50);
    }

    // --- threads ---

    void liveRepliesCountOnTheirRootOnce()
    {
        load({message(100, 1)});
        QCOMPARE(state.message(kChat, 100)->replyCount, 0);
        apply(MessageReceived{2, message(101, 2, kBob, 100)});
        QCOMPARE(state.message(kChat, 100)->replyCount, 1);
        apply(MessageReceived{2, message(101, 2, kBob, 100)}); // redelivered
        QCOMPARE(state.message(kChat, 100)->replyCount, 1);
        // A reply does not become the conversation's preview.
        QCOMPARE(state.conversation(kChat)->reader->lastMessage->id, 100);
        QCOMPARE(state.thread(kChat, 100).size(), 2);
        apply(ThreadUpdated{kChat, 100, 7});
        QCOMPARE(state.message(kChat, 100)->replyCount, 7);
    }

    void loadedRepliesDoNotCount()
    {
        model::Message root = message(100, 10);
        root.replyCount = 2;
        load({root, message(101, 11, kBob, 100)}, true);
        QCOMPARE(state.message(kChat, 100)->replyCount, 2);
        apply(HistoryLoaded{kChat, {message(99, 9)}, true});
        apply(MessagesMerged{kChat, {message(102, 12, kBob, 100)}});
        QCOMPARE(state.message(kChat, 100)->replyCount, 2);
    }

    void replayedCopiesDoNotLowerTheReplyCount()
    {
        model::Message root = message(100, 10);
        load({root});
        apply(MessageReceived{11, message(101, 11, kBob, 100)});
        QCOMPARE(state.message(kChat, 100)->replyCount, 1);
        // The replay of the root carries it as it was sent (no replies); the reply that follows
        // it in the log is known already and does not count again.
        apply(MessageReceived{10, root});
        apply(MessageReceived{11, message(101, 11, kBob, 100)});
        QCOMPARE(state.message(kChat, 100)->replyCount, 1);
    }

    void mergedMessagesDoNotMovePaging()
    {
        load({message(150, 50)}, true);
        apply(MessagesMerged{kChat, {message(5, 5), message(6, 6, kBob, 5)}});
        QVERIFY(state.message(kChat, 5));
        QCOMPARE(state.thread(kChat, 5).size(), 2);
        QCOMPARE(state.oldestLoadedSeq(kChat), 50); // the next page still ends at 50
        apply(HistoryLoaded{kChat, {message(148, 48), message(149, 49)}, true});
        QCOMPARE(state.oldestLoadedSeq(kChat), 48);
        QCOMPARE(seqsOf(state.messages(kChat)), (QList<qint64>{5, 6, 48, 49, 50}));
    }

    void cachePagesFillInButNeverOverwrite()
    {
        model::Message fresh = message(150, 50);
        fresh.content = QStringLiteral("edited live");
        load({fresh}, true);
        QSignalSpy changed(&state, &ClientState::messageChanged);
        HistoryLoaded cached{kChat, {message(149, 49), message(150, 50)}, true, true};
        apply(cached);
        QCOMPARE(state.message(kChat, 150)->content, u"edited live");
        QCOMPARE(changed.size(), 0);
        QVERIFY(state.message(kChat, 149));
        QCOMPARE(state.oldestLoadedSeq(kChat), 49);
        // A server page is newer than what is loaded and replaces it.
        apply(HistoryLoaded{kChat, {message(150, 50)}, true});
        QCOMPARE(state.message(kChat, 150)->content, u"message 150");
    }

    // --- outbox ---

    void acknowledgedMessageReplacesItsOutboxEntry()
    {
        load({});
        QSignalSpy outboxChanged(&state, &ClientState::outboxChanged);
        apply(OutboxQueued{outboxEntry(QStringLiteral("r1"), 1)});
        QCOMPARE(state.outbox(kChat).size(), 1);
        QCOMPARE(state.outboxEntry(QStringLiteral("r1"))->status, OutboxEntry::Status::Pending);
        apply(MessageAcknowledged{ownMessage(100, 1, QStringLiteral("r1"))});
        QVERIFY(state.outbox().isEmpty());
        QCOMPARE(state.messages(kChat).size(), 1);
        QCOMPARE(outboxChanged.size(), 2);
        // The same message replayed after a reconnect: still one copy.
        apply(MessageReceived{1, ownMessage(100, 1, QStringLiteral("r1"))});
        QCOMPARE(state.messages(kChat).size(), 1);
    }

    void replayedMessageWithTheSameRefReplacesTheEntry()
    {
        load({});
        apply(OutboxQueued{outboxEntry(QStringLiteral("r1"), 1)});
        apply(OutboxQueued{outboxEntry(QStringLiteral("r2"), 2)});
        // Someone else's message with an equal ref settles nothing: refs are per sender.
        model::Message bobs = message(99, 1);
        bobs.mobileRefId = QStringLiteral("r1");
        apply(MessageReceived{1, bobs});
        QCOMPARE(state.outbox().size(), 2);
        apply(MessageReceived{2, ownMessage(100, 2, QStringLiteral("r1"))});
        QCOMPARE(state.outbox().size(), 1);
        QCOMPARE(state.outbox().constFirst().mobileRefId, u"r2");
        // Found in a loaded page (the reply was lost, the app restarted): settled as well.
        apply(HistoryLoaded{kChat, {ownMessage(101, 3, QStringLiteral("r2"))}, false});
        QVERIFY(state.outbox().isEmpty());
        QCOMPARE(state.messages(kChat).size(), 3);
    }

    // The server does not send conversation_activity to the socket that sent the message: the
    // acknowledgement alone moves the conversation list, and one's own message is never unread.
    void acknowledgedMessageUpdatesTheConversationList()
    {
        apply(ConversationActivity{kChat, message(100, 1), 2}); // two unread from Bob
        QSignalSpy changed(&state, &ClientState::conversationChanged);
        apply(OutboxQueued{outboxEntry(QStringLiteral("r1"), 1)});
        apply(MessageAcknowledged{ownMessage(101, 2, QStringLiteral("r1"))});
        const model::Conversation *c = state.conversation(kChat);
        QCOMPARE(c->lastSeq, 2);
        QCOMPARE(c->reader->lastMessage->id, 101);
        QCOMPARE(c->reader->unreadCount, 2);
        QCOMPARE(state.totalUnread(), 2);
        QVERIFY(changed.contains(QVariantList{kChat}));
        // A late acknowledgement never hides a newer message from the preview.
        apply(MessageReceived{4, message(103, 4)});
        apply(MessageAcknowledged{ownMessage(102, 3, QStringLiteral("r2"))});
        QCOMPARE(c->lastSeq, 4);
        QCOMPARE(c->reader->lastMessage->id, 103);
    }

    void acknowledgedMessageUpdatesALoadedConversation()
    {
        load({message(100, 1)});
        apply(MessageAcknowledged{ownMessage(101, 2, QStringLiteral("r1"))});
        const model::Conversation *c = state.conversation(kChat);
        QCOMPARE(c->lastSeq, 2);
        QCOMPARE(c->reader->lastMessage->id, 101);
        QCOMPARE(c->reader->unreadCount, 0);
        QCOMPARE(seqsOf(state.messages(kChat)), (QList<qint64>{1, 2}));
    }

    void outboxEntriesFailRetryAndDiscard()
    {
        apply(OutboxQueued{outboxEntry(QStringLiteral("late"), 20)});
        apply(OutboxQueued{outboxEntry(QStringLiteral("early"), 10)});
        QCOMPARE(state.outbox().constFirst().mobileRefId, u"early"); // by position
        apply(OutboxFailed{QStringLiteral("early"), QStringLiteral("archived")});
        QCOMPARE(state.outboxEntry(QStringLiteral("early"))->status, OutboxEntry::Status::Failed);
        QCOMPARE(state.outboxEntry(QStringLiteral("early"))->failureReason, u"archived");
        OutboxEntry retried = *state.outboxEntry(QStringLiteral("early"));
        retried.status = OutboxEntry::Status::Pending;
        retried.failureReason.clear();
        apply(OutboxQueued{retried});
        QCOMPARE(state.outbox().size(), 2);
        QCOMPARE(state.outboxEntry(QStringLiteral("early"))->status, OutboxEntry::Status::Pending);
        apply(OutboxDiscarded{QStringLiteral("early")});
        QVERIFY(!state.outboxEntry(QStringLiteral("early")));
        QCOMPARE(state.outbox().size(), 1);
    }

    // --- conversations ---

    void conversationUpdatedAppliesOnlyWhatChanged()
    {
        load({});
        QSignalSpy changed(&state, &ClientState::conversationChanged);
        ConversationChanges renamed;
        renamed.title = std::optional<QString>(QStringLiteral("Renamed"));
        renamed.pinned = true;
        apply(ConversationUpdated{kChat, renamed});
        const model::Conversation *c = state.conversation(kChat);
        QCOMPARE(c->title, std::optional<QString>(QStringLiteral("Renamed")));
        QVERIFY(c->reader->pinned);
        QVERIFY(!c->reader->muted);
        QVERIFY(!c->archived);
        QCOMPARE(changed.size(), 1);
        ConversationChanges more;
        more.topic = std::optional<QString>(QStringLiteral("Plans"));
        more.muted = true;
        more.archived = true;
        more.memberCount = 5;
        apply(ConversationUpdated{kChat, more});
        QCOMPARE(c->title, std::optional<QString>(QStringLiteral("Renamed")));
        QCOMPARE(c->topic, std::optional<QString>(QStringLiteral("Plans")));
        QVERIFY(c->reader->muted);
        QVERIFY(c->archived);
        QCOMPARE(c->memberCount, 5);
        ConversationChanges clearedTopic;
        clearedTopic.topic.emplace(std::nullopt);
        apply(ChatConversationUpdated{kChat, 4, clearedTopic});
        QVERIFY(!c->topic);
        QCOMPARE(c->lastSeq, 4);
        QCOMPARE(state.member(kChat, kMe)->role, model::Member::Role::Owner);
        apply(ChatConversationUpdated{kChat, 5, changesOf(&ConversationChanges::ownerId, kBob)});
        QCOMPARE(state.member(kChat, kMe)->role, model::Member::Role::Member);
        QCOMPARE(state.member(kChat, kBob)->role, model::Member::Role::Owner);
    }

    void mutedConversationsDoNotCountTowardsUnread()
    {
        apply(AccountLoaded{me(), {conversation(kChat), conversation(11)}});
        apply(ConversationActivity{kChat, message(100, 1), 2});
        model::Message other = message(200, 1);
        other.conversationId = 11;
        apply(ConversationActivity{11, other, 3});
        QCOMPARE(state.totalUnread(), 5);
        apply(ConversationUpdated{11, changesOf(&ConversationChanges::muted, true)});
        QCOMPARE(state.totalUnread(), 2);
    }

    void activityUpdatesTheListWithoutLoadingTheTimeline()
    {
        QSignalSpy inserted(&state, &ClientState::messagesInserted);
        apply(ConversationActivity{kChat, message(100, 4), 3});
        const model::Conversation *c = state.conversation(kChat);
        QCOMPARE(c->reader->unreadCount, 3);
        QCOMPARE(c->reader->lastMessage->id, 100);
        QCOMPARE(c->lastSeq, 4);
        QVERIFY(state.messages(kChat).isEmpty());
        QCOMPARE(state.oldestLoadedSeq(kChat), 0);
        QCOMPARE(inserted.size(), 0);
        // Once the conversation is loaded, activity adds to its timeline.
        load({message(100, 4)});
        apply(ConversationActivity{kChat, message(101, 5), 4});
        QCOMPARE(state.messages(kChat).size(), 2);
    }

    void conversationReadMovesMyReadPosition()
    {
        load({message(100, 1), message(101, 2)});
        apply(ConversationRead{kChat, 2, 0});
        QCOMPARE(state.conversation(kChat)->reader->lastReadSeq, 2);
        QCOMPARE(state.conversation(kChat)->reader->unreadCount, 0);
        QCOMPARE(state.readSeqOf(kChat, kMe), 2);
    }

    void accountLoadedRemovesVanishedConversations()
    {
        apply(AccountLoaded{me(), {conversation(kChat), conversation(11)}});
        load({message(100, 1)});
        QCOMPARE(state.conversationIds().size(), 2);
        QSignalSpy reset(&state, &ClientState::conversationsReset);
        apply(AccountLoaded{me(), {conversation(11)}});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(state.conversationIds(), QList<qint64>{11});
        QVERIFY(!state.conversation(kChat));
        QVERIFY(state.messages(kChat).isEmpty());
        QVERIFY(state.members(kChat).isEmpty());
        QCOMPARE(state.oldestLoadedSeq(kChat), 0);
    }

    void conversationRemovedForgetsEverything()
    {
        load({message(100, 1)});
        QSignalSpy removed(&state, &ClientState::conversationRemoved);
        apply(ConversationRemoved{kChat, ConversationRemoved::Reason::Removed});
        QCOMPARE(removed.size(), 1);
        QVERIFY(!state.conversation(kChat));
        QVERIFY(state.messages(kChat).isEmpty());
        apply(ConversationRemoved{kChat, ConversationRemoved::Reason::Removed});
        QCOMPARE(removed.size(), 1);
    }

    void resyncKeepsTheTimelineUnlessThereIsAGap()
    {
        load({message(100, 1), message(101, 2)}, false);
        QSignalSpy reset(&state, &ClientState::messagesReset);
        ConversationResynced resync{conversation(kChat, 9), {member(kMe), member(kBob)}, {}, false};
        apply(resync);
        QCOMPARE(state.messages(kChat).size(), 2);
        QCOMPARE(state.conversation(kChat)->lastSeq, 9);
        QCOMPARE(reset.size(), 0);
        resync.gap = true;
        apply(resync);
        QVERIFY(state.messages(kChat).isEmpty());
        QCOMPARE(state.oldestLoadedSeq(kChat), 0);
        QCOMPARE(reset.size(), 1);
    }

    void membersJoinAndLeave()
    {
        load({});
        apply(MemberJoined{kChat, 3, member(kCarol)});
        QVERIFY(state.member(kChat, kCarol));
        apply(MessageRead{kChat, kCarol, 3});
        apply(Typing{kChat, kCarol, QStringLiteral("Carol"), true});
        apply(MemberLeft{kChat, 4, kCarol});
        QVERIFY(!state.member(kChat, kCarol));
        QCOMPARE(state.readSeqOf(kChat, kCarol), 0);
        QVERIFY(state.typing(kChat).isEmpty());
        QCOMPARE(state.conversation(kChat)->lastSeq, 4);
    }

    // --- presence, typing, receipts ---

    void presenceFollowsStateAndDiffs()
    {
        using Status = model::PresenceMeta::Status;
        apply(PresenceState{{{kBob, {meta(QStringLiteral("b1"), Status::Away)}},
                             {kCarol, {meta(QStringLiteral("c1"), Status::Online)}}}});
        QCOMPARE(state.availability(kBob), Availability::Away);
        QCOMPARE(state.availability(kCarol), Availability::Online);
        QCOMPARE(state.availability(kMe), Availability::Offline);

        // A second device: the most available one wins.
        apply(PresenceDiff{{{kBob, {meta(QStringLiteral("b2"), Status::Online)}}}, {}});
        QCOMPARE(state.presence().value(kBob).size(), 2);
        QCOMPARE(state.availability(kBob), Availability::Online);

        // Leaves go by phx_ref: the other device stays.
        apply(PresenceDiff{{}, {{kBob, {meta(QStringLiteral("b2"), Status::Online)}}}});
        QCOMPARE(state.availability(kBob), Availability::Away);

        // A status change: the same ref leaves and joins with the new status.
        apply(PresenceDiff{{{kBob, {meta(QStringLiteral("b1"), Status::Dnd)}}},
                           {{kBob, {meta(QStringLiteral("b1"), Status::Away)}}}});
        QCOMPARE(state.presence().value(kBob).size(), 1);
        QCOMPARE(state.availability(kBob), Availability::DoNotDisturb);

        QSignalSpy changed(&state, &ClientState::presenceChanged);
        apply(PresenceDiff{{}, {{kBob, {meta(QStringLiteral("b1"), Status::Dnd)}}}});
        QCOMPARE(state.availability(kBob), Availability::Offline);
        QVERIFY(!state.presence().contains(kBob));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().constFirst().value<QList<qint64>>(), QList<qint64>{kBob});

        // A new state replaces everything.
        apply(PresenceState{{{kBob, {meta(QStringLiteral("b3"), Status::Online)}}}});
        QCOMPARE(state.availability(kCarol), Availability::Offline);
        QCOMPARE(state.availability(kBob), Availability::Online);
        apply(Disconnected{});
        QCOMPARE(state.availability(kBob), Availability::Unknown);
    }

    // Offline ourselves, we cannot see anyone: nobody shows as offline, everyone as unknown,
    // from the start and after a disconnection until the next presence_state.
    void presenceIsUnknownUntilPresenceStateArrives()
    {
        using Status = model::PresenceMeta::Status;
        load({}); // Bob is a member
        QVERIFY(!state.presenceKnown());
        QCOMPARE(state.availability(kBob), Availability::Unknown);

        QSignalSpy changed(&state, &ClientState::presenceChanged);
        apply(PresenceState{{{kCarol, {meta(QStringLiteral("c1"), Status::Online)}}}});
        QVERIFY(state.presenceKnown());
        QCOMPARE(state.availability(kBob), Availability::Offline);
        QCOMPARE(state.availability(kCarol), Availability::Online);
        // Bob has no device, yet his row must repaint: unknown became offline.
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.at(0).at(0).value<QList<qint64>>().contains(kBob));

        changed.clear();
        apply(Disconnected{});
        QVERIFY(!state.presenceKnown());
        QCOMPARE(state.availability(kBob), Availability::Unknown);
        QCOMPARE(state.availability(kCarol), Availability::Unknown);
        QCOMPARE(changed.size(), 1);
        const auto users = changed.at(0).at(0).value<QList<qint64>>();
        QVERIFY(users.contains(kBob) && users.contains(kCarol));
    }

    void typingAddsAndRemoves()
    {
        load({});
        QSignalSpy changed(&state, &ClientState::typingChanged);
        apply(Typing{kChat, kBob, QStringLiteral("Bob"), true});
        apply(Typing{kChat, kBob, QStringLiteral("Bob"), true});
        QCOMPARE(state.typing(kChat), (QList<TypingUser>{{kBob, QStringLiteral("Bob")}}));
        apply(Typing{kChat, kCarol, QStringLiteral("Carol"), true});
        QCOMPARE(state.typing(kChat).size(), 2);
        apply(Typing{kChat, kBob, QStringLiteral("Bob"), false});
        QCOMPARE(state.typing(kChat), (QList<TypingUser>{{kCarol, QStringLiteral("Carol")}}));
        apply(Typing{kChat, kMe, QStringLiteral("Ada"), true}); // our own echo is not shown
        QCOMPARE(state.typing(kChat).size(), 1);
        const qsizetype signals = changed.size();
        apply(Typing{kChat, kBob, QStringLiteral("Bob"), false}); // not typing: no change
        QCOMPARE(changed.size(), signals);
        apply(Disconnected{});
        QVERIFY(state.typing(kChat).isEmpty());
    }

    // The server's "stopped" never reaches a chat topic that was left; presence and messages
    // tell the client on their own that someone stopped.
    void typingEndsWhenTheUserHasNoDeviceLeft()
    {
        using Status = model::PresenceMeta::Status;
        load({});
        apply(PresenceState{{{kBob,
                              {meta(QStringLiteral("b1"), Status::Online),
                               meta(QStringLiteral("b2"), Status::Online)}}}});
        apply(Typing{kChat, kBob, QStringLiteral("Bob"), true});
        apply(Typing{kChat + 1, kBob, QStringLiteral("Bob"), true});
        apply(Typing{kChat, kCarol, QStringLiteral("Carol"), true});

        // One device leaves, another stays: still typing. A status change neither.
        apply(PresenceDiff{{}, {{kBob, {meta(QStringLiteral("b2"), Status::Online)}}}});
        apply(PresenceDiff{{{kBob, {meta(QStringLiteral("b1"), Status::Away)}}},
                           {{kBob, {meta(QStringLiteral("b1"), Status::Online)}}}});
        QCOMPARE(state.typing(kChat).size(), 2);

        QSignalSpy changed(&state, &ClientState::typingChanged);
        apply(PresenceDiff{{}, {{kBob, {meta(QStringLiteral("b1"), Status::Away)}}}});
        QCOMPARE(state.typing(kChat), (QList<TypingUser>{{kCarol, QStringLiteral("Carol")}}));
        QVERIFY(state.typing(kChat + 1).isEmpty());
        QCOMPARE(changed.size(), 2);

        // Missing from a new presence_state is leaving too.
        apply(PresenceState{{{kBob, {meta(QStringLiteral("b3"), Status::Online)}}}});
        apply(Typing{kChat, kBob, QStringLiteral("Bob"), true});
        QCOMPARE(state.typing(kChat).size(), 2);
        apply(PresenceState{{}});
        QCOMPARE(state.typing(kChat), (QList<TypingUser>{{kCarol, QStringLiteral("Carol")}}));
    }

    void typingEndsWithAMessageFromThatUser()
    {
        load({});
        apply(Typing{kChat, kBob, QStringLiteral("Bob"), true});
        apply(Typing{kChat, kCarol, QStringLiteral("Carol"), true});
        apply(MessageReceived{1, message(1, 1, kBob)});
        QCOMPARE(state.typing(kChat), (QList<TypingUser>{{kCarol, QStringLiteral("Carol")}}));

        // A conversation followed through the user: topic only.
        constexpr qint64 kOther = kChat + 1;
        apply(ConversationCreated{conversation(kOther)});
        apply(Typing{kOther, kCarol, QStringLiteral("Carol"), true});
        model::Message elsewhere = message(2, 1, kCarol);
        elsewhere.conversationId = kOther;
        apply(ConversationActivity{kOther, elsewhere, 1});
        QVERIFY(state.typing(kOther).isEmpty());
        QCOMPARE(state.typing(kChat).size(), 1); // Carol still typing in the first one
    }

    void typingExpiresWhenNotRefreshed()
    {
        load({});
        QCOMPARE(state.oldestTypingRefresh(), std::nullopt);
        apply(Typing{kChat, kBob, QStringLiteral("Bob"), true});
        const std::optional<qint64> refreshed = state.oldestTypingRefresh();
        QVERIFY(refreshed);
        apply(TypingExpired{*refreshed - 1}); // refreshed after the cut-off: stays
        QCOMPARE(state.typing(kChat).size(), 1);
        QSignalSpy changed(&state, &ClientState::typingChanged);
        apply(TypingExpired{*refreshed});
        QVERIFY(state.typing(kChat).isEmpty());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(state.oldestTypingRefresh(), std::nullopt);
    }

    void readPositionsOnlyMoveForward()
    {
        load({message(100, 1), message(101, 2), message(102, 3)});
        QSignalSpy changed(&state, &ClientState::readStatesChanged);
        apply(MessageRead{kChat, kBob, 3});
        apply(MessageRead{kChat, kBob, 1});
        QCOMPARE(state.readSeqOf(kChat, kBob), 3);
        QCOMPARE(changed.size(), 1);
        apply(MessageRead{kChat, kMe, 3});
        QCOMPARE(state.seenBy(kChat, 2), QList<qint64>{kBob}); // never me
        apply(MessageRead{kChat, kCarol, 2});
        QCOMPARE(state.seenBy(kChat, 2), (QList<qint64>{kBob, kCarol}));
        QCOMPARE(state.seenBy(kChat, 3), QList<qint64>{kBob});
    }

    void notificationsAreCountedAndPassedOn()
    {
        QSignalSpy received(&state, &ClientState::notificationReceived);
        QSignalSpy counted(&state, &ClientState::notificationCountChanged);
        model::Notification n{7,    model::Notification::Kind::Mention, kChat, 100,
                              kBob, QStringLiteral("@ada hi"),          kTime};
        apply(NotificationReceived{n, true});
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.constFirst().at(1).toBool(), true);
        apply(NotificationCount{4});
        apply(NotificationCount{4});
        QCOMPARE(state.notificationCount(), 4);
        QCOMPARE(counted.size(), 1);
    }

    // --- parsers ---

    void parsesServerEvents_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<qsizetype>("kind"); // the variant index of the expected event

        const QString chat = QStringLiteral("chat:10");
        const QString user = QStringLiteral("user:1");
        const QString notes = QStringLiteral("notifications:1");
        const auto row = [](const char *name, const QString &topic, QLatin1StringView event,
                            const QJsonObject &payload, qsizetype kind) {
            QTest::newRow(name) << topic << QString(event) << payload << kind;
        };
        namespace e = wire::event;
        const QJsonObject messageJson = message(100, 5).toJson();
        row("receive_message", chat, e::ReceiveMessage,
            {{QStringLiteral("seq"), 5}, {QStringLiteral("message"), messageJson}},
            Event(MessageReceived{}).index());
        row("message_edited", chat, e::MessageEdited,
            {{QStringLiteral("seq"), 6}, {QStringLiteral("message"), messageJson}},
            Event(MessageEdited{}).index());
        row("message_deleted", chat, e::MessageDeleted,
            {{QStringLiteral("seq"), 7}, {QStringLiteral("message_id"), 100}},
            Event(MessageDeleted{}).index());
        row("message_reactions", chat, e::MessageReactions,
            {{QStringLiteral("seq"), 8},
             {QStringLiteral("message_id"), 100},
             {QStringLiteral("reactions"),
              model::reactionsToJson({{QStringLiteral("👍"), {kBob}}})}},
            Event(ReactionsChanged{}).index());
        row("message_starred", chat, e::MessageStarred,
            {{QStringLiteral("seq"), 9},
             {QStringLiteral("message_id"), 100},
             {QStringLiteral("starred"), true},
             {QStringLiteral("by"), kBob}},
            Event(MessageStarred{}).index());
        row("member_joined", chat, e::MemberJoined,
            {{QStringLiteral("seq"), 10}, {QStringLiteral("member"), member(kCarol).toJson()}},
            Event(MemberJoined{}).index());
        row("member_left", chat, e::MemberLeft,
            {{QStringLiteral("seq"), 11}, {QStringLiteral("user_id"), kCarol}},
            Event(MemberLeft{}).index());
        row("chat conversation_updated", chat, e::ConversationUpdated,
            {{QStringLiteral("seq"), 12},
             {QStringLiteral("changes"),
              QJsonObject{{QStringLiteral("title"), QStringLiteral("T")}}}},
            Event(ChatConversationUpdated{}).index());
        row("thread_updated", chat, e::ThreadUpdated,
            {{QStringLiteral("message_id"), 100}, {QStringLiteral("reply_count"), 3}},
            Event(ThreadUpdated{}).index());
        row("message_read", chat, e::MessageRead,
            {{QStringLiteral("user_id"), kBob}, {QStringLiteral("seq"), 12}},
            Event(MessageRead{}).index());
        row("typing", chat, e::Typing,
            {{QStringLiteral("user_id"), kBob},
             {QStringLiteral("display_name"), QStringLiteral("Bob")},
             {QStringLiteral("typing"), true}},
            Event(Typing{}).index());
        row("conversation_created", user, e::ConversationCreated,
            {{QStringLiteral("conversation"), conversation(11).toJson()}},
            Event(ConversationCreated{}).index());
        row("user conversation_updated", user, e::ConversationUpdated,
            {{QStringLiteral("conversation_id"), kChat},
             {QStringLiteral("changes"), QJsonObject{{QStringLiteral("muted"), true}}}},
            Event(ConversationUpdated{}).index());
        row("conversation_removed", user, e::ConversationRemoved,
            {{QStringLiteral("conversation_id"), kChat},
             {QStringLiteral("reason"), QStringLiteral("removed")}},
            Event(ConversationRemoved{}).index());
        row("conversation_read", user, e::ConversationRead,
            {{QStringLiteral("conversation_id"), kChat},
             {QStringLiteral("last_read_seq"), 4},
             {QStringLiteral("unread_count"), 0}},
            Event(ConversationRead{}).index());
        row("conversation_activity", user, e::ConversationActivity,
            {{QStringLiteral("conversation_id"), kChat},
             {QStringLiteral("message"), messageJson},
             {QStringLiteral("unread_count"), 2}},
            Event(ConversationActivity{}).index());
        const model::PresenceMap presence{
            {kBob, {meta(QStringLiteral("b1"), model::PresenceMeta::Status::Online)}}};
        row("presence_state", user, e::PresenceState, model::presenceMapToJson(presence),
            Event(PresenceState{}).index());
        row("presence_diff", user, e::PresenceDiff,
            {{QStringLiteral("joins"), model::presenceMapToJson(presence)},
             {QStringLiteral("leaves"), QJsonObject{}}},
            Event(PresenceDiff{}).index());
        const model::Notification n{
            7, model::Notification::Kind::Message, kChat, 100, kBob, QStringLiteral("hi"), kTime};
        row("pending_notification", notes, e::PendingNotification,
            {{QStringLiteral("notification"), n.toJson()}}, Event(NotificationReceived{}).index());
        row("new_notification", notes, e::NewNotification,
            {{QStringLiteral("notification"), n.toJson()}}, Event(NotificationReceived{}).index());
        row("notification_count", notes, e::NotificationCount, {{QStringLiteral("count"), 3}},
            Event(NotificationCount{}).index());
    }
    void parsesServerEvents()
    {
        QFETCH(QString, topic);
        QFETCH(QString, event);
        QFETCH(QJsonObject, payload);
        QFETCH(qsizetype, kind);
        const std::optional<Event> parsed = parseServerEvent(topic, event, payload);
        QVERIFY(parsed);
        QCOMPARE(qsizetype(parsed->index()), kind);
    }

    void parsedEventsCarryTheirFields()
    {
        const auto received = parseServerEvent(
            QStringLiteral("chat:10"), QString(wire::event::ReceiveMessage),
            {{QStringLiteral("seq"), 5}, {QStringLiteral("message"), message(100, 5).toJson()}});
        QVERIFY(received);
        QCOMPARE(std::get<MessageReceived>(*received).seq, 5);
        QCOMPARE(std::get<MessageReceived>(*received).message, message(100, 5));

        const auto starred =
            parseServerEvent(QStringLiteral("chat:10"), QString(wire::event::MessageStarred),
                             {{QStringLiteral("seq"), 9},
                              {QStringLiteral("message_id"), 100},
                              {QStringLiteral("starred"), true},
                              {QStringLiteral("by"), kBob}});
        QVERIFY(starred);
        const auto &star = std::get<MessageStarred>(*starred);
        QCOMPARE(star.conversationId, kChat);
        QCOMPARE(star.seq, 9);
        QCOMPARE(star.messageId, 100);
        QCOMPARE(star.starred, true);
        QCOMPARE(star.by, kBob);

        const auto typing =
            parseServerEvent(QStringLiteral("chat:10"), QString(wire::event::Typing),
                             {{QStringLiteral("user_id"), kBob},
                              {QStringLiteral("display_name"), QStringLiteral("Bob")},
                              {QStringLiteral("typing"), false}});
        QVERIFY(typing);
        QCOMPARE(std::get<Typing>(*typing).displayName, u"Bob");
        QCOMPARE(std::get<Typing>(*typing).typing, false);
    }

    void malformedEventsParseToNothing_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QJsonObject>("payload");

        const QString chat = QStringLiteral("chat:10");
        const QString user = QStringLiteral("user:1");
        namespace e = wire::event;
        QJsonObject otherChat = message(100, 5).toJson();
        otherChat.insert(QStringLiteral("conversation_id"), 11);
        QJsonObject noContent = message(100, 5).toJson();
        noContent.remove(QStringLiteral("content"));
        const auto row = [](const char *name, const QString &topic, QLatin1StringView event,
                            const QJsonObject &payload) {
            QTest::newRow(name) << topic << QString(event) << payload;
        };
        row("message without seq", chat, e::ReceiveMessage,
            {{QStringLiteral("message"), message(100, 5).toJson()}});
        row("message of another conversation", chat, e::ReceiveMessage,
            {{QStringLiteral("seq"), 5}, {QStringLiteral("message"), otherChat}});
        row("message without content", chat, e::ReceiveMessage,
            {{QStringLiteral("seq"), 5}, {QStringLiteral("message"), noContent}});
        row("message not an object", chat, e::MessageEdited,
            {{QStringLiteral("seq"), 5}, {QStringLiteral("message"), QStringLiteral("hi")}});
        row("id as a string", chat, e::MessageDeleted,
            {{QStringLiteral("seq"), 5}, {QStringLiteral("message_id"), QStringLiteral("100")}});
        row("fractional seq", chat, e::MessageDeleted,
            {{QStringLiteral("seq"), 5.5}, {QStringLiteral("message_id"), 100}});
        row("reactions not a list", chat, e::MessageReactions,
            {{QStringLiteral("seq"), 5},
             {QStringLiteral("message_id"), 100},
             {QStringLiteral("reactions"), QJsonObject{}}});
        row("star without flag", chat, e::MessageStarred,
            {{QStringLiteral("seq"), 5},
             {QStringLiteral("message_id"), 100},
             {QStringLiteral("by"), kBob}});
        row("member without a name", chat, e::MemberJoined,
            {{QStringLiteral("seq"), 5},
             {QStringLiteral("member"), QJsonObject{{QStringLiteral("user_id"), 3}}}});
        row("typing without flag", chat, e::Typing,
            {{QStringLiteral("user_id"), kBob},
             {QStringLiteral("display_name"), QStringLiteral("Bob")}});
        row("read with negative user", chat, e::MessageRead,
            {{QStringLiteral("user_id"), -2}, {QStringLiteral("seq"), 3}});
        row("changes not an object", user, e::ConversationUpdated,
            {{QStringLiteral("conversation_id"), kChat}, {QStringLiteral("changes"), 3}});
        row("conversation without kind", user, e::ConversationCreated,
            {{QStringLiteral("conversation"), QJsonObject{{QStringLiteral("id"), 3}}}});
        row("presence meta without phx_ref", user, e::PresenceState,
            {{QStringLiteral("2"),
              QJsonObject{{QStringLiteral("metas"),
                           QJsonArray{QJsonObject{
                               {QStringLiteral("status"), QStringLiteral("online")}}}}}}});
        row("presence key not a user id", user, e::PresenceDiff,
            {{QStringLiteral("joins"),
              QJsonObject{
                  {QStringLiteral("bob"), QJsonObject{{QStringLiteral("metas"), QJsonArray{}}}}}},
             {QStringLiteral("leaves"), QJsonObject{}}});
        row("count as a string", QStringLiteral("notifications:1"), e::NotificationCount,
            {{QStringLiteral("count"), QStringLiteral("3")}});
        row("message_sent is not modelled", chat, e::MessageSent,
            {{QStringLiteral("mobile_ref_id"), QStringLiteral("r")},
             {QStringLiteral("status"), QStringLiteral("sent")}});
        row("unknown event", chat, QLatin1StringView("dance"), {});
        row("unknown topic", QStringLiteral("room:10"), e::ReceiveMessage,
            {{QStringLiteral("seq"), 5}, {QStringLiteral("message"), message(100, 5).toJson()}});
        row("bad chat id", QStringLiteral("chat:x"), e::MessageDeleted,
            {{QStringLiteral("seq"), 5}, {QStringLiteral("message_id"), 100}});
    }
    void malformedEventsParseToNothing()
    {
        QFETCH(QString, topic);
        QFETCH(QString, event);
        QFETCH(QJsonObject, payload);
        QVERIFY(!parseServerEvent(topic, event, payload));
    }

    // One field that does not fit spoils the whole event: the fields before it that did fit
    // are not applied either.
    void mistypedChatEventsAreNotAppliedAtAll()
    {
        load({message(100, 1)});
        const QString topic = QStringLiteral("chat:10");
        const auto parsed =
            parseServerEvent(topic, QString(wire::event::ConversationUpdated),
                             {{QStringLiteral("seq"), 2},
                              {QStringLiteral("changes"),
                               QJsonObject{{QStringLiteral("title"), QStringLiteral("Renamed")},
                                           {QStringLiteral("archived"), QStringLiteral("yes")}}}});
        QVERIFY(!parsed);
        const auto starred = parseServerEvent(topic, QString(wire::event::MessageStarred),
                                              {{QStringLiteral("seq"), 3},
                                               {QStringLiteral("message_id"), 100},
                                               {QStringLiteral("starred"), 1},
                                               {QStringLiteral("by"), kBob}});
        QVERIFY(!starred);
        const model::Conversation *c = state.conversation(kChat);
        QCOMPARE(c->title, std::optional<QString>(QStringLiteral("Group 10")));
        QCOMPARE(c->lastSeq, 1);
        QVERIFY(!state.message(kChat, 100)->starred);
    }

    // The topic names the conversation; a conversation_id in the payload is not read.
    void chatEventsTakeTheirConversationFromTheTopic()
    {
        const QJsonObject payload{{QStringLiteral("seq"), 7},
                                  {QStringLiteral("message_id"), 100},
                                  {QStringLiteral("conversation_id"), 99}};
        const auto here = parseServerEvent(QStringLiteral("chat:10"),
                                           QString(wire::event::MessageDeleted), payload);
        QVERIFY(here);
        QCOMPARE(std::get<MessageDeleted>(*here).conversationId, 10);
        const auto there = parseServerEvent(QStringLiteral("chat:11"),
                                            QString(wire::event::MessageDeleted), payload);
        QVERIFY(there);
        QCOMPARE(std::get<MessageDeleted>(*there).conversationId, 11);

        QJsonObject response = chatJoinBase();
        response.insert(QStringLiteral("events"),
                        QJsonArray{logged(5, wire::event::MemberLeft,
                                          {{QStringLiteral("user_id"), kBob},
                                           {QStringLiteral("conversation_id"), 99}})});
        response.insert(QStringLiteral("gap"), false);
        const auto replay = parseReplay(kChat, response);
        QVERIFY(replay);
        QCOMPARE(std::get<MemberLeft>(replay->events.at(0)).conversationId, kChat);
    }

    void parsesAReplayInOrder()
    {
        QJsonObject response = chatJoinBase();
        response.insert(
            QStringLiteral("events"),
            QJsonArray{
                logged(5, wire::event::ReceiveMessage,
                       {{QStringLiteral("message"), message(100, 5).toJson()}}),
                logged(6, QLatin1StringView("pinned_by_admin"), {}), // a later addition
                logged(7, wire::event::MessageDeleted, {{QStringLiteral("message_id"), 100}})});
        response.insert(QStringLiteral("gap"), false);
        const std::optional<Replay> replay = parseReplay(kChat, response);
        QVERIFY(replay);
        QCOMPARE(replay->header.conversation.id, kChat);
        QCOMPARE(replay->header.conversation.lastSeq, 7);
        QCOMPARE(replay->header.members.size(), 2);
        QCOMPARE(replay->header.readStates, (QList<ReadState>{{kMe, 7}, {kBob, 3}}));
        QCOMPARE(replay->header.gap, false);
        QCOMPARE(replay->events.size(), 2);
        QCOMPARE(std::get<MessageReceived>(replay->events.at(0)).message.id, 100);
        QCOMPARE(std::get<MessageDeleted>(replay->events.at(1)).seq, 7);

        // Applied in order, the replay leaves the deleted message deleted.
        load({}, false);
        apply(replay->header);
        for (const Event &event : replay->events)
            apply(event);
        QVERIFY(state.message(kChat, 100)->deleted);
    }

    void malformedReplaysParseToNothing_data()
    {
        QTest::addColumn<QJsonObject>("response");
        const QJsonArray good{logged(5, wire::event::ReceiveMessage,
                                     {{QStringLiteral("message"), message(100, 5).toJson()}})};
        QJsonObject base = chatJoinBase();
        base.insert(QStringLiteral("events"), good);
        base.insert(QStringLiteral("gap"), true);
        QVERIFY(parseReplay(kChat, base)); // the rows below break exactly one thing

        QJsonObject noGap = base;
        noGap.remove(QStringLiteral("gap"));
        QTest::newRow("no gap flag") << noGap;
        QJsonObject eventsNotList = base;
        eventsNotList.insert(QStringLiteral("events"), QJsonObject{});
        QTest::newRow("events not a list") << eventsNotList;
        QJsonObject badEvent = base;
        badEvent.insert(
            QStringLiteral("events"),
            QJsonArray{good.at(0), logged(6, wire::event::MessageDeleted,
                                          {{QStringLiteral("message_id"), QStringLiteral("x")}})});
        QTest::newRow("one bad event") << badEvent;
        QJsonObject payloadNotObject = base;
        payloadNotObject.insert(
            QStringLiteral("events"),
            QJsonArray{QJsonObject{{QStringLiteral("seq"), 5},
                                   {QStringLiteral("event"), QStringLiteral("receive_message")},
                                   {QStringLiteral("payload"), 3}}});
        QTest::newRow("payload not an object") << payloadNotObject;
        QJsonObject badMember = base;
        badMember.insert(QStringLiteral("members"),
                         QJsonArray{member(kMe).toJson(), QJsonObject{{QStringLiteral("x"), 1}}});
        QTest::newRow("one bad member") << badMember;
        QJsonObject badReadState = base;
        badReadState.insert(QStringLiteral("read_states"),
                            QJsonArray{QJsonObject{{QStringLiteral("user_id"), kMe}}});
        QTest::newRow("read state without seq") << badReadState;
        QJsonObject noConversation = base;
        noConversation.remove(QStringLiteral("conversation"));
        QTest::newRow("no conversation") << noConversation;
    }
    void malformedReplaysParseToNothing()
    {
        QFETCH(QJsonObject, response);
        QVERIFY(!parseReplay(kChat, response));
    }

    void parsesAConversationPage()
    {
        QJsonObject response = chatJoinBase();
        response.insert(QStringLiteral("messages"),
                        QJsonArray{message(100, 1).toJson(), message(101, 2).toJson()});
        response.insert(QStringLiteral("has_more"), true);
        const auto loaded = parseConversationLoaded(response);
        QVERIFY(loaded);
        QCOMPARE(loaded->conversation.id, kChat);
        QCOMPARE(loaded->messages, (QList<model::Message>{message(100, 1), message(101, 2)}));
        QCOMPARE(loaded->hasMore, true);
        QCOMPARE(loaded->members.at(0).role, model::Member::Role::Owner);

        QJsonObject badMessage = response;
        QJsonObject broken = message(101, 2).toJson();
        broken.insert(QStringLiteral("sent_at"), QStringLiteral("yesterday"));
        badMessage.insert(QStringLiteral("messages"), QJsonArray{message(100, 1).toJson(), broken});
        QVERIFY(!parseConversationLoaded(badMessage));
        QJsonObject noMore = response;
        noMore.remove(QStringLiteral("has_more"));
        QVERIFY(!parseConversationLoaded(noMore));
        QJsonObject messagesNotList = response;
        messagesNotList.insert(QStringLiteral("messages"), QJsonObject{});
        QVERIFY(!parseConversationLoaded(messagesNotList));
    }

    void parsesTheAccount()
    {
        const QJsonObject response{
            {QStringLiteral("user"), me().toJson()},
            {QStringLiteral("conversations"),
             QJsonArray{conversation(kChat).toJson(), conversation(11).toJson()}}};
        const auto loaded = parseAccountLoaded(response);
        QVERIFY(loaded);
        QCOMPARE(loaded->me, me());
        QCOMPARE(loaded->conversations.size(), 2);
        QCOMPARE(loaded->conversations.at(1), conversation(11));

        QJsonObject badConversation = response;
        badConversation.insert(QStringLiteral("conversations"),
                               QJsonArray{conversation(kChat).toJson(), 7});
        QVERIFY(!parseAccountLoaded(badConversation));
        QJsonObject noUser = response;
        noUser.remove(QStringLiteral("user"));
        QVERIFY(!parseAccountLoaded(noUser));
    }

    void chatTopicsNameTheirConversation()
    {
        QCOMPARE(conversationIdOfTopic(QStringLiteral("chat:42")), 42);
        QCOMPARE(conversationIdOfTopic(QStringLiteral("chat:0")), 0);
        QCOMPARE(conversationIdOfTopic(QStringLiteral("chat:-4")), 0);
        QCOMPARE(conversationIdOfTopic(QStringLiteral("chat:4x")), 0);
        QCOMPARE(conversationIdOfTopic(QStringLiteral("user:4")), 0);
    }
};

QTEST_GUILESS_MAIN(TestReducer)
#include "tst_reducer.moc"
