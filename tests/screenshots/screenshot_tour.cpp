// Walks the real app (AppController, MainWindow and everything under them) through its main
// states against a seeded server and saves a PNG of the window in each. scripts/screenshots.sh
// runs it under Xvfb; it is a tool for docs/screenshots, not a test.
//
//   confab-screenshot-tour --server URL --server-pid PID --out DIR
#include "AppController.h"
#include "MainWindow.h"
#include "client/ClientSession.h"
#include "panels/SidePanelStack.h"
#include "widgets/ShortcutsDialog.h"
#include "widgets/SignInPage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QCursor>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>
#include <csignal>
#include <functional>

using namespace confab;

namespace {

// Lets the event loop run until `done` holds (polling: this is a tool, not a test).
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 20'000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return true;
}

void settle(int ms = 600)
{
    waitUntil([] { return false; }, ms);
}

// Puts the pointer over the row of the timeline that shows `content`, as a user reading it
// would: the hover toolbar and the row's time appear. The pointer is a real X pointer (Xvfb).
void hoverMessage(ui::MainWindow *window, const QString &content)
{
    auto *timeline = window->findChild<QAbstractItemView *>(QStringLiteral("timeline"));
    const QAbstractItemModel *model = timeline ? timeline->model() : nullptr;
    for (int row = 0; model && row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (!index.data(Qt::DisplayRole).toString().contains(content) &&
            !index.data(Qt::AccessibleTextRole).toString().contains(content))
            continue;
        const QRect rect = timeline->visualRect(index);
        QCursor::setPos(timeline->viewport()->mapToGlobal(
            QPoint(rect.center().x(), rect.top() + rect.height() / 2)));
        return;
    }
}

void save(QWidget *window, const QString &dir, const QString &name)
{
    settle();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!window->grab().save(path))
        qFatal("could not write %s", qPrintable(path));
    QTextStream(stdout) << "saved " << path << '\n';
}

qint64 conversationTitled(const client::ClientState *state, const QString &title)
{
    for (qint64 id : state->conversationIds()) {
        if (state->displayName(id) == title)
            return id;
    }
    return 0;
}

void require(bool ok, const char *what)
{
    if (!ok)
        qFatal("screenshot tour: timed out waiting for %s", what);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Confab"));
    QApplication::setApplicationName(QStringLiteral("confab"));
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("server"), QStringLiteral("Seeded server."), QStringLiteral("url")});
    parser.addOption({QStringLiteral("server-pid"),
                      QStringLiteral("Its process, stopped for the offline shot."),
                      QStringLiteral("pid")});
    parser.addOption(
        {QStringLiteral("out"), QStringLiteral("Output directory."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("language"), QStringLiteral("UI language (default: English)."),
                      QStringLiteral("code")});
    parser.process(app);
    const QString out = parser.value(QStringLiteral("out"));
    QDir().mkpath(out);

    app::AppOptions options;
    options.serverUrl = QUrl(parser.value(QStringLiteral("server")));
    options.newInstance = true;
    options.language = parser.isSet(QStringLiteral("language"))
                           ? parser.value(QStringLiteral("language"))
                           : QStringLiteral("en");
    app::AppController controller(options);
    controller.start();
    ui::MainWindow *window = controller.window();
    window->resize(1280, 780);
    window->signInPage()->setServerUrl(options.serverUrl);
    window->signInPage()->setUsername(QStringLiteral("ada"));
    save(window, out, QStringLiteral("sign-in"));

    Q_EMIT window->signInPage()->signInRequested(options.serverUrl, QStringLiteral("ada"),
                                                 QStringLiteral("correct horse"));
    require(waitUntil([&] {
                return window->session() &&
                       window->session()->connection() ==
                           client::ClientSession::Connection::Online &&
                       window->session()->state()->conversationIds().size() >= 5;
            }),
            "sign-in");
    client::ClientSession *session = window->session();
    const client::ClientState *state = session->state();
    // The user is looking at the window: the open conversation counts as read.
    // Xvfb has no window manager to activate it; tell Qt directly.
    QApplication::setActiveWindow(window);
    if (!waitUntil([&] { return window->isActiveWindow(); }, 3000))
        qWarning("screenshot tour: the window did not become active");
    const qint64 release = conversationTitled(state, QStringLiteral("Release 0.2"));
    window->openConversation(release);
    require(waitUntil([&] { return state->messages(release).size() >= 10; }), "the timeline");
    hoverMessage(window, QStringLiteral("Nice. I tested the upgrade path"));
    save(window, out, QStringLiteral("timeline"));
    QCursor::setPos(window->mapToGlobal(QPoint(window->width() - 2, window->height() - 2)));

    qint64 root = 0;
    for (const model::Message &message : state->messages(release)) {
        if (message.replyCount > 0)
            root = message.id;
    }
    window->sidePanel()->show(ui::SidePanelStack::Panel::Thread, release, root);
    require(waitUntil([&] { return state->thread(release, root).size() >= 4; }), "the thread");
    save(window, out, QStringLiteral("thread"));

    window->sidePanel()->show(ui::SidePanelStack::Panel::Starred, release);
    require(waitUntil([&] { return state->starred(release).size() >= 2; }), "starred messages");
    save(window, out, QStringLiteral("starred"));

    window->sidePanel()->closePanel();
    ::kill(parser.value(QStringLiteral("server-pid")).toInt(), SIGTERM);
    require(waitUntil(
                [&] { return session->connection() != client::ClientSession::Connection::Online; }),
            "going offline");
    session->sendMessage(release, QStringLiteral("The packages are up — can someone try them?"));
    session->sendMessage(release, QStringLiteral("I'll be back online after lunch."));
    save(window, out, QStringLiteral("offline"));

    ui::ShortcutsDialog shortcuts(window);
    shortcuts.show();
    save(&shortcuts, out, QStringLiteral("shortcuts"));
    return 0;
}
