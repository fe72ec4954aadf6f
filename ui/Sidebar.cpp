#include "Sidebar.h"

#include "client/ClientSession.h"
#include "delegates/ConversationDelegate.h"
#include "models/ConversationFilterProxy.h"
#include "models/ConversationListModel.h"
#include "models/ModelRoles.h"
#include "widgets/StatusSelector.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace confab::ui {

Sidebar::Sidebar(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new ConversationFilterProxy(this))
{
    buildUi();
    retranslateUi();
}

Sidebar::~Sidebar() = default;

void Sidebar::buildUi()
{
    m_identity = new QLabel(this);
    m_identity->setTextFormat(Qt::PlainText);
    QFont bold = m_identity->font();
    bold.setBold(true);
    m_identity->setFont(bold);
    m_accountButton = new QToolButton(this);
    m_accountButton->setText(QStringLiteral("▾"));
    m_status = new StatusSelector(this);
    m_settingsButton = new QToolButton(this);
    m_settingsButton->setText(QStringLiteral("⚙"));
    m_newButton = new QToolButton(this);
    m_newButton->setText(QStringLiteral("✎"));

    auto *identityRow = new QHBoxLayout;
    identityRow->addWidget(m_identity, 1);
    identityRow->addWidget(m_accountButton);
    identityRow->addWidget(m_settingsButton);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_newButton);

    m_filter = new QLineEdit(this);
    m_filter->setClearButtonEnabled(true);
    m_archivedToggle = new QToolButton(this);
    m_archivedToggle->setCheckable(true);
    m_archivedToggle->setText(QStringLiteral("🗄"));
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_archivedToggle);

    m_list = new QListView(this);
    m_list->setModel(m_proxy);
    m_list->setItemDelegate(new ConversationDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 0, 0);
    layout->addLayout(identityRow);
    layout->addLayout(statusRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_list, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ConversationFilterProxy::setFilterText);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0)
            activateIndex(m_proxy->index(0, 0));
    });
    connect(m_archivedToggle, &QToolButton::toggled, m_proxy,
            &ConversationFilterProxy::setShowArchived);
    connect(m_list, &QListView::activated, this, &Sidebar::activateIndex);
    connect(m_list, &QListView::clicked, this, &Sidebar::activateIndex);
    connect(m_list, &QListView::customContextMenuRequested, this, &Sidebar::showContextMenu);
    connect(m_newButton, &QToolButton::clicked, this, &Sidebar::newConversationRequested);
    connect(m_settingsButton, &QToolButton::clicked, this, &Sidebar::settingsRequested);
    connect(m_accountButton, &QToolButton::clicked, this, [this] {
        Q_EMIT accountMenuRequested(
            m_accountButton->mapToGlobal(QPoint(0, m_accountButton->height())));
    });
    connect(m_status, &StatusSelector::statusChosen, this, [this](client::Availability status) {
        if (m_session)
            m_session->setStatus(status);
    });
}

void Sidebar::setOtherAccountsUnread(int count)
{
    m_otherAccountsUnread = qMax(0, count);
    m_accountButton->setText(m_otherAccountsUnread > 0
                                 ? QStringLiteral("%1 ▾").arg(m_otherAccountsUnread)
                                 : QStringLiteral("▾"));
    m_accountButton->setAccessibleDescription(
        m_otherAccountsUnread > 0
            ? tr("%n unread in other accounts", nullptr, m_otherAccountsUnread)
            : QString());
}

void Sidebar::retranslateUi()
{
    setOtherAccountsUnread(m_otherAccountsUnread);
    m_accountButton->setToolTip(tr("Switch or add accounts"));
    m_accountButton->setAccessibleName(tr("Accounts"));
    m_settingsButton->setToolTip(tr("Settings (Ctrl+,)"));
    m_settingsButton->setAccessibleName(tr("Settings"));
    m_newButton->setToolTip(tr("New conversation (Ctrl+N)"));
    m_newButton->setAccessibleName(tr("New conversation"));
    m_filter->setPlaceholderText(tr("Filter conversations (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter conversations"));
    m_archivedToggle->setToolTip(tr("Show archived conversations"));
    m_archivedToggle->setAccessibleName(tr("Show archived conversations"));
    m_list->setAccessibleName(tr("Conversations"));
    m_list->viewport()->update(); // rows show translated times and "You:" prefixes
    updateIdentity();
}

void Sidebar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void Sidebar::setSession(client::ClientSession *session)
{
    if (m_session)
        disconnect(m_session->state(), nullptr, this, nullptr);
    m_session = session;
    m_proxy->setSourceModel(nullptr);
    delete m_model;
    m_model = nullptr;
    if (!session) {
        updateIdentity();
        return;
    }
    m_model = new ConversationListModel(session->state(), this);
    m_proxy->setSourceModel(m_model);
    m_proxy->sort(0);
    m_status->setStatus(session->ownStatus());
    connect(session->state(), &client::ClientState::meChanged, this, &Sidebar::updateIdentity);
    updateIdentity();
}

void Sidebar::updateIdentity()
{
    const QString name = m_session ? m_session->state()->me().displayName : QString();
    m_identity->setText(name.isEmpty() ? tr("Not signed in") : name);
    m_identity->setAccessibleName(tr("Signed in as %1").arg(name));
}

void Sidebar::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void Sidebar::selectConversation(qint64 conversationId)
{
    if (!m_model)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfConversation(conversationId));
    if (index.isValid())
        m_list->setCurrentIndex(index);
}

QAbstractItemModel *Sidebar::conversations() const
{
    return m_proxy;
}

void Sidebar::activateIndex(const QModelIndex &index)
{
    if (index.isValid())
        Q_EMIT conversationActivated(index.data(IdRole).toLongLong());
}

void Sidebar::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_list->indexAt(pos);
    if (!index.isValid() || !m_session)
        return;
    const qint64 id = index.data(IdRole).toLongLong();
    const bool pinned = index.data(PinnedRole).toBool();
    const bool muted = index.data(MutedRole).toBool();
    QMenu menu(this);
    menu.addAction(pinned ? tr("Unpin") : tr("Pin to top"), this,
                   [this, id, pinned] { m_session->setPinned(id, !pinned); });
    menu.addAction(muted ? tr("Unmute") : tr("Mute notifications"), this,
                   [this, id, muted] { m_session->setMuted(id, !muted); });
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

} // namespace confab::ui
