#include "ConversationView.h"

#include "ComposerBinding.h"
#include "MessageActions.h"
#include "MessageHoverBar.h"
#include "TimelineHover.h"
#include "TimelineScroller.h"
#include "client/ClientSession.h"
#include "delegates/AvatarPainter.h"
#include "delegates/MessageDelegate.h"
#include "models/ModelRoles.h"
#include "models/TimelineModel.h"
#include "panels/InlineError.h"
#include "widgets/Composer.h"
#include "widgets/TypingIndicator.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace confab::ui {

namespace {
// How many older pages a jump loads before it gives up (50 messages a page).
constexpr int kMaxJumpPages = 20;
// How long a history request may stay unanswered.
constexpr int kHistoryTimeoutMs = 15'000;

QString presenceText(client::Availability availability)
{
    switch (availability) {
    case client::Availability::Online:
        return ConversationView::tr("Online");
    case client::Availability::Away:
        return ConversationView::tr("Away");
    case client::Availability::DoNotDisturb:
        return ConversationView::tr("Do not disturb");
    case client::Availability::Unknown:
        return ConversationView::tr("Presence unknown");
    case client::Availability::Offline:
        break;
    }
    return ConversationView::tr("Offline");
}

QToolButton *headerButton(QWidget *parent, const QString &objectName, const QString &iconName)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::StrongFocus);
    const QIcon icon = QIcon::fromTheme(iconName);
    button->setIcon(icon);
    // Without an icon theme the button shows its text, never an empty square.
    button->setToolButtonStyle(icon.isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
    return button;
}
} // namespace

ConversationView::ConversationView(client::ClientSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_state(session->state())
    , m_model(new TimelineModel(m_state, this))
    , m_actions(new MessageActions(session, this))
{
    setObjectName(QStringLiteral("conversationView"));
    buildUi();
    setUpTimeline();
    connectTimeline();
    connectSession();
    bindComposer(m_composer, m_session, m_error, m_scroller,
                 [this] { return m_state->lastOwnMessage(m_conversationId); });
    retranslateUi();
    m_pages->setCurrentWidget(m_emptyPage);
}

// The hover tracker filters the timeline's events and reads the view; it goes first, so nothing
// it does runs while the view is half destroyed (QWidget's destructor still sends Hide and
// Leave to the viewport).
ConversationView::~ConversationView()
{
    delete m_hover;
}

// --- building ---

void ConversationView::buildUi()
{
    m_pages = new QStackedWidget(this);
    m_emptyPage = buildEmptyState();
    m_conversationPage = new QWidget(m_pages);

    m_timeline = new QListView(m_conversationPage);
    m_typing = new TypingIndicator(m_conversationPage);
    m_composer = new Composer(m_conversationPage);
    m_error = new InlineError(m_session, m_conversationPage);
    m_error->watch({QStringLiteral("open")});

    auto *line = new QFrame(m_conversationPage);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Mid); // a quiet rule in light and dark palettes

    auto *bottom = new QVBoxLayout;
    bottom->setContentsMargins(12, 0, 12, 10);
    bottom->setSpacing(4);
    bottom->addWidget(m_typing);
    bottom->addWidget(m_composer);
    bottom->addWidget(m_error);

    auto *page = new QVBoxLayout(m_conversationPage);
    page->setContentsMargins(0, 0, 0, 0);
    page->setSpacing(0);
    page->addWidget(buildHeader());
    // Header first, then the messages, then writing: the order things are read in.
    QWidget::setTabOrder(m_settingsButton, m_timeline);
    QWidget::setTabOrder(m_timeline, m_composer);
    page->addWidget(line);
    page->addWidget(m_timeline, 1);
    page->addLayout(bottom);

    m_pages->addWidget(m_emptyPage);
    m_pages->addWidget(m_conversationPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
}

QWidget *ConversationView::buildHeader()
{
    auto *header = new QWidget(m_conversationPage);
    header->setObjectName(QStringLiteral("conversationHeader"));
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("conversationTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_presence = new QLabel(header);
    m_presence->setObjectName(QStringLiteral("conversationPresence"));
    m_presence->setTextFormat(Qt::RichText); // a coloured dot before the word
    m_topic = new QLabel(header);
    m_topic->setObjectName(QStringLiteral("conversationTopic"));
    m_topic->setTextFormat(Qt::PlainText);
    m_topic->setForegroundRole(QPalette::PlaceholderText);
    // The topic takes the width it gets and elides; it must never widen the window.
    m_topic->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_topic->installEventFilter(this);

    m_membersButton =
        headerButton(header, QStringLiteral("membersButton"), QStringLiteral("system-users"));
    m_starredButton =
        headerButton(header, QStringLiteral("starredButton"), QStringLiteral("starred"));
    m_settingsButton =
        headerButton(header, QStringLiteral("settingsButton"), QStringLiteral("configure"));
    connect(m_membersButton, &QToolButton::clicked, this,
            [this] { Q_EMIT panelRequested(SidePanelStack::Panel::Members); });
    connect(m_starredButton, &QToolButton::clicked, this,
            [this] { Q_EMIT panelRequested(SidePanelStack::Panel::Starred); });
    connect(m_settingsButton, &QToolButton::clicked, this,
            [this] { Q_EMIT panelRequested(SidePanelStack::Panel::Settings); });

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(8);
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_presence);
    titleRow->addStretch(1);
    titleRow->addWidget(m_membersButton);
    titleRow->addWidget(m_starredButton);
    titleRow->addWidget(m_settingsButton);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->setSpacing(2);
    layout->addLayout(titleRow);
    layout->addWidget(m_topic);
    return header;
}

QWidget *ConversationView::buildEmptyState()
{
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("emptyState"));
    m_emptyTitle = new QLabel(page);
    m_emptyTitle->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont big = m_emptyTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_emptyTitle->setFont(big);
    m_emptyHint = new QLabel(page);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setWordWrap(true);
    for (QLabel *label : {m_emptyTitle, m_emptyHint}) {
        label->setAlignment(Qt::AlignCenter);
        label->setTextFormat(Qt::PlainText);
    }
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->setSpacing(8);
    layout->addStretch(1);
    layout->addWidget(m_emptyTitle);
    layout->addWidget(m_emptyHint);
    layout->addStretch(1);
    return page;
}

void ConversationView::setUpTimeline()
{
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_delegate = new MessageDelegate(m_timeline);
    m_timeline->setModel(m_model);
    m_timeline->setItemDelegate(m_delegate);
    m_timeline->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_timeline->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_timeline->setUniformItemSizes(false);
    m_timeline->setLayoutMode(QListView::Batched);
    m_timeline->setResizeMode(QListView::Adjust); // wrapped text reflows with the width
    m_timeline->setWordWrap(true);
    m_timeline->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setFocusPolicy(Qt::StrongFocus);
    m_timeline->setMouseTracking(true); // hover states of reactions and links
    m_timeline->setFrameShape(QFrame::NoFrame);
    m_timeline->verticalScrollBar()->setSingleStep(24);
    m_timeline->installEventFilter(this);
    m_timeline->viewport()->installEventFilter(this);

    // Created after the viewport so it stacks above it.
    m_newMessagesButton = new QPushButton(m_timeline);
    m_newMessagesButton->setObjectName(QStringLiteral("newMessagesButton"));
    m_newMessagesButton->setCursor(Qt::PointingHandCursor);
    m_newMessagesButton->hide();
    connect(m_newMessagesButton, &QPushButton::clicked, this, &ConversationView::scrollToBottom);

    m_scroller = new TimelineScroller(m_timeline);
    m_hover = new TimelineHover(m_timeline, m_delegate);
    m_introLabel = new QLabel(m_timeline->viewport());
    m_introLabel->setObjectName(QStringLiteral("conversationIntro"));
    m_introLabel->setTextFormat(Qt::PlainText);
    m_introLabel->setWordWrap(true);
    m_introLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_introLabel->setContentsMargins(12, 24, 12, 12); // as the delegate draws it above a row
    m_introLabel->setFont(MessageLayout::introFont(m_timeline->font()));
    m_introLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_introLabel->hide();
    // An empty or failed page emits nothing; the next request must not wait for it forever.
    m_historyTimeout = new QTimer(this);
    m_historyTimeout->setSingleShot(true);
    m_historyTimeout->setInterval(kHistoryTimeoutMs);
    // The keyboard's other context-menu key; the Menu key arrives as a ContextMenu event.
    auto *menuKey = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10), m_timeline);
    menuKey->setContext(Qt::WidgetShortcut);
    connect(menuKey, &QShortcut::activated, this, &ConversationView::showMenuForCurrent);
}

void ConversationView::connectTimeline()
{
    connect(m_scroller, &TimelineScroller::atBottom, this, [this] {
        m_newMessagesButton->hide();
        markReadIfSeen();
    });
    connect(m_scroller, &TimelineScroller::newRowsBelow, this,
            &ConversationView::showNewMessagesButton);
    connect(m_scroller, &TimelineScroller::nearTop, this, &ConversationView::maybeFetchOlder);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ConversationView::tryPendingJump);
    connect(m_model, &TimelineModel::historyRequested, this, &ConversationView::onHistoryRequested);
    connect(m_historyTimeout, &QTimer::timeout, this, [this] {
        finishHistoryRequest();
        tryPendingJump();
    });

    connect(m_delegate, &MessageDelegate::reactionToggled, this,
            [this](const QModelIndex &index, const QString &emoji) {
                m_error->expect(QStringLiteral("react"));
                m_session->toggleReaction(m_conversationId, index.data(MessageIdRole).toLongLong(),
                                          emoji);
            });
    connect(m_delegate, &MessageDelegate::threadRequested, this, [this](const QModelIndex &index) {
        Q_EMIT threadRequested(m_conversationId, index.data(MessageIdRole).toLongLong());
    });
    connect(m_delegate, &MessageDelegate::retryRequested, m_session,
            &client::ClientSession::retryMessage);
    connect(m_delegate, &MessageDelegate::discardRequested, m_session,
            &client::ClientSession::discardMessage);
    // Enter on a message with replies opens its thread.
    connect(m_timeline, &QListView::activated, this, [this](const QModelIndex &index) {
        if (index.data(ReplyCountRole).toInt() > 0)
            Q_EMIT threadRequested(m_conversationId, index.data(MessageIdRole).toLongLong());
    });

    connect(m_model, &TimelineModel::introChanged, this, &ConversationView::updateIntroLabel);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ConversationView::updateIntroLabel);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ConversationView::updateIntroLabel);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConversationView::updateIntroLabel);
    connectHoverBar();

    connect(m_actions, &MessageActions::threadRequested, this, &ConversationView::threadRequested);
    connect(m_actions, &MessageActions::editRequested, m_composer, &Composer::beginEdit);
    connect(m_actions, &MessageActions::actionStarted, m_error, &InlineError::expect);
}

void ConversationView::connectHoverBar()
{
    MessageHoverBar *bar = m_hover->bar();
    connect(m_hover, &TimelineHover::hoveredChanged, this, &ConversationView::updateHoverBar);
    connect(bar, &MessageHoverBar::reactClicked, this, [this, bar] {
        if (m_actions->popupReactionPicker(m_hover->hoveredIndex(),
                                           belowHoverButton(bar->reactButton()), m_timeline))
            m_hover->clear(); // the menu has the mouse now
    });
    connect(bar, &MessageHoverBar::replyClicked, this,
            [this] { m_actions->replyInThread(m_hover->hoveredIndex()); });
    connect(bar, &MessageHoverBar::starClicked, this,
            [this] { m_actions->toggleStar(m_hover->hoveredIndex()); });
    connect(bar, &MessageHoverBar::moreClicked, this, [this, bar] {
        const QModelIndex index = m_hover->hoveredIndex();
        showMouseContextMenu(index, belowHoverButton(bar->moreButton()));
    });
}

void ConversationView::updateHoverBar(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const model::Conversation *conversation = m_state->conversation(m_conversationId);
    MessageHoverBar *bar = m_hover->bar();
    bar->setStarred(index.data(StarredRole).toBool());
    bar->setReadOnly(conversation && conversation->archived);
}

QPoint ConversationView::belowHoverButton(QWidget *button) const
{
    return button->mapToGlobal(QPoint(0, button->height()));
}

// A conversation without any message shows its introduction on its own; once there is a row,
// the delegate draws it above the first one (IntroRole) and it scrolls with the messages.
void ConversationView::updateIntroLabel()
{
    const QString intro = m_model->introText();
    const bool alone = m_model->rowCount() == 0 && !intro.isEmpty();
    m_introLabel->setText(intro);
    m_introLabel->setAccessibleName(intro);
    m_introLabel->setGeometry(m_timeline->viewport()->rect());
    m_introLabel->setVisible(alone);
}

void ConversationView::connectSession()
{
    connect(m_state, &client::ClientState::conversationChanged, this, [this](qint64 id) {
        if (id == m_conversationId) {
            updateHeader();
            updateArchived();
        }
    });
    connect(m_state, &client::ClientState::conversationsReset, this, [this] {
        updateHeader();
        updateArchived();
    });
    connect(m_state, &client::ClientState::membersChanged, this, [this](qint64 id) {
        if (id == m_conversationId)
            updateHeader(); // a direct conversation is named after the other member
    });
    connect(m_state, &client::ClientState::presenceChanged, this,
            [this](const QList<qint64> &userIds) {
                if (userIds.contains(m_state->peerId(m_conversationId)))
                    updatePresence();
            });
    connect(m_state, &client::ClientState::typingChanged, this, [this](qint64 id) {
        if (id == m_conversationId)
            updateTyping();
    });
    connect(m_state, &client::ClientState::messagesInserted, this,
            [this](qint64 id) { onMessagesArrived(id); });
    connect(m_state, &client::ClientState::messagesReset, this,
            [this](qint64 id) { onMessagesArrived(id); });
    connect(m_state, &client::ClientState::conversationRemoved, this, [this](qint64 id) {
        if (id == m_conversationId)
            setConversation(0);
    });
}

void ConversationView::retranslateUi()
{
    m_emptyTitle->setText(tr("Select a conversation"));
    m_emptyHint->setText(tr("Pick one from the list on the left, or start a new one with "
                            "Ctrl+N."));
    m_membersButton->setText(tr("Members"));
    m_membersButton->setToolTip(tr("Show the members of this conversation"));
    m_membersButton->setAccessibleName(tr("Members"));
    m_starredButton->setText(tr("Starred", "button: show the starred messages"));
    m_starredButton->setToolTip(tr("Show starred messages"));
    m_starredButton->setAccessibleName(tr("Starred messages"));
    m_settingsButton->setText(tr("Settings"));
    m_settingsButton->setToolTip(tr("Conversation settings"));
    m_settingsButton->setAccessibleName(tr("Conversation settings"));
    m_timeline->setAccessibleName(tr("Messages"));
    m_timeline->setAccessibleDescription(
        tr("Menu key or Shift+F10 opens the actions of the selected message."));
    m_newMessagesButton->setText(tr("↓ New messages"));
    m_newMessagesButton->setToolTip(tr("Jump to the newest message"));
    m_newMessagesButton->setAccessibleName(tr("Jump to new messages"));
    m_newMessagesButton->adjustSize();
    placeNewMessagesButton();
    updateHeader();
    updateIntroLabel();
}

void ConversationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::ActivationChange)
        markReadIfSeen(); // coming back to the window counts as reading what is shown
    QWidget::changeEvent(event);
}

// --- conversation ---

void ConversationView::setConversation(qint64 conversationId)
{
    if (conversationId == m_conversationId)
        return;
    const qint64 previous = m_conversationId;
    m_conversationId = conversationId;
    m_pendingJump = 0;
    m_historyInFlight = false;
    m_historyTimeout->stop();
    m_error->clearError();
    m_newMessagesButton->hide();
    m_composer->setConversation(conversationId); // ends typing in the previous one first
    m_actions->setConversation(conversationId);
    if (conversationId == 0) {
        m_model->clear();
        m_typing->setTypingNames({});
        if (previous != 0)
            m_session->closeConversation(previous);
        m_pages->setCurrentWidget(m_emptyPage);
        setFocusProxy(nullptr);
        return;
    }
    m_model->setConversation(conversationId);
    m_pages->setCurrentWidget(m_conversationPage);
    setFocusProxy(m_composer);
    updateHeader();
    updateArchived();
    updateTyping();
    m_session->openConversation(conversationId);
    scrollToBottom();
}

void ConversationView::updateHeader()
{
    const model::Conversation *conversation = m_state->conversation(m_conversationId);
    if (!conversation) {
        m_title->clear();
        m_topic->clear();
        m_presence->hide();
        return;
    }
    QString name = m_state->displayName(m_conversationId);
    if (name.isEmpty())
        name = conversation->kind == model::Conversation::Kind::Direct ? tr("Direct conversation")
                                                                       : tr("Untitled group");
    m_title->setText(name);
    m_title->setAccessibleName(tr("Conversation: %1").arg(name));
    updateTopic();
    updatePresence();
}

void ConversationView::updateTopic()
{
    const model::Conversation *conversation = m_state->conversation(m_conversationId);
    const QString topic = conversation ? conversation->topic.value_or(QString()) : QString();
    const int width = m_topic->contentsRect().width();
    m_topic->setText(width > 0 ? m_topic->fontMetrics().elidedText(topic, Qt::ElideRight, width)
                               : topic);
    m_topic->setToolTip(topic);
    m_topic->setAccessibleName(topic.isEmpty() ? QString() : tr("Topic: %1").arg(topic));
    m_topic->setVisible(!topic.isEmpty());
}

void ConversationView::updatePresence()
{
    const qint64 peer = m_state->peerId(m_conversationId);
    m_presence->setVisible(peer != 0);
    if (peer == 0)
        return;
    const client::Availability availability = m_state->availability(peer);
    const QString text = presenceText(availability);
    m_presence->setText(
        QStringLiteral("<span style=\"color:%1\">●</span> %2")
            .arg(AvatarPainter::presenceColor(availability).name(), text.toHtmlEscaped()));
    m_presence->setAccessibleName(tr("Presence: %1").arg(text));
}

void ConversationView::updateArchived()
{
    const model::Conversation *conversation = m_state->conversation(m_conversationId);
    m_composer->setEnabledForConversation(conversation && conversation->archived);
}

void ConversationView::updateTyping()
{
    QStringList names;
    const qint64 me = m_state->me().id;
    for (const client::TypingUser &user : m_state->typing(m_conversationId)) {
        if (user.userId != me)
            names.append(user.displayName);
    }
    m_typing->setTypingNames(names);
}

// --- scrolling ---

bool ConversationView::isAtBottom() const
{
    return m_scroller->isAtBottom();
}

void ConversationView::scrollToBottom()
{
    m_scroller->scrollToBottom();
}

void ConversationView::showNewMessagesButton()
{
    m_newMessagesButton->adjustSize();
    placeNewMessagesButton();
    m_newMessagesButton->show();
    m_newMessagesButton->raise();
}

void ConversationView::placeNewMessagesButton()
{
    const QRect area = m_timeline->viewport()->geometry();
    const QSize size = m_newMessagesButton->sizeHint();
    m_newMessagesButton->setGeometry(area.center().x() - size.width() / 2,
                                     area.bottom() - size.height() - 12, size.width(),
                                     size.height());
}

// --- history and jumps ---

void ConversationView::maybeFetchOlder()
{
    if (m_conversationId == 0 || m_historyInFlight || m_model->rowCount() == 0 ||
        !m_model->canFetchMore({}))
        return;
    m_historyInFlight = true; // onHistoryRequested forwards only requests made here
    m_model->fetchMore({});
}

// The model asks for history whenever Qt's view calls fetchMore(), which QListView does
// whenever the *last* row is visible, i.e. always in a chat. Only the requests this view makes
// (near the top, or for a jump) go to the session; the others are declined at once.
void ConversationView::onHistoryRequested(qint64 conversationId)
{
    if (m_historyInFlight && conversationId == m_conversationId) {
        m_historyBeforeSeq = m_state->oldestLoadedSeq(conversationId);
        m_session->loadOlder(conversationId);
        m_historyTimeout->start();
        return;
    }
    // While that declined request was pending, the reader may have reached the top: their
    // request must not be lost with it.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_model->historyRequestFinished();
            if (m_scroller->wantsOlderRows())
                maybeFetchOlder();
        },
        Qt::QueuedConnection);
}

void ConversationView::onMessagesArrived(qint64 conversationId)
{
    if (conversationId != m_conversationId)
        return;
    // Live messages arrive meanwhile too; the request is answered once older ones are in.
    if (m_historyInFlight && (m_state->oldestLoadedSeq(conversationId) < m_historyBeforeSeq ||
                              !m_state->hasOlderMessages(conversationId)))
        finishHistoryRequest();
    tryPendingJump();
    // "At the bottom" only fires when rows or the scroll range change: not for a thread reply,
    // which adds no row, nor for the first page of a conversation that fits the view. The
    // server counts both unread until the conversation is marked read past them.
    markReadIfSeen();
}

void ConversationView::finishHistoryRequest()
{
    m_historyTimeout->stop();
    m_historyInFlight = false;
    m_model->historyRequestFinished();
}

void ConversationView::jumpToMessage(qint64 messageId)
{
    if (m_conversationId == 0 || messageId == 0)
        return;
    m_pendingJump = messageId;
    m_jumpPagesLeft = kMaxJumpPages;
    tryPendingJump();
}

void ConversationView::tryPendingJump()
{
    if (m_pendingJump == 0)
        return;
    const QModelIndex index = m_model->indexOfMessage(m_pendingJump);
    if (index.isValid()) {
        m_pendingJump = 0;
        m_timeline->setCurrentIndex(index); // selected rows are highlighted
        m_scroller->holdOn(index);
        return;
    }
    // A thread reply is not in the main timeline: show it in its thread.
    if (const model::Message *message = m_state->message(m_conversationId, m_pendingJump);
        message && message->parentId) {
        m_pendingJump = 0;
        Q_EMIT threadRequested(m_conversationId, *message->parentId);
        return;
    }
    if (m_historyInFlight)
        return; // tried again when the page arrives
    if (m_jumpPagesLeft <= 0 || !m_model->canFetchMore({})) {
        m_pendingJump = 0; // not within reach: leave the view where it is
        return;
    }
    --m_jumpPagesLeft;
    m_historyInFlight = true;
    m_model->fetchMore({});
}

// --- reading ---

void ConversationView::markReadIfSeen()
{
    if (m_conversationId == 0 || !m_scroller->isPinned() || !isVisible() ||
        !window()->isActiveWindow())
        return;
    const QList<model::Message> &messages = m_state->messages(m_conversationId);
    if (!messages.isEmpty())
        m_session->markRead(m_conversationId, messages.constLast().seq);
}

// --- events ---

bool ConversationView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_topic && event->type() == QEvent::Resize) {
        updateTopic();
    } else if (watched == m_timeline && event->type() == QEvent::Resize) {
        placeNewMessagesButton();
        m_introLabel->setGeometry(m_timeline->viewport()->rect());
    } else if (watched == m_timeline && event->type() == QEvent::FocusIn) {
        focusVisibleRow();
    } else if (event->type() == QEvent::ContextMenu &&
               (watched == m_timeline || watched == m_timeline->viewport())) {
        const auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        if (menuEvent->reason() != QContextMenuEvent::Mouse) {
            showMenuForCurrent();
            return true;
        }
        const QPoint inViewport = m_timeline->viewport()->mapFromGlobal(menuEvent->globalPos());
        showMouseContextMenu(m_timeline->indexAt(inViewport), menuEvent->globalPos());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

// Qt would make the first row current, far above what a chat shows; the keyboard starts at
// the lowest row in view instead, without moving the view.
void ConversationView::focusVisibleRow()
{
    if (m_timeline->currentIndex().isValid() || m_model->rowCount() == 0)
        return;
    const QRect area = m_timeline->viewport()->rect();
    QModelIndex index = m_timeline->indexAt(QPoint(area.left() + 1, area.bottom() - 1));
    if (!index.isValid())
        index = m_model->index(m_model->rowCount() - 1, 0);
    m_timeline->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
}

// The keyboard's menu: the selected message's actions, shown over that message.
void ConversationView::showMenuForCurrent()
{
    const QModelIndex index = m_timeline->currentIndex();
    const QRect rect = m_timeline->visualRect(index);
    const QPoint at = rect.isValid() ? rect.center() : m_timeline->viewport()->rect().center();
    showContextMenu(index, m_timeline->viewport()->mapToGlobal(at));
}

void ConversationView::showContextMenu(const QModelIndex &index, const QPoint &globalPos)
{
    if (index.isValid())
        m_actions->popup(index, globalPos, m_timeline);
}

// A menu opened with the mouse marks its row while it is open, then leaves no selection
// behind: a mouse user never chose to select the row, and a selected row stays highlighted
// until something else is clicked. The keyboard's current row moves there all the same.
void ConversationView::showMouseContextMenu(const QModelIndex &index, const QPoint &globalPos)
{
    if (!index.isValid())
        return;
    QItemSelectionModel *selection = m_timeline->selectionModel();
    const bool wasSelected = selection->isSelected(index);
    m_timeline->setCurrentIndex(index);
    m_hover->clear(); // the menu has the mouse now
    QMenu *menu = m_actions->popup(index, globalPos, m_timeline);
    if (!menu || wasSelected)
        return;
    const QPersistentModelIndex row(index);
    connect(menu, &QMenu::aboutToHide, this, [selection, row] {
        if (row.isValid())
            selection->select(row, QItemSelectionModel::Deselect);
    });
}

} // namespace confab::ui
