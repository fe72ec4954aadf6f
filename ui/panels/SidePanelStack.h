#pragma once

#include <QStackedWidget>

namespace confab::client {
class ClientSession;
}

namespace confab::ui {

class ConversationSettingsPanel;
class MembersPanel;
class StarredPanel;
class ThreadPane;

// The right-hand pane: one of the thread, members, starred or settings panels at a time, for
// one conversation. Panels are built the first time they are needed. Hidden while no panel is
// open; Esc or a panel's close button closes it.
class SidePanelStack : public QStackedWidget
{
    Q_OBJECT
public:
    enum class Panel { None, Thread, Members, Starred, Settings };
    Q_ENUM(Panel)

    explicit SidePanelStack(client::ClientSession *session, QWidget *parent = nullptr);
    ~SidePanelStack() override;

    // Shows `panel` for `conversationId` (`rootId`: the thread root, Thread only) and moves the
    // keyboard focus into it.
    void show(Panel panel, qint64 conversationId, qint64 rootId = 0);
    using QStackedWidget::show;
    void closePanel();

    Panel currentPanel() const { return m_current; }
    qint64 conversationId() const { return m_conversationId; }

    // The panels, nullptr until first shown.
    ThreadPane *threadPane() const { return m_thread; }
    MembersPanel *membersPanel() const { return m_members; }
    StarredPanel *starredPanel() const { return m_starred; }
    ConversationSettingsPanel *settingsPanel() const { return m_settings; }

Q_SIGNALS:
    void closed();
    // The starred panel asks the conversation view to show a message.
    void jumpRequested(qint64 messageId);
    // A panel was shown (not Panel::None: that is closed()).
    void panelShown(confab::ui::SidePanelStack::Panel panel);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *preparePanel(Panel panel, qint64 conversationId, qint64 rootId);
    template<typename T> T *ensure(T *&panel);
    void retranslateUi();

    client::ClientSession *m_session;
    Panel m_current = Panel::None;
    qint64 m_conversationId = 0;
    ThreadPane *m_thread = nullptr;
    MembersPanel *m_members = nullptr;
    StarredPanel *m_starred = nullptr;
    ConversationSettingsPanel *m_settings = nullptr;
};

} // namespace confab::ui
