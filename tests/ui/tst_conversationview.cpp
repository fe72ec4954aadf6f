// ConversationView and MessageActions against a real in-process server: what the user does in
// the widgets reaches the server, and what others do shows up where the user expects it.

#include "ConversationView.h"
#include "LiveSessionFixture.h"
#include "MessageActions.h"
#include "MessageHoverBar.h"
#include "TimelineHover.h"
#include "delegates/MessageDelegate.h"
#include "models/ModelRoles.h"
#include "models/TimelineModel.h"
#include "panels/InlineError.h"
#include "widgets/Composer.h"
#include "widgets/ErrorTexts.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTest>
#include <QToolButton>

using namespace confab;
using namespace confab::ui;
using namespace confab::ui::test;

class TestConversationView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyStateUntilAConversationIsOpen();
    void sendingFromTheComposerReachesTheServer();
    void incomingMessagesKeepTheViewAtTheBottom();
    void readingOlderMessagesOffersTheWayDown();
    void upEditsTheLastOwnMessage();
    void menuStarsReactsAndDeletes();
    void otherReactionTakesOnlyOneEmoji();
    void menuOffersOnlyWhatTheUserMayDo();
    void menuKeysOpenTheSelectedMessagesMenu();
    void readingAtTheBottomMarksTheConversationRead();
    void aThreadReplyInTheOpenConversationLeavesNoBadge();
    void openingAConversationReadsWhatItShows();
    void archivedConversationIsReadOnly();
    void jumpToMessageLoadsOlderPagesAndSelectsIt();
    void headerButtonsRequestPanels();
    void refusalsShowAsTranslatedInlineErrors();
    void scrollBarRunsFromOldestAtTheTop();
    void draggingTheScrollBarDownMovesToNewerMessages();
    void hoverToolbarOffersFourActionsAndStars();
    void hoverToolbarOpensReactionPickerAndThread();
    void hoverEndsWhenTheMouseLeaves();
    void contextMenuLeavesNoSelectionBehind();
    void newConversationStartsWithAnIntroduction();

private:
    QPlainTextEdit *editor(ConversationView &view) const;
    QModelIndex rowWithContent(ConversationView &view, const QString &content) const;
    // Shows the group in an exposed 600x400 view and waits until `messageId` is one of its rows.
    bool showGroupWith(ConversationView &view, qint64 messageId);
    void sendMany(LiveAccount &account, int count, const QString &prefix);
    // Opens the group in a shown view and loads its whole history, scrolling up as a reader does.
    void loadWholeHistory(ConversationView &view, int messages);
    static QModelIndex topVisibleRow(ConversationView &view);
    static QModelIndex bottomVisibleRow(ConversationView &view);
    static QRect sliderRect(QScrollBar *bar);
    // The open menu of that name (closed ones linger until their deferred delete).
    static QMenu *visibleMenu(ConversationView &view, const QString &name);
    // Moves the mouse as the window system does (enter and leave events included) to `pos`
    // in `widget`; QTest's widget overload only warps the cursor when no button is down.
    static void moveMouse(ConversationView &view, QWidget *widget, const QPoint &pos);

    std::unique_ptr<LiveServer> m_server;
    std::unique_ptr<LiveAccount> m_alice;
    std::unique_ptr<LiveAccount> m_bob;
    qint64 m_group = 0;
    int m_round = 0;
};

void TestConversationView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

// Fresh accounts per test: no test can see another's messages or settings.
void TestConversationView::init()
{
    ++m_round;
    m_server = std::make_unique<LiveServer>();
    QVERIFY(m_server->start());
    m_alice = m_server->signIn(QStringLiteral("alice%1").arg(m_round));
    m_bob = m_server->signIn(QStringLiteral("bob%1").arg(m_round));
    QVERIFY(m_alice && m_bob);
    m_group = LiveServer::createGroup(*m_alice, QStringLiteral("Team"), {m_bob->id});
    QVERIFY(m_group != 0);
    QVERIFY(LiveServer::open(*m_bob, m_group));
}

void TestConversationView::cleanup()
{
    m_alice.reset();
    m_bob.reset();
    m_server.reset();
}

QPlainTextEdit *TestConversationView::editor(ConversationView &view) const
{
    return view.composer()->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
}

QModelIndex TestConversationView::rowWithContent(ConversationView &view,
                                                 const QString &content) const
{
    const TimelineModel *model = view.model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ContentRole).toString() == content)
            return index;
    }
    return {};
}

void TestConversationView::sendMany(LiveAccount &account, int count, const QString &prefix)
{
    QString last;
    for (int i = 1; i <= count; ++i) {
        last = QStringLiteral("%1 %2").arg(prefix).arg(i);
        account.session->sendMessage(m_group, last);
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        LiveServer::find(account, m_group, last) && account.session->pendingCount() == 0, kWaitMs);
}

void TestConversationView::emptyStateUntilAConversationIsOpen()
{
    ConversationView view(m_alice->session.get());
    auto *empty = view.findChild<QWidget *>(QStringLiteral("emptyState"));
    QVERIFY(empty);
    view.show();
    QVERIFY(empty->isVisible());
    QVERIFY(!view.composer()->isVisible());
    view.setConversation(m_group);
    QVERIFY(!empty->isVisible());
    QVERIFY(view.composer()->isVisible());
    view.setConversation(0);
    QVERIFY(empty->isVisible());
}

void TestConversationView::sendingFromTheComposerReachesTheServer()
{
    ConversationView view(m_alice->session.get());
    view.resize(700, 500);
    view.show();
    view.setConversation(m_group);
    QTRY_VERIFY_WITH_TIMEOUT(!m_alice->state()->members(m_group).isEmpty(), kWaitMs);

    QPlainTextEdit *edit = editor(view);
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("Hello from the composer"));
    QTest::keyClick(edit, Qt::Key_Return);

    QVERIFY(edit->toPlainText().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        rowWithContent(view, QStringLiteral("Hello from the composer")).isValid(), kWaitMs);
    // Acknowledged: the row is the stored message now, not the outbox entry.
    QTRY_VERIFY_WITH_TIMEOUT(rowWithContent(view, QStringLiteral("Hello from the composer"))
                                     .data(MessageIdRole)
                                     .toLongLong() > 0,
                             kWaitMs);
    // Bob's session got it from the server.
    QTRY_VERIFY_WITH_TIMEOUT(
        LiveServer::find(*m_bob, m_group, QStringLiteral("Hello from the composer")), kWaitMs);
}

void TestConversationView::incomingMessagesKeepTheViewAtTheBottom()
{
    sendMany(*m_bob, 30, QStringLiteral("Backlog"));
    ConversationView view(m_alice->session.get());
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setConversation(m_group);
    QScrollBar *bar = view.timeline()->verticalScrollBar();
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 30, kWaitMs);
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());

    const int maximumBefore = bar->maximum();
    LiveServer::send(*m_bob, m_group, QStringLiteral("Fresh news"));
    QTRY_VERIFY_WITH_TIMEOUT(rowWithContent(view, QStringLiteral("Fresh news")).isValid(), kWaitMs);
    QTRY_VERIFY(bar->maximum() > maximumBefore);
    QTRY_COMPARE(bar->value(), bar->maximum());
    QVERIFY(view.isAtBottom());
    auto *button = view.findChild<QPushButton *>(QStringLiteral("newMessagesButton"));
    QVERIFY(button);
    QVERIFY(!button->isVisible());
}

void TestConversationView::readingOlderMessagesOffersTheWayDown()
{
    sendMany(*m_bob, 30, QStringLiteral("Backlog"));
    ConversationView view(m_alice->session.get());
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setConversation(m_group);
    QScrollBar *bar = view.timeline()->verticalScrollBar();
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 30, kWaitMs);
    QTRY_VERIFY(bar->maximum() > 100 && bar->value() == bar->maximum());

    // The user scrolls up to read; a new message must not move what they read.
    bar->setValue(0);
    QVERIFY(!view.isAtBottom());
    const int reading = bar->value();
    LiveServer::send(*m_bob, m_group, QStringLiteral("While you were reading"));
    QTRY_VERIFY_WITH_TIMEOUT(
        rowWithContent(view, QStringLiteral("While you were reading")).isValid(), kWaitMs);
    auto *button = view.findChild<QPushButton *>(QStringLiteral("newMessagesButton"));
    QTRY_VERIFY(button->isVisible());
    QCOMPARE(bar->value(), reading);

    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(bar->value(), bar->maximum());
    QVERIFY(!button->isVisible());
}

void TestConversationView::upEditsTheLastOwnMessage()
{
    // Joined before sending, so the chat topic stays joined for the edit (a session leaves the
    // topic of a conversation that is not open once its outbox is empty).
    QVERIFY(LiveServer::open(*m_alice, m_group));
    LiveServer::send(*m_alice, m_group, QStringLiteral("First draft"));
    ConversationView view(m_alice->session.get());
    view.show();
    view.setConversation(m_group);
    QTRY_VERIFY_WITH_TIMEOUT(rowWithContent(view, QStringLiteral("First draft")).isValid(),
                             kWaitMs);

    QPlainTextEdit *edit = editor(view);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_Up);
    QVERIFY(view.composer()->isEditing());
    QCOMPARE(edit->toPlainText(), QStringLiteral("First draft"));

    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("Second thought"));
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(!view.composer()->isEditing());
    QTRY_VERIFY_WITH_TIMEOUT(rowWithContent(view, QStringLiteral("Second thought")).isValid(),
                             kWaitMs);
    QVERIFY(rowWithContent(view, QStringLiteral("Second thought")).data(EditedRole).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(LiveServer::find(*m_bob, m_group, QStringLiteral("Second thought")),
                             kWaitMs);
}

void TestConversationView::menuStarsReactsAndDeletes()
{
    QVERIFY(LiveServer::open(*m_alice, m_group));
    const qint64 mine = LiveServer::send(*m_alice, m_group, QStringLiteral("Mine to delete"));
    const qint64 theirs = LiveServer::send(*m_bob, m_group, QStringLiteral("Worth a star"));
    ConversationView view(m_alice->session.get());
    view.show();
    view.setConversation(m_group);
    QTRY_VERIFY_WITH_TIMEOUT(view.model()->indexOfMessage(theirs).isValid(), kWaitMs);

    // Star.
    QMenu *menu = view.messageActions()->createMenu(view.model()->indexOfMessage(theirs), &view);
    QVERIFY(menu);
    auto *star = menu->findChild<QAction *>(QStringLiteral("starAction"));
    QVERIFY(star && star->isEnabled());
    star->trigger();
    delete menu;
    QTRY_VERIFY_WITH_TIMEOUT(view.model()->indexOfMessage(theirs).data(StarredRole).toBool(),
                             kWaitMs);

    // React with the first quick reaction.
    menu = view.messageActions()->createMenu(view.model()->indexOfMessage(theirs), &view);
    auto *react = menu->findChild<QMenu *>(QStringLiteral("reactMenu"));
    QVERIFY(react);
    QAction *thumbsUp = nullptr;
    for (QAction *action : react->actions()) {
        if (action->data().toString() == QStringLiteral("👍"))
            thumbsUp = action;
    }
    QVERIFY(thumbsUp);
    thumbsUp->trigger();
    delete menu;
    QTRY_VERIFY_WITH_TIMEOUT(
        !view.model()->indexOfMessage(theirs).data(ReactionsRole).toList().isEmpty(), kWaitMs);
    const QVariantMap reaction =
        view.model()->indexOfMessage(theirs).data(ReactionsRole).toList().constFirst().toMap();
    QCOMPARE(reaction.value(QStringLiteral("emoji")).toString(), QStringLiteral("👍"));
    QVERIFY(reaction.value(QStringLiteral("mine")).toBool());
    // Bob sees the reaction: it went through the server.
    QTRY_VERIFY_WITH_TIMEOUT(
        !LiveServer::find(*m_bob, m_group, QStringLiteral("Worth a star"))->reactions.isEmpty(),
        kWaitMs);

    // Delete, after confirming.
    menu = view.messageActions()->createMenu(view.model()->indexOfMessage(mine), &view);
    auto *remove = menu->findChild<QAction *>(QStringLiteral("deleteAction"));
    QVERIFY(remove);
    remove->trigger();
    delete menu;
    auto *confirm = view.findChild<QMessageBox *>(QStringLiteral("confirmDeleteDialog"));
    QVERIFY(confirm);
    QVERIFY(!view.model()->indexOfMessage(mine).data(DeletedRole).toBool()); // not before yes
    auto *yes = confirm->findChild<QPushButton *>(QStringLiteral("acceptButton"));
    QVERIFY(yes);
    yes->click();
    QTRY_VERIFY_WITH_TIMEOUT(view.model()->indexOfMessage(mine).data(DeletedRole).toBool(),
                             kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_bob->state()->message(m_group, mine) &&
                                 m_bob->state()->message(m_group, mine)->deleted,
                             kWaitMs);
}

// The server takes exactly one emoji as a reaction; the "Other…" dialog refuses anything else
// before it is sent, and sends what it accepts.
void TestConversationView::otherReactionTakesOnlyOneEmoji()
{
    const qint64 theirs = LiveServer::send(*m_bob, m_group, QStringLiteral("React freely"));
    ConversationView view(m_alice->session.get());
    view.show();
    view.setConversation(m_group);
    QTRY_VERIFY_WITH_TIMEOUT(view.model()->indexOfMessage(theirs).isValid(), kWaitMs);
    std::unique_ptr<QMenu> menu(
        view.messageActions()->createMenu(view.model()->indexOfMessage(theirs), &view));
    auto *other = menu->findChild<QAction *>(QStringLiteral("otherReactionAction"));
    QVERIFY(other);
    other->trigger();
    auto *dialog = view.findChild<QInputDialog *>(QStringLiteral("otherReactionDialog"));
    QVERIFY(dialog);
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    for (const QString &text : {QStringLiteral("ok"), QStringLiteral("a"), QStringLiteral("👍👍")}) {
        dialog->setTextValue(text);
        QVERIFY2(!ok->isEnabled(), qPrintable(text));
    }
    dialog->setTextValue(QStringLiteral("👨‍👩‍👧"));
    QVERIFY(ok->isEnabled());
    ok->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        !LiveServer::find(*m_bob, m_group, QStringLiteral("React freely"))->reactions.isEmpty(),
        kWaitMs);
    QCOMPARE(LiveServer::find(*m_bob, m_group, QStringLiteral("React freely"))
                 ->reactions.constFirst()
                 .emoji,
             QStringLiteral("👨‍👩‍👧"));
}

void TestConversationView::menuOffersOnlyWhatTheUserMayDo()
{
    const qint64 fromAlice = LiveServer::send(*m_alice, m_group, QStringLiteral("Owner's words"));
    // Bob is a member, not the owner: no edit or delete of Alice's message.
    ConversationView view(m_bob->session.get());
    view.show();
    view.setConversation(m_group);
    QTRY_VERIFY_WITH_TIMEOUT(view.model()->indexOfMessage(fromAlice).isValid(), kWaitMs);
    std::unique_ptr<QMenu> menu(
        view.messageActions()->createMenu(view.model()->indexOfMessage(fromAlice), &view));
    QVERIFY(menu);
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("starAction")));
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("replyAction")));
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("copyTextAction")));
    QVERIFY(!menu->findChild<QAction *>(QStringLiteral("editAction")));
    QVERIFY(!menu->findChild<QAction *>(QStringLiteral("deleteAction")));
    QVERIFY(!menu->findChild<QAction *>(QStringLiteral("retryAction")));
}

void TestConversationView::menuKeysOpenTheSelectedMessagesMenu()
{
    QVERIFY(LiveServer::open(*m_alice, m_group));
    const qint64 id = LiveServer::send(*m_bob, m_group, QStringLiteral("Menu please"));
    ConversationView view(m_alice->session.get());
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.setConversation(m_group);
    QTRY_VERIFY_WITH_TIMEOUT(view.model()->indexOfMessage(id).isValid(), kWaitMs);
    QListView *timeline = view.timeline();
    timeline->setFocus();
    QTRY_VERIFY(timeline->hasFocus());
    // Focus makes the lowest row in view current, not the first one far above.
    QCOMPARE(timeline->currentIndex(), view.model()->indexOfMessage(id));

    const auto openMenu = [&] {
        const QList<QMenu *> menus = view.findChildren<QMenu *>(QStringLiteral("messageMenu"));
        for (QMenu *menu : menus) {
            if (menu->isVisible())
                return menu;
        }
        return static_cast<QMenu *>(nullptr);
    };
    QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(1, 1),
                              timeline->mapToGlobal(QPoint(1, 1)));
    QCoreApplication::sendEvent(timeline, &menuKey);
    QTRY_VERIFY(openMenu());
    QVERIFY(openMenu()->findChild<QAction *>(QStringLiteral("starAction")));
    openMenu()->close();
    QTRY_VERIFY(!openMenu());

    QTest::keyClick(timeline, Qt::Key_F10, Qt::ShiftModifier);
    QTRY_VERIFY(openMenu());
    openMenu()->close();
}

void TestConversationView::readingAtTheBottomMarksTheConversationRead()
{
    ConversationView view(m_alice->session.get());
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.setConversation(m_group);
    QTRY_VERIFY_WITH_TIMEOUT(!m_alice->state()->members(m_group).isEmpty(), kWaitMs);

    const qint64 id = LiveServer::send(*m_bob, m_group, QStringLiteral("Did you see this?"));
    QTRY_VERIFY_WITH_TIMEOUT(view.model()->indexOfMessage(id).isValid(), kWaitMs);
    const qint64 seq = view.model()->indexOfMessage(id).data(SeqRole).toLongLong();
    // Alice is at the bottom of an active window: the server learns she read it.
    QTRY_VERIFY_WITH_TIMEOUT(m_bob->state()->readSeqOf(m_group, m_alice->id) >= seq, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_alice->state()->conversation(m_group)->reader->unreadCount, 0,
                              kWaitMs);
}

// A reply lives only in its thread: it adds no row to the timeline, but the server counts it
// unread like any message. Read where it arrives (open conversation, active window, at the
// bottom), it must not leave a badge; in a conversation that is not open it still counts.
void TestConversationView::aThreadReplyInTheOpenConversationLeavesNoBadge()
{
    ConversationView view(m_alice->session.get());
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.setConversation(m_group);
    QTRY_VERIFY_WITH_TIMEOUT(!m_alice->state()->members(m_group).isEmpty(), kWaitMs);
    const qint64 other =
        LiveServer::createGroup(*m_bob, QStringLiteral("Elsewhere"), {m_alice->id});
    QVERIFY(other != 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_alice->state()->conversation(other), kWaitMs);
    const auto unread = [this](qint64 conversationId) {
        const model::Conversation *conversation = m_alice->state()->conversation(conversationId);
        return conversation && conversation->reader ? conversation->reader->unreadCount : -1;
    };

    const qint64 root = LiveServer::send(*m_bob, m_group, QStringLiteral("Release notes?"));
    const qint64 otherRoot = LiveServer::send(*m_bob, other, QStringLiteral("Lunch?"));
    QVERIFY(root && otherRoot);
    QTRY_VERIFY_WITH_TIMEOUT(view.model()->indexOfMessage(root).isValid(), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(unread(m_group), 0, kWaitMs);

    const qint64 reply =
        LiveServer::send(*m_bob, m_group, QStringLiteral("Drafted them in the wiki"), root);
    QVERIFY(LiveServer::send(*m_bob, other, QStringLiteral("At noon"), otherRoot));
    QVERIFY(reply);
    const qint64 replySeq = m_bob->state()->message(m_group, reply)->seq;
    QTRY_VERIFY_WITH_TIMEOUT(m_bob->state()->readSeqOf(m_group, m_alice->id) >= replySeq, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(unread(m_group), 0, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(unread(other), 2, kWaitMs);    // not open: root and reply count
    QVERIFY(!view.model()->indexOfMessage(reply).isValid()); // the reply is in the thread only
}

// Unread from before it was opened, thread replies among it, as the demo team has it: opening
// the conversation in the active window reads all of it.
void TestConversationView::openingAConversationReadsWhatItShows()
{
    const qint64 root = LiveServer::send(*m_bob, m_group, QStringLiteral("Keep the old keys?"));
    QVERIFY(root);
    QVERIFY(LiveServer::send(*m_bob, m_group, QStringLiteral("One more release"), root));
    QVERIFY(LiveServer::send(*m_bob, m_group, QStringLiteral("Tag is pushed")));
    const auto unread = [this] {
        const model::Conversation *conversation = m_alice->state()->conversation(m_group);
        return conversation && conversation->reader ? conversation->reader->unreadCount : -1;
    };
    QTRY_COMPARE_WITH_TIMEOUT(unread(), 3, kWaitMs);

    ConversationView view(m_alice->session.get());
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.setConversation(m_group);
    QTRY_COMPARE_WITH_TIMEOUT(unread(), 0, kWaitMs);
}

bool TestConversationView::showGroupWith(ConversationView &view, qint64 messageId)
{
    view.resize(600, 400);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return false;
    view.setConversation(m_group);
    return QTest::qWaitFor([&] { return view.model()->indexOfMessage(messageId).isValid(); },
                           kWaitMs);
}

void TestConversationView::archivedConversationIsReadOnly()
{
    ConversationView view(m_alice->session.get());
    view.show();
    view.setConversation(m_group);
    QTRY_VERIFY_WITH_TIMEOUT(!m_alice->state()->members(m_group).isEmpty(), kWaitMs);
    QPlainTextEdit *edit = editor(view);
    QVERIFY(!edit->isReadOnly());

    m_alice->session->setArchived(m_group, true);
    QTRY_VERIFY_WITH_TIMEOUT(view.composer()->isArchived(), kWaitMs);
    QVERIFY(edit->isReadOnly());
    QTest::keyClicks(edit, QStringLiteral("nope"));
    QVERIFY(edit->toPlainText().isEmpty());

    m_alice->session->setArchived(m_group, false);
    QTRY_VERIFY_WITH_TIMEOUT(!view.composer()->isArchived(), kWaitMs);
    QVERIFY(!edit->isReadOnly());
}

void TestConversationView::jumpToMessageLoadsOlderPagesAndSelectsIt()
{
    const qint64 early = LiveServer::send(*m_bob, m_group, QStringLiteral("The early bird"));
    sendMany(*m_bob, 120, QStringLiteral("Filler"));
    ConversationView view(m_alice->session.get());
    view.resize(600, 400);
    view.show();
    view.setConversation(m_group);
    QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowCount() > 0, kWaitMs);
    QVERIFY(!view.model()->indexOfMessage(early).isValid()); // older than the first page

    view.jumpToMessage(early);
    QTRY_VERIFY_WITH_TIMEOUT(view.model()->indexOfMessage(early).isValid(), kWaitMs);
    const QModelIndex index = view.model()->indexOfMessage(early);
    QTRY_COMPARE(view.timeline()->currentIndex(), index);
    QVERIFY(view.timeline()->selectionModel()->isSelected(index));
    QTRY_VERIFY(view.timeline()->viewport()->rect().intersects(
        view.timeline()->visualRect(view.model()->indexOfMessage(early))));
}

void TestConversationView::headerButtonsRequestPanels()
{
    ConversationView view(m_alice->session.get());
    view.show();
    view.setConversation(m_group);
    QSignalSpy panels(&view, &ConversationView::panelRequested);
    for (const char *name : {"membersButton", "starredButton", "settingsButton"}) {
        auto *button = view.findChild<QAbstractButton *>(QString::fromLatin1(name));
        QVERIFY2(button, name);
        QVERIFY(!button->accessibleName().isEmpty());
        QVERIFY(!button->toolTip().isEmpty());
        button->click();
    }
    QCOMPARE(panels.size(), 3);
    QCOMPARE(panels.at(0).at(0).value<SidePanelStack::Panel>(), SidePanelStack::Panel::Members);
    QCOMPARE(panels.at(1).at(0).value<SidePanelStack::Panel>(), SidePanelStack::Panel::Starred);
    QCOMPARE(panels.at(2).at(0).value<SidePanelStack::Panel>(), SidePanelStack::Panel::Settings);
}

void TestConversationView::refusalsShowAsTranslatedInlineErrors()
{
    // Carol is in no conversation with this id: the server refuses the join.
    std::unique_ptr<LiveAccount> carol = m_server->signIn(QStringLiteral("carol%1").arg(m_round));
    QVERIFY(carol);
    ConversationView view(carol->session.get());
    view.show();
    QSignalSpy failures(carol->session.get(), &client::ClientSession::actionFailed);
    view.setConversation(m_group);
    QTRY_VERIFY_WITH_TIMEOUT(!failures.isEmpty(), kWaitMs);
    QCOMPARE(failures.at(0).at(0).toString(), QStringLiteral("open"));
    const QString reason = failures.at(0).at(1).toString();
    QTRY_VERIFY(view.errorLine()->isVisible());
    QCOMPARE(view.errorLine()->reason(), reason);
    QCOMPARE(view.errorLine()->text(), errorText(reason));

    // Opening another conversation clears it.
    view.setConversation(0);
    QVERIFY(!view.errorLine()->isVisible());
}

// --- the timeline's scroll bar ---

void TestConversationView::loadWholeHistory(ConversationView &view, int messages)
{
    view.setConversation(m_group);
    QScrollBar *bar = view.timeline()->verticalScrollBar();
    QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowCount() > 0, kWaitMs);
    // Each time the reader reaches the top, an older page comes in above.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            bar->setValue(bar->minimum());
            return view.model()->rowCount() == messages && !view.model()->canFetchMore({});
        }(),
        kWaitMs);
}

QModelIndex TestConversationView::topVisibleRow(ConversationView &view)
{
    return view.timeline()->indexAt(QPoint(10, 1));
}

QModelIndex TestConversationView::bottomVisibleRow(ConversationView &view)
{
    return view.timeline()->indexAt(QPoint(10, view.timeline()->viewport()->height() - 2));
}

QMenu *TestConversationView::visibleMenu(ConversationView &view, const QString &name)
{
    const QList<QMenu *> menus = view.findChildren<QMenu *>(name);
    for (QMenu *menu : menus) {
        if (menu->isVisible())
            return menu;
    }
    return nullptr;
}

void TestConversationView::moveMouse(ConversationView &view, QWidget *widget, const QPoint &pos)
{
    // Twice: a move to where the last test left the pointer would not count as a move.
    QTest::mouseMove(view.windowHandle(), widget->mapTo(&view, pos) + QPoint(1, 1));
    QTest::mouseMove(view.windowHandle(), widget->mapTo(&view, pos));
}

// Where the style draws the handle (QScrollBar::initStyleOption is protected).
QRect TestConversationView::sliderRect(QScrollBar *bar)
{
    QStyleOptionSlider option;
    option.initFrom(bar);
    option.subControls = QStyle::SC_All;
    option.orientation = bar->orientation();
    option.minimum = bar->minimum();
    option.maximum = bar->maximum();
    option.sliderPosition = bar->sliderPosition();
    option.sliderValue = bar->value();
    option.singleStep = bar->singleStep();
    option.pageStep = bar->pageStep();
    option.upsideDown = bar->invertedAppearance();
    return bar->style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider,
                                        bar);
}

// Issue 14, bug 2: at the top of the history the handle sat at the bottom.
void TestConversationView::scrollBarRunsFromOldestAtTheTop()
{
    sendMany(*m_bob, 120, QStringLiteral("History"));
    ConversationView view(m_alice->session.get());
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    loadWholeHistory(view, 120);
    QScrollBar *bar = view.timeline()->verticalScrollBar();

    bar->setValue(bar->minimum());
    QTRY_COMPARE(topVisibleRow(view).data(ContentRole).toString(), QStringLiteral("History 1"));
    QCOMPARE(bar->value(), bar->minimum());
    const QRect track = bar->rect();
    QVERIFY2(sliderRect(bar).center().y() < track.center().y(),
             "the oldest message shows with the handle at the top");

    bar->setValue(bar->maximum());
    QTRY_COMPARE(bottomVisibleRow(view).data(ContentRole).toString(),
                 QStringLiteral("History 120"));
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(sliderRect(bar).center().y() > track.center().y());
    QVERIFY(view.isAtBottom());
}

// Issue 14, bug 2: dragging the handle down scrolled up. Older pages arrived while the handle
// was held and moved it away from the pointer; the next move snapped back up. Now nothing
// loads while the handle is held, so it goes where the pointer goes, and loading resumes when
// it is let go, keeping the content still.
void TestConversationView::draggingTheScrollBarDownMovesToNewerMessages()
{
    sendMany(*m_bob, 160, QStringLiteral("Drag"));
    ConversationView view(m_alice->session.get());
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setConversation(m_group);
    QScrollBar *bar = view.timeline()->verticalScrollBar();
    QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowCount() >= 50, kWaitMs);
    QTRY_VERIFY(bar->maximum() > 0 && bar->value() == bar->maximum());
    const int firstPage = view.model()->rowCount();

    // Grab the handle and pull it to the top.
    QPoint pointer = sliderRect(bar).center();
    QTest::mousePress(bar, Qt::LeftButton, {}, pointer);
    QVERIFY(bar->isSliderDown());
    while (pointer.y() > 0) {
        pointer.ry() -= 20;
        QTest::mouseMove(bar, pointer);
    }
    QTRY_VERIFY(view.model()->canFetchMore({})); // the list's own requests are settled
    // Wiggle at the top, which asked for older pages before; then let a live message arrive:
    // anything asked for before it has been answered by then.
    QTest::mouseMove(bar, pointer + QPoint(0, 40));
    QTest::mouseMove(bar, pointer);
    QCOMPARE(bar->value(), bar->minimum());
    LiveServer::send(*m_bob, m_group, QStringLiteral("Live while dragging"));
    QTRY_VERIFY_WITH_TIMEOUT(rowWithContent(view, QStringLiteral("Live while dragging")).isValid(),
                             kWaitMs);
    QCOMPARE(view.model()->rowCount(), firstPage + 1);
    QCOMPARE(bar->value(), bar->minimum()); // the handle is still under the pointer
    QCOMPARE(topVisibleRow(view).row(), 0);

    // Now down, step by step: every step shows newer messages, never older ones.
    int previousValue = bar->value();
    const qint64 oldestSeq = topVisibleRow(view).data(SeqRole).toLongLong();
    qint64 previousTop = oldestSeq;
    for (int step = 0; step < 8; ++step) {
        pointer.ry() += 12;
        QTest::mouseMove(bar, pointer);
        QCoreApplication::processEvents();
        const qint64 top = topVisibleRow(view).data(SeqRole).toLongLong();
        QVERIFY2(bar->value() >= previousValue,
                 qPrintable(QStringLiteral("step %1: value %2 after %3")
                                .arg(step)
                                .arg(bar->value())
                                .arg(previousValue)));
        QVERIFY2(top >= previousTop, qPrintable(QStringLiteral("step %1: top seq %2 after %3")
                                                    .arg(step)
                                                    .arg(top)
                                                    .arg(previousTop)));
        previousValue = bar->value();
        previousTop = top;
    }
    QVERIFY(previousTop > oldestSeq);

    // Back to the top and let go: older pages load, and what the reader saw stays in view.
    QTest::mouseMove(bar, QPoint(pointer.x(), -20));
    QCOMPARE(bar->value(), bar->minimum());
    const QString reading = topVisibleRow(view).data(ContentRole).toString();
    QTest::mouseRelease(bar, Qt::LeftButton, {}, QPoint(pointer.x(), -20));
    QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowCount() > firstPage + 1, kWaitMs);
    QTRY_VERIFY(bar->value() > bar->minimum());
    // (It may move by the header and day band it no longer needs as the first row.)
    QTRY_VERIFY(view.timeline()->viewport()->rect().intersects(
        view.timeline()->visualRect(rowWithContent(view, reading))));

    // The handle's end is the newest message.
    bar->setValue(bar->maximum());
    QTRY_COMPARE(bottomVisibleRow(view).data(ContentRole).toString(),
                 QStringLiteral("Live while dragging"));
}

// --- hovering a message ---

void TestConversationView::hoverToolbarOffersFourActionsAndStars()
{
    const qint64 theirs = LiveServer::send(*m_bob, m_group, QStringLiteral("Star me from the bar"));
    ConversationView view(m_alice->session.get());
    QVERIFY(showGroupWith(view, theirs));
    MessageHoverBar *bar = view.hover()->bar();
    QVERIFY(!bar->isVisible());

    const QModelIndex row = view.model()->indexOfMessage(theirs);
    moveMouse(view, view.timeline()->viewport(), view.timeline()->visualRect(row).center());
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(view.hover()->hoveredIndex(), row);
    QVERIFY(view.timeline()->visualRect(row).intersects(bar->geometry()));
    const QList<QToolButton *> buttons = bar->findChildren<QToolButton *>();
    QCOMPARE(int(std::count_if(buttons.cbegin(), buttons.cend(),
                               [](QToolButton *button) { return button->isVisible(); })),
             4);
    for (QToolButton *button : buttons)
        QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
    QCOMPARE(bar->starButton()->text(), QStringLiteral("Star"));

    QSignalSpy started(view.messageActions(), &MessageActions::actionStarted);
    QTest::mouseClick(bar->starButton(), Qt::LeftButton);
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.constFirst().constFirst().toString(), QStringLiteral("star"));
    QTRY_VERIFY_WITH_TIMEOUT(view.model()->indexOfMessage(theirs).data(StarredRole).toBool(),
                             kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_alice->state()->message(m_group, theirs)->starred, kWaitMs);
    // The bar follows the row's state: the next click takes the star off.
    QTRY_COMPARE(bar->starButton()->text(), QStringLiteral("Unstar"));
}

void TestConversationView::hoverToolbarOpensReactionPickerAndThread()
{
    const qint64 theirs = LiveServer::send(*m_bob, m_group, QStringLiteral("React from the bar"));
    ConversationView view(m_alice->session.get());
    QVERIFY(showGroupWith(view, theirs));
    const QModelIndex row = view.model()->indexOfMessage(theirs);
    MessageHoverBar *bar = view.hover()->bar();

    moveMouse(view, view.timeline()->viewport(), view.timeline()->visualRect(row).center());
    QTRY_VERIFY(bar->isVisible());
    QSignalSpy thread(&view, &ConversationView::threadRequested);
    QTest::mouseClick(bar->replyButton(), Qt::LeftButton);
    QCOMPARE(thread.count(), 1);
    QCOMPARE(thread.constFirst().at(1).toLongLong(), theirs);

    moveMouse(view, view.timeline()->viewport(), view.timeline()->visualRect(row).center());
    QTRY_VERIFY(bar->isVisible());
    QTest::mouseClick(bar->reactButton(), Qt::LeftButton);
    QMenu *picker = nullptr;
    QTRY_VERIFY((picker = visibleMenu(view, QStringLiteral("reactionPicker"))));
    QAction *thumbsUp = nullptr;
    for (QAction *action : picker->actions()) {
        if (action->data().toString() == QStringLiteral("👍"))
            thumbsUp = action;
    }
    QVERIFY(thumbsUp);
    thumbsUp->trigger();
    picker->close();
    QTRY_VERIFY_WITH_TIMEOUT(
        !view.model()->indexOfMessage(theirs).data(ReactionsRole).toList().isEmpty(), kWaitMs);

    // More opens the same menu as a right click.
    moveMouse(view, view.timeline()->viewport(), view.timeline()->visualRect(row).center());
    QTRY_VERIFY(bar->isVisible());
    QTest::mouseClick(bar->moreButton(), Qt::LeftButton);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = visibleMenu(view, QStringLiteral("messageMenu"))));
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("starAction")));
    menu->close();
}

// Issue 14: a hover time stayed on screen after the mouse had left.
void TestConversationView::hoverEndsWhenTheMouseLeaves()
{
    LiveServer::send(*m_bob, m_group, QStringLiteral("One"));
    LiveServer::send(*m_bob, m_group, QStringLiteral("Two, same sender: a row without header"));
    ConversationView view(m_alice->session.get());
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setConversation(m_group);
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 2, kWaitMs);
    auto *delegate = qobject_cast<MessageDelegate *>(view.timeline()->itemDelegate());
    QVERIFY(delegate);
    const QModelIndex second = view.model()->index(1, 0);
    QVERIFY(!second.data(ShowHeaderRole).toBool()); // the row that shows its time on hover

    moveMouse(view, view.timeline()->viewport(), view.timeline()->visualRect(second).center());
    QTRY_COMPARE(delegate->hoveredIndex(), second);

    // Out of the list onto the composer: nothing in the list is hovered any more.
    moveMouse(view, view.composer(), view.composer()->rect().center());
    QTRY_VERIFY(!delegate->hoveredIndex().isValid());
    QVERIFY(!view.hover()->bar()->isVisible());

    // A menu takes the mouse: the hover goes with it.
    moveMouse(view, view.timeline()->viewport(), view.timeline()->visualRect(second).center());
    QTRY_COMPARE(delegate->hoveredIndex(), second);
    const QPoint at = view.timeline()->visualRect(second).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at,
                            view.timeline()->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view.timeline()->viewport(), &event);
    QVERIFY(!delegate->hoveredIndex().isValid());
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = visibleMenu(view, QStringLiteral("messageMenu"))));
    menu->close();
}

// Issue 14: a row stayed selected, solid blue, after its context menu closed.
void TestConversationView::contextMenuLeavesNoSelectionBehind()
{
    const qint64 theirs = LiveServer::send(*m_bob, m_group, QStringLiteral("Right click me"));
    ConversationView view(m_alice->session.get());
    QVERIFY(showGroupWith(view, theirs));
    const QModelIndex row = view.model()->indexOfMessage(theirs);
    QItemSelectionModel *selection = view.timeline()->selectionModel();

    const QPoint at = view.timeline()->visualRect(row).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at,
                            view.timeline()->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view.timeline()->viewport(), &event);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = visibleMenu(view, QStringLiteral("messageMenu"))));
    QVERIFY(selection->isSelected(row)); // marks the row the menu is about
    menu->close();
    QVERIFY(!selection->isSelected(row));
    QVERIFY(selection->selectedIndexes().isEmpty());
    // The keyboard carries on from there.
    QCOMPARE(view.timeline()->currentIndex(), row);

    // A row the user selected with the keyboard stays selected.
    view.timeline()->setCurrentIndex(row);
    QVERIFY(selection->isSelected(row));
    QContextMenuEvent again(QContextMenuEvent::Mouse, at,
                            view.timeline()->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view.timeline()->viewport(), &again);
    QTRY_VERIFY((menu = visibleMenu(view, QStringLiteral("messageMenu"))));
    menu->close();
    QVERIFY(selection->isSelected(row));
}

// --- the introduction ---

void TestConversationView::newConversationStartsWithAnIntroduction()
{
    ConversationView view(m_bob->session.get());
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setConversation(m_group);
    auto *intro = view.findChild<QLabel *>(QStringLiteral("conversationIntro"));
    QVERIFY(intro);
    const QString aliceName = m_alice->state()->me().displayName;
    QTRY_VERIFY_WITH_TIMEOUT(intro->isVisible(), kWaitMs);
    QVERIFY2(intro->text().startsWith(
                 QStringLiteral("This is the start of #Team, created by %1 on ").arg(aliceName)),
             qPrintable(intro->text()));

    // The first message takes the introduction above itself, where it scrolls with the rows.
    const qint64 first = LiveServer::send(*m_alice, m_group, QStringLiteral("Welcome"));
    QTRY_VERIFY_WITH_TIMEOUT(view.model()->indexOfMessage(first).isValid(), kWaitMs);
    QVERIFY(!intro->isVisible());
    QCOMPARE(view.model()->index(0, 0).data(IntroRole).toString(), intro->text());
}

QTEST_MAIN(TestConversationView)
#include "tst_conversationview.moc"
