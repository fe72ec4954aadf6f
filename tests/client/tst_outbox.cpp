// The outbox's promise, end to end: what the user typed reaches the server exactly once and in
// the order typed, through an offline spell, an app restart, a server restart and a network
// drop in the middle of a burst of sends. Ada talks to the server through a TCP proxy that can
// refuse and drop connections; bob is connected directly and watches.
//
// What is checked where: Ada's ClientState (pending, then gone), her cache file (read with
// plain SQL beside the running session), the server (a raw Phoenix client pages through the
// conversation's history), and bob's ClientState.

#include "SessionHarness.h"
#include "TcpProxy.h"
#include "TestServer.h"
#include "client/ClientState.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace confab;
using client::ClientSession;
using client::ClientState;
using client::OutboxEntry;
using testing::cachedOutbox;
using testing::contentsOf;
using testing::kWaitMs;
using testing::numbered;
using testing::pendingContents;
using testing::PhoenixClient;
using testing::TcpProxy;
using testing::TestClient;
using testing::TestServer;

namespace {

const QString kPassword = QStringLiteral("correct horse");

QStringList refsOf(const QList<testing::CachedOutboxEntry> &entries)
{
    QStringList refs;
    for (const testing::CachedOutboxEntry &entry : entries)
        refs.append(entry.mobileRefId);
    return refs;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_data;
    std::unique_ptr<TestServer> m_server;
    quint16 m_port = 0;
    TestServer::Account m_ada, m_bob;

    QUrl urlOf(quint16 port) const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)); }

    bool restartServer()
    {
        m_server->stop();
        m_server->config().port = m_port;
        return m_server->start() && m_server->port() == m_port;
    }

    qint64 createGroup(TestClient &owner, const QString &title, qint64 member)
    {
        auto created = std::make_shared<std::optional<qint64>>();
        owner.session().createConversation(
            false, title, {member},
            [created](qint64 id, const QString &error) { *created = error.isEmpty() ? id : 0; });
        if (!QTest::qWaitFor([&] { return created->has_value(); }, kWaitMs))
            return 0;
        return created->value();
    }

    // Every message the server stored in the conversation, oldest first, as a raw client
    // pages through the history.
    QStringList serverContents(qint64 conversationId)
    {
        PhoenixClient raw;
        if (!raw.open(m_server->socketUrl(m_ada.token)))
            return {QStringLiteral("<cannot connect>")};
        const QString topic = QStringLiteral("chat:%1").arg(conversationId);
        QJsonObject page = raw.join(topic).value(QLatin1StringView("response")).toObject();
        QJsonArray stored = page.value(QLatin1StringView("messages")).toArray();
        while (page.value(QLatin1StringView("has_more")).toBool() && !stored.isEmpty()) {
            const qint64 before =
                qint64(stored.first().toObject().value(QLatin1StringView("seq")).toDouble());
            page =
                raw.push(topic, QStringLiteral("load_history"),
                         {{QStringLiteral("before_seq"), before}, {QStringLiteral("limit"), 100}})
                    .value(QLatin1StringView("response"))
                    .toObject();
            QJsonArray older = page.value(QLatin1StringView("messages")).toArray();
            for (const QJsonValue &message : std::as_const(stored))
                older.append(message);
            stored = older;
        }
        QStringList contents;
        for (const QJsonValue &message : std::as_const(stored))
            contents.append(message.toObject().value(QLatin1StringView("content")).toString());
        return contents;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        testing::isolateFromTheDesktop(m_home);
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_port = m_server->port();
        m_ada = m_server->registerUser(QStringLiteral("ada"));
        m_bob = m_server->registerUser(QStringLiteral("bob"));
        QVERIFY(m_ada.ok && m_bob.ok);
    }

    // The acceptance test: an offline spell, an app restart together with a server restart,
    // and a network drop in the middle of 50 sends; at the end exactly one copy of each
    // message, in the order typed, everywhere.
    void everyMessageArrivesExactlyOnceInOrder()
    {
        TcpProxy proxy(m_port);
        QVERIFY(proxy.isListening());
        TestClient ada(urlOf(proxy.port()), m_data.filePath(QStringLiteral("ada")));
        TestClient bob(urlOf(m_port), m_data.filePath(QStringLiteral("bob")));
        QVERIFY(ada.signIn(QStringLiteral("ada"), kPassword));
        QVERIFY(bob.signIn(QStringLiteral("bob"), kPassword));
        const qint64 chat = createGroup(ada, QStringLiteral("exactly once"), m_bob.id);
        QVERIFY(chat);
        ada.session().openConversation(chat);
        QTRY_VERIFY_WITH_TIMEOUT(bob.state().conversation(chat), kWaitMs);
        bob.session().openConversation(chat);

        // Offline: the network is gone and stays gone.
        proxy.setRefusing(true);
        proxy.dropAll();
        QTRY_VERIFY_WITH_TIMEOUT(ada.session().connection() != ClientSession::Connection::Online,
                                 kWaitMs);
        const QStringList offline = numbered(QStringLiteral("offline "), 5);
        for (const QString &content : offline)
            QVERIFY(!ada.session().sendMessage(chat, content).isEmpty());
        QCOMPARE(pendingContents(ada.state()), offline);
        QCOMPARE(ada.session().pendingCount(), 5);
        QStringList offlineRefs;
        for (const OutboxEntry &entry : ada.state().outbox())
            offlineRefs.append(entry.mobileRefId);
        QTRY_COMPARE_WITH_TIMEOUT(refsOf(cachedOutbox(ada.dataDir())), offlineRefs, kWaitMs);
        QCOMPARE(cachedOutbox(ada.dataDir()).constFirst().status, u"pending");

        // The app quits and the server restarts meanwhile. The next start shows the unsent
        // messages from the cache before any connection.
        ada.quit();
        QVERIFY(restartServer());
        ada.restart(QStringLiteral("ada"));
        QTRY_COMPARE_WITH_TIMEOUT(pendingContents(ada.state()), offline, kWaitMs);
        QVERIFY(ada.session().connection() != ClientSession::Connection::Online);
        ada.session().openConversation(chat);

        // The network returns: the outbox drains.
        proxy.setRefusing(false);
        QVERIFY(ada.waitOnline());
        QTRY_VERIFY_WITH_TIMEOUT(ada.state().outbox().isEmpty(), kWaitMs);

        // A burst of 50, and the connection drops while they are still going out.
        const QStringList burst = numbered(QStringLiteral("burst "), 50);
        for (const QString &content : burst)
            ada.session().sendMessage(chat, content);
        QTRY_VERIFY_WITH_TIMEOUT(ada.state().outbox().size() <= 45, kWaitMs);
        QVERIFY(!ada.state().outbox().isEmpty());
        proxy.dropAll();

        // It reconnects on its own and finishes.
        const QStringList expected = offline + burst;
        QTRY_VERIFY_WITH_TIMEOUT(ada.state().outbox().isEmpty(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(cachedOutbox(ada.dataDir()).isEmpty(), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(contentsOf(ada.state(), chat), expected, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(contentsOf(bob.state(), chat), expected, kWaitMs);
        QCOMPARE(serverContents(chat), expected);
        QSet<QString> refs;
        for (const model::Message &message : ada.state().messages(chat))
            refs.insert(message.mobileRefId.value_or(QString()));
        QCOMPARE(refs.size(), expected.size());
        QVERIFY(refs.contains(offlineRefs.constFirst()));
    }

    // What the server can never accept becomes Failed with its reason; retry sends it again,
    // discard drops it from the state and the cache.
    void refusedMessagesFailAndCanBeRetriedOrDiscarded()
    {
        TestClient ada(urlOf(m_port), m_data.filePath(QStringLiteral("ada-refused")));
        TestClient bob(urlOf(m_port), m_data.filePath(QStringLiteral("bob-refused")));
        QVERIFY(ada.signIn(QStringLiteral("ada"), kPassword));
        QVERIFY(bob.signIn(QStringLiteral("bob"), kPassword));
        const qint64 chat = createGroup(ada, QStringLiteral("refusals"), m_bob.id);
        QVERIFY(chat);
        ada.session().openConversation(chat);
        QTRY_VERIFY_WITH_TIMEOUT(bob.state().conversation(chat), kWaitMs);
        bob.session().openConversation(chat);
        // Joined: the members came with the join reply.
        QTRY_VERIFY_WITH_TIMEOUT(!ada.state().members(chat).isEmpty(), kWaitMs);

        // Longer than the protocol allows: refused before it is sent.
        const QString tooLong(model::Message::MaxContentLength + 1, u'x');
        const QString longRef = ada.session().sendMessage(chat, tooLong);
        const OutboxEntry *entry = ada.state().outboxEntry(longRef);
        QVERIFY(entry);
        QCOMPARE(entry->status, OutboxEntry::Status::Failed);
        QCOMPARE(entry->failureReason, u"too_large");
        QCOMPARE(ada.session().pendingCount(), 0);

        // Archived: the server refuses, and says why.
        ada.session().setArchived(chat, true);
        QTRY_VERIFY_WITH_TIMEOUT(ada.state().conversation(chat)->archived, kWaitMs);
        const QString ref = ada.session().sendMessage(chat, QStringLiteral("into the archive"));
        QTRY_COMPARE_WITH_TIMEOUT(ada.state().outboxEntry(ref)->status, OutboxEntry::Status::Failed,
                                  kWaitMs);
        QCOMPARE(ada.state().outboxEntry(ref)->failureReason, u"archived");
        QTRY_COMPARE_WITH_TIMEOUT(cachedOutbox(ada.dataDir()).size(), 2, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(cachedOutbox(ada.dataDir()).constLast().failureReason,
                                  u"archived"_qs, kWaitMs);
        QCOMPARE(cachedOutbox(ada.dataDir()).constLast().status, u"failed");
        QVERIFY(serverContents(chat).isEmpty());

        // Retry once the conversation takes messages again: sent, once.
        ada.session().setArchived(chat, false);
        QTRY_VERIFY_WITH_TIMEOUT(!ada.state().conversation(chat)->archived, kWaitMs);
        ada.session().retryMessage(ref);
        QTRY_VERIFY_WITH_TIMEOUT(!ada.state().outboxEntry(ref), kWaitMs);
        QCOMPARE(contentsOf(ada.state(), chat), QStringList{u"into the archive"_qs});
        QTRY_COMPARE_WITH_TIMEOUT(contentsOf(bob.state(), chat),
                                  QStringList{u"into the archive"_qs}, kWaitMs);
        QCOMPARE(serverContents(chat), QStringList{u"into the archive"_qs});

        // Retrying what can never go out does nothing; discarding removes it everywhere.
        ada.session().retryMessage(longRef);
        QCOMPARE(ada.state().outboxEntry(longRef)->status, OutboxEntry::Status::Failed);
        ada.session().discardMessage(longRef);
        QVERIFY(!ada.state().outboxEntry(longRef));
        QVERIFY(ada.state().outbox().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(cachedOutbox(ada.dataDir()).isEmpty(), kWaitMs);
        QCOMPARE(serverContents(chat), QStringList{u"into the archive"_qs});
    }

    // Blank drafts are not messages.
    void blankContentIsNotQueued()
    {
        TestClient ada(urlOf(m_port), m_data.filePath(QStringLiteral("ada-blank")));
        QVERIFY(ada.signIn(QStringLiteral("ada"), kPassword));
        const qint64 chat = createGroup(ada, QStringLiteral("blank"), m_bob.id);
        QVERIFY(chat);
        QVERIFY(ada.session().sendMessage(chat, QStringLiteral(" \n\t")).isEmpty());
        QVERIFY(ada.state().outbox().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
