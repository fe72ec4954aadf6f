// The side panels against a real in-process server: thread, members, starred, settings, and
// the stack that hosts them.

#include "LiveSessionFixture.h"
#include "models/MemberListModel.h"
#include "models/MessageListModel.h"
#include "models/ModelRoles.h"
#include "models/TimelineModel.h"
#include "models/UserListModel.h"
#include "panels/AddMembersDialog.h"
#include "panels/ConversationSettingsPanel.h"
#include "panels/MembersPanel.h"
#include "panels/SidePanelStack.h"
#include "panels/StarredPanel.h"
#include "panels/ThreadPane.h"
#include "widgets/Composer.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace confab;
using namespace confab::ui;
using namespace confab::ui::test;

class TestPanels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void threadPaneShowsRepliesAndSendsOne();
    void threadPaneKeepsADraftPerThread();
    void membersPanelListsMembersWithPresence();
    void membersPanelAddsAMember();
    void membersPanelIsReadOnlyForMembers();
    void starredPanelListsStarredAndRequestsJumps();
    void settingsPanelRenamesAndTogglesMuteAndPin();
    void settingsPanelExplainsWhatMembersCannotChange();
    void sidePanelStackShowsPanelsAndEscCloses();

private:
    std::unique_ptr<LiveServer> m_server;
    std::unique_ptr<LiveAccount> m_alice;
    std::unique_ptr<LiveAccount> m_bob;
    qint64 m_group = 0;
    int m_round = 0;
};

void TestPanels::init()
{
    ++m_round;
    m_server = std::make_unique<LiveServer>();
    QVERIFY(m_server->start());
    m_alice = m_server->signIn(QStringLiteral("alice%1").arg(m_round));
    m_bob = m_server->signIn(QStringLiteral("bob%1").arg(m_round));
    QVERIFY(m_alice && m_bob);
    m_group = LiveServer::createGroup(*m_alice, QStringLiteral("Team"), {m_bob->id});
    QVERIFY(m_group != 0);
    QVERIFY(LiveServer::open(*m_alice, m_group));
    QVERIFY(LiveServer::open(*m_bob, m_group));
}

void TestPanels::cleanup()
{
    m_alice.reset();
    m_bob.reset();
    m_server.reset();
}

void TestPanels::threadPaneShowsRepliesAndSendsOne()
{
    const qint64 root = LiveServer::send(*m_bob, m_group, QStringLiteral("Root question"));
    LiveServer::send(*m_bob, m_group, QStringLiteral("First answer"), root);

    ThreadPane pane(m_alice->session.get());
    pane.show();
    pane.setThread(m_group, root);
    QTRY_COMPARE_WITH_TIMEOUT(pane.model()->rowCount(), 2, kWaitMs);
    QCOMPARE(pane.model()->index(0, 0).data(MessageIdRole).toLongLong(), root);
    QCOMPARE(pane.model()->index(1, 0).data(ContentRole).toString(),
             QStringLiteral("First answer"));

    auto *edit = pane.composer()->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("Second answer"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(pane.model()->rowCount(), 3, kWaitMs);
    // Stored by the server as a reply to the root, as Bob's session shows.
    QTRY_VERIFY_WITH_TIMEOUT(LiveServer::find(*m_bob, m_group, QStringLiteral("Second answer")),
                             kWaitMs);
    const model::Message *reply =
        LiveServer::find(*m_bob, m_group, QStringLiteral("Second answer"));
    QVERIFY(reply->parentId.has_value());
    QCOMPARE(*reply->parentId, root);
}

void TestPanels::threadPaneKeepsADraftPerThread()
{
    const qint64 first = LiveServer::send(*m_bob, m_group, QStringLiteral("First topic"));
    const qint64 second = LiveServer::send(*m_bob, m_group, QStringLiteral("Second topic"));
    ThreadPane pane(m_alice->session.get());
    pane.show();
    pane.setThread(m_group, first);
    auto *edit = pane.composer()->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("half a thought"));

    pane.setThread(m_group, second);
    QVERIFY(edit->toPlainText().isEmpty());
    QCOMPARE(pane.composer()->parentId(), std::optional<qint64>(second));
    pane.setThread(m_group, first);
    QCOMPARE(edit->toPlainText(), QStringLiteral("half a thought"));
    QCOMPARE(pane.composer()->parentId(), std::optional<qint64>(first));
}

void TestPanels::membersPanelListsMembersWithPresence()
{
    MembersPanel panel(m_alice->session.get());
    panel.show();
    panel.setConversation(m_group);
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 2, kWaitMs);
    QModelIndex bobRow;
    for (int row = 0; row < panel.model()->rowCount(); ++row) {
        if (panel.model()->index(row, 0).data(UserIdRole).toLongLong() == m_bob->id)
            bobRow = panel.model()->index(row, 0);
    }
    QVERIFY(bobRow.isValid());
    QTRY_COMPARE_WITH_TIMEOUT(client::Availability(bobRow.data(PresenceRole).toInt()),
                              client::Availability::Online, kWaitMs);

    // Bob signs out: his dot goes grey.
    m_bob.reset();
    QTRY_COMPARE_WITH_TIMEOUT(client::Availability(bobRow.data(PresenceRole).toInt()),
                              client::Availability::Offline, kWaitMs);
}

void TestPanels::membersPanelAddsAMember()
{
    std::unique_ptr<LiveAccount> carol = m_server->signIn(QStringLiteral("carol%1").arg(m_round));
    QVERIFY(carol);
    MembersPanel panel(m_alice->session.get());
    panel.show();
    panel.setConversation(m_group);
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 2, kWaitMs);
    QVERIFY(panel.addButton()->isEnabled());

    panel.addButton()->click();
    auto *dialog = panel.findChild<AddMembersDialog *>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->searchField(), carol->username);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->results()->rowCount(), 1, kWaitMs);
    const QModelIndex found = dialog->results()->index(0, 0);
    QVERIFY(dialog->results()->setData(found, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(dialog->selectedIds(), QList<qint64>{carol->id});
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QPushButton *add = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(add->isEnabled());
    add->click();

    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 3, kWaitMs);
    QVERIFY(m_alice->state()->member(m_group, carol->id));
    QTRY_VERIFY_WITH_TIMEOUT(m_bob->state()->member(m_group, carol->id), kWaitMs);
}

void TestPanels::membersPanelIsReadOnlyForMembers()
{
    MembersPanel panel(m_bob->session.get());
    panel.show();
    panel.setConversation(m_group);
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 2, kWaitMs);
    QVERIFY(!panel.addButton()->isEnabled());
    QVERIFY(!panel.addButton()->toolTip().isEmpty()); // says why
    QVERIFY(panel.leaveButton()->isEnabled());
}

void TestPanels::starredPanelListsStarredAndRequestsJumps()
{
    LiveServer::send(*m_bob, m_group, QStringLiteral("Not this one"));
    const qint64 keeper = LiveServer::send(*m_bob, m_group, QStringLiteral("Keep this"));
    m_alice->session->setStarred(m_group, keeper, true);
    QTRY_VERIFY_WITH_TIMEOUT(m_alice->state()->message(m_group, keeper)->starred, kWaitMs);

    StarredPanel panel(m_alice->session.get());
    panel.setConversation(m_group);
    panel.show();
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 1, kWaitMs);
    const QModelIndex index = panel.model()->index(0, 0);
    QCOMPARE(index.data(MessageIdRole).toLongLong(), keeper);

    QSignalSpy jumps(&panel, &StarredPanel::jumpRequested);
    panel.list()->setCurrentIndex(index);
    panel.list()->setFocus();
    QTest::keyClick(panel.list(), Qt::Key_Return);
    QCOMPARE(jumps.size(), 1);
    QCOMPARE(jumps.at(0).at(0).toLongLong(), keeper);

    // Unstarred elsewhere: it leaves the list.
    m_alice->session->setStarred(m_group, keeper, false);
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 0, kWaitMs);
}

void TestPanels::settingsPanelRenamesAndTogglesMuteAndPin()
{
    ConversationSettingsPanel panel(m_alice->session.get());
    panel.show();
    panel.setConversation(m_group);
    QCOMPARE(panel.titleEdit()->text(), QStringLiteral("Team"));
    QVERIFY(panel.titleEdit()->isEnabled());
    QVERIFY(!panel.saveButton()->isEnabled()); // nothing changed yet

    panel.titleEdit()->selectAll();
    QTest::keyClicks(panel.titleEdit(), QStringLiteral("Dream Team"));
    QVERIFY(panel.saveButton()->isEnabled());
    panel.saveButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_alice->state()->displayName(m_group), QStringLiteral("Dream Team"),
                              kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->state()->displayName(m_group), QStringLiteral("Dream Team"),
                              kWaitMs);
    QTRY_VERIFY(!panel.saveButton()->isEnabled());

    QVERIFY(!panel.mutedBox()->isChecked());
    panel.mutedBox()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_alice->state()->conversation(m_group)->reader->muted, kWaitMs);
    panel.pinnedBox()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_alice->state()->conversation(m_group)->reader->pinned, kWaitMs);
    // Only Alice's own view changes.
    QVERIFY(!m_bob->state()->conversation(m_group)->reader->muted);

    panel.mutedBox()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_alice->state()->conversation(m_group)->reader->muted, kWaitMs);
    QVERIFY(!panel.mutedBox()->isChecked());
}

void TestPanels::settingsPanelExplainsWhatMembersCannotChange()
{
    ConversationSettingsPanel panel(m_bob->session.get());
    panel.show();
    panel.setConversation(m_group);
    QVERIFY(!panel.titleEdit()->isEnabled());
    QVERIFY(!panel.titleEdit()->toolTip().isEmpty());
    QVERIFY(!panel.topicEdit()->isEnabled());
    QVERIFY(!panel.archiveButton()->isEnabled());
    QVERIFY(!panel.archiveButton()->toolTip().isEmpty());
    QVERIFY(panel.mutedBox()->isEnabled()); // my own notifications are mine to choose
    QVERIFY(panel.leaveButton()->isEnabled());
}

void TestPanels::sidePanelStackShowsPanelsAndEscCloses()
{
    SidePanelStack stack(m_alice->session.get());
    QVERIFY(stack.isHidden()); // hidden while empty
    QSignalSpy closed(&stack, &SidePanelStack::closed);

    stack.show(SidePanelStack::Panel::Members, m_group);
    QVERIFY(stack.isVisible());
    QCOMPARE(stack.currentPanel(), SidePanelStack::Panel::Members);
    QVERIFY(stack.membersPanel());
    QCOMPARE(stack.currentWidget(), stack.membersPanel());
    QTest::keyClick(stack.membersPanel()->list(), Qt::Key_Escape);
    QCOMPARE(closed.size(), 1);
    QVERIFY(stack.isHidden());
    QCOMPARE(stack.currentPanel(), SidePanelStack::Panel::None);

    // Esc from inside the thread pane's composer closes it too.
    const qint64 root = LiveServer::send(*m_alice, m_group, QStringLiteral("Thread root"));
    stack.show(SidePanelStack::Panel::Thread, m_group, root);
    QCOMPARE(stack.threadPane()->rootId(), root);
    auto *edit =
        stack.threadPane()->composer()->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
    QTest::keyClick(edit, Qt::Key_Escape);
    QCOMPARE(closed.size(), 2);
    QVERIFY(stack.isHidden());

    // The starred panel's jump requests come out of the stack.
    stack.show(SidePanelStack::Panel::Starred, m_group);
    QSignalSpy jumps(&stack, &SidePanelStack::jumpRequested);
    Q_EMIT stack.starredPanel()->jumpRequested(root);
    QCOMPARE(jumps.size(), 1);
    stack.closePanel();
    QCOMPARE(closed.size(), 3);
}

QTEST_MAIN(TestPanels)
#include "tst_panels.moc"
