#pragma once

#include "client/ClientSession.h"

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QListView;
class QToolButton;

namespace confab::ui {

class ConversationFilterProxy;
class ConversationListModel;
class StatusSelector;

// The left column: who is signed in and their status, the filter box and the conversation
// list (pinned first, then most recent), with a button for a new conversation.
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
    // Unread messages in the other signed-in accounts, shown on the account button.
    void setOtherAccountsUnread(int count);

Q_SIGNALS:
    void conversationActivated(qint64 conversationId);
    void newConversationRequested();
    void settingsRequested();
    void accountMenuRequested(const QPoint &globalPos);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void updateIdentity();
    void showContextMenu(const QPoint &pos);
    void activateIndex(const QModelIndex &index);

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
    int m_otherAccountsUnread = 0;
};

} // namespace confab::ui
