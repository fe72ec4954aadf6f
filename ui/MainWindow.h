#pragma once

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
    void showSession(client::ClientSession *session);
    void openConversation(qint64 conversationId);
    void setCloseToTray(bool closeToTray) { m_closeToTray = closeToTray; }
    void bringToFront();

Q_SIGNALS:
    void settingsRequested();
    void accountMenuRequested(const QPoint &globalPos);
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildChatPage();
    void installShortcuts();
    void retranslateUi();
    void bindSession();
    void updateBanner();
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
    QPointer<client::ClientSession> m_session;
    qint64 m_conversationId = 0;
    bool m_closeToTray = false;
};

} // namespace confab::ui
