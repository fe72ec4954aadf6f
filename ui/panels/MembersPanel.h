#pragma once

#include "panels/SidePanel.h"

class QListView;
class QPushButton;

namespace confab::client {
class ClientSession;
}

namespace confab::ui {

class InlineError;
class MemberListModel;
class PanelHeader;

// Who is in the conversation, with their presence. A group's owner can add people and remove
// members (context menu, confirmed); anyone can leave a group (confirmed).
class MembersPanel : public SidePanel
{
    Q_OBJECT
public:
    explicit MembersPanel(client::ClientSession *session, QWidget *parent = nullptr);
    ~MembersPanel() override;

    void setConversation(qint64 conversationId);
    qint64 conversationId() const { return m_conversationId; }

    QListView *list() const { return m_list; }
    MemberListModel *model() const { return m_model; }
    QPushButton *addButton() const { return m_addButton; }
    QPushButton *leaveButton() const { return m_leaveButton; }
    InlineError *errorLine() const { return m_error; }

    // The actions, also reachable from the buttons and the member menu.
    void openAddDialog();
    void confirmRemove(qint64 userId);
    void confirmLeave();

private:
    void buildUi();
    void retranslateUi() override;
    void updateControls();
    void showMemberMenu(const QPoint &pos);
    bool isGroup() const;
    bool isOwner() const;
    bool isArchived() const;

    client::ClientSession *m_session;
    qint64 m_conversationId = 0;
    PanelHeader *m_header = nullptr;
    QListView *m_list = nullptr;
    MemberListModel *m_model = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_leaveButton = nullptr;
    InlineError *m_error = nullptr;
};

} // namespace confab::ui
