#pragma once

#include "panels/SidePanel.h"

class QLabel;
class QListView;
class QStackedWidget;

namespace confab::client {
class ClientSession;
}

namespace confab::ui {

class InlineError;
class MessageListModel;
class PanelHeader;

// The conversation's starred messages. Activating one (Enter, click) asks the conversation
// view to jump to it. Asks the session for the list each time the panel is shown.
class StarredPanel : public SidePanel
{
    Q_OBJECT
public:
    explicit StarredPanel(client::ClientSession *session, QWidget *parent = nullptr);
    ~StarredPanel() override;

    void setConversation(qint64 conversationId);
    qint64 conversationId() const { return m_conversationId; }

    QListView *list() const { return m_list; }
    MessageListModel *model() const { return m_model; }

Q_SIGNALS:
    void jumpRequested(qint64 messageId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void retranslateUi() override;
    void updateEmptyState();
    void load();
    void activate(const QModelIndex &index);

    client::ClientSession *m_session;
    qint64 m_conversationId = 0;
    PanelHeader *m_header = nullptr;
    QStackedWidget *m_pages = nullptr;
    QListView *m_list = nullptr;
    QWidget *m_empty = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyHint = nullptr;
    MessageListModel *m_model = nullptr;
    InlineError *m_error = nullptr;
};

} // namespace confab::ui
