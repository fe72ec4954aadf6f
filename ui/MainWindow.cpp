#include "MainWindow.h"

#include "ConversationView.h"
#include "Sidebar.h"
#include "client/ClientSession.h"
#include "models/ModelRoles.h"
#include "models/UserListModel.h"
#include "panels/SidePanelStack.h"
#include "widgets/ConnectionBanner.h"
#include "widgets/NewConversationDialog.h"
#include "widgets/QuickSwitcher.h"
#include "widgets/ShortcutsDialog.h"
#include "widgets/SignInPage.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace confab::ui {

namespace {
using Connection = client::ClientSession::Connection;
constexpr int kMinListWidth = 240;

ConnectionBanner::State bannerState(Connection connection)
{
    switch (connection) {
    case Connection::Online:
        return ConnectionBanner::State::Connected;
    case Connection::Connecting:
        return ConnectionBanner::State::Connecting;
    case Connection::Offline:
        return ConnectionBanner::State::Offline;
    case Connection::WaitingToReconnect:
        return ConnectionBanner::State::WaitingToReconnect;
    case Connection::SignedOut:
        break;
    }
    return ConnectionBanner::State::SignedOut;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_pages(new QStackedWidget(this))
    , m_signIn(new SignInPage(this))
{
    m_pages->addWidget(m_signIn);
    buildChatPage();
    setCentralWidget(m_pages);
    installShortcuts();
    retranslateUi();
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildChatPage()
{
    m_chatPage = new QWidget(this);
    m_sidebar = new Sidebar(m_chatPage);
    // The splitter takes width from the conversation and the side panel first: the list rows
    // need this much (ConversationDelegate) or the list scrolls sideways and cuts the times.
    m_sidebar->setMinimumWidth(kMinListWidth);
    m_splitter = new QSplitter(Qt::Horizontal, m_chatPage);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_sidebar);
    auto *layout = new QVBoxLayout(m_chatPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_splitter, 1);
    m_pages->addWidget(m_chatPage);
    // The banner floats over the top of the conversation instead of taking a row of the
    // layout: appearing or going, it must not move what the user is about to click.
    m_banner = new ConnectionBanner(m_chatPage);
    m_banner->raise();
    m_banner->installEventFilter(this);
    m_chatPage->installEventFilter(this);
    connect(m_splitter, &QSplitter::splitterMoved, this, &MainWindow::placeBanner);

    connect(m_sidebar, &Sidebar::conversationActivated, this, &MainWindow::openConversation);
    connect(m_sidebar, &Sidebar::newConversationRequested, this, &MainWindow::openNewConversation);
    connect(m_sidebar, &Sidebar::settingsRequested, this, &MainWindow::settingsRequested);
    connect(m_sidebar, &Sidebar::accountMenuRequested, this, &MainWindow::accountMenuRequested);
    connect(m_banner, &ConnectionBanner::retryNowRequested, this, [this] {
        if (m_session)
            m_session->reconnectNow();
    });
    connect(m_banner, &ConnectionBanner::signInRequested, this, &MainWindow::showSignIn);
}

// The window's shortcuts come from the one list the Help window shows (KeyboardShortcuts.h).
void MainWindow::installShortcuts()
{
    for (const KeyboardShortcut &entry : keyboardShortcuts()) {
        if (entry.action == WindowAction::None)
            continue;
        for (const QKeySequence &keys : entry.keys) {
            auto *shortcut = new QShortcut(keys, this);
            const WindowAction action = entry.action;
            connect(shortcut, &QShortcut::activated, this, [this, action] { trigger(action); });
        }
    }
}

void MainWindow::trigger(WindowAction action)
{
    switch (action) {
    case WindowAction::QuickSwitcher:
        openQuickSwitcher();
        break;
    case WindowAction::FocusFilter:
        m_sidebar->focusFilter();
        break;
    case WindowAction::NewConversation:
        openNewConversation();
        break;
    case WindowAction::Settings:
        Q_EMIT settingsRequested();
        break;
    case WindowAction::Quit:
        Q_EMIT quitRequested();
        break;
    case WindowAction::ShowShortcuts:
        showShortcuts();
        break;
    case WindowAction::None:
        break;
    }
}

void MainWindow::showShortcuts()
{
    if (!m_shortcutsDialog)
        m_shortcutsDialog = new ShortcutsDialog(this);
    m_shortcutsDialog->show();
    m_shortcutsDialog->raise();
    m_shortcutsDialog->activateWindow();
}

void MainWindow::retranslateUi()
{
    const QString name = QGuiApplication::applicationDisplayName();
    //: Window title with unread messages: %1 is their number, %2 the app's name.
    setWindowTitle(m_unreadTotal > 0 ? tr("(%1) %2").arg(m_unreadTotal).arg(name) : name);
    m_pages->setAccessibleName(QGuiApplication::applicationDisplayName());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeToTray && !m_quitting) {
        hide();
        event->ignore();
        Q_EMIT closedToTray();
        return;
    }
    QMainWindow::closeEvent(event);
    if (!m_quitting)
        Q_EMIT quitRequested();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if ((watched == m_chatPage && type == QEvent::Resize) ||
        (watched == m_banner && (type == QEvent::Show || type == QEvent::LayoutRequest)) ||
        (watched == m_conversation && (type == QEvent::Resize || type == QEvent::Move)))
        placeBanner();
    return QMainWindow::eventFilter(watched, event);
}

// Over the top of the conversation column (the whole page before one exists), as tall as its
// text needs at that width.
void MainWindow::placeBanner()
{
    QRect area = m_chatPage->rect();
    if (m_conversation) {
        area = QRect(m_conversation->mapTo(m_chatPage, QPoint(0, 0)), m_conversation->size());
        // Below the conversation's header, over the top of the timeline: the header's buttons
        // stay reachable while offline.
        const auto *header = m_conversation->findChild<QWidget *>(u"conversationHeader"_s);
        if (header && header->isVisible())
            area.setTop(header->mapTo(m_chatPage, QPoint(0, header->height())).y());
    }
    const int height = m_banner->hasHeightForWidth() ? m_banner->heightForWidth(area.width())
                                                     : m_banner->sizeHint().height();
    m_banner->setGeometry(area.left(), area.top(), area.width(), height);
    m_banner->raise();
}

QByteArray MainWindow::splitterState() const
{
    return m_session ? m_splitter->saveState() : m_splitterState;
}

void MainWindow::restoreSplitterState(const QByteArray &state)
{
    m_splitterState = state;
    if (m_session)
        m_splitter->restoreState(state);
}

void MainWindow::setUnreadTotal(int count)
{
    m_unreadTotal = qMax(0, count);
    retranslateUi();
}

void MainWindow::setOtherAccountsUnread(int count)
{
    m_sidebar->setOtherAccountsUnread(count);
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::showSignIn()
{
    m_signIn->setCancelAvailable(false); // the app offers it when another account is signed in
    m_pages->setCurrentWidget(m_signIn);
}

bool MainWindow::isShowingSignIn() const
{
    return m_pages->currentWidget() == m_signIn;
}

void MainWindow::showSession(client::ClientSession *session)
{
    if (m_session != session) {
        m_session = session;
        bindSession();
    }
    m_pages->setCurrentWidget(m_chatPage);
}

// Views are rebuilt per account: each reads its own session's state.
void MainWindow::bindSession()
{
    delete m_conversation;
    delete m_sidePanel;
    m_conversation = nullptr;
    m_sidePanel = nullptr;
    m_conversationId = 0;
    m_sidebar->setSession(m_session);
    if (!m_session)
        return;
    m_conversation = new ConversationView(m_session, m_splitter);
    m_conversation->installEventFilter(this);
    m_sidePanel = new SidePanelStack(m_session, m_splitter);
    m_splitter->addWidget(m_conversation);
    m_splitter->addWidget(m_sidePanel);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({280, 640, 320});
    if (!m_splitterState.isEmpty())
        m_splitter->restoreState(m_splitterState);
    m_sidePanel->hide();
    placeBanner();

    connect(m_conversation, &ConversationView::panelRequested, this,
            [this](SidePanelStack::Panel panel) { m_sidePanel->show(panel, m_conversationId); });
    connect(m_conversation, &ConversationView::threadRequested, this,
            [this](qint64 conversationId, qint64 rootId) {
                m_sidePanel->show(SidePanelStack::Panel::Thread, conversationId, rootId);
            });
    connect(m_sidePanel, &SidePanelStack::jumpRequested, m_conversation,
            &ConversationView::jumpToMessage);
    connect(m_session, &client::ClientSession::connectionChanged, this, &MainWindow::updateBanner);
    connect(m_session, &client::ClientSession::pendingCountChanged, this,
            &MainWindow::updateBanner);
    connect(m_session->state(), &client::ClientState::conversationRemoved, this,
            [this](qint64 conversationId) {
                if (conversationId == m_conversationId)
                    openConversation(0);
            });
    updateBanner();
}

void MainWindow::updateBanner()
{
    if (!m_session)
        return;
    m_banner->setState(bannerState(m_session->connection()));
    m_banner->setReconnectAt(m_session->nextReconnectAt());
    m_banner->setPendingCount(m_session->pendingCount());
}

void MainWindow::openConversation(qint64 conversationId)
{
    if (!m_session || !m_conversation)
        return;
    m_conversationId = conversationId;
    m_sidePanel->closePanel();
    m_conversation->setConversation(conversationId);
    m_sidebar->selectConversation(conversationId);
    Q_EMIT conversationOpened(conversationId);
    if (conversationId)
        m_conversation->setFocus(Qt::OtherFocusReason);
}

void MainWindow::closeSidePanel()
{
    if (m_sidePanel)
        m_sidePanel->closePanel();
}

void MainWindow::openQuickSwitcher()
{
    if (!m_session)
        return;
    if (!m_quickSwitcher) {
        m_quickSwitcher = new QuickSwitcher(this);
        m_quickSwitcher->setIdRole(IdRole);
        connect(m_quickSwitcher, &QuickSwitcher::conversationChosen, this,
                &MainWindow::openConversation);
    }
    m_quickSwitcher->setSourceModel(m_sidebar->conversations());
    m_quickSwitcher->open();
}

void MainWindow::openNewConversation()
{
    if (!m_session)
        return;
    auto *dialog = new NewConversationDialog(this);
    auto *results = new UserListModel(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setResultsModel(results);
    dialog->setIdRole(UserIdRole);
    const QPointer<client::ClientSession> session = m_session;
    const qint64 me = session->state()->me().id;
    connect(dialog, &NewConversationDialog::searchRequested, dialog,
            [session, results, me, dialog](const QString &query) {
                if (!session)
                    return;
                session->searchUsers(query, [results, me, dialog = QPointer(dialog)](
                                                const QList<model::User> &users) {
                    if (!dialog)
                        return;
                    QList<model::User> others;
                    for (const model::User &user : users) {
                        if (user.id != me)
                            others.append(user);
                    }
                    results->setUsers(others);
                });
            });
    const auto created = [this, dialog = QPointer(dialog)](qint64 id, const QString &error) {
        if (!dialog)
            return;
        if (!error.isEmpty()) {
            dialog->setError(error);
            return;
        }
        dialog->accept();
        openConversation(id);
    };
    connect(dialog, &NewConversationDialog::createDirectRequested, dialog,
            [session, created](qint64 userId) {
                if (session)
                    session->createConversation(true, {}, {userId}, created);
            });
    connect(dialog, &NewConversationDialog::createGroupRequested, dialog,
            [session, created](const QString &title, const QList<qint64> &members) {
                if (session)
                    session->createConversation(false, title, members, created);
            });
    dialog->open();
}

} // namespace confab::ui
