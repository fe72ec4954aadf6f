// MemberListModel, UserListModel and the starred MessageListModel.

#include "UiTestSupport.h"
#include "models/MemberListModel.h"
#include "models/MessageListModel.h"
#include "models/ModelRoles.h"
#include "models/UserListModel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace confab;
using namespace confab::ui;
using namespace confab::ui::test;

namespace {

constexpr qint64 kChat = 60;
constexpr qint64 kZed = 9;

QStringList names(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data(NameRole).toString());
    return result;
}

QList<qint64> messageIds(const QAbstractItemModel &model)
{
    QList<qint64> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data(MessageIdRole).toLongLong());
    return result;
}

std::unique_ptr<QAbstractItemModelTester> testerFor(QAbstractItemModel *model)
{
    return std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::Fatal);
}

} // namespace

class TestMemberModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<client::ClientState> m_state;

private Q_SLOTS:
    void init()
    {
        m_state = std::make_unique<client::ClientState>();
        signIn(*m_state, {group(kChat, QStringLiteral("Team"))});
        load(*m_state, group(kChat, QStringLiteral("Team")),
             {member(kMe, QStringLiteral("Me Myself")), member(kBob, QStringLiteral("bob")),
              member(kZed, QStringLiteral("Zed"), model::Member::Role::Owner),
              member(kAda, QStringLiteral("Ada"))},
             {message(kChat, 1, 1, kAda, QStringLiteral("one"), at(20, 10)),
              message(kChat, 2, 2, kBob, QStringLiteral("two"), at(20, 11)),
              message(kChat, 3, 3, kAda, QStringLiteral("three"), at(20, 12))});
    }

    void cleanup() { m_state.reset(); }

    void membersOwnerFirstThenByName()
    {
        MemberListModel model(m_state.get());
        auto tester = testerFor(&model);
        model.setConversation(kChat);
        QCOMPARE(names(model), (QStringList{QStringLiteral("Zed"), QStringLiteral("Ada"),
                                            QStringLiteral("bob"), QStringLiteral("Me Myself")}));
        const QModelIndex zed = model.index(0);
        QCOMPARE(zed.data(UserIdRole).toLongLong(), kZed);
        QCOMPARE(zed.data(UsernameRole).toString(), QStringLiteral("zed"));
        QCOMPARE(zed.data(MemberRole).toString(), QStringLiteral("owner"));
        QCOMPARE(model.index(1).data(MemberRole).toString(), QStringLiteral("member"));
        QCOMPARE(zed.data(PresenceRole).toInt(), int(client::Availability::Offline));
        QCOMPARE(zed.data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Zed (@zed) — owner — offline"));
    }

    void joinsLeavesAndOwnerChangesAreIncremental()
    {
        MemberListModel model(m_state.get());
        auto tester = testerFor(&model);
        model.setConversation(kChat);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);

        apply(*m_state, events::MemberJoined{kChat, 10, member(20, QStringLiteral("Abe"))});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(names(model).at(1), QStringLiteral("Abe"));

        apply(*m_state, events::MemberLeft{kChat, 11, kBob});
        QCOMPARE(removed.size(), 1);
        QVERIFY(!names(model).contains(QStringLiteral("bob")));

        apply(*m_state,
              events::ChatConversationUpdated{
                  kChat, 12, events::changesOf(&events::ConversationChanges::ownerId, kAda)});
        QVERIFY(!moved.isEmpty());
        QCOMPARE(names(model), (QStringList{QStringLiteral("Ada"), QStringLiteral("Abe"),
                                            QStringLiteral("Me Myself"), QStringLiteral("Zed")}));
        QCOMPARE(reset.size(), 0);
    }

    void presenceRepaintsOnlyThatMember()
    {
        MemberListModel model(m_state.get());
        auto tester = testerFor(&model);
        model.setConversation(kChat);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model::PresenceMap joins;
        joins.insert(kAda, {presence(QStringLiteral("p1"), model::PresenceMeta::Status::Dnd)});
        apply(*m_state, events::PresenceDiff{joins, {}});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1));
        QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(PresenceRole));
        QCOMPARE(model.index(1).data(PresenceRole).toInt(),
                 int(client::Availability::DoNotDisturb));
        apply(*m_state, events::PresenceDiff{{}, joins});
        QCOMPARE(model.index(1).data(PresenceRole).toInt(), int(client::Availability::Offline));
    }

    // While we are offline, members are not "offline": their presence is unknown, and the
    // row says so; it repaints when presence becomes known again.
    void presenceIsUnknownWhileDisconnected()
    {
        MemberListModel model(m_state.get());
        auto tester = testerFor(&model);
        model.setConversation(kChat);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        apply(*m_state, events::Disconnected{});
        QCOMPARE(changed.size(), model.rowCount()); // every member, with or without devices
        const QModelIndex zed = model.index(0);
        QCOMPARE(zed.data(PresenceRole).toInt(), int(client::Availability::Unknown));
        QCOMPARE(zed.data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Zed (@zed) — owner — presence unknown"));

        changed.clear();
        apply(*m_state, events::PresenceState{});
        QCOMPARE(changed.size(), model.rowCount());
        QCOMPARE(zed.data(PresenceRole).toInt(), int(client::Availability::Offline));
    }

    void userListChecksSurviveANewSearch()
    {
        UserListModel model;
        auto tester = testerFor(&model);
        QSignalSpy checkedChanged(&model, &UserListModel::checkedIdsChanged);
        model.setUsers({user(kAda, QStringLiteral("Ada")), user(kBob, QStringLiteral("Bob"))});
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.flags(model.index(0)).testFlag(Qt::ItemIsUserCheckable));
        QCOMPARE(model.index(0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(model.index(1).data(UsernameRole).toString(), QStringLiteral("bob"));

        QVERIFY(model.setData(model.index(1), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.index(1).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(model.checkedIds(), QList<qint64>{kBob});
        QCOMPARE(checkedChanged.size(), 1);

        model.setUsers({user(kCarol, QStringLiteral("Carol")), user(kBob, QStringLiteral("Bob"))});
        QCOMPARE(model.index(1).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(model.setData(model.index(0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.checkedIds(), (QList<qint64>{kBob, kCarol}));
        QVERIFY(model.setData(model.index(1), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.checkedIds(), QList<qint64>{kCarol});
        model.clearChecked();
        QVERIFY(model.checkedIds().isEmpty());
        QCOMPARE(checkedChanged.size(), 4);
    }

    void starredListFollowsStars()
    {
        MessageListModel model;
        auto tester = testerFor(&model);
        model.setConversation(m_state.get(), kChat);
        QCOMPARE(model.rowCount(), 0);

        apply(*m_state, events::MessageStarred{kChat, 10, 3, true, kMe});
        apply(*m_state, events::MessageStarred{kChat, 11, 1, true, kMe});
        QCOMPARE(messageIds(model), (QList<qint64>{1, 3}));
        QCOMPARE(model.index(0).data(StarredRole).toBool(), true);
        QCOMPARE(model.index(0).data(SenderNameRole).toString(), QStringLiteral("Ada"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model::Message edited = message(kChat, 3, 3, kAda, QStringLiteral("three!"), at(20, 12));
        edited.starred = true;
        edited.starredBy = kMe;
        edited.editedAt = at(20, 13);
        apply(*m_state, events::MessageEdited{12, edited});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(1).data(ContentRole).toString(), QStringLiteral("three!"));

        apply(*m_state, events::MessageStarred{kChat, 13, 1, false, kMe});
        QCOMPARE(messageIds(model), QList<qint64>{3});
        apply(*m_state, events::MessageDeleted{kChat, 14, 3});
        QCOMPARE(model.rowCount(), 0);

        // A starred message arriving later (a merged page) joins the list.
        model::Message later = message(kChat, 5, 4, kBob, QStringLiteral("later"), at(20, 14));
        later.starred = true;
        later.starredBy = kBob;
        apply(*m_state, events::MessagesMerged{kChat, {later}});
        QCOMPARE(messageIds(model), QList<qint64>{5});

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        load(*m_state, group(kChat, QStringLiteral("Team")), {}, {});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestMemberModels)
#include "tst_membermodels.moc"
