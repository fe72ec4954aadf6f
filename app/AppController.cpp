#include "AppController.h"

#include "AccountLabel.h"
#include "AppSettings.h"
#include "EmbeddedHost.h"
#include "IdleWatcher.h"
#include "LanAddresses.h"
#include "LanguageManager.h"
#include "LauncherBadge.h"
#include "MainWindow.h"
#include "NotificationRouter.h"
#include "TrayNotifier.h"
#include "client/AccountRegistry.h"
#include "client/ClientSession.h"
#include "client/CredentialStore.h"
#include "widgets/CreateAccountDialog.h"
#include "widgets/KeychainNoticeDialog.h"
#include "widgets/SettingsDialog.h"
#include "widgets/SignInPage.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QMenu>
#include <QSysInfo>
#include <QTimer>

Q_LOGGING_CATEGORY(lcApp, "confab.app.controller")

namespace confab::app {

namespace {
// The keychain identity of accounts on the server this app hosts: stable even when the
// embedded server's port changes between runs.
const QUrl kEmbeddedAccountUrl(QStringLiteral("http://this-computer.confab.invalid"));
} // namespace

AppController::AppController(AppOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(std::make_unique<ui::AppSettings>())
    , m_language(startLanguage(m_options, *m_settings))
    , m_accounts(std::make_unique<client::AccountRegistry>())
    , m_credentials(new client::CredentialStore(this))
    , m_window(std::make_unique<ui::MainWindow>())
{
    m_credentials->setInsecureFallbackAllowed(m_settings->allowInsecureTokenStorage());
    m_tray = new ui::TrayNotifier(this);
    m_launcherBadge = new ui::LauncherBadge(QGuiApplication::desktopFileName().isEmpty()
                                                ? QStringLiteral("confab")
                                                : QGuiApplication::desktopFileName(),
                                            QDBusConnection::sessionBus(), this);
    m_idle = new ui::IdleWatcher(this);
    m_router = new NotificationRouter(m_settings.get(), m_tray, m_window.get(), this);
    m_window->setCloseToTray(m_settings->closeToTray() && m_tray->isAvailable());

    connect(m_tray, &ui::TrayNotifier::showWindowRequested, this, &AppController::activate);
    connect(m_tray, &ui::TrayNotifier::quitRequested, this, &AppController::quit);
    connect(m_window.get(), &ui::MainWindow::quitRequested, this, &AppController::quit);
    connect(m_window.get(), &ui::MainWindow::closedToTray, this, &AppController::onClosedToTray);
    connect(m_window.get(), &ui::MainWindow::settingsRequested, this, &AppController::openSettings);
    connect(m_window.get(), &ui::MainWindow::accountMenuRequested, this,
            &AppController::showAccountMenu);
    connect(m_router, &NotificationRouter::conversationActivated, this,
            [this](client::ClientSession *session, qint64 conversationId) {
                switchTo(session->accountKey());
                activate();
                m_window->openConversation(conversationId);
            });
    connect(m_idle, &ui::IdleWatcher::idleChanged, this, &AppController::onIdleChanged);
    m_idle->setIdleTimeoutMs(m_settings->autoAwayMinutes() * 60 * 1000);
    connect(m_window.get(), &ui::MainWindow::conversationOpened, this, [this](qint64 id) {
        if (m_active)
            m_settings->setLastConversation(m_active->accountKey(), id);
    });
    m_window->restoreGeometry(m_settings->windowGeometry());
    m_window->restoreSplitterState(m_settings->splitterState());
    wireSignInPage();
}

AppController::~AppController()
{
    saveWindowState();
    // Sessions first: their caches flush while the embedded server is still up.
    qDeleteAll(m_sessions);
    m_sessions.clear();
}

// The language comes first so the window is built translated. --language wins over the
// saved choice for this run only; one without a translation falls back to the system's.
std::unique_ptr<ui::LanguageManager> AppController::startLanguage(const AppOptions &options,
                                                                  const ui::AppSettings &settings)
{
    auto language = std::make_unique<ui::LanguageManager>();
    const QString wanted = options.language.isEmpty() ? settings.language() : options.language;
    if (!language->apply(wanted))
        language->apply(QString());
    return language;
}

void AppController::start()
{
    if (m_options.serverUrl.isEmpty())
        startEmbeddedServer();
    showInitialPage();
    if (!m_options.minimized)
        m_window->show();
}

void AppController::activate()
{
    m_window->bringToFront();
}

// QApplication::quit() first closes every window and gives up when one refuses: a window that
// hides to the tray must be told this close is for real.
void AppController::saveWindowState()
{
    m_settings->setWindowGeometry(m_window->saveGeometry());
    m_settings->setSplitterState(m_window->splitterState());
    m_settings->sync();
}

void AppController::quit()
{
    saveWindowState();
    m_window->setQuitting(true);
    QApplication::quit();
}

// Closing the window only hid it: say so the first time, or the app seems to have quit.
void AppController::onClosedToTray()
{
    if (m_settings->closeToTrayExplained())
        return;
    m_settings->setCloseToTrayExplained(true);
    m_tray->showNotice(tr("Confab is still running"),
                       tr("Closing the window keeps Confab in the tray, so messages still "
                          "arrive. To quit, choose Quit in the tray menu or press Ctrl+Q."));
}

// --- the embedded server ---

// Command-line options win over the saved settings.
EmbeddedHost::Config AppController::embeddedConfig() const
{
    EmbeddedHost::Config config;
    config.dataDir =
        m_options.dataDir.isEmpty() ? m_settings->embeddedDataDir() : m_options.dataDir;
    config.port = m_options.port ? m_options.port : m_settings->embeddedPort();
    config.lanAccess = m_options.lan || m_settings->embeddedLanAccess();
    return config;
}

void AppController::startEmbeddedServer()
{
    m_host = new EmbeddedHost(this);
    connect(m_host, &EmbeddedHost::started, this, &AppController::onEmbeddedStarted);
    connect(m_host, &EmbeddedHost::failed, this, [this](const QString &error) {
        qCWarning(lcApp) << "local server did not start:" << error;
        m_window->signInPage()->setError(QStringLiteral("internal"));
        if (m_settingsDialog)
            m_settingsDialog->setServerStatus(ui::SettingsDialog::ServerStatus::Failed, error);
    });
    m_host->start(embeddedConfig());
}

// Settings changed the port, LAN access or data location: stop, then start with them.
void AppController::restartEmbeddedServer()
{
    // An app signed in to a team's server (--server) hosts nothing until the user signs in on
    // this computer; saving the settings must not start a server behind their back.
    if (!m_host && !m_options.serverUrl.isEmpty()) {
        if (m_settingsDialog)
            m_settingsDialog->setServerStatus(ui::SettingsDialog::ServerStatus::Stopped);
        return;
    }
    if (!m_host) {
        startEmbeddedServer();
        return;
    }
    connect(
        m_host, &EmbeddedHost::stopped, this, [this] { m_host->start(embeddedConfig()); },
        Qt::SingleShotConnection);
    m_host->stop();
}

void AppController::onEmbeddedStarted()
{
    qCInfo(lcApp) << "local server at" << m_host->url().toString();
    // Sessions on this computer's server follow it to its (possibly new) port.
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
        const client::AccountInfo *account = m_accounts->find(it.key());
        if (account && account->embedded) {
            it.value()->setServerUrl(m_host->url());
            it.value()->reconnectNow();
        }
    }
    if (!m_pendingResume.isEmpty())
        resumeAccount(std::exchange(m_pendingResume, QString()));
    if (m_settingsDialog) {
        m_settingsDialog->setLanAddresses(lanAddressTexts());
        m_settingsDialog->setServerStatus(ui::SettingsDialog::ServerStatus::Running,
                                          m_host->url().authority());
    }
}

// Where teammates reach the local server: where it listens, or, while it does not listen
// with LAN access yet, where it would after a restart.
QStringList AppController::lanAddressTexts() const
{
    const bool listening = m_host && m_host->isRunning() && !m_host->lanAddresses().isEmpty();
    const QList<QHostAddress> addresses =
        listening ? m_host->lanAddresses() : privateNetworkAddresses(interfaceAddresses());
    const quint16 port = m_host && m_host->isRunning() ? m_host->port() : embeddedConfig().port;
    QStringList texts;
    for (const QHostAddress &address : addresses)
        texts.append(addressWithPort(address, port));
    return texts;
}

// Accounts for teammates: with registration closed, the host is the only one who makes them.
void AppController::openCreateAccountDialog()
{
    if (!m_createAccountDialog) {
        QWidget *parent =
            m_settingsDialog ? static_cast<QWidget *>(m_settingsDialog.data()) : m_window.get();
        m_createAccountDialog = new ui::CreateAccountDialog(parent);
        m_createAccountDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(
            m_createAccountDialog, &ui::CreateAccountDialog::createRequested, this,
            [this](const QString &username, const QString &displayName, const QString &password) {
                if (!m_host) {
                    m_createAccountDialog->setError(QStringLiteral("network"));
                    return;
                }
                QPointer<ui::CreateAccountDialog> dialog = m_createAccountDialog;
                m_host->createUser(username, displayName, password,
                                   [dialog, username](bool ok, const QString &error) {
                                       if (!dialog)
                                           return;
                                       if (ok)
                                           dialog->setCreated(username);
                                       else
                                           dialog->setError(error.contains(QStringLiteral("taken"))
                                                                ? QStringLiteral("conflict")
                                                                : QStringLiteral("invalid"));
                                   });
            });
    }
    m_createAccountDialog->show();
    m_createAccountDialog->raise();
}

QUrl AppController::serverUrlOf(const client::AccountInfo &account) const
{
    return account.embedded && m_host ? m_host->url() : account.serverUrl;
}

// --- accounts ---

void AppController::showInitialPage()
{
    refreshKnownAccounts();
    ui::SignInPage *page = m_window->signInPage();
    if (!m_options.serverUrl.isEmpty()) {
        page->setMode(ui::SignInPage::Mode::Remote);
        page->setServerUrl(m_options.serverUrl);
    } else {
        page->setMode(ui::SignInPage::Mode::Local);
    }
    m_window->showSignIn();
    const QString last = m_accounts->lastUsedKey();
    if (!last.isEmpty() && m_accounts->find(last))
        resumeAccount(last);
}

void AppController::refreshKnownAccounts()
{
    QList<QPair<QString, QString>> known;
    bool embeddedAccounts = false;
    for (const client::AccountInfo &account : m_accounts->accounts()) {
        known.append({account.key(), accountLabel(account.displayName, account.username,
                                                  account.embedded, account.serverUrl)});
        embeddedAccounts = embeddedAccounts || account.embedded;
    }
    m_window->signInPage()->setKnownAccounts(known);
    m_window->signInPage()->setEmbeddedHasAccounts(embeddedAccounts);
}

client::ClientSession *AppController::createSession(const client::AccountInfo &account)
{
    client::ClientSession::Options options;
    options.serverUrl = serverUrlOf(account);
    options.accountUrl = account.embedded ? kEmbeddedAccountUrl : account.serverUrl;
    options.dataDir = client::AccountRegistry::dataDirFor(account.key());
    options.deviceId = QSysInfo::machineHostName().left(64);
    auto *session = new client::ClientSession(options, m_credentials, this);
    m_router->watch(session);
    connect(session->state(), &client::ClientState::conversationChanged, this,
            &AppController::updateTray);
    connect(session->state(), &client::ClientState::conversationsReset, this,
            &AppController::updateTray);
    connect(session->state(), &client::ClientState::meChanged, this,
            [this, session] { rememberAccount(session); });
    connect(session, &client::ClientSession::signInFailed, this,
            [this, session](const QString &reason) {
                ui::SignInPage *page = m_window->signInPage();
                page->setBusy(false);
                page->setError(reason);
                if (!m_sessions.values().contains(session))
                    session->deleteLater();
            });
    connect(session, &client::ClientSession::signInRequired, this,
            [this, session](const QString &reason) { onSignInRequired(session, reason); });
    connect(session, &client::ClientSession::credentialStorageProblem, this,
            [this, session](bool insecure, const QString &reason) {
                if (m_settingsDialog)
                    openSettings(); // refreshes the warning line
                if (insecure) {
                    qCWarning(lcApp) << "token stored unencrypted";
                    return;
                }
                qCWarning(lcApp) << "token kept in memory only:" << reason;
                showKeychainNotice(session, reason);
            });
    connect(session, &client::ClientSession::signedIn, this,
            [this, session] { onSignedIn(session); });
    connect(session->state(), &client::ClientState::conversationsReset, this,
            &AppController::reportReadyOnce);
    return session;
}

// No usable token (none stored, or the server revoked it): the sign-in page, filled in for
// that account, so choosing a recent account or starting the app always leads somewhere.
void AppController::onSignInRequired(client::ClientSession *session, const QString &reason)
{
    const QString key = session->accountKey();
    m_sessions.remove(m_sessions.key(session));
    const bool wasActive = m_active == session;
    if (wasActive)
        m_active = nullptr;
    // An account signed in in the background does not take the window away from the chat.
    const bool showPage = wasActive || !m_active || m_window->isShowingSignIn();
    const client::AccountInfo *account = m_accounts->find(key);
    if (account && showPage) {
        showSignInPage();
        const auto mode =
            account->embedded ? ui::SignInPage::Mode::Local : ui::SignInPage::Mode::Remote;
        m_window->signInPage()->askPasswordFor(mode, account->serverUrl, account->username,
                                               accountLabel(account->displayName, account->username,
                                                            account->embedded, account->serverUrl));
    } else if (showPage) {
        showSignInPage();
    }
    if (!reason.isEmpty() && showPage)
        m_window->signInPage()->setError(reason);
    session->deleteLater();
    updateTray();
}

void AppController::showSignInPage()
{
    refreshKnownAccounts();
    m_window->showSignIn();
    m_window->signInPage()->setCancelAvailable(!m_sessions.isEmpty());
}

// "Add another account" changed its mind: back to the account the window showed.
void AppController::cancelAddingAccount()
{
    if (m_signingIn) {
        m_signingIn->deleteLater();
        m_signingIn = nullptr;
    }
    m_window->signInPage()->setBusy(false);
    m_window->signInPage()->clearError();
    if (m_active)
        switchTo(m_active->accountKey());
    else if (!m_sessions.isEmpty())
        switchTo(m_sessions.keys().constFirst());
}

QString AppController::labelOf(const client::ClientSession *session) const
{
    const client::AccountInfo *account = m_accounts->find(session->accountKey());
    const bool embedded =
        account ? account->embedded : m_host && session->serverUrl() == m_host->url();
    const model::User &me = session->state()->me();
    return accountLabel(me.displayName, me.username.isEmpty() ? session->username() : me.username,
                        embedded, session->serverUrl());
}

// The account menu names each account and what is waiting in it.
QString AppController::menuEntryText(const client::ClientSession *session) const
{
    const qint64 unread = session->state()->totalUnread();
    if (unread <= 0)
        return labelOf(session);
    //: An account menu entry: %1 names the account, %n is its number of unread messages.
    return tr("%1 — %n unread", nullptr, int(std::min<qint64>(unread, 1'000'000)))
        .arg(labelOf(session));
}

// The token lives in memory only: say so, with the choices, once per account and problem.
void AppController::showKeychainNotice(client::ClientSession *session, const QString &reason)
{
    const QString key = session->accountKey();
    QPointer<ui::KeychainNoticeDialog> &notice = m_keychainNotices[key];
    if (!notice) {
        notice = new ui::KeychainNoticeDialog(m_window.get());
        notice->setAttribute(Qt::WA_DeleteOnClose);
        connect(notice, &ui::KeychainNoticeDialog::storeUnencryptedRequested, this,
                &AppController::storeTokensUnencrypted);
        connect(notice, &ui::KeychainNoticeDialog::retryRequested, this,
                &AppController::retryStoringTokens);
    }
    notice->setProblem(labelOf(session), reason);
    notice->show();
    notice->raise();
}

// The user allowed the unencrypted file (in the notice or in Settings): the sessions that hold
// their token in memory only store it now, not just the next sign-in.
void AppController::storeTokensUnencrypted()
{
    m_settings->setAllowInsecureTokenStorage(true);
    m_credentials->setInsecureFallbackAllowed(true);
    retryStoringTokens();
}

void AppController::retryStoringTokens()
{
    for (client::ClientSession *session : std::as_const(m_sessions))
        session->retryStoringToken();
}

void AppController::resumeAccount(const QString &key)
{
    const client::AccountInfo *account = m_accounts->find(key);
    if (!account)
        return;
    if (m_sessions.contains(key)) {
        switchTo(key);
        return;
    }
    if (account->embedded && (!m_host || !m_host->isRunning())) {
        if (!m_host)
            startEmbeddedServer();
        m_pendingResume = key; // once the local server listens
        return;
    }
    client::ClientSession *session = createSession(*account);
    session->resume(account->username);
}

void AppController::beginSignIn(const client::AccountInfo &account, const QString &password,
                                const QString &displayName, bool registering)
{
    if (m_signingIn)
        m_signingIn->deleteLater();
    client::ClientSession *session = createSession(account);
    m_signingIn = session;
    m_window->signInPage()->setBusy(true);
    if (registering)
        session->registerAccount(account.username, password, displayName);
    else
        session->signIn(account.username, password);
}

void AppController::wireSignInPage()
{
    ui::SignInPage *page = m_window->signInPage();
    connect(page, &ui::SignInPage::signInRequested, this,
            [this](const QUrl &server, const QString &username, const QString &password) {
                beginSignIn({server, username, 0, username, false}, password, {}, false);
            });
    connect(page, &ui::SignInPage::registerRequested, this,
            [this](const QUrl &server, const QString &username, const QString &password,
                   const QString &displayName) {
                beginSignIn({server, username, 0, displayName, false}, password, displayName, true);
            });
    connect(
        page, &ui::SignInPage::signInLocalRequested, this,
        [this](const QString &username, const QString &password) {
            beginSignIn({kEmbeddedAccountUrl, username, 0, username, true}, password, {}, false);
        });
    connect(page, &ui::SignInPage::createLocalAccountRequested, this,
            [this](const QString &username, const QString &displayName, const QString &password) {
                if (!m_host) {
                    m_window->signInPage()->setError(QStringLiteral("network"));
                    return;
                }
                m_window->signInPage()->setBusy(true);
                m_host->createUser(
                    username, displayName, password,
                    [this, username, displayName, password](bool ok, const QString &error) {
                        if (!ok) {
                            m_window->signInPage()->setBusy(false);
                            m_window->signInPage()->setError(error.contains(QStringLiteral("taken"))
                                                                 ? QStringLiteral("conflict")
                                                                 : QStringLiteral("invalid"));
                            return;
                        }
                        beginSignIn({kEmbeddedAccountUrl, username, 0, displayName, true}, password,
                                    {}, false);
                    });
            });
    connect(page, &ui::SignInPage::knownAccountChosen, this, &AppController::resumeAccount);
    connect(page, &ui::SignInPage::cancelRequested, this, &AppController::cancelAddingAccount);
}

void AppController::onSignedIn(client::ClientSession *session)
{
    if (m_signingIn == session)
        m_signingIn = nullptr;
    m_window->signInPage()->setBusy(false);
    m_sessions.insert(session->accountKey(), session);
    m_accounts->setLastUsed(session->accountKey());
    switchTo(session->accountKey());
}

void AppController::rememberAccount(client::ClientSession *session)
{
    const model::User &me = session->state()->me();
    if (me.id == 0 || session->accountKey().isEmpty())
        return;
    client::AccountInfo account;
    account.embedded = m_host && session->serverUrl() == m_host->url();
    account.serverUrl = account.embedded ? kEmbeddedAccountUrl : session->serverUrl();
    account.username = me.username;
    account.userId = me.id;
    account.displayName = me.displayName;
    m_accounts->upsert(account);
    refreshKnownAccounts();
}

void AppController::switchTo(const QString &key)
{
    client::ClientSession *session = m_sessions.value(key);
    if (!session)
        return;
    const bool rebuilt = m_window->session() != session;
    m_active = session;
    m_accounts->setLastUsed(key);
    m_window->showSession(session);
    if (rebuilt)
        reopenLastConversation(session);
    updateTray();
    reportReadyOnce();
}

void AppController::signOut(const QString &key)
{
    client::ClientSession *session = m_sessions.take(key);
    if (!session)
        return;
    session->signOut();
    session->deleteLater();
    if (m_active == session) {
        m_active = nullptr;
        if (!m_sessions.isEmpty())
            switchTo(m_sessions.keys().constFirst());
        else
            m_window->showSignIn();
    }
    updateTray();
}

void AppController::showAccountMenu(const QPoint &globalPos)
{
    buildAccountMenu()->exec(globalPos);
}

std::unique_ptr<QMenu> AppController::buildAccountMenu()
{
    auto owned = std::make_unique<QMenu>(m_window.get());
    QMenu &menu = *owned;
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
        const QString key = it.key();
        QAction *action =
            menu.addAction(menuEntryText(it.value()), this, [this, key] { switchTo(key); });
        action->setCheckable(true);
        action->setChecked(it.value() == m_active);
    }
    menu.addSeparator();
    menu.addAction(tr("Add another account…"), this, &AppController::showSignInPage);
    if (m_active)
        menu.addAction(tr("Sign out"), this, [this] { signOut(m_active->accountKey()); });
    menu.addSeparator();
    QAction *help =
        menu.addAction(tr("Keyboard shortcuts"), m_window.get(), &ui::MainWindow::showShortcuts);
    help->setShortcut(QKeySequence(Qt::Key_F1)); // shown as a hint; the window owns the key
    QAction *quitAction = menu.addAction(tr("Quit"), this, &AppController::quit);
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    return owned;
}

void AppController::openSettings()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new ui::SettingsDialog(m_settings.get(), m_window.get());
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_settingsDialog, &ui::SettingsDialog::switchAccountRequested, this,
                &AppController::switchTo);
        connect(m_settingsDialog, &ui::SettingsDialog::signOutRequested, this,
                &AppController::signOut);
        connect(m_settingsDialog, &ui::SettingsDialog::restartEmbeddedServerRequested, this,
                &AppController::restartEmbeddedServer);
        connect(m_settingsDialog, &ui::SettingsDialog::addAccountRequested, this,
                &AppController::showSignInPage);
        connect(m_settingsDialog, &ui::SettingsDialog::createAccountRequested, this,
                &AppController::openCreateAccountDialog);
        connect(m_settingsDialog, &ui::SettingsDialog::languageChosen, m_language.get(),
                &ui::LanguageManager::apply);
        connect(m_settingsDialog, &ui::SettingsDialog::accepted, this, [this] {
            m_credentials->setInsecureFallbackAllowed(m_settings->allowInsecureTokenStorage());
            if (m_settings->allowInsecureTokenStorage())
                retryStoringTokens(); // the current sign-ins too, not only the next ones
            m_window->setCloseToTray(m_settings->closeToTray() && m_tray->isAvailable());
            m_idle->setIdleTimeoutMs(m_settings->autoAwayMinutes() * 60 * 1000);
            m_tray->setEnabled(m_settings->notificationsEnabled());
        });
    }
    QList<ui::AccountRow> rows;
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
        const client::ClientSession *session = it.value();
        rows.append(
            {it.key(), labelOf(session), session == m_active, session->tokenStoredInsecurely()});
    }
    m_settingsDialog->setAccounts(rows);
    m_settingsDialog->setLanAddresses(lanAddressTexts());
    if (m_host && m_host->isRunning() &&
        m_settingsDialog->serverStatus() != ui::SettingsDialog::ServerStatus::Restarting)
        m_settingsDialog->setServerStatus(ui::SettingsDialog::ServerStatus::Running,
                                          m_host->url().authority());
    m_settingsDialog->show();
    m_settingsDialog->raise();
}

// Where the user left off in this account; the conversation may only be known once the cache
// or the server has listed it.
void AppController::reopenLastConversation(client::ClientSession *session)
{
    const qint64 last = m_settings->lastConversation(session->accountKey());
    if (last == 0)
        return;
    const auto openIfKnown = [this, session, last] {
        if (m_window->session() != session || m_window->currentConversation() != 0 ||
            !session->state()->conversation(last))
            return false;
        m_window->openConversation(last);
        return true;
    };
    if (openIfKnown())
        return;
    // The cache lists it first, or else the server: keep looking until it shows up, or until
    // the user opened something themselves, whatever comes first.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(session->state(), &client::ClientState::conversationsReset, this,
                          [this, session, openIfKnown, connection] {
                              if (openIfKnown() || m_window->session() != session ||
                                  m_window->currentConversation() != 0)
                                  disconnect(*connection);
                          });
}

// The startup benchmark (tests/bench-client) waits for this line: the window shows the
// conversation list, from the cache or the server, once the event loop has painted it.
void AppController::reportReadyOnce()
{
    if (m_reportedReady || !m_active || m_active->state()->conversationIds().isEmpty())
        return;
    m_reportedReady = true;
    QTimer::singleShot(0, this, [this] {
        qCInfo(lcApp, "ready: %d conversations shown",
               int(m_active ? m_active->state()->conversationIds().size() : 0));
    });
}

void AppController::updateTray()
{
    qint64 unread = 0;
    qint64 elsewhere = 0; // in the accounts the window does not show
    for (const client::ClientSession *session : std::as_const(m_sessions)) {
        unread += session->state()->totalUnread();
        if (session != m_active)
            elsewhere += session->state()->totalUnread();
    }
    const auto capped = [](qint64 count) { return int(std::min<qint64>(count, 1'000'000)); };
    m_tray->setUnreadCount(capped(unread));
    m_launcherBadge->setCount(capped(unread));
    m_window->setUnreadTotal(capped(unread));
    m_window->setOtherAccountsUnread(capped(elsewhere));
    if (m_active)
        m_tray->setDoNotDisturb(m_active->ownStatus() == client::Availability::DoNotDisturb);
}

// Automatic away: only when the user had chosen "online", and back when they return.
void AppController::onIdleChanged(bool idle)
{
    for (client::ClientSession *session : std::as_const(m_sessions)) {
        if (idle && session->ownStatus() == client::Availability::Online) {
            session->setStatus(client::Availability::Away);
            m_awayBecauseIdle = true;
        } else if (!idle && m_awayBecauseIdle &&
                   session->ownStatus() == client::Availability::Away) {
            session->setStatus(client::Availability::Online);
        }
    }
    if (!idle)
        m_awayBecauseIdle = false;
}

} // namespace confab::app
