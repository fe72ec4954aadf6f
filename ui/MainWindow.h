#pragma once

#include "KeyboardShortcuts.h"
#include "client/ClientSession.h"

#include <QMainWindow>
#include <QPointer>

class QSplitter;
class QStackedWidget;

namespace confab::ui {

class ConnectionBanner;
class ConversationView;
class NewConversationDialog;
class QuickSwitcher;
class Sidebar;
class ShortcutsDialog;
class SidePanelStack;
class SignInPage;
class UserListModel;

// The window: the sign-in page, or the chat (sidebar, conversation, side panel) of the active
// account. It shows one ClientSession at a time; the app decides which (several accounts can
// be signed in at once and switched between).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    SignInPage *signInPage() const { return m_signIn; }
    client::ClientSession *session() const { return m_session; }
    qint64 currentConversation() const { return m_conversationId; }
    ConversationView *conversationView() const { return m_conversation; }
    SidePanelStack *sidePanel() const { return m_sidePanel; }

    void showSignIn();
    bool isShowingSignIn() const;
    void showSession(client::ClientSession *session);
    void openConversation(qint64 conversationId);
    void setCloseToTray(bool closeToTray) { m_closeToTray = closeToTray; }
    // The app is quitting: the next close really closes, even with close-to-tray on.
    void setQuitting(bool quitting) { m_quitting = quitting; }
    bool isQuitting() const { return m_quitting; }
    void bringToFront();
    // Help -> Keyboard shortcuts (F1).
    void showShortcuts();
    // Runs what a window shortcut does (the account menu offers some of them too).
    void trigger(WindowAction action);
    // Unread messages of every account: "(3) Confab" in the title.
    void setUnreadTotal(int count);
    // Unread messages of the accounts not shown, on the sidebar's account button.
    void setOtherAccountsUnread(int count);
    // The splitter's sizes, to remember between runs; restoring applies to every account shown.
    QByteArray splitterState() const;
    void restoreSplitterState(const QByteArray &state);
    ConnectionBanner *banner() const { return m_banner; }
    Sidebar *sidebar() const { return m_sidebar; }

Q_SIGNALS:
    void settingsRequested();
    void accountMenuRequested(const QPoint &globalPos);
    void quitRequested();
    // Closing the window only hid it (close to tray).
    void closedToTray();
    void conversationOpened(qint64 conversationId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildChatPage();
    void installShortcuts();
    void retranslateUi();
    void bindSession();
    void updateBanner();
    void placeBanner();
    void openQuickSwitcher();
    void openNewConversation();
    void closeSidePanel();

    QStackedWidget *m_pages = nullptr;
    SignInPage *m_signIn = nullptr;
    QWidget *m_chatPage = nullptr;
    ConnectionBanner *m_banner = nullptr;
    QSplitter *m_splitter = nullptr;
    Sidebar *m_sidebar = nullptr;
    ConversationView *m_conversation = nullptr;
    SidePanelStack *m_sidePanel = nullptr;
    QuickSwitcher *m_quickSwitcher = nullptr;
    QPointer<ShortcutsDialog> m_shortcutsDialog;
    QPointer<client::ClientSession> m_session;
    qint64 m_conversationId = 0;
    bool m_closeToTray = false;
    bool m_quitting = false;
    QByteArray m_splitterState; // applied whenever an account's views are built
    int m_unreadTotal = 0;
};

} // namespace confab::ui
