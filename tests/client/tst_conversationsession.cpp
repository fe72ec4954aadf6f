// The per-conversation objects of a ClientSession against an in-process server on loopback:
// each conversation pages its history, throttles its typing and sends its outbox on its own,
// and its chat channel is left once nothing needs it.
//
// Credentials: no keychain is used (see SessionHarness).

#include "SessionHarness.h"
#include "TestServer.h"
#include "client/ClientState.h"
#include "client/ConversationSession.h"

#include <QSignalSpy>
#include <QTest>

using namespace confab;
using client::ClientState;
using client::ConversationSession;
using testing::contentsOf;
using testing::kWaitMs;
using testing::numbered;
using testing::TestClient;
using testing::TestServer;

namespace {

const QString kPassword = QStringLiteral("correct horse");

} // namespace

class TestConversationSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_data;
    std::unique_ptr<TestServer> m_server;
    TestServer::Account m_ada, m_bob;
    int m_clients = 0;

    std::unique_ptr<TestClient> signedIn(const QString &username)
    {
        auto client = std::make_unique<TestClient>(
            QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port())),
            m_data.filePath(QStringLiteral("client-%1").arg(++m_clients)));
        if (!client->signIn(username, kPassword))
            return nullptr;
        return client;
    }

    static qint64 createGroup(TestClient &client, const QString &title, qint64 memberId)
    {
        auto created = std::make_shared<std::optional<qint64>>();
        client.session().createConversation(
            false, title, {memberId}, [created](qint64 id, const QString &) { *created = id; });
        if (!QTest::qWaitFor([&] { return created->has_value(); }, kWaitMs))
            return 0;
        return **created;
    }

    static bool sendAll(TestClient &client, qint64 conversationId, const QStringList &contents)
    {
        for (const QString &content : contents)
            client.session().conversation(conversationId)->sendMessage(content);
        return QTest::qWaitFor([&] { return client.state().outbox().isEmpty(); }, kWaitMs);
    }

    // Joins the conversation's channel without opening it, and waits for the join reply (its
    // members; a conversation without messages has no page).
    static bool joined(TestClient &client, qint64 conversationId)
    {
        if (!QTest::qWaitFor([&] { return client.state().conversation(conversationId); }, kWaitMs))
            return false;
        ConversationSession *conversation = client.session().conversation(conversationId);
        conversation->join();
        return QTest::qWaitFor(
            [&] {
                return conversation->isJoined() &&
                       !client.state().members(conversationId).isEmpty();
            },
            kWaitMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        testing::isolateFromTheDesktop(m_home);
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_ada = m_server->registerUser(QStringLiteral("ada"));
        m_bob = m_server->registerUser(QStringLiteral("bob"));
        QVERIFY(m_ada.ok && m_bob.ok);
    }

    void conversationObjectsAreOnePerConversation()
    {
        auto ada = signedIn(QStringLiteral("ada"));
        QVERIFY(ada);
        ConversationSession *first = ada->session().conversation(41);
        QCOMPARE(first->id(), 41);
        QCOMPARE(ada->session().conversation(41), first);
        QVERIFY(ada->session().conversation(42) != first);
        QCOMPARE(first->parent(), &ada->session());
    }

    // Each conversation has its own in-flight flag and its own place to continue from.
    void twoConversationsPageHistoryIndependently()
    {
        auto bob = signedIn(QStringLiteral("bob"));
        auto ada = signedIn(QStringLiteral("ada"));
        QVERIFY(ada && bob);
        const qint64 first = createGroup(*bob, QStringLiteral("first"), m_ada.id);
        const qint64 second = createGroup(*bob, QStringLiteral("second"), m_ada.id);
        QVERIFY(first && second);
        const QStringList firstContents = numbered(QStringLiteral("f"), 60);
        const QStringList secondContents = numbered(QStringLiteral("s"), 70);
        QVERIFY(sendAll(*bob, first, firstContents));
        QVERIFY(sendAll(*bob, second, secondContents));

        QVERIFY(joined(*ada, first));
        QVERIFY(joined(*ada, second));
        QCOMPARE(ada->state().messages(first).size(), 50);
        QCOMPARE(ada->state().messages(second).size(), 50);

        ConversationSession *a = ada->session().conversation(first);
        ConversationSession *b = ada->session().conversation(second);
        a->loadOlder();
        QVERIFY(a->isLoadingHistory());
        QVERIFY(!b->isLoadingHistory()); // paging one conversation does not block the other
        b->loadOlder();
        QVERIFY(b->isLoadingHistory());
        QTRY_VERIFY_WITH_TIMEOUT(!a->isLoadingHistory() && !b->isLoadingHistory(), kWaitMs);
        QCOMPARE(contentsOf(ada->state(), first), firstContents);
        QCOMPARE(contentsOf(ada->state(), second), secondContents);
        QVERIFY(!ada->state().hasOlderMessages(first));
        QVERIFY(!ada->state().hasOlderMessages(second));
    }

    // "typing" in one conversation does not hold back "typing" in another.
    void typingThrottleIsPerConversation()
    {
        auto ada = signedIn(QStringLiteral("ada"));
        auto bob = signedIn(QStringLiteral("bob"));
        QVERIFY(ada && bob);
        const qint64 first = createGroup(*ada, QStringLiteral("typing 1"), m_bob.id);
        const qint64 second = createGroup(*ada, QStringLiteral("typing 2"), m_bob.id);
        QVERIFY(first && second);
        QVERIFY(joined(*ada, first) && joined(*ada, second));
        QVERIFY(joined(*bob, first) && joined(*bob, second));

        bob->session().conversation(first)->setTyping(true);
        bob->session().conversation(second)->setTyping(true);
        QTRY_COMPARE_WITH_TIMEOUT(ada->state().typing(first).size(), 1, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(ada->state().typing(second).size(), 1, kWaitMs);

        bob->session().conversation(first)->setTyping(false);
        QTRY_VERIFY_WITH_TIMEOUT(ada->state().typing(first).isEmpty(), kWaitMs);
        QCOMPARE(ada->state().typing(second).size(), 1); // still typing there
        bob->session().conversation(second)->setTyping(false);
        QTRY_VERIFY_WITH_TIMEOUT(ada->state().typing(second).isEmpty(), kWaitMs);
    }

    // Each conversation has one send in flight, so the two go out side by side, each in the
    // order it was typed.
    void outboxSendsOneEntryInFlightPerConversationInTypingOrder()
    {
        auto ada = signedIn(QStringLiteral("ada"));
        auto bob = signedIn(QStringLiteral("bob"));
        QVERIFY(ada && bob);
        const qint64 first = createGroup(*ada, QStringLiteral("outbox 1"), m_bob.id);
        const qint64 second = createGroup(*ada, QStringLiteral("outbox 2"), m_bob.id);
        QVERIFY(first && second);
        QVERIFY(joined(*ada, first) && joined(*ada, second));
        QVERIFY(joined(*bob, first) && joined(*bob, second));

        ConversationSession *a = ada->session().conversation(first);
        ConversationSession *b = ada->session().conversation(second);
        const QStringList firstContents = numbered(QStringLiteral("a"), 4);
        const QStringList secondContents = numbered(QStringLiteral("b"), 3);
        QStringList firstRefs;
        for (const QString &content : firstContents)
            firstRefs.append(a->sendMessage(content));
        const QString firstOfSecond = b->sendMessage(secondContents.constFirst());
        for (const QString &content : secondContents.mid(1))
            b->sendMessage(content);

        // One entry on its way in each conversation, the first one typed there.
        QCOMPARE(a->sendingMessage(), firstRefs.constFirst());
        QCOMPARE(b->sendingMessage(), firstOfSecond);
        QCOMPARE(ada->state().outbox(first).size(), 4);

        QTRY_VERIFY_WITH_TIMEOUT(ada->state().outbox().isEmpty(), kWaitMs);
        QVERIFY(a->sendingMessage().isEmpty() && b->sendingMessage().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(contentsOf(bob->state(), first), firstContents, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(contentsOf(bob->state(), second), secondContents, kWaitMs);
    }

    void closingAConversationLeavesItsChannel()
    {
        auto ada = signedIn(QStringLiteral("ada"));
        auto bob = signedIn(QStringLiteral("bob"));
        QVERIFY(ada && bob);
        const qint64 first = createGroup(*bob, QStringLiteral("close 1"), m_ada.id);
        const qint64 second = createGroup(*bob, QStringLiteral("close 2"), m_ada.id);
        QVERIFY(first && second);
        QTRY_VERIFY_WITH_TIMEOUT(ada->state().conversation(second), kWaitMs);

        ConversationSession *a = ada->session().conversation(first);
        ConversationSession *b = ada->session().conversation(second);
        ada->session().openConversation(first);
        QTRY_VERIFY_WITH_TIMEOUT(a->isJoined(), kWaitMs);
        // Opening another conversation leaves the one opened before.
        ada->session().openConversation(second);
        QVERIFY(!a->isJoined());
        QTRY_VERIFY_WITH_TIMEOUT(b->isJoined(), kWaitMs);
        ada->session().closeConversation(second);
        QVERIFY(!b->isJoined());
        QCOMPARE(ada->session().openConversationId(), 0);

        // The server knows: what happens there now reaches the conversation list instead.
        QVERIFY(sendAll(*bob, second, {QStringLiteral("while closed")}));
        QTRY_COMPARE_WITH_TIMEOUT(ada->state().conversation(second)->reader->unreadCount, 1,
                                  kWaitMs);
        QVERIFY(!b->isJoined());
    }

    // A conversation with an unsent message keeps its channel until the message is out.
    void pendingMessagesKeepTheChannelUntilSent()
    {
        auto ada = signedIn(QStringLiteral("ada"));
        QVERIFY(ada);
        const qint64 chat = createGroup(*ada, QStringLiteral("pending"), m_bob.id);
        QVERIFY(chat);
        ConversationSession *conversation = ada->session().conversation(chat);
        const QString ref = conversation->sendMessage(QStringLiteral("not opened"));
        QVERIFY(!ref.isEmpty());
        QVERIFY(conversation->hasPendingMessages());
        QTRY_VERIFY_WITH_TIMEOUT(ada->state().outbox().isEmpty(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!conversation->isJoined(), kWaitMs);
    }
};

QTEST_GUILESS_MAIN(TestConversationSession)
#include "tst_conversationsession.moc"
