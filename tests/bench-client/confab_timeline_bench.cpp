// Timeline insertion benchmark (not a test): a conversation with 50,000 loaded messages shown
// in the real TimelineModel + MessageDelegate in a QListView that follows the bottom, while
// messages arrive at 1,000 per second. A 1 ms watchdog timer measures how long the event loop
// was away: any gap over 16 ms is a dropped frame a user would see.
//
//   confab-timeline-bench [--messages 50000] [--rate 1000] [--seconds 10]
#include "client/ClientState.h"
#include "client/Reducer.h"
#include "delegates/MessageDelegate.h"
#include "models/TimelineModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QListView>
#include <QScrollBar>
#include <QTextStream>
#include <QTimer>
#include <algorithm>

using namespace confab;

namespace {

model::Message makeMessage(qint64 id, qint64 senderId)
{
    static const QStringList bodies{
        QStringLiteral("Short one."),
        QStringLiteral("A **bold** claim with a [link](https://example.org) and `code`."),
        QStringLiteral("A list:\n\n- first\n- second\n- third"),
        QStringLiteral("A longer paragraph that wraps over several lines in a normal window, "
                       "because people do write those when they explain a decision or a bug "
                       "they found in the release candidate."),
    };
    model::Message message;
    message.id = id;
    message.conversationId = 1;
    message.seq = id;
    message.senderId = senderId;
    message.content = bodies.at(id % bodies.size());
    message.sentAt = QDateTime::currentDateTimeUtc().addSecs(id - 100'000);
    return message;
}

struct Options
{
    int messages = 50'000;
    int rate = 1'000;
    int seconds = 10;
};

Options parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("messages"), QStringLiteral("Messages loaded first."),
                      QStringLiteral("n"), QStringLiteral("50000")});
    parser.addOption({QStringLiteral("rate"), QStringLiteral("Incoming messages per second."),
                      QStringLiteral("n"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("How long to measure."),
                      QStringLiteral("n"), QStringLiteral("10")});
    parser.process(arguments);
    Options options;
    bool ok[3] = {};
    options.messages = parser.value(QStringLiteral("messages")).toInt(&ok[0]);
    options.rate = parser.value(QStringLiteral("rate")).toInt(&ok[1]);
    options.seconds = parser.value(QStringLiteral("seconds")).toInt(&ok[2]);
    if (!ok[0] || !ok[1] || !ok[2] || options.messages < 0 || options.rate <= 0 ||
        options.seconds <= 0) {
        QTextStream(stderr) << "--messages, --rate and --seconds take positive integers\n";
        std::exit(2);
    }
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const Options options = parse(QApplication::arguments());

    client::ClientState state;
    model::User me{1, QStringLiteral("ada"), QStringLiteral("Ada")};
    model::Conversation conversation;
    conversation.id = 1;
    conversation.title = QStringLiteral("Bench");
    conversation.createdAt = QDateTime::currentDateTimeUtc();
    conversation.reader = model::ReaderState{};
    client::Reducer::apply(state, client::events::AccountLoaded{me, {conversation}});
    QList<model::Message> history;
    for (int i = 1; i <= options.messages; ++i)
        history.append(makeMessage(i, 1 + i % 3));
    client::Reducer::apply(state, client::events::HistoryLoaded{1, history, false});

    ui::TimelineModel model(&state);
    QListView view;
    view.setItemDelegate(new ui::MessageDelegate(&view));
    view.setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view.setUniformItemSizes(false);
    view.setLayoutMode(QListView::Batched);
    view.setWordWrap(true);
    view.resize(800, 600);
    QElapsedTimer setup;
    setup.start();
    model.setConversation(1);
    view.setModel(&model);
    view.show();
    view.scrollToBottom();
    QCoreApplication::processEvents();
    const qint64 setupMs = setup.elapsed();

    // The watchdog: the longest time between two 1 ms ticks is the worst stall.
    QList<qint64> gaps;
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = 0;
    QTimer watchdog;
    watchdog.setTimerType(Qt::PreciseTimer);
    watchdog.setInterval(1);
    QObject::connect(&watchdog, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed() / 1000;
        gaps.append(now - lastTick);
        lastTick = now;
    });

    // Arrivals in 10 ms batches, as a busy socket would deliver them.
    qint64 nextId = options.messages + 1;
    const int perBatch = std::max(1, options.rate / 100);
    QTimer feeder;
    feeder.setTimerType(Qt::PreciseTimer);
    feeder.setInterval(10);
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        const bool atBottom =
            view.verticalScrollBar()->value() == view.verticalScrollBar()->maximum();
        for (int i = 0; i < perBatch; ++i, ++nextId)
            client::Reducer::apply(state,
                                   client::events::MessageReceived{nextId, makeMessage(nextId, 2)});
        if (atBottom)
            view.scrollToBottom();
    });

    lastTick = clock.nsecsElapsed() / 1000;
    watchdog.start();
    feeder.start();
    QTimer::singleShot(options.seconds * 1000, &app, &QApplication::quit);
    QApplication::exec();

    std::sort(gaps.begin(), gaps.end());
    const auto percentile = [&](double p) {
        return gaps.isEmpty() ? 0 : gaps.at(qMin(gaps.size() - 1, qsizetype(p * gaps.size())));
    };
    const qint64 inserted = nextId - options.messages - 1;
    const qint64 over16 =
        std::count_if(gaps.cbegin(), gaps.cend(), [](qint64 g) { return g > 16'000; });
    QTextStream(stdout) << "timeline: " << options.messages << " loaded (" << setupMs
                        << " ms to show), " << inserted << " inserted in " << options.seconds
                        << " s; event-loop gap p50 " << percentile(0.5) / 1000.0 << " ms, p99 "
                        << percentile(0.99) / 1000.0 << " ms, max "
                        << (gaps.isEmpty() ? 0 : gaps.last()) / 1000.0
                        << " ms; gaps over 16 ms: " << over16 << '\n';
    return 0;
}
