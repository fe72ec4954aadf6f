#pragma once

#include "AppOptions.h"
#include "EmbeddedHost.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <memory>

class QMenu;

namespace confab::client {
class AccountRegistry;
class ClientSession;
class CredentialStore;
struct AccountInfo;
} // namespace confab::client

namespace confab::ui {
class AppSettings;
class CreateAccountDialog;
class IdleWatcher;
class KeychainNoticeDialog;
class LanguageManager;
class MainWindow;
class SettingsDialog;
class LauncherBadge;
class TrayNotifier;
} // namespace confab::ui

namespace confab::app {

class NotificationRouter;

// Wires the desktop app together: the embedded server (by default), the accounts and their
// sessions, the window, the tray and the settings. It decides which account the window shows;
// the widgets only talk to the session they are given.
class AppController : public QObject
{
    Q_OBJECT
public:
    explicit AppController(AppOptions options, QObject *parent = nullptr);
    ~AppController() override;

    void start();
    ui::MainWindow *window() const { return m_window.get(); }
    ui::AppSettings *settings() const { return m_settings.get(); }
    ui::LanguageManager *language() const { return m_language.get(); }
    // Opens the settings window, as the sidebar's button does.
    void openSettings();
    // Applies changed embedded-server settings, as the settings dialog's button does.
    void applyEmbeddedServerSettings() { restartEmbeddedServer(); }
    void activate(); // another instance was started: show this one
    // Quits the app: the window closes even when closing it would only hide it to the tray.
    void quit();
    // Shows a signed-in account (the account menu and settings use this).
    void switchTo(const QString &key);
    QList<client::ClientSession *> sessions() const { return m_sessions.values(); }
    // The menu of the sidebar's account button: the accounts with their unread, add, sign out,
    // keyboard shortcuts, quit.
    std::unique_ptr<QMenu> buildAccountMenu();

private:
    void startEmbeddedServer();
    void restartEmbeddedServer();
    EmbeddedHost::Config embeddedConfig() const;
    void onEmbeddedStarted();
    QStringList lanAddressTexts() const;
    void openCreateAccountDialog();
    void showInitialPage();
    void wireSignInPage();
    client::ClientSession *createSession(const client::AccountInfo &account);
    QUrl serverUrlOf(const client::AccountInfo &account) const;
    void resumeAccount(const QString &key);
    void beginSignIn(const client::AccountInfo &account, const QString &password,
                     const QString &displayName, bool registering);
    void onSignedIn(client::ClientSession *session);
    void rememberAccount(client::ClientSession *session);
    void signOut(const QString &key);
    void showAccountMenu(const QPoint &globalPos);
    void showSignInPage();
    void cancelAddingAccount();
    QString labelOf(const client::ClientSession *session) const;
    QString menuEntryText(const client::ClientSession *session) const;
    void onSignInRequired(client::ClientSession *session, const QString &reason);
    void showKeychainNotice(client::ClientSession *session, const QString &reason);
    void storeTokensUnencrypted();
    void retryStoringTokens();
    void onClosedToTray();
    void saveWindowState();
    void reopenLastConversation(client::ClientSession *session);
    static std::unique_ptr<ui::LanguageManager> startLanguage(const AppOptions &options,
                                                              const ui::AppSettings &settings);
    void updateTray();
    void onIdleChanged(bool idle);
    void refreshKnownAccounts();
    void reportReadyOnce();

    AppOptions m_options;
    std::unique_ptr<ui::AppSettings> m_settings;
    std::unique_ptr<ui::LanguageManager> m_language; // before the window: it builds translated
    std::unique_ptr<client::AccountRegistry> m_accounts;
    client::CredentialStore *m_credentials = nullptr;
    EmbeddedHost *m_host = nullptr;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::TrayNotifier *m_tray = nullptr;
    ui::LauncherBadge *m_launcherBadge = nullptr; // the dock's unread count, where there is one
    ui::IdleWatcher *m_idle = nullptr;
    NotificationRouter *m_router = nullptr;
    QPointer<ui::SettingsDialog> m_settingsDialog;
    QPointer<ui::CreateAccountDialog> m_createAccountDialog;
    QHash<QString, QPointer<ui::KeychainNoticeDialog>> m_keychainNotices; // by account key
    QHash<QString, client::ClientSession *> m_sessions; // by account key, signed in
    QPointer<client::ClientSession> m_active;
    QPointer<client::ClientSession> m_signingIn;
    QString m_pendingResume; // an embedded account waiting for the local server
    bool m_awayBecauseIdle = false;
    bool m_reportedReady = false;
};

} // namespace confab::app
