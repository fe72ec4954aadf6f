#include "panels/ThreadPane.h"
#include "models/PlainText.h"

#include "ComposerBinding.h"
#include "MessageActions.h"
#include "TimelineScroller.h"
#include "client/ClientSession.h"
#include "delegates/MessageDelegate.h"
#include "models/ModelRoles.h"
#include "models/TimelineModel.h"
#include "panels/InlineError.h"
#include "panels/PanelHeader.h"
#include "widgets/Composer.h"

#include <QContextMenuEvent>
#include <QListView>
#include <QScrollBar>
#include <QVBoxLayout>

namespace confab::ui {

ThreadPane::ThreadPane(client::ClientSession *session, QWidget *parent)
    : SidePanel(parent)
    , m_session(session)
    , m_model(new TimelineModel(session->state(), this))
{
    setObjectName(QStringLiteral("threadPane"));
    buildUi();
    connectParts();
    retranslateUi();
}

ThreadPane::~ThreadPane() = default;

void ThreadPane::buildUi()
{
    m_header = new PanelHeader(this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("threadList"));
    m_delegate = new MessageDelegate(m_list);
    m_list->setModel(m_model);
    m_list->setItemDelegate(m_delegate);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setUniformItemSizes(false);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMouseTracking(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->verticalScrollBar()->setSingleStep(24);
    m_scroller = new TimelineScroller(m_list);

    m_actions = new MessageActions(m_session, this);
    m_actions->setThreadActionEnabled(false);
    m_composer = new Composer(this);
    m_error = new InlineError(m_session, this);
    m_error->watch({QStringLiteral("load_thread")});
    setFocusProxy(m_composer);

    auto *bottom = new QVBoxLayout;
    bottom->setContentsMargins(12, 4, 12, 10);
    bottom->setSpacing(4);
    bottom->addWidget(m_composer);
    bottom->addWidget(m_error);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_list, 1);
    layout->addLayout(bottom);
}

void ThreadPane::connectParts()
{
    client::ClientState *state = m_session->state();
    connect(m_header, &PanelHeader::closeRequested, this, &ThreadPane::closeRequested);
    bindComposer(m_composer, m_session, m_error, m_scroller, [this] { return lastOwnReply(); });
    connect(m_delegate, &MessageDelegate::reactionToggled, this,
            [this](const QModelIndex &index, const QString &emoji) {
                m_error->expect(QStringLiteral("react"));
                m_session->toggleReaction(m_conversationId, index.data(MessageIdRole).toLongLong(),
                                          emoji);
            });
    connect(m_delegate, &MessageDelegate::retryRequested, m_session,
            &client::ClientSession::retryMessage);
    connect(m_delegate, &MessageDelegate::discardRequested, m_session,
            &client::ClientSession::discardMessage);
    connect(m_actions, &MessageActions::editRequested, m_composer, &Composer::beginEdit);
    connect(m_actions, &MessageActions::actionStarted, m_error, &InlineError::expect);
    // Positions are in viewport coordinates (QAbstractScrollArea); the Menu key gives the
    // current row's centre.
    connect(m_list, &QListView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_list->indexAt(pos);
        const QModelIndex target = index.isValid() ? index : m_list->currentIndex();
        const QPoint at = index.isValid() ? pos : m_list->visualRect(target).center();
        m_actions->popup(target, m_list->viewport()->mapToGlobal(at), m_list);
    });
    connect(state, &client::ClientState::messageChanged, this, [this](qint64 id, qint64 messageId) {
        if (id == m_conversationId && messageId == m_rootId)
            updateSubtitle();
    });
    connect(state, &client::ClientState::conversationChanged, this, [this](qint64 id) {
        if (id == m_conversationId)
            updateArchived();
    });
    connect(state, &client::ClientState::conversationRemoved, this, [this](qint64 id) {
        if (id == m_conversationId)
            Q_EMIT closeRequested();
    });
}

void ThreadPane::setThread(qint64 conversationId, qint64 rootId)
{
    m_error->clearError();
    const bool same = conversationId == m_conversationId && rootId == m_rootId;
    if (!same) {
        switchDraft(conversationId, rootId);
        m_conversationId = conversationId;
        m_rootId = rootId;
        m_actions->setConversation(conversationId);
        m_model->setThreadRoot(conversationId, rootId);
        m_scroller->scrollToBottom();
    }
    updateArchived();
    updateSubtitle();
    if (conversationId != 0 && rootId != 0)
        m_session->loadThread(conversationId, rootId);
}

// The composer keeps one draft per conversation; a thread pane needs one per thread.
void ThreadPane::switchDraft(qint64 conversationId, qint64 rootId)
{
    if (const QString draft = m_composer->draft(m_conversationId); !draft.isEmpty())
        m_drafts.insert(m_rootId, draft);
    m_composer->setConversation(0); // ends typing and editing in the thread being left
    m_composer->setDraft(conversationId, m_drafts.take(rootId));
    m_composer->setFixedParent(rootId);
    m_composer->setConversation(conversationId);
}

void ThreadPane::updateSubtitle()
{
    const model::Message *root = m_session->state()->message(m_conversationId, m_rootId);
    const int replies = root ? root->replyCount : 0;
    // One has its own text so English reads right without an English .qm file.
    if (replies == 0)
        m_header->setSubtitle(tr("No replies yet"));
    else
        m_header->setSubtitle(englishPlural(tr("%n repl(y|ies)", nullptr, replies), replies));
}

void ThreadPane::updateArchived()
{
    const model::Conversation *conversation = m_session->state()->conversation(m_conversationId);
    m_composer->setEnabledForConversation(conversation && conversation->archived);
}

std::optional<model::Message> ThreadPane::lastOwnReply() const
{
    const client::ClientState *state = m_session->state();
    const QList<model::Message> thread = state->thread(m_conversationId, m_rootId);
    for (auto it = thread.crbegin(); it != thread.crend(); ++it) {
        if (it->senderId == state->me().id && !it->deleted && it->id != 0)
            return *it;
    }
    return std::nullopt;
}

void ThreadPane::retranslateUi()
{
    m_header->setTitle(tr("Thread", "noun: panel title, a message and its replies"));
    m_list->setAccessibleName(tr("Thread messages"));
    m_list->setAccessibleDescription(tr("The first message and its replies."));
    updateSubtitle();
}

} // namespace confab::ui
