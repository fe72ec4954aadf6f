// Walks the real app (AppController, MainWindow and everything under them) through its main
// states against a seeded server and saves a PNG of the window in each. scripts/screenshots.sh
// runs it under Xvfb; it is a tool for docs/screenshots, not a test.
//
//   confab-screenshot-tour --server URL --server-pid PID --out DIR
#include "AppController.h"
#include "MainWindow.h"
#include "client/ClientSession.h"
#include "panels/SidePanelStack.h"
#include "widgets/SignInPage.h"

#include <QApplication>
#include <QCommandLineParser>
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
    const qint64 release = conversationTitled(state, QStringLiteral("Release 0.2"));
    window->openConversation(release);
    require(waitUntil([&] { return state->messages(release).size() >= 10; }), "the timeline");
    save(window, out, QStringLiteral("timeline"));

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
    return 0;
}
