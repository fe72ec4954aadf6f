#include "panels/ConversationSettingsPanel.h"

#include "client/ClientSession.h"
#include "panels/Confirmation.h"
#include "panels/InlineError.h"
#include "panels/PanelHeader.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace confab::ui {

ConversationSettingsPanel::ConversationSettingsPanel(client::ClientSession *session,
                                                     QWidget *parent)
    : SidePanel(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("conversationSettingsPanel"));
    buildUi();
    connectControls();
    retranslateUi();
}

ConversationSettingsPanel::~ConversationSettingsPanel() = default;

void ConversationSettingsPanel::buildUi()
{
    m_header = new PanelHeader(this);
    // Created in tab order.
    m_titleLabel = new QLabel(this);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setMaxLength(int(model::Conversation::MaxTitleLength));
    m_titleLabel->setBuddy(m_title);
    m_topicLabel = new QLabel(this);
    m_topic = new QLineEdit(this);
    m_topic->setObjectName(QStringLiteral("topicEdit"));
    m_topic->setMaxLength(int(model::Conversation::MaxTopicLength));
    m_topicLabel->setBuddy(m_topic);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_pinned = new QCheckBox(this);
    m_pinned->setObjectName(QStringLiteral("pinnedBox"));
    m_muted = new QCheckBox(this);
    m_muted->setObjectName(QStringLiteral("mutedBox"));
    m_archive = new QPushButton(this);
    m_archive->setObjectName(QStringLiteral("archiveButton"));
    m_leave = new QPushButton(this);
    m_leave->setObjectName(QStringLiteral("leaveButton"));
    m_error = new InlineError(m_session, this);
    m_error->watch({QStringLiteral("update"), QStringLiteral("pin"), QStringLiteral("mute"),
                    QStringLiteral("archive"), QStringLiteral("leave")});

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_titleLabel, m_title);
    form->addRow(m_topicLabel, m_topic);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Mid); // a quiet rule in light and dark palettes

    auto *body = new QVBoxLayout;
    body->setContentsMargins(12, 4, 12, 12);
    body->setSpacing(8);
    body->addLayout(form);
    body->addLayout(saveRow);
    body->addWidget(m_pinned);
    body->addWidget(m_muted);
    body->addWidget(line);
    body->addWidget(m_archive, 0, Qt::AlignLeft);
    body->addWidget(m_leave, 0, Qt::AlignLeft);
    body->addWidget(m_error);
    body->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addLayout(body, 1);
    setFocusProxy(m_header->closeButton());
}

void ConversationSettingsPanel::connectControls()
{
    connect(m_header, &PanelHeader::closeRequested, this,
            &ConversationSettingsPanel::closeRequested);
    connect(m_title, &QLineEdit::textChanged, this, &ConversationSettingsPanel::updateControls);
    connect(m_topic, &QLineEdit::textChanged, this, &ConversationSettingsPanel::updateControls);
    connect(m_title, &QLineEdit::returnPressed, this, &ConversationSettingsPanel::save);
    connect(m_topic, &QLineEdit::returnPressed, this, &ConversationSettingsPanel::save);
    connect(m_save, &QPushButton::clicked, this, &ConversationSettingsPanel::save);
    // clicked, not toggled: only the user's changes go to the server, not the state's echoes.
    connect(m_pinned, &QCheckBox::clicked, this,
            [this](bool pinned) { m_session->setPinned(m_conversationId, pinned); });
    connect(m_muted, &QCheckBox::clicked, this,
            [this](bool muted) { m_session->setMuted(m_conversationId, muted); });
    connect(m_archive, &QPushButton::clicked, this, &ConversationSettingsPanel::toggleArchived);
    connect(m_leave, &QPushButton::clicked, this, &ConversationSettingsPanel::confirmLeave);
    client::ClientState *state = m_session->state();
    const auto refresh = [this](qint64 id) {
        if (id == m_conversationId)
            syncFromState();
    };
    connect(state, &client::ClientState::conversationChanged, this, refresh);
    connect(state, &client::ClientState::membersChanged, this, refresh); // ownership moves
    connect(state, &client::ClientState::conversationsReset, this,
            &ConversationSettingsPanel::syncFromState);
    connect(state, &client::ClientState::conversationRemoved, this, [this](qint64 id) {
        if (id == m_conversationId)
            Q_EMIT closeRequested();
    });
}

void ConversationSettingsPanel::setConversation(qint64 conversationId)
{
    if (conversationId != m_conversationId) {
        m_error->clearError();
        m_savedTitle.clear();
        m_savedTopic.clear();
        m_title->clear();
        m_topic->clear();
    }
    m_conversationId = conversationId;
    syncFromState();
}

ConversationSettingsPanel::Rights ConversationSettingsPanel::rights() const
{
    const client::ClientState *state = m_session->state();
    const model::Conversation *conversation = state->conversation(m_conversationId);
    const model::Member *me = state->member(m_conversationId, state->me().id);
    Rights rights;
    rights.group = conversation && conversation->kind == model::Conversation::Kind::Group;
    rights.owner = me && me->role == model::Member::Role::Owner;
    rights.archived = conversation && conversation->archived;
    return rights;
}

void ConversationSettingsPanel::syncFromState()
{
    const model::Conversation *conversation = m_session->state()->conversation(m_conversationId);
    if (!conversation)
        return;
    syncTexts(conversation->title.value_or(QString()), conversation->topic.value_or(QString()));
    const bool pinned = conversation->reader && conversation->reader->pinned;
    const bool muted = conversation->reader && conversation->reader->muted;
    const QSignalBlocker pinnedBlocker(m_pinned);
    const QSignalBlocker mutedBlocker(m_muted);
    m_pinned->setChecked(pinned);
    m_muted->setChecked(muted);
    updateControls();
}

// A field the user has not touched follows the state; an edited one keeps the user's text.
void ConversationSettingsPanel::syncTexts(const QString &title, const QString &topic)
{
    if (m_title->text() == m_savedTitle)
        m_title->setText(title);
    if (m_topic->text() == m_savedTopic)
        m_topic->setText(topic);
    m_savedTitle = title;
    m_savedTopic = topic;
}

bool ConversationSettingsPanel::hasChanges() const
{
    return m_title->text().trimmed() != m_savedTitle || m_topic->text().trimmed() != m_savedTopic;
}

void ConversationSettingsPanel::updateControls()
{
    const Rights r = rights();
    m_titleLabel->setVisible(r.group);
    m_title->setVisible(r.group);
    m_title->setEnabled(r.canRename());
    m_topic->setEnabled(r.canSetTopic());
    const bool titleOk = !r.group || !m_title->text().trimmed().isEmpty();
    m_save->setEnabled((r.canRename() || r.canSetTopic()) && hasChanges() && titleOk);
    m_archive->setText(r.archived ? tr("Unarchive conversation") : tr("Archive conversation"));
    m_archive->setAccessibleName(m_archive->text());
    m_archive->setEnabled(r.canArchive());
    m_leave->setVisible(r.group);
    m_leave->setEnabled(r.group && !r.archived);
    explainDisabled(r);
}

void ConversationSettingsPanel::explainDisabled(const Rights &r)
{
    const QString archived = tr("This conversation is archived. Unarchive it to change it.");
    const QString ownerOnly = tr("Only the owner of this conversation can change this.");
    m_title->setToolTip(r.archived ? archived : (r.owner ? QString() : ownerOnly));
    m_topic->setToolTip(r.archived ? archived : (r.canSetTopic() ? QString() : ownerOnly));
    if (!m_save->isEnabled() && r.group && m_title->text().trimmed().isEmpty())
        m_save->setToolTip(tr("A group needs a title."));
    else
        m_save->setToolTip(m_save->isEnabled() ? tr("Save the title and topic (Enter)")
                                               : tr("Nothing to save."));
    m_archive->setToolTip(r.canArchive() ? tr("Archived conversations are read-only.")
                                         : tr("Only the owner can archive this conversation."));
    m_leave->setToolTip(r.archived ? archived : tr("Leave this conversation"));
}

void ConversationSettingsPanel::save()
{
    const Rights r = rights();
    if (!m_save->isEnabled() || !(r.canRename() || r.canSetTopic()))
        return;
    const QString title = r.canRename() ? m_title->text().trimmed() : m_savedTitle;
    const QString topic = r.canSetTopic() ? m_topic->text().trimmed() : m_savedTopic;
    m_error->clearError();
    m_session->updateConversation(m_conversationId, title, topic);
}

void ConversationSettingsPanel::toggleArchived()
{
    const Rights r = rights();
    if (r.canArchive())
        m_session->setArchived(m_conversationId, !r.archived);
}

void ConversationSettingsPanel::confirmLeave()
{
    if (!rights().group)
        return;
    confirmLeaveConversation(this, m_session, m_conversationId);
}

void ConversationSettingsPanel::retranslateUi()
{
    m_header->setTitle(tr("Conversation settings"));
    m_titleLabel->setText(tr("&Title"));
    m_title->setAccessibleName(tr("Title", "name of a group conversation"));
    m_title->setPlaceholderText(tr("Name of the group"));
    m_topicLabel->setText(tr("T&opic"));
    m_topic->setAccessibleName(tr("Topic"));
    m_topic->setPlaceholderText(tr("What this conversation is about"));
    m_save->setText(tr("Save"));
    m_save->setAccessibleName(tr("Save title and topic"));
    m_pinned->setText(tr("&Pin to the top of the list"));
    m_pinned->setAccessibleName(tr("Pin to the top of the list"));
    m_pinned->setAccessibleDescription(
        tr("Pinned conversations stay above the others, whatever their last activity."));
    m_muted->setText(tr("&Mute notifications"));
    m_muted->setAccessibleName(tr("Mute notifications"));
    m_muted->setToolTip(tr("No notifications for new messages; mentions of you still notify."));
    m_leave->setText(tr("Leave conversation"));
    m_leave->setAccessibleName(tr("Leave conversation"));
    updateControls();
}

} // namespace confab::ui
