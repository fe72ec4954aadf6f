// TimelineModel: incremental inserts at seq positions, threads, outbox rows, grouping, receipts
// and history paging, against a ClientState driven by events.

#include "UiTestSupport.h"
#include "models/ModelRoles.h"
#include "models/TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace confab;
using namespace confab::ui;
using namespace confab::ui::test;

namespace {

constexpr qint64 kChat = 50;

QList<qint64> seqs(const QAbstractItemModel &model)
{
    QList<qint64> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data(SeqRole).toLongLong());
    return result;
}

QList<model::Member> members()
{
    return {member(kMe, QStringLiteral("Me Myself"), model::Member::Role::Owner),
            member(kAda, QStringLiteral("Ada")), member(kBob, QStringLiteral("Bob")),
            member(kCarol, QStringLiteral("Carol"))};
}

// Messages at seq 10, 20, 30, 40 (ids 1010, 1020, ...), from Ada, a minute apart.
QList<model::Message> page()
{
    QList<model::Message> messages;
    for (int i = 1; i <= 4; ++i)
        messages.append(message(kChat, 1000 + i * 10, i * 10, kAda,
                                QStringLiteral("message %1").arg(i), at(20, 10, i)));
    return messages;
}

std::pair<int, int> insertedRange(const QSignalSpy &spy, qsizetype at = 0)
{
    return {spy.at(at).at(1).toInt(), spy.at(at).at(2).toInt()};
}

} // namespace

class TestTimelineModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<client::ClientState> m_state;
    std::unique_ptr<TimelineModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    void receive(const model::Message &message)
    {
        apply(*m_state, events::MessageReceived{message.seq, message});
    }

private Q_SLOTS:
    void init()
    {
        m_state = std::make_unique<client::ClientState>();
        signIn(*m_state, {group(kChat, QStringLiteral("Team"))});
        load(*m_state, group(kChat, QStringLiteral("Team")), members(), page(), true);
        m_model = std::make_unique<TimelineModel>(m_state.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_model->setConversation(kChat);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_state.reset();
    }

    void showsLoadedMessages()
    {
        QCOMPARE(seqs(*m_model), (QList<qint64>{10, 20, 30, 40}));
        const QModelIndex first = m_model->index(0);
        QCOMPARE(first.data(MessageIdRole).toLongLong(), 1010);
        QCOMPARE(first.data(SenderIdRole).toLongLong(), kAda);
        QCOMPARE(first.data(SenderNameRole).toString(), QStringLiteral("Ada"));
        QCOMPARE(first.data(ContentRole).toString(), QStringLiteral("message 1"));
        QCOMPARE(first.data(SentAtRole).toDateTime(), at(20, 10, 1));
        QCOMPARE(first.data(DeliveryRole).toInt(), int(client::Delivery::Sent));
        QCOMPARE(first.data(IsMineRole).toBool(), false);
        QCOMPARE(first.data(ParentIdRole).toLongLong(), 0);
        QCOMPARE(m_model->indexOfMessage(1030), m_model->index(2));
        QVERIFY(!m_model->indexOfMessage(999).isValid());
        QVERIFY(first.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Ada")));
        QVERIFY(
            first.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("message 1")));
    }

    void liveMessageInsertsAtEnd()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        receive(message(kChat, 1050, 50, kBob, QStringLiteral("new"), at(20, 11)));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(insertedRange(inserted), std::make_pair(4, 4));
        QCOMPARE(seqs(*m_model), (QList<qint64>{10, 20, 30, 40, 50}));
        // Redelivery changes nothing.
        receive(message(kChat, 1050, 50, kBob, QStringLiteral("new"), at(20, 11)));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m_model->rowCount(), 5);
    }

    void historyInsertsAtFrontInOneRun()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QList<model::Message> older;
        for (int seq = 1; seq <= 5; ++seq)
            older.append(
                message(kChat, 900 + seq, seq, kBob, QStringLiteral("old"), at(19, 10, seq)));
        apply(*m_state, events::HistoryLoaded{kChat, older, false});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(insertedRange(inserted), std::make_pair(0, 4));
        QCOMPARE(seqs(*m_model), (QList<qint64>{1, 2, 3, 4, 5, 10, 20, 30, 40}));
        QVERIFY(!m_model->canFetchMore({}));
    }

    void outOfOrderMessageLandsInTheMiddle()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        apply(*m_state,
              events::MessagesMerged{
                  kChat, {message(kChat, 1025, 25, kBob, QStringLiteral("late"), at(20, 10, 2))}});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(insertedRange(inserted), std::make_pair(2, 2));
        QCOMPARE(seqs(*m_model), (QList<qint64>{10, 20, 25, 30, 40}));
        // Several at once, in two gaps: one insert per gap.
        inserted.clear();
        apply(*m_state, events::MessagesMerged{
                            kChat,
                            {message(kChat, 1035, 35, kBob, QStringLiteral("a"), at(20, 10, 3)),
                             message(kChat, 1015, 15, kBob, QStringLiteral("b"), at(20, 10, 1)),
                             message(kChat, 1036, 36, kBob, QStringLiteral("c"), at(20, 10, 3))}});
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(seqs(*m_model), (QList<qint64>{10, 15, 20, 25, 30, 35, 36, 40}));
    }

    void threadRepliesStayOutOfTheMainTimeline()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        model::Message reply = message(kChat, 1051, 51, kBob, QStringLiteral("reply"), at(20, 11));
        reply.parentId = 1020;
        receive(reply);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(seqs(*m_model), (QList<qint64>{10, 20, 30, 40}));
        // The root's reply count repaints.
        const QModelIndex root = m_model->index(1);
        QCOMPARE(root.data(ReplyCountRole).toInt(), 1);
        const bool rootRepainted =
            std::any_of(changed.cbegin(), changed.cend(), [&](const auto &args) {
                return args.at(0).toModelIndex() == root &&
                       args.at(2).template value<QList<int>>().contains(ReplyCountRole);
            });
        QVERIFY(rootRepainted);
    }

    void threadModeShowsRootThenReplies()
    {
        model::Message first = message(kChat, 1051, 51, kBob, QStringLiteral("r1"), at(20, 11));
        first.parentId = 1020;
        receive(first);
        m_model->setThreadRoot(kChat, 1020);
        QCOMPARE(seqs(*m_model), (QList<qint64>{20, 51}));
        QVERIFY(!m_model->canFetchMore({}));
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        model::Message second = message(kChat, 1052, 52, kAda, QStringLiteral("r2"), at(20, 12));
        second.parentId = 1020;
        receive(second);
        receive(message(kChat, 1053, 53, kAda, QStringLiteral("main"), at(20, 12)));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(seqs(*m_model), (QList<qint64>{20, 51, 52}));
        // The root at the top of the thread shows the new count.
        QCOMPARE(m_model->index(0).data(ReplyCountRole).toInt(), 2);
        const bool rootRepainted =
            std::any_of(changed.cbegin(), changed.cend(), [&](const auto &args) {
                return args.at(0).toModelIndex() == m_model->index(0) &&
                       args.at(2).template value<QList<int>>().contains(ReplyCountRole);
            });
        QVERIFY(rootRepainted);
        QCOMPARE(m_model->index(2).data(ParentIdRole).toLongLong(), 1020);
        // An outbox reply to this root shows here, not in the main timeline.
        apply(*m_state,
              events::OutboxQueued{outboxEntry(kChat, QStringLiteral("t1"),
                                               QStringLiteral("pending reply"), 1, 1020)});
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->index(3).data(MobileRefRole).toString(), QStringLiteral("t1"));
        m_model->setConversation(kChat);
        QCOMPARE(seqs(*m_model), (QList<qint64>{10, 20, 30, 40, 53}));
    }

    void outboxRowBecomesTheAcknowledgedMessage()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        const QString ref = QStringLiteral("ref-1");
        apply(*m_state,
              events::OutboxQueued{outboxEntry(kChat, ref, QStringLiteral("hello **all**"), 1)});
        QCOMPARE(m_model->rowCount(), 5);
        const QModelIndex pending = m_model->index(4);
        QCOMPARE(pending.data(MessageIdRole).toLongLong(), 0);
        QCOMPARE(pending.data(SeqRole).toLongLong(), 0);
        QCOMPARE(pending.data(MobileRefRole).toString(), ref);
        QCOMPARE(pending.data(DeliveryRole).toInt(), int(client::Delivery::Pending));
        QCOMPARE(pending.data(IsMineRole).toBool(), true);
        QCOMPARE(pending.data(SenderNameRole).toString(), QStringLiteral("Me Myself"));
        QCOMPARE(m_model->indexOfOutboxEntry(ref), pending);

        apply(*m_state, events::OutboxFailed{ref, QStringLiteral("rate_limited")});
        QCOMPARE(pending.data(DeliveryRole).toInt(), int(client::Delivery::Failed));
        QCOMPARE(pending.data(FailureReasonRole).toString(), QStringLiteral("rate_limited"));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.constLast().at(0).toModelIndex(), pending);

        apply(*m_state,
              events::OutboxQueued{outboxEntry(kChat, ref, QStringLiteral("hello **all**"), 1)});
        QCOMPARE(pending.data(DeliveryRole).toInt(), int(client::Delivery::Pending));

        model::Message stored =
            message(kChat, 1050, 50, kMe, QStringLiteral("hello **all**"), at(20, 12));
        stored.mobileRefId = ref;
        apply(*m_state, events::MessageAcknowledged{stored});
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_model->index(4).data(MessageIdRole).toLongLong(), 1050);
        QCOMPARE(m_model->index(4).data(DeliveryRole).toInt(), int(client::Delivery::Sent));
        QVERIFY(!m_model->indexOfOutboxEntry(ref).isValid());
        int copies = 0;
        for (int row = 0; row < m_model->rowCount(); ++row)
            copies += m_model->index(row).data(ContentRole).toString() == stored.content;
        QCOMPARE(copies, 1);
        // The same message arriving again as a live broadcast adds nothing.
        receive(stored);
        QCOMPARE(m_model->rowCount(), 5);
    }

    void outboxRowsStayAfterNewMessagesAndCanBeDiscarded()
    {
        apply(*m_state, events::OutboxQueued{
                            outboxEntry(kChat, QStringLiteral("a"), QStringLiteral("A"), 1)});
        apply(*m_state, events::OutboxQueued{
                            outboxEntry(kChat, QStringLiteral("b"), QStringLiteral("B"), 2)});
        apply(*m_state, events::OutboxQueued{
                            outboxEntry(kChat + 1, QStringLiteral("c"), QStringLiteral("C"), 3)});
        QCOMPARE(m_model->rowCount(), 6);
        receive(message(kChat, 1050, 50, kAda, QStringLiteral("meanwhile"), at(20, 12)));
        QCOMPARE(m_model->index(4).data(SeqRole).toLongLong(), 50);
        QCOMPARE(m_model->index(5).data(MobileRefRole).toString(), QStringLiteral("a"));
        QCOMPARE(m_model->index(6).data(MobileRefRole).toString(), QStringLiteral("b"));
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        apply(*m_state, events::OutboxDiscarded{QStringLiteral("a")});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(m_model->rowCount(), 6);
        QCOMPARE(m_model->index(5).data(MobileRefRole).toString(), QStringLiteral("b"));
    }

    void headersAndDaySeparatorsGroupRows()
    {
        QList<model::Message> messages{
            message(kChat, 1, 1, kAda, QStringLiteral("a"), at(20, 10, 0)),
            message(kChat, 2, 2, kAda, QStringLiteral("b"), at(20, 10, 4)),  // same group
            message(kChat, 3, 3, kAda, QStringLiteral("c"), at(20, 10, 15)), // gap > 5 min
            message(kChat, 4, 4, kBob, QStringLiteral("d"), at(20, 10, 16)), // other sender
            message(kChat, 5, 5, kBob, QStringLiteral("e"), at(21, 9, 0)),   // next day
        };
        load(*m_state, group(kChat, QStringLiteral("Team")), members(), messages);
        QCOMPARE(m_model->rowCount(), 5);
        const QList<bool> headers{true, false, true, true, true};
        for (int row = 0; row < 5; ++row)
            QCOMPARE(m_model->index(row).data(ShowHeaderRole).toBool(), headers.at(row));
        QCOMPARE(m_model->index(0).data(DaySeparatorRole).toDate(), QDate(2026, 11, 20));
        QVERIFY(!m_model->index(1).data(DaySeparatorRole).toDate().isValid());
        QVERIFY(!m_model->index(3).data(DaySeparatorRole).toDate().isValid());
        QCOMPARE(m_model->index(4).data(DaySeparatorRole).toDate(), QDate(2026, 11, 21));
    }

    // A message from Bob slipping in between two of Ada's splits their group, and the row
    // after it is told.
    void insertInTheMiddleRegroupsTheNextRow()
    {
        QList<model::Message> messages{
            message(kChat, 1, 10, kAda, QStringLiteral("a"), at(20, 10, 0)),
            message(kChat, 2, 20, kAda, QStringLiteral("b"), at(20, 10, 4)),
        };
        load(*m_state, group(kChat, QStringLiteral("Team")), members(), messages);
        QCOMPARE(m_model->index(1).data(ShowHeaderRole).toBool(), false);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        apply(*m_state,
              events::MessagesMerged{
                  kChat, {message(kChat, 3, 15, kBob, QStringLiteral("x"), at(20, 10, 2))}});
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->index(2).data(ShowHeaderRole).toBool(), true);
        const bool told = std::any_of(changed.cbegin(), changed.cend(), [&](const auto &args) {
            return args.at(0).toModelIndex() == m_model->index(2) &&
                   args.at(2).template value<QList<int>>().contains(ShowHeaderRole);
        });
        QVERIFY(told);
    }

    void seenByLandsOnTheLastRowReached()
    {
        QList<model::Message> messages = page();
        for (model::Message &message : messages)
            message.senderId = kMe;
        messages[3].senderId = kCarol; // seq 40 is Carol's
        load(*m_state, group(kChat, QStringLiteral("Team")), members(), messages, false,
             {{kAda, 20}, {kBob, 25}, {kCarol, 40}, {kMe, 40}});
        QCOMPARE(m_model->index(0).data(SeenByRole).toStringList(), QStringList());
        QCOMPARE(m_model->index(1).data(SeenByRole).toStringList(),
                 (QStringList{QStringLiteral("Ada"), QStringLiteral("Bob")}));
        QCOMPARE(m_model->index(2).data(SeenByRole).toStringList(), QStringList());
        // Carol sent the last row: her own receipt is not shown there, nor is mine.
        QCOMPARE(m_model->index(3).data(SeenByRole).toStringList(), QStringList());

        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        apply(*m_state, events::MessageRead{kChat, kAda, 30});
        QCOMPARE(m_model->index(1).data(SeenByRole).toStringList(),
                 QStringList{QStringLiteral("Bob")});
        QCOMPARE(m_model->index(2).data(SeenByRole).toStringList(),
                 QStringList{QStringLiteral("Ada")});
        QList<int> repainted;
        for (const auto &args : std::as_const(changed)) {
            QVERIFY(args.at(2).value<QList<int>>().contains(SeenByRole));
            repainted.append(args.at(0).toModelIndex().row());
        }
        std::sort(repainted.begin(), repainted.end());
        QCOMPARE(repainted, (QList<int>{1, 2}));
    }

    void fetchMoreRequestsHistoryOnce()
    {
        QVERIFY(m_state->hasOlderMessages(kChat));
        QSignalSpy requested(m_model.get(), &TimelineModel::historyRequested);
        m_model->historyRequestFinished(); // whatever the model tester asked for is settled
        QVERIFY(m_model->canFetchMore({}));
        m_model->fetchMore({});
        m_model->fetchMore({});
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toLongLong(), kChat);
        QCOMPARE(requested.at(0).at(1).toLongLong(), 10);
        QVERIFY(!m_model->canFetchMore({}));
        // A live message is not the history we asked for.
        receive(message(kChat, 1050, 50, kBob, QStringLiteral("live"), at(20, 11)));
        m_model->fetchMore({});
        QCOMPARE(requested.size(), 1);
        // The page arrives: the next request starts before it.
        apply(*m_state,
              events::HistoryLoaded{
                  kChat, {message(kChat, 1005, 5, kBob, QStringLiteral("old"), at(20, 9))}, true});
        QVERIFY(m_model->canFetchMore({}));
        m_model->fetchMore({});
        QCOMPARE(requested.size(), 2);
        QCOMPARE(requested.at(1).at(1).toLongLong(), 5);
        // A failed request lets the next one through.
        m_model->historyRequestFinished();
        m_model->fetchMore({});
        QCOMPARE(requested.size(), 3);
    }

    void editsDeletesReactionsAndStarsRepaintTheRow()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        model::Message edited = page().at(1);
        edited.content = QStringLiteral("changed");
        edited.editedAt = at(20, 12);
        apply(*m_state, events::MessageEdited{60, edited});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().at(0).toModelIndex(), m_model->index(1));
        QVERIFY(changed.constFirst().at(2).value<QList<int>>().contains(ContentRole));
        QCOMPARE(m_model->index(1).data(ContentRole).toString(), QStringLiteral("changed"));
        QCOMPARE(m_model->index(1).data(EditedRole).toBool(), true);

        apply(*m_state, events::ReactionsChanged{
                            kChat,
                            61,
                            1020,
                            {{QStringLiteral("👍"), {kAda, kMe}}, {QStringLiteral("🎉"), {kBob}}}});
        const QVariantList reactions = m_model->index(1).data(ReactionsRole).toList();
        QCOMPARE(reactions.size(), 2);
        const QVariantMap thumbs = reactions.at(0).toMap();
        QCOMPARE(thumbs.value(QStringLiteral("emoji")).toString(), QStringLiteral("👍"));
        QCOMPARE(thumbs.value(QStringLiteral("count")).toInt(), 2);
        QCOMPARE(thumbs.value(QStringLiteral("mine")).toBool(), true);
        QCOMPARE(thumbs.value(QStringLiteral("names")).toStringList(),
                 (QStringList{QStringLiteral("Ada"), QStringLiteral("Me Myself")}));
        QCOMPARE(reactions.at(1).toMap().value(QStringLiteral("mine")).toBool(), false);

        apply(*m_state, events::MessageStarred{kChat, 62, 1020, true, kMe});
        QCOMPARE(m_model->index(1).data(StarredRole).toBool(), true);

        apply(*m_state, events::MessageDeleted{kChat, 63, 1020});
        QCOMPARE(m_model->index(1).data(DeletedRole).toBool(), true);
        QCOMPARE(m_model->index(1).data(EditedRole).toBool(), false);
        QCOMPARE(m_model->index(1).data(Qt::DisplayRole).toString(),
                 QStringLiteral("This message was deleted"));
        QCOMPARE(m_model->rowCount(), 4);
    }

    void unknownSenderAndMemberChanges()
    {
        receive(message(kChat, 1050, 50, 77, QStringLiteral("who?"), at(20, 11)));
        QCOMPARE(m_model->index(4).data(SenderNameRole).toString(), QStringLiteral("Unknown user"));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        apply(*m_state, events::MemberJoined{kChat, 51, member(77, QStringLiteral("Grace"))});
        QVERIFY(!changed.isEmpty());
        QCOMPARE(m_model->index(4).data(SenderNameRole).toString(), QStringLiteral("Grace"));
    }

    void resetOnlyOnMessagesReset()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        receive(message(kChat, 1050, 50, kBob, QStringLiteral("x"), at(20, 11)));
        apply(*m_state, events::MessageRead{kChat, kAda, 50});
        QCOMPARE(reset.size(), 0);
        load(*m_state, group(kChat, QStringLiteral("Team")), members(), page().mid(2));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(seqs(*m_model), (QList<qint64>{30, 40}));
    }

    void removedConversationEmptiesTheModel()
    {
        apply(*m_state,
              events::ConversationRemoved{kChat, events::ConversationRemoved::Reason::Removed});
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->conversationId(), 0);
        QVERIFY(!m_model->canFetchMore({}));
    }
};

QTEST_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
