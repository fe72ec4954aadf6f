// The app shell end to end, without a keychain (DBUS_SESSION_BUS_ADDRESS=disabled:) and with
// the unencrypted fallback off, as on a plain window manager: what the user is told when the
// sign-in cannot be kept, the recent-account button, quitting versus closing to the tray,
// applying the local server's settings, telling accounts apart, and what is remembered
// between runs. Real embedded server on loopback, a real remote TestServer for the second
// account.

#include "AppController.h"
#include "AppSettings.h"
#include "MainWindow.h"
#include "Sidebar.h"
#include "TestServer.h"
#include "TrayNotifier.h"
#include "client/AccountRegistry.h"
#include "client/ClientSession.h"
#include "client/CredentialStore.h"
#include "widgets/KeychainNoticeDialog.h"
#include "widgets/SettingsDialog.h"
#include "widgets/SignInPage.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace confab;
using namespace Qt::StringLiterals;
using Connection = client::ClientSession::Connection;

namespace {
constexpr int kWaitMs = 60'000; // argon2id at its real cost, under sanitizers too

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

bool online(ui::MainWindow *window)
{
    return window->session() && window->session()->connection() == Connection::Online;
}

QPushButton *recentAccountButton(ui::SignInPage *page, const QString &key)
{
    for (QPushButton *button : page->findChildren<QPushButton *>()) {
        if (button->property("accountKey").toString() == key && button->isVisible())
            return button;
    }
    return nullptr;
}

ui::KeychainNoticeDialog *visibleNotice(ui::MainWindow *window)
{
    for (auto *notice : window->findChildren<ui::KeychainNoticeDialog *>()) {
        if (notice->isVisible())
            return notice;
    }
    return nullptr;
}
} // namespace

class TestAppShell : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:"); // no keychain
        QCoreApplication::setOrganizationName(u"Confab"_s);
        QCoreApplication::setApplicationName(u"confab"_s);
        ui::AppSettings settings;
        settings.setAllowInsecureTokenStorage(false); // the default: the user has not chosen
        settings.setCloseToTray(false);
        m_options.port = freePort();
        m_options.dataDir = m_home.filePath(u"server"_s);
        m_options.newInstance = true;
    }

    // Bug 4: the sign-in that cannot be kept is said, with the choice right there; turning the
    // fallback on in Settings stores the current session's token, not just the next one.
    void aSignInWithoutKeychainIsSaidAndCanBeStoredLater()
    {
        app::AppController controller(m_options);
        controller.start();
        ui::MainWindow *window = controller.window();
        Q_EMIT window->signInPage()->createLocalAccountRequested(u"ada"_s, u"Ada Lovelace"_s,
                                                                 u"correct horse"_s);
        QTRY_VERIFY_WITH_TIMEOUT(online(window), kWaitMs);
        client::ClientSession *ada = window->session();
        QTRY_VERIFY_WITH_TIMEOUT(visibleNotice(window), kWaitMs);
        ui::KeychainNoticeDialog *notice = visibleNotice(window);
        QVERIFY2(notice->message().contains(u"Ada Lovelace (@ada) on this computer"_s),
                 qPrintable(notice->message()));
        QVERIFY(ada->tokenInMemoryOnly());
        const QString tokenFile = client::CredentialStore::fallbackFilePath(ada->accountKey());
        QVERIFY(!QFile::exists(tokenFile));

        notice->findChild<QPushButton *>(u"keepInMemoryButton"_s)->click();
        QTRY_VERIFY(!visibleNotice(window));
        QVERIFY(!QFile::exists(tokenFile));

        controller.openSettings();
        auto *settings = window->findChild<ui::SettingsDialog *>();
        QVERIFY(settings);
        settings->findChild<QCheckBox *>(u"allowInsecureCheck"_s)->setChecked(true);
        settings->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(tokenFile), kWaitMs);
        QTRY_VERIFY(!ada->tokenInMemoryOnly());
        QVERIFY(ada->tokenStoredInsecurely());

        // Back to a machine where the user has not allowed it, for the next test.
        QFile::remove(tokenFile);
        controller.settings()->setAllowInsecureTokenStorage(false);
    }

    // Bug 4: the recent-account button with no stored sign-in fills in the account and asks
    // for the password, instead of doing nothing; the notice's "Store it unencrypted" then
    // keeps the sign-in, and the next start resumes without asking.
    void theRecentAccountButtonAsksForThePassword()
    {
        QString key;
        {
            app::AppController controller(m_options);
            controller.start(); // resuming the last account finds no token
            ui::MainWindow *window = controller.window();
            ui::SignInPage *page = window->signInPage();
            QTRY_VERIFY_WITH_TIMEOUT(!page->noticeMessage().isEmpty(), kWaitMs);
            QVERIFY(!window->session());
            key = client::AccountRegistry().lastUsedKey();

            page->setMode(ui::SignInPage::Mode::Remote); // somewhere else entirely
            QVERIFY(page->noticeMessage().isEmpty());
            QPushButton *recent = recentAccountButton(page, key);
            QVERIFY(recent);
            QVERIFY(recent->text().contains(u"(@ada) on this computer"_s));
            recent->click();
            QTRY_VERIFY_WITH_TIMEOUT(!page->noticeMessage().isEmpty(), kWaitMs);
            QCOMPARE(page->mode(), ui::SignInPage::Mode::Local);
            QCOMPARE(page->findChild<QLineEdit *>(u"usernameEdit"_s)->text(), u"ada"_s);
            QCOMPARE(page->focusWidget(), page->findChild<QLineEdit *>(u"passwordEdit"_s));

            page->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(u"correct horse"_s);
            page->findChild<QPushButton *>(u"signInSubmit"_s)->click();
            QTRY_VERIFY_WITH_TIMEOUT(online(window), kWaitMs);
            QTRY_VERIFY_WITH_TIMEOUT(visibleNotice(window), kWaitMs);
            visibleNotice(window)->findChild<QPushButton *>(u"storeUnencryptedButton"_s)->click();
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(client::CredentialStore::fallbackFilePath(key)),
                                     kWaitMs);
            QVERIFY(controller.settings()->allowInsecureTokenStorage());
        }
        app::AppController controller(m_options);
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(online(controller.window()), kWaitMs);
        QVERIFY(!visibleNotice(controller.window()));
    }

    // Bug 6: quit means quit, also with close-to-tray; closing to the tray is said once.
    void quitQuitsAndClosingToTheTrayIsSaidOnce()
    {
        app::AppController controller(m_options);
        controller.start();
        ui::MainWindow *window = controller.window();
        auto *tray = controller.findChild<ui::TrayNotifier *>();
        QVERIFY(tray);
        QSignalSpy notices(tray, &ui::TrayNotifier::noticeShown);
        window->setCloseToTray(true); // as with a tray; the offscreen platform has none
        window->show();
        QVERIFY(!window->close());
        QCOMPARE(notices.size(), 1);
        QVERIFY(controller.settings()->closeToTrayExplained());
        window->show();
        QVERIFY(!window->close());
        QCOMPARE(notices.size(), 1); // once

        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keyClick(window, Qt::Key_Q, Qt::ControlModifier);
        QVERIFY(window->isQuitting());
        QVERIFY(window->close()); // QApplication::quit() closes the windows: none may refuse
        QCOMPARE(notices.size(), 1);
    }

    // Hosting for teammates: OK applies the local server's settings, shows the restart and
    // its result, and the session follows the server.
    void okRestartsTheLocalServerAndShowsTheResult()
    {
        app::AppController controller(m_options);
        controller.start();
        ui::MainWindow *window = controller.window();
        QTRY_VERIFY_WITH_TIMEOUT(online(window), kWaitMs);
        client::ClientSession *session = window->session();

        controller.openSettings();
        QPointer<ui::SettingsDialog> settings = window->findChild<ui::SettingsDialog *>();
        QVERIFY(settings);
        QVERIFY(settings->serverStatusText().contains(session->serverUrl().authority()));
        // --port wins over the setting for this run: the server restarts where it was.
        settings->findChild<QSpinBox *>(u"portSpin"_s)->setValue(freePort());
        settings->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(settings->serverStatus(), ui::SettingsDialog::ServerStatus::Restarting);
        QVERIFY(settings->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!settings || !settings->isVisible(), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(session->connection(), Connection::Online, kWaitMs);
        controller.settings()->setEmbeddedPort(m_options.port);
    }

    // An app signed in to a team's server hosts nothing: OK saves the local server's settings
    // for later and closes, without starting a server on this computer.
    void okDoesNotStartALocalServerWhenUsingAnotherServer()
    {
        testing::TestServer remote;
        QVERIFY(remote.start());
        app::AppOptions options = m_options;
        options.serverUrl = remote.httpUrl(QString());
        app::AppController controller(options);
        controller.start();
        controller.openSettings();
        QPointer<ui::SettingsDialog> settings =
            controller.window()->findChild<ui::SettingsDialog *>();
        QVERIFY(settings);
        const quint16 port = freePort();
        settings->findChild<QSpinBox *>(u"portSpin"_s)->setValue(port);
        settings->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!settings || !settings->isVisible());
        QCOMPARE(controller.settings()->embeddedPort(), port); // saved for later
        QTcpServer probe; // nobody listens there: no server was started
        QVERIFY(probe.listen(QHostAddress::LocalHost, port));
        controller.settings()->setEmbeddedPort(m_options.port);
    }

    // Multiple accounts: told apart by user name and server, unread of the other account on
    // the account button, and "Add another account" can be cancelled.
    void accountsAreToldApart()
    {
        testing::TestServer remote;
        QVERIFY(remote.start());
        QVERIFY(remote.registerUser(u"bob"_s).ok);
        QVERIFY(remote.registerUser(u"carol"_s).ok);
        app::AppController controller(m_options);
        controller.start();
        ui::MainWindow *window = controller.window();
        QTRY_VERIFY_WITH_TIMEOUT(online(window), kWaitMs);
        client::ClientSession *ada = window->session();

        // Add another account, then change one's mind.
        controller.openSettings();
        QPointer<ui::SettingsDialog> settings = window->findChild<ui::SettingsDialog *>();
        settings->findChild<QPushButton *>(u"addAccountButton"_s)->click();
        auto *cancel = window->signInPage()->findChild<QPushButton *>(u"signInCancel"_s);
        QVERIFY(window->signInPage()->isVisible());
        QVERIFY(cancel->isVisible());
        cancel->click();
        QVERIFY(!window->signInPage()->isVisible());
        QCOMPARE(window->session(), ada);

        Q_EMIT window->signInPage()->signInRequested(remote.httpUrl(QString()), u"bob"_s,
                                                     u"correct horse"_s);
        QTRY_VERIFY_WITH_TIMEOUT(window->session() != ada && online(window), kWaitMs);
        client::ClientSession *bob = window->session();

        controller.openSettings();
        auto *list = settings->findChild<QListWidget *>(u"accountList"_s);
        QStringList rows;
        for (int i = 0; i < list->count(); ++i)
            rows << list->item(i)->text();
        const QString bobServer = u"127.0.0.1:%1"_s.arg(remote.port());
        QVERIFY2(rows.filter(u"Ada Lovelace (@ada) on this computer"_s).size() == 1,
                 qPrintable(rows.join(u" | "_s)));
        QVERIFY2(rows.filter(u"@bob"_s).size() == 1 &&
                     rows.filter(u"@bob"_s).constFirst().contains(u" on "_s + bobServer),
                 qPrintable(rows.join(u" | "_s)));
        settings->reject();

        // Carol writes to bob while the window shows ada.
        controller.switchTo(ada->accountKey());
        client::CredentialStore carolKeys;
        carolKeys.setInsecureFallbackAllowed(true);
        client::ClientSession::Options options;
        options.serverUrl = remote.httpUrl(QString());
        options.dataDir = m_home.filePath(u"carol"_s);
        client::ClientSession carol(options, &carolKeys);
        carol.signIn(u"carol"_s, u"correct horse"_s);
        QTRY_COMPARE_WITH_TIMEOUT(carol.connection(), Connection::Online, kWaitMs);
        qint64 direct = 0;
        carol.createConversation(true, {}, {bob->state()->me().id},
                                 [&](qint64 id, const QString &) { direct = id; });
        QTRY_VERIFY_WITH_TIMEOUT(direct != 0, kWaitMs);
        carol.openConversation(direct);
        QTRY_VERIFY_WITH_TIMEOUT(!carol.state()->members(direct).isEmpty(), kWaitMs);
        carol.sendMessage(direct, u"hello bob"_s);
        QTRY_VERIFY_WITH_TIMEOUT(bob->state()->totalUnread() > 0, kWaitMs);
        const auto accountButtonCounts = [window] {
            const auto buttons = window->sidebar()->findChildren<QToolButton *>();
            return std::any_of(buttons.cbegin(), buttons.cend(), [](const QToolButton *button) {
                return button->text().startsWith(u"1 "_s);
            });
        };
        QTRY_VERIFY(accountButtonCounts());
        const auto menu = controller.buildAccountMenu();
        QStringList entries;
        for (const QAction *action : menu->actions())
            entries << action->text();
        QVERIFY2(entries.filter(u"@bob"_s).size() == 1 &&
                     entries.filter(u"@bob"_s).constFirst().contains(u"1 unread"_s),
                 qPrintable(entries.join(u" | "_s)));
        QVERIFY(entries.filter(u"Ada Lovelace (@ada) on this computer"_s).size() == 1);
        QVERIFY(!entries.filter(u"Quit"_s).isEmpty());
        QVERIFY(window->windowTitle().startsWith(u"(1) "_s));
        carol.signOut();
    }

    // The window's geometry, the splitter and the last open conversation come back.
    void windowStateIsRemembered()
    {
        qint64 team = 0;
        QList<int> sizes;
        {
            app::AppController controller(m_options);
            controller.start();
            ui::MainWindow *window = controller.window();
            QTRY_VERIFY_WITH_TIMEOUT(online(window), kWaitMs);
            window->session()->createConversation(false, u"Team"_s, {},
                                                  [&](qint64 id, const QString &) { team = id; });
            QTRY_VERIFY_WITH_TIMEOUT(team != 0, kWaitMs);
            QTRY_VERIFY(window->session()->state()->conversation(team));
            window->openConversation(team);
            window->resize(900, 610);
            auto *splitter = window->findChild<QSplitter *>();
            splitter->setSizes({300, 600, 0});
            sizes = splitter->sizes();
        }
        app::AppController controller(m_options);
        controller.start();
        ui::MainWindow *window = controller.window();
        QCOMPARE(window->size(), QSize(900, 610));
        QTRY_VERIFY_WITH_TIMEOUT(online(window), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(window->currentConversation(), team, kWaitMs);
        QCOMPARE(window->findChild<QSplitter *>()->sizes().value(0), sizes.value(0));
    }

private:
    QTemporaryDir m_home;
    app::AppOptions m_options;
};

QTEST_MAIN(TestAppShell)
#include "tst_appshell.moc"
