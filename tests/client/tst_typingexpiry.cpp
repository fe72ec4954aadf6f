// TypingExpiry with real timers: a typing state nobody refreshes ends on the client by itself
// (the server's "stopped" does not reach a chat topic the client has left), and a refreshed
// one stays. The expiry goes through the reducer like every other change.

#include "client/ClientState.h"
#include "client/Reducer.h"
#include "client/TypingExpiry.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace confab;
using namespace confab::client;

namespace {
constexpr qint64 kChat = 10;
constexpr qint64 kBob = 2;
constexpr qint64 kCarol = 3;
// Long enough that a loaded test machine's timer slack cannot expire a refreshed state.
constexpr int kExpiryMs = 1000;
} // namespace

class TestTypingExpiry : public QObject
{
    Q_OBJECT

    ClientState m_state;
    TypingExpiry m_expiry{m_state, [this](const events::Event &e) { apply(e); }, kExpiryMs};

    void apply(const events::Event &event) { Reducer::apply(m_state, event); }
    void typing(qint64 userId, const QString &name, bool on)
    {
        apply(events::Typing{kChat, userId, name, on});
    }

private Q_SLOTS:
    void init()
    {
        apply(events::AccountLoaded{{1, QStringLiteral("ada"), QStringLiteral("Ada")}, {}});
    }
    void cleanup() { apply(events::Disconnected{}); }

    void anUnrefreshedTypingStateEnds()
    {
        QElapsedTimer clock;
        clock.start();
        typing(kBob, QStringLiteral("Bob"), true);
        QCOMPARE(m_state.typing(kChat).size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_state.typing(kChat).isEmpty(), 5000);
        // Not before its time (a coarse timer may fire up to 5% early; the reducer then keeps it).
        QVERIFY(clock.elapsed() >= kExpiryMs - 5);
    }

    void aRefreshedOneStaysWhileTheOtherEnds()
    {
        typing(kBob, QStringLiteral("Bob"), true);
        QTest::qWait(kExpiryMs / 2); // lets the timer run: what this test is about
        typing(kCarol, QStringLiteral("Carol"), true);
        // Bob expires first; Carol, refreshed later, is still there at that moment.
        QTRY_COMPARE_WITH_TIMEOUT(m_state.typing(kChat),
                                  (QList<TypingUser>{{kCarol, QStringLiteral("Carol")}}), 5000);
        // Refreshing keeps Carol typing past her first expiry.
        for (int i = 0; i < 5; ++i) {
            QTest::qWait(kExpiryMs / 5);
            typing(kCarol, QStringLiteral("Carol"), true);
        }
        QCOMPARE(m_state.typing(kChat).size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_state.typing(kChat).isEmpty(), 5000);
    }
};

QTEST_GUILESS_MAIN(TestTypingExpiry)
#include "tst_typingexpiry.moc"
