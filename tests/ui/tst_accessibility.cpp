// Every interactive widget of every window the app shows has an accessible name and a
// description, as a screen reader reads them (QAccessibleInterface, so a label's buddy, a
// button's text and a tool tip count). The windows are the real ones, filled by a real session
// on an in-process server: the sign-in page, the chat page with each side panel, and every
// dialog the user can open from it.

#include "AppSettings.h"
#include "ConversationView.h"
#include "LiveSessionFixture.h"
#include "MainWindow.h"
#include "models/UserListModel.h"
#include "panels/AddMembersDialog.h"
#include "panels/SidePanelStack.h"
#include "widgets/CreateAccountDialog.h"
#include "widgets/KeychainNoticeDialog.h"
#include "widgets/SettingsDialog.h"
#include "widgets/ShortcutsDialog.h"
#include "widgets/SignInPage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace confab;
using namespace confab::ui;
using namespace confab::ui::test;

namespace {

// What a keyboard or screen-reader user can reach: buttons and anything that takes focus.
// Parts of a compound widget (a combo box's line edit, a tab bar's scroll arrows, scroll bars)
// are announced through the widget that owns them.
bool isInteractive(const QWidget *widget)
{
    if (qobject_cast<const QScrollBar *>(widget))
        return false;
    const QWidget *parent = widget->parentWidget();
    if (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent) ||
        qobject_cast<const QTabBar *>(parent) || qobject_cast<const QLineEdit *>(parent))
        return false; // a line edit's clear button is Qt's, reached by its own shortcut
    if (parent && qobject_cast<const QAbstractItemView *>(parent->parentWidget()) &&
        widget != qobject_cast<const QAbstractItemView *>(parent->parentWidget())->viewport())
        return false; // an item editor, named by its row
    if (qobject_cast<const QAbstractItemView *>(parent))
        return false; // its viewport, headers and corner button: the view is announced
    if (qobject_cast<const QTabBar *>(widget) && qobject_cast<const QTabWidget *>(parent))
        return false; // the tab widget is announced with its tabs
    return qobject_cast<const QAbstractButton *>(widget) || widget->focusPolicy() != Qt::NoFocus;
}

// OK, Cancel, Close: a dialog's standard buttons say all there is in their name.
bool isStandardButton(const QWidget *widget)
{
    const auto *box = qobject_cast<const QDialogButtonBox *>(widget->parentWidget());
    const auto *button = qobject_cast<const QAbstractButton *>(widget);
    return box && button &&
           box->standardButton(const_cast<QAbstractButton *>(button)) != QDialogButtonBox::NoButton;
}

QString describe(const QWidget *widget)
{
    QStringList path;
    for (const QWidget *w = widget; w; w = w->parentWidget())
        path.prepend(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                               : w->objectName());
    return path.join(u" > ");
}

// Everything reachable in the window that is missing a name or a description.
QStringList unnamedIn(QWidget *window)
{
    QStringList problems;
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!isInteractive(widget))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        if (!iface) {
            problems.append(describe(widget) + QStringLiteral(": no accessible interface"));
            continue;
        }
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            problems.append(describe(widget) + QStringLiteral(": no accessible name"));
        if (iface->text(QAccessible::Description).trimmed().isEmpty() && !isStandardButton(widget))
            problems.append(describe(widget) + QStringLiteral(": no accessible description"));
    }
    return problems;
}

QStringList unnamedInTopLevels()
{
    QStringList problems;
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (window->isWindow() && !qobject_cast<QMenu *>(window))
            problems += unnamedIn(window);
    }
    problems.removeDuplicates();
    return problems;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyWindowNamesItsControls();
    void cleanupTestCase();

private:
    QTemporaryDir m_config;
    std::unique_ptr<LiveServer> m_server;
    std::unique_ptr<LiveAccount> m_alice;
    std::unique_ptr<LiveAccount> m_bob;
    qint64 m_group = 0;
};

void TestAccessibility::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    m_server = std::make_unique<LiveServer>();
    QVERIFY(m_server->start());
    m_alice = m_server->signIn(QStringLiteral("alice"));
    m_bob = m_server->signIn(QStringLiteral("bob"));
    QVERIFY(m_alice && m_bob);
    m_group = LiveServer::createGroup(*m_alice, QStringLiteral("Team"), {m_bob->id});
    QVERIFY(m_group != 0);
    const qint64 root = LiveServer::send(*m_bob, m_group, QStringLiteral("Root question"));
    QVERIFY(root != 0);
    QVERIFY(LiveServer::send(*m_bob, m_group, QStringLiteral("An answer"), root) != 0);
}

void TestAccessibility::cleanupTestCase()
{
    m_alice.reset();
    m_bob.reset();
    m_server.reset();
}

void TestAccessibility::everyWindowNamesItsControls()
{
    QStringList problems;
    MainWindow window;
    window.show();
    window.showSignIn();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    problems += unnamedIn(&window);

    window.showSession(m_alice->session.get());
    window.openConversation(m_group);
    QTRY_VERIFY_WITH_TIMEOUT(!m_alice->state()->messages(m_group).isEmpty(), kWaitMs);
    problems += unnamedIn(&window);
    const qint64 root = m_alice->state()->messages(m_group).constFirst().id;
    for (const auto panel : {SidePanelStack::Panel::Members, SidePanelStack::Panel::Starred,
                             SidePanelStack::Panel::Settings, SidePanelStack::Panel::Thread}) {
        window.sidePanel()->show(panel, m_group, root);
        problems += unnamedIn(&window);
    }

    // The dialogs, opened as the user opens them where a shortcut does it.
    QTest::keyClick(&window, Qt::Key_F1);
    QTRY_VERIFY(window.findChild<ShortcutsDialog *>());
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    KeychainNoticeDialog keychainNotice(&window);
    keychainNotice.setProblem(QStringLiteral("Alice (@alice) on this computer"),
                              QStringLiteral("keychain_unavailable"));
    keychainNotice.show();
    AppSettings settings;
    SettingsDialog settingsDialog(&settings, &window);
    settingsDialog.setAccounts({{QStringLiteral("alice"), QStringLiteral("Alice"), true, false}});
    settingsDialog.show();
    CreateAccountDialog createAccount(&window);
    createAccount.show();
    AddMembersDialog addMembers(m_alice->session.get(), m_group, &window);
    addMembers.show();
    problems += unnamedInTopLevels();

    problems.removeDuplicates();
    for (const QString &problem : std::as_const(problems))
        qWarning("%s", qPrintable(problem));
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 controls without a name or description (listed above)")
                            .arg(problems.size())));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
