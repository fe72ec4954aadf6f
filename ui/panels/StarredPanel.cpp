#include "panels/StarredPanel.h"
#include "models/PlainText.h"

#include "TimelineScroller.h"
#include "client/ClientSession.h"
#include "delegates/MessageDelegate.h"
#include "models/MessageListModel.h"
#include "models/ModelRoles.h"
#include "panels/InlineError.h"
#include "panels/PanelHeader.h"

#include <QLabel>
#include <QListView>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace confab::ui {

StarredPanel::StarredPanel(client::ClientSession *session, QWidget *parent)
    : SidePanel(parent)
    , m_session(session)
    , m_model(new MessageListModel(this))
{
    setObjectName(QStringLiteral("starredPanel"));
    buildUi();
    retranslateUi();
}

StarredPanel::~StarredPanel() = default;

void StarredPanel::buildUi()
{
    m_header = new PanelHeader(this);
    m_pages = new QStackedWidget(this);
    m_list = new QListView(m_pages);
    m_list->setObjectName(QStringLiteral("starredList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new MessageDelegate(m_list));
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setWordWrap(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMouseTracking(true);
    m_list->setFrameShape(QFrame::NoFrame);
    new TimelineScroller(m_list); // rows re-laid out when a starred message changes

    m_empty = new QWidget(m_pages);
    m_emptyTitle = new QLabel(m_empty);
    m_emptyHint = new QLabel(m_empty);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel *label : {m_emptyTitle, m_emptyHint}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->setContentsMargins(16, 16, 16, 16);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyHint);
    emptyLayout->addStretch(2);
    m_pages->addWidget(m_list);
    m_pages->addWidget(m_empty);

    m_error = new InlineError(m_session, this);
    m_error->watch({QStringLiteral("list_starred")});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_error);
    setFocusProxy(m_list);

    connect(m_header, &PanelHeader::closeRequested, this, &StarredPanel::closeRequested);
    connect(m_list, &QListView::activated, this, &StarredPanel::activate);
    // Where the style activates on double click, one click is still enough to jump.
    if (!style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_list))
        connect(m_list, &QListView::clicked, this, &StarredPanel::activate);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &StarredPanel::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &StarredPanel::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StarredPanel::updateEmptyState);
    connect(m_session->state(), &client::ClientState::conversationRemoved, this, [this](qint64 id) {
        if (id == m_conversationId)
            Q_EMIT closeRequested();
    });
}

void StarredPanel::setConversation(qint64 conversationId)
{
    if (conversationId != m_conversationId) {
        m_error->clearError();
        m_conversationId = conversationId;
        m_model->setConversation(m_session->state(), conversationId);
        updateEmptyState();
    }
    if (isVisible())
        load();
}

void StarredPanel::showEvent(QShowEvent *event)
{
    SidePanel::showEvent(event);
    load(); // stars set on other devices since the last look
}

void StarredPanel::load()
{
    if (m_conversationId != 0)
        m_session->loadStarred(m_conversationId);
}

void StarredPanel::activate(const QModelIndex &index)
{
    const qint64 messageId = index.data(MessageIdRole).toLongLong();
    if (messageId != 0)
        Q_EMIT jumpRequested(messageId);
}

void StarredPanel::updateEmptyState()
{
    const int count = m_model->rowCount();
    m_pages->setCurrentWidget(count > 0 ? static_cast<QWidget *>(m_list) : m_empty);
    // One has its own text so English reads right without an English .qm file.
    if (count == 0)
        m_header->setSubtitle({});
    else
        m_header->setSubtitle(englishPlural(tr("%n message(s)", nullptr, count), count));
    // Focus stays inside the panel either way, so Esc still closes it.
    setFocusProxy(count > 0 ? static_cast<QWidget *>(m_list) : m_header->closeButton());
}

void StarredPanel::retranslateUi()
{
    m_header->setTitle(tr("Starred messages"));
    m_list->setAccessibleName(tr("Starred messages"));
    m_list->setAccessibleDescription(tr("Enter shows the message in the conversation."));
    m_emptyTitle->setText(tr("No starred messages yet"));
    m_emptyHint->setText(
        tr("Star a message from its menu (right click, or the Menu key) to find it here."));
    updateEmptyState();
}

} // namespace confab::ui
