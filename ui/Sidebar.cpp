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
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace confab::ui {

namespace {

// Room for the avatar, a name and a time; narrower, the rows would cut the name to nothing.
constexpr int kMinimumWidth = 220;

} // namespace

Sidebar::Sidebar(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new ConversationFilterProxy(this))
{
    buildUi();
    installNavigationShortcuts();
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
    m_filter->setObjectName(QStringLiteral("conversationFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this); // arrows and Escape, see filterKeyPressed()
    m_archivedToggle = new QToolButton(this);
    m_archivedToggle->setCheckable(true);
    m_archivedToggle->setText(QStringLiteral("🗄"));
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_archivedToggle);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setModel(m_proxy);
    m_list->setItemDelegate(new ConversationDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the rows elide instead
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The selection is the open conversation and only selectConversation() sets it: clicks,
    // arrows and right-clicks move the current row alone, so a context menu leaves no stray
    // selection behind.
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->installEventFilter(this);

    m_emptyText = new QLabel(this);
    m_emptyText->setObjectName(QStringLiteral("conversationListEmptyText"));
    m_emptyText->setTextFormat(Qt::PlainText);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    m_startButton = new QPushButton(this);
    m_startButton->setObjectName(QStringLiteral("startConversationButton"));
    m_emptyPage = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_startButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_listPages = new QStackedWidget(this);
    m_listPages->addWidget(m_list);
    m_listPages->addWidget(m_emptyPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 0, 0);
    layout->addLayout(identityRow);
    layout->addLayout(statusRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_listPages, 1);
    setMinimumWidth(kMinimumWidth);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateEmptyState(); // the text names the filter even when the count stays at zero
    });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0)
            activateIndex(m_proxy->index(0, 0));
    });
    connect(m_archivedToggle, &QToolButton::toggled, m_proxy,
            &ConversationFilterProxy::setShowArchived);
    connect(m_list, &QListView::activated, this, &Sidebar::activateIndex);
    connect(m_list, &QListView::clicked, this, &Sidebar::activateIndex);
    connect(m_list, &QListView::customContextMenuRequested, this, &Sidebar::showContextMenu);
    // Rows come back when the filter or the archive toggle lets them: the open one is selected
    // again.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        restoreOpenSelection();
        updateEmptyState();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        restoreOpenSelection();
        updateEmptyState();
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &Sidebar::updateEmptyState);
    connect(m_startButton, &QPushButton::clicked, this, &Sidebar::newConversationRequested);
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
    m_filter->setAccessibleDescription(
        tr("Shows only conversations whose name contains the text. Down moves into the list; "
           "Escape clears the filter."));
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setAccessibleDescription(
        tr("Arrow keys move, Enter opens. Alt+Up and Alt+Down open the previous or next "
           "conversation from anywhere in the window."));
    m_startButton->setText(tr("Start a conversation"));
    m_startButton->setAccessibleName(tr("Start a conversation"));
    m_startButton->setAccessibleDescription(
        tr("Opens the dialog to write to a person or to start a group."));
    updateEmptyState();
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
    if (m_session) {
        disconnect(m_session->state(), nullptr, this, nullptr);
        disconnect(m_session, nullptr, m_status, nullptr);
    }
    m_session = session;
    m_openId = 0;
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
    m_status->setConnection(session->connection());
    connect(session, &client::ClientSession::connectionChanged, m_status,
            &StatusSelector::setConnection);
    connect(session->state(), &client::ClientState::meChanged, this, &Sidebar::updateIdentity);
    updateIdentity();
    updateEmptyState();
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
    m_openId = conversationId;
    restoreOpenSelection();
    const QModelIndex open = openIndex();
    if (open.isValid()) {
        m_list->selectionModel()->setCurrentIndex(open, QItemSelectionModel::NoUpdate);
        m_list->scrollTo(open);
    }
}

QModelIndex Sidebar::openIndex() const
{
    if (!m_model || m_openId == 0)
        return {};
    return m_proxy->mapFromSource(m_model->indexOfConversation(m_openId));
}

void Sidebar::restoreOpenSelection()
{
    QItemSelectionModel *selection = m_list->selectionModel();
    const QModelIndex open = openIndex();
    if (!open.isValid())
        selection->clearSelection();
    else if (!selection->isSelected(open))
        selection->select(open, QItemSelectionModel::ClearAndSelect);
}

void Sidebar::updateEmptyState()
{
    const QString filter = m_filter->text().trimmed();
    if (!filter.isEmpty())
        m_emptyText->setText(tr("No conversations match “%1”.").arg(filter));
    else if (m_model && m_model->rowCount() > 0)
        m_emptyText->setText(tr("Every conversation is archived."));
    else
        m_emptyText->setText(tr("No conversations yet. Write to someone or start a group."));
    m_startButton->setVisible(filter.isEmpty());
    const bool empty = m_model && m_proxy->rowCount() == 0;
    m_listPages->setCurrentWidget(empty ? m_emptyPage : m_list);
}

void Sidebar::installNavigationShortcuts()
{
    // Window-wide, so they work from the composer too; the order is the list's, which only the
    // sidebar knows.
    const auto add = [this](const QList<QKeySequence> &keys, int step) {
        auto *shortcut = new QShortcut(this);
        shortcut->setKeys(keys);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this,
                [this, step] { openAdjacentConversation(step); });
    };
    add({QKeySequence(Qt::ALT | Qt::Key_Down), QKeySequence(Qt::CTRL | Qt::Key_Tab)}, 1);
    // Shift+Tab arrives as Backtab from most keyboards.
    add({QKeySequence(Qt::ALT | Qt::Key_Up), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab)},
        -1);
}

void Sidebar::openAdjacentConversation(int step)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0 || step == 0)
        return;
    const QModelIndex open = openIndex();
    const int row = open.isValid() ? open.row() + step : (step > 0 ? 0 : rows - 1);
    if (row >= 0 && row < rows)
        activateIndex(m_proxy->index(row, 0));
}

void Sidebar::focusListAt(const QModelIndex &index)
{
    if (m_listPages->currentWidget() != m_list)
        return; // nothing to move into
    QItemSelectionModel *selection = m_list->selectionModel();
    if (index.isValid())
        selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    else if (!m_list->currentIndex().isValid())
        selection->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::NoUpdate);
    m_list->scrollTo(m_list->currentIndex());
    m_list->setFocus(Qt::OtherFocusReason);
}

bool Sidebar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((watched == m_filter && filterKeyPressed(key)) ||
            (watched == m_list && listKeyPressed(key)))
            return true;
    } else if (watched == m_list &&
               (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)) {
        // The selection is solid only while the list has the keyboard (ConversationDelegate).
        m_list->viewport()->update();
    }
    return QWidget::eventFilter(watched, event);
}

bool Sidebar::filterKeyPressed(const QKeyEvent *event)
{
    if ((event->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return false;
    switch (event->key()) {
    case Qt::Key_Down:
        focusListAt(m_proxy->index(0, 0));
        return true;
    case Qt::Key_Up:
        focusListAt(m_proxy->index(m_proxy->rowCount() - 1, 0));
        return true;
    case Qt::Key_Escape:
        // The first Escape clears, the second goes back to the list at the open conversation.
        if (!m_filter->text().isEmpty())
            m_filter->clear();
        else
            focusListAt(openIndex());
        return true;
    default:
        return false;
    }
}

bool Sidebar::listKeyPressed(const QKeyEvent *event)
{
    if ((event->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return false;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        activateIndex(m_list->currentIndex());
        return true;
    case Qt::Key_Up:
        if (m_list->currentIndex().row() > 0)
            return false;
        m_filter->setFocus(Qt::OtherFocusReason); // above the first row is the filter
        return true;
    case Qt::Key_Escape:
        if (m_filter->text().isEmpty())
            return false;
        m_filter->clear();
        return true;
    default:
        return false;
    }
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
