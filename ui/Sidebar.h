#pragma once

#include "client/ClientSession.h"

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace confab::ui {

class ConversationFilterProxy;
class ConversationListModel;
class StatusSelector;

// The left column: who is signed in and their status, the filter box and the conversation
// list (pinned first, then most recent), with a button for a new conversation.
//
// The list's selection is the open conversation (set with selectConversation(), kept across
// filter changes); the keyboard moves only the current row, shown by a focus ring, and Enter
// or a click opens it. Down and Up in the filter move into the list, Escape clears the filter
// and then returns to the list. Alt+Up/Alt+Down and Ctrl+Shift+Tab/Ctrl+Tab open the previous
// or next conversation anywhere in the window. An empty list says why: nothing matches the
// filter, or a new account offers to start a conversation.
class Sidebar : public QWidget
{
    Q_OBJECT
public:
    explicit Sidebar(QWidget *parent = nullptr);
    ~Sidebar() override;

    void setSession(client::ClientSession *session);
    void focusFilter();
    void selectConversation(qint64 conversationId);
    // The filtered, sorted list, for the quick switcher.
    QAbstractItemModel *conversations() const;
    // Opens the conversation `step` rows after (negative: before) the open one, in list order;
    // nothing past either end. With none open, Down starts at the top and Up at the bottom.
    void openAdjacentConversation(int step);
    // Unread messages in the other signed-in accounts, shown on the account button.
    void setOtherAccountsUnread(int count);

Q_SIGNALS:
    void conversationActivated(qint64 conversationId);
    void newConversationRequested();
    void settingsRequested();
    void accountMenuRequested(const QPoint &globalPos);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void updateIdentity();
    void showContextMenu(const QPoint &pos);
    void activateIndex(const QModelIndex &index);
    void installNavigationShortcuts();
    bool filterKeyPressed(const QKeyEvent *event);
    bool listKeyPressed(const QKeyEvent *event);
    void focusListAt(const QModelIndex &index);
    QModelIndex openIndex() const;
    void restoreOpenSelection();
    void updateEmptyState();

    QPointer<client::ClientSession> m_session;
    ConversationListModel *m_model = nullptr;
    ConversationFilterProxy *m_proxy = nullptr;
    QLabel *m_identity = nullptr;
    QToolButton *m_accountButton = nullptr;
    StatusSelector *m_status = nullptr;
    QToolButton *m_settingsButton = nullptr;
    QToolButton *m_newButton = nullptr;
    QLineEdit *m_filter = nullptr;
    QToolButton *m_archivedToggle = nullptr;
    QListView *m_list = nullptr;
    QStackedWidget *m_listPages = nullptr; // the list, or the empty state in its place
    QWidget *m_emptyPage = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_startButton = nullptr;
    qint64 m_openId = 0;
    int m_otherAccountsUnread = 0;
};

} // namespace confab::ui
