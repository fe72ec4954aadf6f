// The sidebar's conversation list from the keyboard, its empty states, the open conversation's
// selection and its layout in a narrow window. An idle ClientSession (never signed in) carries a
// ClientState filled through the Reducer, as the view-model tests do.

#include "Sidebar.h"
#include "UiTestSupport.h"
#include "WidgetTestSupport.h"
#include "client/CredentialStore.h"
#include "delegates/ConversationDelegate.h"
#include "models/ModelRoles.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace confab;
using namespace confab::ui;
using namespace confab::ui::test;

namespace {

constexpr qint64 kAdaChat = 10; // the three, newest first: Zoe, Team, Ada
constexpr qint64 kTeam = 11;
constexpr qint64 kZoe = 12;

} // namespace

class TestSidebar : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<client::CredentialStore> m_credentials;
    std::unique_ptr<client::ClientSession> m_session;
    std::unique_ptr<Sidebar> m_sidebar;
    QListView *m_list = nullptr;
    QLineEdit *m_filter = nullptr;

    client::ClientState &state() { return *m_session->state(); }

    void signInWith(const QList<model::Conversation> &conversations)
    {
        signIn(state(), conversations);
    }

    void signInWithThree()
    {
        signInWith({direct(kAdaChat, user(kAda, QStringLiteral("Ada Lovelace")), at(3, 9)),
                    group(kTeam, QStringLiteral("Team"), at(4, 9)),
                    group(kZoe, QStringLiteral("Zoë's book club"), at(5, 9))});
    }

    // Shown in an active window, as shortcuts and focus need.
    void showActive()
    {
        m_sidebar->resize(300, 500);
        m_sidebar->show();
        QVERIFY(QTest::qWaitForWindowActive(m_sidebar.get()));
    }

    QModelIndex rowOf(qint64 conversationId) const
    {
        const QAbstractItemModel *model = m_list->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(IdRole).toLongLong() == conversationId)
                return model->index(row, 0);
        return {};
    }

    QList<qint64> selectedIds() const
    {
        QList<qint64> ids;
        for (const QModelIndex &index : m_list->selectionModel()->selectedIndexes())
            ids.append(index.data(IdRole).toLongLong());
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        m_credentials = std::make_unique<client::CredentialStore>();
        client::ClientSession::Options options;
        options.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        options.dataDir = m_dir.path();
        m_session = std::make_unique<client::ClientSession>(options, m_credentials.get());
        m_sidebar = std::make_unique<Sidebar>();
        m_sidebar->setSession(m_session.get());
        m_list = child<QListView>(m_sidebar.get(), "conversationList");
        m_filter = child<QLineEdit>(m_sidebar.get(), "conversationFilter");
        // What MainWindow does with an activated conversation: open it, then mark it.
        connect(m_sidebar.get(), &Sidebar::conversationActivated, m_sidebar.get(),
                &Sidebar::selectConversation);
    }

    void cleanup()
    {
        m_sidebar.reset();
        m_session.reset();
        m_credentials.reset();
    }

    void arrowsFromTheFilterMoveIntoTheList()
    {
        signInWithThree();
        showActive();
        m_filter->setFocus();
        QTRY_VERIFY(m_filter->hasFocus());
        QTest::keyClick(m_filter, Qt::Key_Down);
        QTRY_VERIFY(m_list->hasFocus());
        QCOMPARE(m_list->currentIndex().data(IdRole).toLongLong(), kZoe);

        QTest::keyClick(m_list, Qt::Key_Up); // above the first row is the filter
        QTRY_VERIFY(m_filter->hasFocus());
        QTest::keyClick(m_filter, Qt::Key_Up); // Up goes in from the bottom
        QTRY_VERIFY(m_list->hasFocus());
        QCOMPARE(m_list->currentIndex().data(IdRole).toLongLong(), kAdaChat);
    }

    void enterOpensTheCurrentRowAndArrowsLeaveTheSelection()
    {
        signInWithThree();
        m_sidebar->selectConversation(kZoe);
        showActive();
        QSignalSpy activated(m_sidebar.get(), &Sidebar::conversationActivated);
        m_list->setFocus();
        QTRY_VERIFY(m_list->hasFocus());
        QTest::keyClick(m_list, Qt::Key_Down);
        QCOMPARE(m_list->currentIndex().data(IdRole).toLongLong(), kTeam);
        // The keys move the current row only: the open conversation stays the selected one.
        QCOMPARE(selectedIds(), QList<qint64>{kZoe});
        QCOMPARE(activated.count(), 0);

        QTest::keyClick(m_list, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toLongLong(), kTeam);
        QCOMPARE(selectedIds(), QList<qint64>{kTeam});
    }

    void escapeClearsTheFilterThenReturnsToTheList()
    {
        signInWithThree();
        m_sidebar->selectConversation(kTeam);
        showActive();
        m_sidebar->focusFilter();
        QTRY_VERIFY(m_filter->hasFocus());
        QTest::keyClicks(m_filter, QStringLiteral("ada"));
        QCOMPARE(m_list->model()->rowCount(), 1);

        QTest::keyClick(m_filter, Qt::Key_Escape);
        QCOMPARE(m_filter->text(), QString());
        QCOMPARE(m_list->model()->rowCount(), 3);
        QVERIFY(m_filter->hasFocus());

        QTest::keyClick(m_filter, Qt::Key_Escape);
        QTRY_VERIFY(m_list->hasFocus());
        QCOMPARE(m_list->currentIndex().data(IdRole).toLongLong(), kTeam); // the open one

        m_filter->setText(QStringLiteral("t"));
        QTest::keyClick(m_list, Qt::Key_Escape); // in the list too
        QCOMPARE(m_filter->text(), QString());
    }

    void keepsTheOpenConversationSelectedAcrossFilterChanges()
    {
        signInWithThree();
        m_sidebar->selectConversation(kTeam);
        QCOMPARE(selectedIds(), QList<qint64>{kTeam});
        m_filter->setText(QStringLiteral("ada"));
        QVERIFY(!rowOf(kTeam).isValid());
        QCOMPARE(selectedIds(), QList<qint64>{});
        m_filter->setText(QStringLiteral("tea"));
        QCOMPARE(selectedIds(), QList<qint64>{kTeam}); // back in the list, selected again
        m_filter->clear();
        QCOMPARE(selectedIds(), QList<qint64>{kTeam});

        // A row coming back from the archive is selected again too.
        apply(state(), events::ConversationUpdated{
                           kTeam, events::changesOf(&events::ConversationChanges::archived, true)});
        QVERIFY(!rowOf(kTeam).isValid());
        apply(state(),
              events::ConversationUpdated{
                  kTeam, events::changesOf(&events::ConversationChanges::archived, false)});
        QCOMPARE(selectedIds(), QList<qint64>{kTeam});
    }

    void saysWhenNothingMatches()
    {
        signInWithThree();
        showActive();
        auto *text = child<QLabel>(m_sidebar.get(), "conversationListEmptyText");
        auto *start = child<QPushButton>(m_sidebar.get(), "startConversationButton");
        QVERIFY(m_list->isVisible());
        QVERIFY(!text->isVisible());

        m_filter->setText(QStringLiteral("nobody"));
        QVERIFY(!m_list->isVisible());
        QVERIFY(text->isVisible());
        QCOMPARE(text->text(), QStringLiteral("No conversations match “nobody”."));
        QVERIFY(!start->isVisible());

        m_filter->setText(QStringLiteral("no")); // "Ada Lovelace" does not match, "nobody" did
        QCOMPARE(text->text(), QStringLiteral("No conversations match “no”."));
        m_filter->setText(QStringLiteral("lo"));
        QVERIFY(m_list->isVisible());
        QVERIFY(!text->isVisible());
    }

    void aNewAccountOffersToStartAConversation()
    {
        signInWith({});
        showActive();
        auto *start = child<QPushButton>(m_sidebar.get(), "startConversationButton");
        QSignalSpy requested(m_sidebar.get(), &Sidebar::newConversationRequested);
        QVERIFY(start->isVisible());
        QVERIFY(!m_list->isVisible());
        QVERIFY(!start->accessibleName().isEmpty());
        start->click();
        QCOMPARE(requested.count(), 1);

        // The first conversation replaces the empty state.
        apply(state(), events::ConversationCreated{group(30, QStringLiteral("New"), at(23, 9))});
        QVERIFY(m_list->isVisible());
        QVERIFY(!start->isVisible());
    }

    void shortcutsOpenThePreviousAndNextConversation()
    {
        signInWithThree();
        showActive();
        QSignalSpy activated(m_sidebar.get(), &Sidebar::conversationActivated);
        m_filter->setFocus(); // from anywhere in the window
        QTRY_VERIFY(m_filter->hasFocus());
        const auto press = [&](Qt::Key key, Qt::KeyboardModifiers modifiers) {
            QTest::keyClick(QApplication::focusWidget(), key, modifiers);
            return activated.isEmpty() ? qint64(-1) : activated.takeLast().at(0).toLongLong();
        };
        QCOMPARE(press(Qt::Key_Down, Qt::AltModifier), kZoe); // none open: from the top
        QCOMPARE(press(Qt::Key_Down, Qt::AltModifier), kTeam);
        QCOMPARE(press(Qt::Key_Tab, Qt::ControlModifier), kAdaChat);
        QCOMPARE(press(Qt::Key_Tab, Qt::ControlModifier), qint64(-1)); // the end
        QCOMPARE(press(Qt::Key_Tab, Qt::ControlModifier | Qt::ShiftModifier), kTeam);
        QCOMPARE(press(Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier), kZoe);
        QCOMPARE(press(Qt::Key_Up, Qt::AltModifier), qint64(-1)); // the top
        QCOMPARE(m_filter->text(), QString());                    // the keys typed nothing
    }

    void selectionIsSolidOnlyWhileTheListHasFocus()
    {
        signInWithThree();
        m_sidebar->selectConversation(kTeam);
        showActive();
        QStyleOptionViewItem option;
        option.widget = m_list;
        option.state = QStyle::State_Selected | QStyle::State_Enabled;
        m_list->setFocus();
        QTRY_VERIFY(m_list->hasFocus());
        QVERIFY(ConversationDelegate::showsActiveSelection(option));
        m_filter->setFocus();
        QTRY_VERIFY(m_filter->hasFocus());
        QVERIFY(!ConversationDelegate::showsActiveSelection(option));
    }

    void aNarrowListNeverScrollsSideways()
    {
        QList<model::Conversation> many;
        for (qint64 id = 100; id < 120; ++id)
            many.append(group(id, QStringLiteral("A rather long conversation title %1").arg(id),
                              at(int(id - 99), 9)));
        signInWith(many);
        m_sidebar->resize(100, 500); // narrower than it may be
        m_sidebar->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_sidebar.get()));
        QCOMPARE(m_sidebar->width(), m_sidebar->minimumWidth());
        QVERIFY(m_sidebar->minimumWidth() >= 200);
        QVERIFY(m_list->verticalScrollBar()->isVisible()); // it takes width from the rows too

        QVERIFY(!m_list->horizontalScrollBar()->isVisible());
        const QRect row = m_list->visualRect(m_list->model()->index(0, 0));
        QVERIFY2(row.right() < m_list->viewport()->width(),
                 qPrintable(QStringLiteral("row %1 wide in a viewport of %2")
                                .arg(row.width())
                                .arg(m_list->viewport()->width())));
    }

    void listAndFilterHaveAccessibleTexts()
    {
        signInWithThree();
        QVERIFY(!m_list->accessibleName().isEmpty());
        QVERIFY(!m_list->accessibleDescription().isEmpty());
        QVERIFY(!m_filter->accessibleName().isEmpty());
        QVERIFY(!m_filter->accessibleDescription().isEmpty());
        auto *start = child<QPushButton>(m_sidebar.get(), "startConversationButton");
        QVERIFY(!start->accessibleDescription().isEmpty());
    }
};

QTEST_MAIN(TestSidebar)
#include "tst_sidebar.moc"
