// The app shell's widgets: the main window (banner overlay, quit versus close to tray, title,
// shortcuts), the sign-in page's account flows, the keychain notice, the settings window's
// local-server section, the shortcuts window and the one rule for times of day. The banner
// test uses a real server and session (LiveSessionFixture.h); the rest need no network.
#include "AppSettings.h"
#include "ConversationView.h"
#include "KeyboardShortcuts.h"
#include "LanguageManager.h"
#include "LiveSessionFixture.h"
#include "MainWindow.h"
#include "Sidebar.h"
#include "TimeFormat.h"
#include "WidgetTestSupport.h"
#include "panels/SidePanelStack.h"
#include "widgets/ConnectionBanner.h"
#include "widgets/KeychainNoticeDialog.h"
#include "widgets/SettingsDialog.h"
#include "widgets/ShortcutsDialog.h"
#include "widgets/SignInPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace confab;
using namespace confab::ui;
using namespace confab::ui::test;
using namespace Qt::StringLiterals;

class TestShell : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // --- bug 4: a recent account without a stored sign-in ---

    void askPasswordForFillsInTheAccountAndSaysWhy()
    {
        SignInPage page;
        page.setEmbeddedHasAccounts(true);
        page.askPasswordFor(SignInPage::Mode::Remote, QUrl(u"https://chat.example.com"_s), u"ada"_s,
                            u"Ada Lovelace (@ada) on chat.example.com"_s);
        QCOMPARE(page.mode(), SignInPage::Mode::Remote);
        QVERIFY(!page.isCreatingAccount());
        QCOMPARE(child<QLineEdit>(&page, "serverEdit")->text(), u"https://chat.example.com"_s);
        QCOMPARE(child<QLineEdit>(&page, "usernameEdit")->text(), u"ada"_s);
        QVERIFY(page.noticeMessage().contains(u"Ada Lovelace (@ada) on chat.example.com"_s));
        QCOMPARE(page.focusWidget(), child<QLineEdit>(&page, "passwordEdit"));

        QSignalSpy signIn(&page, &SignInPage::signInRequested);
        child<QLineEdit>(&page, "passwordEdit")->setText(u"correct horse"_s);
        child<QPushButton>(&page, "signInSubmit")->click();
        QCOMPARE(signIn.size(), 1);
        QVERIFY(page.noticeMessage().isEmpty()); // said once, gone when acted on
    }

    void keychainNoticeOffersTheFileOnlyWithoutAKeychain()
    {
        KeychainNoticeDialog notice;
        notice.setProblem(u"Ada (@ada) on this computer"_s, u"keychain_unavailable"_s);
        notice.show();
        QVERIFY(notice.message().contains(u"Ada (@ada) on this computer"_s));
        auto *store = child<QPushButton>(&notice, "storeUnencryptedButton");
        auto *keep = child<QPushButton>(&notice, "keepInMemoryButton");
        QVERIFY(store->isVisible() && keep->isVisible());
        QVERIFY(!store->accessibleName().isEmpty() && !keep->accessibleName().isEmpty());
        QSignalSpy chosen(&notice, &KeychainNoticeDialog::storeUnencryptedRequested);
        store->click();
        QCOMPARE(chosen.size(), 1);
        QVERIFY(!notice.isVisible());

        // A refusal is the user's answer: never worked around with a file.
        KeychainNoticeDialog refused;
        refused.setProblem(u"ada"_s, u"keychain_refused"_s);
        refused.show();
        QVERIFY(!child<QPushButton>(&refused, "storeUnencryptedButton")->isVisible());
        QVERIFY(child<QPushButton>(&refused, "retryKeychainButton")->isVisible());
    }

    // --- multiple accounts: "Add another account" can be cancelled ---

    void signInCancelIsOfferedOnlyWhenAsked()
    {
        SignInPage page;
        auto *cancel = child<QPushButton>(&page, "signInCancel");
        QVERIFY(!cancel->isVisibleTo(&page));
        page.setCancelAvailable(true);
        QVERIFY(cancel->isVisibleTo(&page));
        QVERIFY(!cancel->accessibleName().isEmpty());
        QSignalSpy cancelled(&page, &SignInPage::cancelRequested);
        cancel->click();
        QCOMPARE(cancelled.size(), 1);
    }

    // --- user names are lowercase: said, with what will be used ---

    void usernameHintPreviewsTheStoredName()
    {
        SignInPage page;
        page.setEmbeddedHasAccounts(false); // creating the first local account
        auto *username = child<QLineEdit>(&page, "usernameEdit");
        username->setText(u"Ada"_s);
        QVERIFY2(page.usernameHint().contains(u"“ada”"_s), qPrintable(page.usernameHint()));
        username->setText(u"ada"_s);
        QVERIFY(!page.usernameHint().contains(u"“ada”"_s));

        page.setEmbeddedHasAccounts(true); // signing in
        username->setText(u"Grace"_s);
        QVERIFY2(page.usernameHint().contains(u"“grace”"_s), qPrintable(page.usernameHint()));
        username->setText(u"grace"_s);
        QVERIFY(page.usernameHint().isEmpty());
    }

    // --- hosting for teammates: apply on OK, progress, result, copyable address ---

    void settingsOkRestartsTheServerAndWaitsForTheResult()
    {
        AppSettings settings(m_dir.filePath(u"restart.ini"_s), nullptr);
        SettingsDialog dialog(&settings);
        dialog.show();
        QSignalSpy restart(&dialog, &SettingsDialog::restartEmbeddedServerRequested);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        child<QSpinBox>(&dialog, "portSpin")->setValue(6002);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(restart.size(), 1);
        QCOMPARE(settings.embeddedPort(), quint16(6002)); // saved before the restart
        QVERIFY(dialog.isVisible());                      // showing the progress
        QCOMPARE(dialog.serverStatus(), SettingsDialog::ServerStatus::Restarting);
        auto *status = child<QLabel>(&dialog, "serverStatus");
        QVERIFY(!status->isHidden() && !status->text().isEmpty()); // on the Server tab

        dialog.setServerStatus(SettingsDialog::ServerStatus::Failed, u"port 6002 is taken"_s);
        QVERIFY(dialog.isVisible());
        QVERIFY(status->text().contains(u"port 6002 is taken"_s));
        QCOMPARE(dialog.findChild<QTabWidget *>()->currentWidget(), status->parentWidget());

        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(restart.size(), 1); // nothing changed since: no restart, it just closes
        QVERIFY(!dialog.isVisible());
        QCOMPARE(accepted.size(), 1);

        dialog.show();
        child<QCheckBox>(&dialog, "lanAccessCheck")->setChecked(true);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(restart.size(), 2);
        dialog.setServerStatus(SettingsDialog::ServerStatus::Running, u"127.0.0.1:6002"_s);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(accepted.size(), 2);
        QVERIFY(status->text().contains(u"127.0.0.1:6002"_s));
    }

    void settingsShowTheTeammatesAddressCopyable()
    {
        AppSettings settings(m_dir.filePath(u"addresses.ini"_s), nullptr);
        settings.setEmbeddedLanAccess(true);
        SettingsDialog dialog(&settings);
        dialog.setLanAddresses({u"192.168.1.20:4100"_s, u"[fd00::2]:4100"_s});
        auto *addresses = child<QLabel>(&dialog, "serverAddresses");
        QVERIFY(!addresses->isHidden()); // on the Server tab
        QVERIFY(addresses->text().contains(u"192.168.1.20:4100"_s));
        QVERIFY(addresses->textInteractionFlags() & Qt::TextSelectableByMouse);
        child<QPushButton>(&dialog, "copyAddressesButton")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), u"192.168.1.20:4100\n[fd00::2]:4100"_s);
        child<QCheckBox>(&dialog, "lanAccessCheck")->setChecked(false);
        QVERIFY(addresses->isHidden());
    }

    // --- bug 6: quit means quit ---

    void quitClosesEvenWhenClosingGoesToTheTray()
    {
        MainWindow window;
        window.setCloseToTray(true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy toTray(&window, &MainWindow::closedToTray);
        QSignalSpy quit(&window, &MainWindow::quitRequested);
        QVERIFY(!window.close()); // closing hides it
        QVERIFY(window.isHidden());
        QCOMPARE(toTray.size(), 1);
        QCOMPARE(quit.size(), 0);

        window.show();
        window.setQuitting(true); // what the app does on Ctrl+Q, the tray's or the menu's Quit
        QVERIFY(window.close());
        QCOMPARE(toTray.size(), 1);
    }

    void ctrlQAsksToQuit()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy quit(&window, &MainWindow::quitRequested);
        QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
        QCOMPARE(quit.size(), 1);
    }

    void titleCountsUnread()
    {
        MainWindow window;
        const QString plain = window.windowTitle();
        window.setUnreadTotal(3);
        QCOMPARE(window.windowTitle(), u"(3) "_s + plain);
        window.setUnreadTotal(0);
        QCOMPARE(window.windowTitle(), plain);
    }

    // --- Help -> Keyboard shortcuts ---

    void shortcutsWindowListsEveryWindowShortcut()
    {
        MainWindow window;
        ShortcutsDialog dialog;
        const QStringList rows = dialog.keysTexts();
        QStringList listed;
        for (const QString &row : rows)
            listed += row.split(u", "_s);
        const QList<QShortcut *> shortcuts = window.findChildren<QShortcut *>();
        QVERIFY(shortcuts.size() >= 6);
        for (const QShortcut *shortcut : shortcuts) {
            const QString keys = shortcut->key().toString(QKeySequence::NativeText);
            QVERIFY2(listed.contains(keys), qPrintable(keys));
        }
        for (const char *keys : {"Ctrl+K", "Ctrl+F", "Ctrl+N", "Ctrl+,", "Ctrl+Q", "F1"})
            QVERIFY2(
                listed.contains(
                    QKeySequence(QString::fromLatin1(keys)).toString(QKeySequence::NativeText)),
                keys);
    }

    void f1OpensTheShortcutsWindow()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        auto *dialog = window.findChild<ShortcutsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
    }

    // --- one rule for the time of day ---

    void twelveHourPatterns()
    {
        QVERIFY(timeformat::uses12HourClock(u"h:mm AP"_s));
        QVERIFY(timeformat::uses12HourClock(u"h:mm a"_s));
        QVERIFY(!timeformat::uses12HourClock(u"HH:mm"_s));
        QVERIFY(!timeformat::uses12HourClock(u"HH 'h' mm 'a'"_s)); // quoted text is no field
    }

    // "System default" and "English" used to differ: en is en_US, 12-hour. This test runs
    // with a 24-hour system locale (main() below).
    void timeOfDayFollowsTheSystemClockInEveryLanguage()
    {
        QVERIFY(!timeformat::systemUses12HourClock());
        const QTime time(15, 4);
        for (const QLocale &ui : {QLocale::system(), QLocale(u"en"_s), QLocale(u"en_US"_s),
                                  QLocale(u"de"_s), QLocale(u"ja"_s)}) {
            QLocale::setDefault(ui);
            const QString text = timeformat::timeOfDay(time);
            QVERIFY2(text.contains(u"15"_s), qPrintable(ui.name() + u": "_s + text));
        }
        QLocale::setDefault(QLocale::system());
    }

    // --- OK/Cancel in the UI language ---

    void qtsOwnTextsFollowTheLanguage()
    {
        const QString directory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!QFile::exists(directory + u"/qtbase_de.qm"_s))
            QSKIP("Qt's translations (qt6-translations-l10n) are not installed");
        LanguageManager language;
        QVERIFY(language.apply(u"de"_s));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
        QVERIFY(language.apply(u"fr"_s));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Annuler"_s);
        QVERIFY(language.apply(u"en"_s));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
    }

    // --- bug 5: the offline banner does not move the window's contents ---

    void bannerOverlaysWithoutMovingAnything()
    {
        test::LiveServer server;
        QVERIFY(server.start());
        auto ada = server.signIn(u"ada"_s);
        QVERIFY(ada);
        MainWindow window;
        window.resize(1000, 700);
        window.showSession(ada->session.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.banner()->isVisible());
        QApplication::processEvents();
        const QRect sidebar = window.sidebar()->geometry();
        const QRect conversation = window.conversationView()->geometry();

        server.server().stop();
        QTRY_VERIFY_WITH_TIMEOUT(window.banner()->isVisible(), test::kWaitMs);
        QApplication::processEvents();
        QCOMPARE(window.sidebar()->geometry(), sidebar);
        QCOMPARE(window.conversationView()->geometry(), conversation);

        // On top, where it is shown: a click at the Retry button reaches it.
        auto *retry = child<QPushButton>(window.banner(), "retryNowButton");
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), test::kWaitMs);
        const QPoint centre = retry->mapTo(&window, retry->rect().center());
        QCOMPARE(window.childAt(centre), retry);
        QSignalSpy connection(ada->session.get(), &client::ClientSession::connectionChanged);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY(std::any_of(connection.cbegin(), connection.cend(), [](const auto &args) {
            return args.at(0).template value<client::ClientSession::Connection>() ==
                   client::ClientSession::Connection::Connecting;
        }));
    }

    // --- small windows: a side panel does not squeeze the list ---

    void smallWindowKeepsTheListReadable()
    {
        test::LiveServer server;
        QVERIFY(server.start());
        auto ada = server.signIn(u"ada"_s);
        QVERIFY(ada);
        const qint64 group = test::LiveServer::createGroup(*ada, u"Team"_s, {});
        QVERIFY(group);
        MainWindow window;
        window.resize(800, 500);
        window.showSession(ada->session.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openConversation(group);
        window.sidePanel()->show(SidePanelStack::Panel::Members, group);
        QApplication::processEvents();
        QCOMPARE(window.width(), 800);
        auto *list = window.sidebar()->findChild<QListView *>();
        QVERIFY(list);
        QTRY_VERIFY(!list->horizontalScrollBar()->isVisible());
        QVERIFY2(window.sidebar()->width() >= 240,
                 qPrintable(QString::number(window.sidebar()->width())));
    }

private:
    QTemporaryDir m_dir;
};

int main(int argc, char *argv[])
{
    // A 24-hour regional setting, whatever the machine running the test uses.
    qputenv("LC_ALL", "de_DE.UTF-8");
    qputenv("LANG", "de_DE.UTF-8");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"ConfabTests"_s);
    QApplication::setApplicationName(u"tst_shell"_s);
    TestShell test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_shell.moc"
