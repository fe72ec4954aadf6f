#include "panels/MembersPanel.h"
#include "models/PlainText.h"

#include "client/ClientSession.h"
#include "delegates/MemberDelegate.h"
#include "models/MemberListModel.h"
#include "models/ModelRoles.h"
#include "panels/AddMembersDialog.h"
#include "panels/Confirmation.h"
#include "panels/InlineError.h"
#include "panels/PanelHeader.h"

#include <QHBoxLayout>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace confab::ui {

MembersPanel::MembersPanel(client::ClientSession *session, QWidget *parent)
    : SidePanel(parent)
    , m_session(session)
    , m_model(new MemberListModel(session->state(), this))
{
    setObjectName(QStringLiteral("membersPanel"));
    buildUi();
    retranslateUi();
}

MembersPanel::~MembersPanel() = default;

void MembersPanel::buildUi()
{
    m_header = new PanelHeader(this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("memberList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new MemberDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("addMembersButton"));
    m_leaveButton = new QPushButton(this);
    m_leaveButton->setObjectName(QStringLiteral("leaveButton"));
    m_error = new InlineError(m_session, this);
    m_error->watch(
        {QStringLiteral("add_members"), QStringLiteral("remove_member"), QStringLiteral("leave")});

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addStretch(1);
    buttons->addWidget(m_leaveButton);
    auto *bottom = new QVBoxLayout;
    bottom->setContentsMargins(12, 6, 12, 10);
    bottom->addWidget(m_error);
    bottom->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_list, 1);
    layout->addLayout(bottom);
    setFocusProxy(m_list);

    connect(m_header, &PanelHeader::closeRequested, this, &MembersPanel::closeRequested);
    connect(m_addButton, &QPushButton::clicked, this, &MembersPanel::openAddDialog);
    connect(m_leaveButton, &QPushButton::clicked, this, &MembersPanel::confirmLeave);
    connect(m_list, &QListView::customContextMenuRequested, this, &MembersPanel::showMemberMenu);
    const auto refresh = [this](qint64 id) {
        if (id == m_conversationId)
            updateControls();
    };
    connect(m_session->state(), &client::ClientState::conversationChanged, this, refresh);
    connect(m_session->state(), &client::ClientState::membersChanged, this, refresh);
    connect(m_session->state(), &client::ClientState::conversationRemoved, this, [this](qint64 id) {
        if (id == m_conversationId)
            Q_EMIT closeRequested();
    });
}

void MembersPanel::setConversation(qint64 conversationId)
{
    if (conversationId != m_conversationId)
        m_error->clearError();
    m_conversationId = conversationId;
    m_model->setConversation(conversationId);
    updateControls();
}

bool MembersPanel::isGroup() const
{
    const model::Conversation *conversation = m_session->state()->conversation(m_conversationId);
    return conversation && conversation->kind == model::Conversation::Kind::Group;
}

bool MembersPanel::isOwner() const
{
    const client::ClientState *state = m_session->state();
    const model::Member *me = state->member(m_conversationId, state->me().id);
    return me && me->role == model::Member::Role::Owner;
}

bool MembersPanel::isArchived() const
{
    const model::Conversation *conversation = m_session->state()->conversation(m_conversationId);
    return conversation && conversation->archived;
}

void MembersPanel::updateControls()
{
    const int count = int(m_session->state()->members(m_conversationId).size());
    // One has its own text so English reads right without an English .qm file.
    m_header->setSubtitle(englishPlural(tr("%n member(s)", nullptr, count), count));
    const bool group = isGroup();
    m_addButton->setVisible(group);
    m_leaveButton->setVisible(group);
    m_addButton->setEnabled(group && isOwner() && !isArchived());
    m_leaveButton->setEnabled(group && !isArchived());
    // A disabled button says why, so nobody wonders whether it is broken.
    if (isArchived()) {
        m_addButton->setToolTip(tr("This conversation is archived."));
        m_leaveButton->setToolTip(tr("This conversation is archived."));
    } else {
        m_addButton->setToolTip(isOwner() ? tr("Add people to this conversation")
                                          : tr("Only the owner can add people."));
        m_leaveButton->setToolTip(tr("Leave this conversation"));
    }
}

void MembersPanel::openAddDialog()
{
    if (!isGroup() || !isOwner())
        return;
    auto *dialog = new AddMembersDialog(m_session, m_conversationId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 conversationId = m_conversationId;
    connect(dialog, &QDialog::accepted, this, [this, dialog, conversationId] {
        const QList<qint64> ids = dialog->selectedIds();
        if (!ids.isEmpty())
            m_session->addMembers(conversationId, ids);
    });
    dialog->open();
}

void MembersPanel::showMemberMenu(const QPoint &pos)
{
    // Positions are in viewport coordinates (QAbstractScrollArea); the Menu key gives the
    // current row's centre.
    QModelIndex index = m_list->indexAt(pos);
    const QPoint at = index.isValid() ? pos : m_list->visualRect(m_list->currentIndex()).center();
    if (!index.isValid())
        index = m_list->currentIndex();
    const qint64 userId = index.data(UserIdRole).toLongLong();
    const model::Member *member = m_session->state()->member(m_conversationId, userId);
    if (!member || !isGroup() || !isOwner() || userId == m_session->state()->me().id)
        return;
    auto *menu = new QMenu(m_list);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setAccessibleName(tr("Member actions"));
    //: %1 is a person's display name.
    QAction *remove = menu->addAction(tr("Remove %1…").arg(member->displayName), this,
                                      [this, userId] { confirmRemove(userId); });
    remove->setObjectName(QStringLiteral("removeMemberAction"));
    remove->setEnabled(!isArchived());
    menu->popup(m_list->viewport()->mapToGlobal(at));
}

void MembersPanel::confirmRemove(qint64 userId)
{
    const model::Member *member = m_session->state()->member(m_conversationId, userId);
    if (!member)
        return;
    const qint64 conversationId = m_conversationId;
    const ConfirmationText text{
        tr("Remove member"),
        tr("Remove %1 from this conversation?").arg(member->displayName),
        tr("They will no longer see new messages. You can add them again later."),
        tr("Remove", "button: remove the member"),
    };
    confirmAsync(this, QStringLiteral("confirmRemoveDialog"), text, [this, conversationId, userId] {
        m_session->removeMember(conversationId, userId);
    });
}

void MembersPanel::confirmLeave()
{
    if (!isGroup())
        return;
    confirmLeaveConversation(this, m_session, m_conversationId);
}

void MembersPanel::retranslateUi()
{
    m_header->setTitle(tr("Members"));
    m_list->setAccessibleName(tr("Members"));
    m_list->setAccessibleDescription(
        tr("The owner can remove a member from its menu (Menu key or right click)."));
    m_addButton->setText(tr("Add people…"));
    m_addButton->setAccessibleName(tr("Add people"));
    m_leaveButton->setText(tr("Leave conversation"));
    m_leaveButton->setAccessibleName(tr("Leave conversation"));
    updateControls();
}

} // namespace confab::ui
