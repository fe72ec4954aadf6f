#pragma once

#include "model/Message.h"
#include "panels/SidePanel.h"

#include <QHash>
#include <optional>

class QListView;

namespace confab::client {
class ClientSession;
}

namespace confab::ui {

class Composer;
class InlineError;
class MessageActions;
class MessageDelegate;
class PanelHeader;
class TimelineModel;
class TimelineScroller;

// One thread in the side pane: its root message, the replies, and a composer whose every
// message replies to the root. Loads the thread from the cache and the server when opened.
class ThreadPane : public SidePanel
{
    Q_OBJECT
public:
    explicit ThreadPane(client::ClientSession *session, QWidget *parent = nullptr);
    ~ThreadPane() override;

    void setThread(qint64 conversationId, qint64 rootId);
    qint64 conversationId() const { return m_conversationId; }
    qint64 rootId() const { return m_rootId; }

    QListView *list() const { return m_list; }
    TimelineModel *model() const { return m_model; }
    Composer *composer() const { return m_composer; }
    MessageActions *messageActions() const { return m_actions; }
    InlineError *errorLine() const { return m_error; }

private:
    void buildUi();
    void connectParts();
    void retranslateUi() override;
    void updateSubtitle();
    void updateArchived();
    std::optional<model::Message> lastOwnReply() const;
    void switchDraft(qint64 conversationId, qint64 rootId);

    client::ClientSession *m_session;
    qint64 m_conversationId = 0;
    qint64 m_rootId = 0;
    PanelHeader *m_header = nullptr;
    QListView *m_list = nullptr;
    TimelineModel *m_model = nullptr;
    MessageDelegate *m_delegate = nullptr;
    TimelineScroller *m_scroller = nullptr;
    MessageActions *m_actions = nullptr;
    Composer *m_composer = nullptr;
    InlineError *m_error = nullptr;
    QHash<qint64, QString> m_drafts; // by thread root, while another thread is shown
};

} // namespace confab::ui
