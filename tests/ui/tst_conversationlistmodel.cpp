// ConversationListModel and ConversationFilterProxy against a ClientState driven by events.

#include "UiTestSupport.h"
#include "models/ConversationFilterProxy.h"
#include "models/ConversationListModel.h"
#include "models/ModelRoles.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace confab;
using namespace confab::ui;
using namespace confab::ui::test;

namespace {

constexpr qint64 kAdaChat = 10; // direct with Ada
constexpr qint64 kTeam = 11;    // group
constexpr qint64 kOld = 12;     // group, archived
constexpr qint64 kZoe = 13;     // group with a diacritic

QStringList names(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data(NameRole).toString());
    return result;
}

model::Message activity(qint64 conversationId, qint64 id, qint64 seq, qint64 sender,
                        const QString &content, const QDateTime &sentAt)
{
    return message(conversationId, id, seq, sender, content, sentAt);
}

} // namespace

class TestConversationListModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<client::ClientState> m_state;
    std::unique_ptr<ConversationListModel> m_model;
    std::unique_ptr<ConversationFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

    QModelIndex rowOf(qint64 id) const { return m_model->indexOfConversation(id); }

private Q_SLOTS:
    void init()
    {
        m_state = std::make_unique<client::ClientState>();
        m_model = std::make_unique<ConversationListModel>(m_state.get());
        m_proxy = std::make_unique<ConversationFilterProxy>();
        m_proxy->setSourceModel(m_model.get());
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);

        model::Conversation archived = group(kOld, QStringLiteral("Old project"), at(2, 9));
        archived.archived = true;
        signIn(*m_state, {direct(kAdaChat, user(kAda, QStringLiteral("Ada Lovelace")), at(3, 9)),
                          group(kTeam, QStringLiteral("Team"), at(4, 9)), archived,
                          group(kZoe, QStringLiteral("Zoë's book club"), at(5, 9))});
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_proxy.reset();
        m_model.reset();
        m_state.reset();
    }

    void rowsAndRoles()
    {
        QCOMPARE(m_model->rowCount(), 4);
        const QModelIndex ada = rowOf(kAdaChat);
        QCOMPARE(ada.data(Qt::DisplayRole).toString(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(ada.data(NameRole).toString(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(ada.data(InitialsRole).toString(), QStringLiteral("AL"));
        QCOMPARE(ada.data(KindRole).toInt(), int(model::Conversation::Kind::Direct));
        QCOMPARE(ada.data(PreviewRole).toString(), QStringLiteral("No messages yet"));
        QCOMPARE(ada.data(LastActivityRole).toDateTime(), at(3, 9));
        QCOMPARE(ada.data(UnreadRole).toLongLong(), 0);
        QCOMPARE(ada.data(PresenceRole).toInt(), int(client::Availability::Offline));
        QCOMPARE(ada.data(AvatarSeedRole).toLongLong(), kAda);
        const QModelIndex team = rowOf(kTeam);
        QCOMPARE(team.data(NameRole).toString(), QStringLiteral("Team"));
        QVERIFY(!team.data(PresenceRole).isValid()); // groups have no presence
        QCOMPARE(rowOf(kOld).data(ArchivedRole).toBool(), true);
    }

    void sortsByActivityNewestFirstAndHidesArchived()
    {
        QCOMPARE(names(*m_proxy),
                 (QStringList{QStringLiteral("Zoë's book club"), QStringLiteral("Team"),
                              QStringLiteral("Ada Lovelace")}));
    }

    void newActivityMovesRowUp()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        apply(*m_state,
              events::ConversationActivity{
                  kAdaChat, activity(kAdaChat, 100, 5, kAda, QStringLiteral("hi"), at(20, 10)), 1});
        QVERIFY(!changed.isEmpty());
        QCOMPARE(names(*m_proxy).constFirst(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(rowOf(kAdaChat).data(LastActivityRole).toDateTime(), at(20, 10));
    }

    void pinnedComeFirst()
    {
        apply(*m_state,
              events::ConversationActivity{
                  kTeam, activity(kTeam, 101, 3, kAda, QStringLiteral("x"), at(21, 10)), 0});
        QCOMPARE(names(*m_proxy).constFirst(), QStringLiteral("Team"));
        apply(*m_state,
              events::ConversationUpdated{
                  kAdaChat, events::changesOf(&events::ConversationChanges::pinned, true)});
        QCOMPARE(rowOf(kAdaChat).data(PinnedRole).toBool(), true);
        QCOMPARE(names(*m_proxy),
                 (QStringList{QStringLiteral("Ada Lovelace"), QStringLiteral("Team"),
                              QStringLiteral("Zoë's book club")}));
        // Activity elsewhere does not pass a pinned conversation.
        apply(*m_state,
              events::ConversationActivity{
                  kZoe, activity(kZoe, 102, 3, kAda, QStringLiteral("y"), at(22, 10)), 0});
        QCOMPARE(names(*m_proxy).mid(0, 2),
                 (QStringList{QStringLiteral("Ada Lovelace"), QStringLiteral("Zoë's book club")}));
    }

    void tiesByIdDescending()
    {
        signIn(*m_state, {group(21, QStringLiteral("Twenty-one"), at(6, 9)),
                          group(22, QStringLiteral("Twenty-two"), at(6, 9))});
        QCOMPARE(names(*m_proxy),
                 (QStringList{QStringLiteral("Twenty-two"), QStringLiteral("Twenty-one")}));
    }

    void filtersByNameIgnoringCaseAndDiacritics()
    {
        m_proxy->setFilterText(QStringLiteral("ADA"));
        QCOMPARE(names(*m_proxy), QStringList{QStringLiteral("Ada Lovelace")});
        m_proxy->setFilterText(QStringLiteral("zoe"));
        QCOMPARE(names(*m_proxy), QStringList{QStringLiteral("Zoë's book club")});
        m_proxy->setFilterText(QStringLiteral("nobody"));
        QCOMPARE(m_proxy->rowCount(), 0);
        m_proxy->setFilterText({});
        QCOMPARE(m_proxy->rowCount(), 3);
    }

    void archivedShownOnRequestAndHiddenWhenArchived()
    {
        m_proxy->setShowArchived(true);
        QVERIFY(names(*m_proxy).contains(QStringLiteral("Old project")));
        m_proxy->setShowArchived(false);
        QVERIFY(!names(*m_proxy).contains(QStringLiteral("Old project")));
        apply(*m_state,
              events::ConversationUpdated{
                  kTeam, events::changesOf(&events::ConversationChanges::archived, true)});
        QVERIFY(!names(*m_proxy).contains(QStringLiteral("Team")));
        QCOMPARE(m_model->rowCount(), 4);
    }

    void previews_data()
    {
        QTest::addColumn<qint64>("sender");
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("preview");
        QTest::newRow("plain") << kAda << QStringLiteral("hello there")
                               << QStringLiteral("hello there");
        QTest::newRow("markdown") << kAda << QStringLiteral("**bold** and _em_ and `code`")
                                  << QStringLiteral("bold and em and code");
        QTest::newRow("link") << kAda << QStringLiteral("see [the docs](https://x.org/a_(b)) now")
                              << QStringLiteral("see the docs now");
        QTest::newRow("lines") << kAda << QStringLiteral("# Title\n\n- one\n- two\n> quoted")
                               << QStringLiteral("Title one two quoted");
        QTest::newRow("fence") << kAda << QStringLiteral("```\nint x;\n```")
                               << QStringLiteral("int x;");
        QTest::newRow("snake_case") << kAda << QStringLiteral("rename my_var please")
                                    << QStringLiteral("rename my_var please");
        QTest::newRow("mine") << kMe << QStringLiteral("on my way")
                              << QStringLiteral("You: on my way");
    }

    void previews()
    {
        QFETCH(qint64, sender);
        QFETCH(QString, content);
        QFETCH(QString, preview);
        apply(*m_state, events::ConversationActivity{
                            kAdaChat, activity(kAdaChat, 200, 7, sender, content, at(20, 11)), 0});
        QCOMPARE(rowOf(kAdaChat).data(PreviewRole).toString(), preview);
    }

    void groupPreviewNamesSenderAndDeletedMessage()
    {
        load(*m_state, group(kTeam, QStringLiteral("Team"), at(4, 9)),
             {member(kMe, QStringLiteral("Me Myself"), model::Member::Role::Owner),
              member(kBob, QStringLiteral("Bob"))},
             {message(kTeam, 300, 1, kBob, QStringLiteral("lunch?"), at(20, 12))});
        apply(*m_state,
              events::MessageReceived{
                  2, message(kTeam, 301, 2, kBob, QStringLiteral("*now*"), at(20, 12, 5))});
        QCOMPARE(rowOf(kTeam).data(PreviewRole).toString(), QStringLiteral("Bob: now"));
        apply(*m_state, events::MessageDeleted{kTeam, 3, 301});
        QCOMPARE(rowOf(kTeam).data(PreviewRole).toString(), QStringLiteral("Bob: Message deleted"));
    }

    void unreadCountAndAccessibleText()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        apply(
            *m_state,
            events::ConversationActivity{
                kAdaChat, activity(kAdaChat, 400, 9, kAda, QStringLiteral("ping"), at(20, 13)), 3});
        QVERIFY(!changed.isEmpty());
        const auto roles = changed.constLast().at(2).value<QList<int>>();
        QVERIFY(roles.contains(UnreadRole));
        QCOMPARE(changed.constLast().at(0).toModelIndex(), rowOf(kAdaChat));
        QCOMPARE(rowOf(kAdaChat).data(UnreadRole).toLongLong(), 3);
        const QString text = rowOf(kAdaChat).data(Qt::AccessibleTextRole).toString();
        QCOMPARE(text, QStringLiteral("Ada Lovelace — 3 unread — last message: ping"));
        QCOMPARE(rowOf(kAdaChat).data(Qt::ToolTipRole).toString(), text);

        apply(*m_state, events::ConversationRead{kAdaChat, 9, 0});
        QCOMPARE(rowOf(kAdaChat).data(UnreadRole).toLongLong(), 0);
        apply(*m_state,
              events::ConversationUpdated{
                  kAdaChat, events::changesOf(&events::ConversationChanges::muted, true)});
        QCOMPARE(rowOf(kAdaChat).data(MutedRole).toBool(), true);
    }

    void accessibleDescriptionNamesKindAndTopic()
    {
        model::Conversation planning = group(kTeam, QStringLiteral("Team"), at(4, 9));
        planning.topic = QStringLiteral("Release planning");
        signIn(*m_state, {direct(kAdaChat, user(kAda, QStringLiteral("Ada Lovelace")), at(3, 9)),
                          planning, group(kZoe, QStringLiteral("Zoë's book club"), at(5, 9))});
        QCOMPARE(rowOf(kAdaChat).data(Qt::AccessibleDescriptionRole).toString(),
                 QStringLiteral("Direct message"));
        QCOMPARE(rowOf(kTeam).data(Qt::AccessibleDescriptionRole).toString(),
                 QStringLiteral("Group of 3, topic: Release planning"));
        QCOMPARE(rowOf(kZoe).data(Qt::AccessibleDescriptionRole).toString(),
                 QStringLiteral("Group of 3"));
        // Through the proxy too: that is the model the list view hands to screen readers.
        QCOMPARE(m_proxy->index(0, 0).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Zoë's book club — last message: No messages yet"));
        QCOMPARE(m_proxy->index(0, 0).data(Qt::AccessibleDescriptionRole).toString(),
                 QStringLiteral("Group of 3"));

        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        apply(*m_state,
              events::ConversationUpdated{
                  kZoe, events::changesOf(&events::ConversationChanges::memberCount, qint64(4))});
        QVERIFY(!changed.isEmpty());
        QVERIFY(
            changed.constLast().at(2).value<QList<int>>().contains(Qt::AccessibleDescriptionRole));
        QCOMPARE(rowOf(kZoe).data(Qt::AccessibleDescriptionRole).toString(),
                 QStringLiteral("Group of 4"));
    }

    void presenceRepaintsOnlyThePeersRow()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        model::PresenceMap joins;
        joins.insert(kAda, {presence(QStringLiteral("r1"), model::PresenceMeta::Status::Away)});
        joins.insert(kCarol, {presence(QStringLiteral("r2"))}); // in no direct conversation here
        apply(*m_state, events::PresenceDiff{joins, {}});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().at(0).toModelIndex(), rowOf(kAdaChat));
        QCOMPARE(changed.constFirst().at(2).value<QList<int>>(), QList<int>{PresenceRole});
        QCOMPARE(rowOf(kAdaChat).data(PresenceRole).toInt(), int(client::Availability::Away));
    }

    void addRemoveAndReset()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        apply(*m_state, events::ConversationCreated{group(30, QStringLiteral("New"), at(23, 9))});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(names(*m_proxy).constFirst(), QStringLiteral("New"));
        apply(*m_state,
              events::ConversationRemoved{kTeam, events::ConversationRemoved::Reason::Left});
        QCOMPARE(removed.size(), 1);
        QVERIFY(!rowOf(kTeam).isValid());
        QVERIFY(!names(*m_proxy).contains(QStringLiteral("Team")));
        QCOMPARE(reset.size(), 0);
        signIn(*m_state, {group(kTeam, QStringLiteral("Team"), at(4, 9))});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m_model->rowCount(), 1);
    }
};

QTEST_MAIN(TestConversationListModel)
#include "tst_conversationlistmodel.moc"
