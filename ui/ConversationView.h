#pragma once

#include "panels/SidePanelStack.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace confab::client {
class ClientSession;
class ClientState;
} // namespace confab::client

namespace confab::ui {

class Composer;
class InlineError;
class MessageActions;
class MessageDelegate;
class TimelineModel;
class TimelineHover;
class TimelineScroller;
class TypingIndicator;

// The middle of the window: the open conversation's header, its timeline, who is typing, and
// the composer; or a friendly empty state when no conversation is open. It turns what the user
// does here into session calls and keeps the timeline where the user expects it: pinned to the
// newest message while they are there, still while they read older ones.
class ConversationView : public QWidget
{
    Q_OBJECT
public:
    explicit ConversationView(client::ClientSession *session, QWidget *parent = nullptr);
    ~ConversationView() override;

    // Opens `conversationId` (0: the empty state) and scrolls to its newest message.
    void setConversation(qint64 conversationId);
    qint64 conversation() const { return m_conversationId; }

    // The parts, for the window's shortcuts and for tests.
    QListView *timeline() const { return m_timeline; }
    TimelineModel *model() const { return m_model; }
    Composer *composer() const { return m_composer; }
    MessageActions *messageActions() const { return m_actions; }
    TimelineHover *hover() const { return m_hover; }
    TypingIndicator *typingIndicator() const { return m_typing; }
    InlineError *errorLine() const { return m_error; }
    bool isAtBottom() const;

public Q_SLOTS:
    // Scrolls to `messageId`, selects and highlights it; loads older pages (a bounded number)
    // while it is not loaded yet. A thread reply opens its thread instead.
    void jumpToMessage(qint64 messageId);
    void scrollToBottom();

Q_SIGNALS:
    void panelRequested(confab::ui::SidePanelStack::Panel panel);
    void threadRequested(qint64 conversationId, qint64 rootId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    QWidget *buildHeader();
    QWidget *buildEmptyState();
    void setUpTimeline();
    void connectTimeline();
    void connectSession();
    void retranslateUi();

    void updateHeader();
    void updateTopic();
    void updatePresence();
    void updateArchived();
    void updateTyping();

    void showNewMessagesButton();
    void placeNewMessagesButton();
    void maybeFetchOlder();
    void onHistoryRequested(qint64 conversationId);
    void onMessagesArrived(qint64 conversationId);
    void finishHistoryRequest();
    void tryPendingJump();
    void markReadIfSeen();
    void showContextMenu(const QModelIndex &index, const QPoint &globalPos);
    void showMouseContextMenu(const QModelIndex &index, const QPoint &globalPos);
    void connectHoverBar();
    void updateHoverBar(const QModelIndex &index);
    QPoint belowHoverButton(QWidget *button) const;
    void updateIntroLabel();
    void showMenuForCurrent();
    void focusVisibleRow();

    client::ClientSession *m_session;
    client::ClientState *m_state;
    qint64 m_conversationId = 0;

    QStackedWidget *m_pages = nullptr;
    QWidget *m_emptyPage = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyHint = nullptr;
    QWidget *m_conversationPage = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_presence = nullptr;
    QLabel *m_topic = nullptr;
    QToolButton *m_membersButton = nullptr;
    QToolButton *m_starredButton = nullptr;
    QToolButton *m_settingsButton = nullptr;
    QListView *m_timeline = nullptr;
    TimelineModel *m_model = nullptr;
    MessageDelegate *m_delegate = nullptr;
    TimelineScroller *m_scroller = nullptr;
    TimelineHover *m_hover = nullptr;
    QLabel *m_introLabel = nullptr; // the introduction while there is no message at all
    MessageActions *m_actions = nullptr;
    QPushButton *m_newMessagesButton = nullptr;
    TypingIndicator *m_typing = nullptr;
    Composer *m_composer = nullptr;
    InlineError *m_error = nullptr;

    bool m_historyInFlight = false;
    qint64 m_historyBeforeSeq = 0;
    QTimer *m_historyTimeout = nullptr;
    qint64 m_pendingJump = 0;
    int m_jumpPagesLeft = 0;
};

} // namespace confab::ui
