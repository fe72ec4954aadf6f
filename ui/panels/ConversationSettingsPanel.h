#pragma once

#include "panels/SidePanel.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace confab::client {
class ClientSession;
}

namespace confab::ui {

class InlineError;
class PanelHeader;

// The conversation's settings: title (a group's owner) and topic with Save, pinned and muted
// (mine only), archive or unarchive (a group's owner; either member of a direct conversation)
// and leave (groups). What the user may not change is disabled with a tooltip that says why.
class ConversationSettingsPanel : public SidePanel
{
    Q_OBJECT
public:
    explicit ConversationSettingsPanel(client::ClientSession *session, QWidget *parent = nullptr);
    ~ConversationSettingsPanel() override;

    void setConversation(qint64 conversationId);
    qint64 conversationId() const { return m_conversationId; }

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *topicEdit() const { return m_topic; }
    QPushButton *saveButton() const { return m_save; }
    QCheckBox *pinnedBox() const { return m_pinned; }
    QCheckBox *mutedBox() const { return m_muted; }
    QPushButton *archiveButton() const { return m_archive; }
    QPushButton *leaveButton() const { return m_leave; }
    InlineError *errorLine() const { return m_error; }

    void save();
    void confirmLeave();

private:
    struct Rights
    {
        bool group = false;
        bool owner = false;
        bool archived = false;
        bool canRename() const { return group && owner && !archived; }
        bool canSetTopic() const { return (!group || owner) && !archived; }
        bool canArchive() const { return !group || owner; }
    };

    void buildUi();
    void connectControls();
    void retranslateUi() override;
    void syncFromState();
    void syncTexts(const QString &title, const QString &topic);
    void updateControls();
    void explainDisabled(const Rights &rights);
    Rights rights() const;
    bool hasChanges() const;
    void toggleArchived();

    client::ClientSession *m_session;
    qint64 m_conversationId = 0;
    PanelHeader *m_header = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_topicLabel = nullptr;
    QLineEdit *m_topic = nullptr;
    QPushButton *m_save = nullptr;
    QCheckBox *m_pinned = nullptr;
    QCheckBox *m_muted = nullptr;
    QPushButton *m_archive = nullptr;
    QPushButton *m_leave = nullptr;
    InlineError *m_error = nullptr;
    // The texts last read from the state: edits are what differs from them.
    QString m_savedTitle;
    QString m_savedTopic;
};

} // namespace confab::ui
