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
#include "widgets/SignInPage.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace confab::ui {

namespace {
using Connection = client::ClientSession::Connection;

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
    m_banner = new ConnectionBanner(m_chatPage);
    m_sidebar = new Sidebar(m_chatPage);
    m_splitter = new QSplitter(Qt::Horizontal, m_chatPage);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_sidebar);
    auto *layout = new QVBoxLayout(m_chatPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    m_pages->addWidget(m_chatPage);

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

void MainWindow::installShortcuts()
{
    const auto add = [this](const QKeySequence &keys, auto slot) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    add(QKeySequence(Qt::CTRL | Qt::Key_K), [this] { openQuickSwitcher(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_F), [this] { m_sidebar->focusFilter(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_N), [this] { openNewConversation(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_Comma), [this] { Q_EMIT settingsRequested(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_Q), [this] { Q_EMIT quitRequested(); });
}

void MainWindow::retranslateUi()
{
    setWindowTitle(QGuiApplication::applicationDisplayName());
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
    if (m_closeToTray) {
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
    Q_EMIT quitRequested();
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
    m_pages->setCurrentWidget(m_signIn);
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
    m_sidePanel = new SidePanelStack(m_session, m_splitter);
    m_splitter->addWidget(m_conversation);
    m_splitter->addWidget(m_sidePanel);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({280, 640, 320});
    m_sidePanel->hide();

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
