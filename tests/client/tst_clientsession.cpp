// Two or more ClientSessions against one in-process server on loopback, each with its own
// SQLite cache: what one user does shows up in the other user's ClientState, history pages
// from the cache and then from the server, a restart resumes from the cache before the network
// answers, and a revoked token sends the app back to sign-in.
//
// Credentials: no keychain is used. The test runs without a D-Bus session and allows the
// credential store's fallback file, inside a throwaway HOME (see SessionHarness).

#include "SessionHarness.h"
#include "TestServer.h"
#include "client/ClientState.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace confab;
using client::Availability;
using client::ClientSession;
using client::ClientState;
using testing::contentsOf;
using testing::kWaitMs;
using testing::TestClient;
using testing::TestServer;

namespace {

const QString kPassword = QStringLiteral("correct horse");

const model::Message *findMessage(const ClientState &state, qint64 conversationId,
                                  const QString &content)
{
    for (const model::Message &message : state.messages(conversationId)) {
        if (message.content == content)
            return &message;
    }
    return nullptr;
}

// The users who reacted with `emoji`, in id order (the server's order is its own).
QList<qint64> reactorsOf(const model::Message *message, const QString &emoji)
{
    if (!message)
        return {};
    for (const model::Reaction &reaction : message->reactions) {
        if (reaction.emoji == emoji) {
            QList<qint64> users = reaction.userIds;
            std::sort(users.begin(), users.end());
            return users;
        }
    }
    return {};
}

} // namespace

class TestClientSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_data;
    std::unique_ptr<TestServer> m_server;
    quint16 m_port = 0; // kept across restarts: the clients know the server by it
    TestServer::Account m_ada, m_bob, m_carol;
    int m_clients = 0;

    QUrl serverUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

    // A fresh install of the app, signed in as `username`.
    std::unique_ptr<TestClient> signedIn(const QString &username)
    {
        auto client = std::make_unique<TestClient>(
            serverUrl(), m_data.filePath(QStringLiteral("client-%1").arg(++m_clients)));
        if (!client->signIn(username, kPassword))
            return nullptr;
        return client;
    }

    qint64 createConversation(TestClient &client, bool direct, const QString &title,
                              const QList<qint64> &members)
    {
        struct Outcome
        {
            bool done = false;
            qint64 id = 0;
            QString error;
        };
        auto outcome = std::make_shared<Outcome>();
        client.session().createConversation(direct, title, members,
                                            [outcome](qint64 id, const QString &error) {
                                                *outcome = {true, id, error};
                                            });
        if (!QTest::qWaitFor([&] { return outcome->done; }, kWaitMs) || !outcome->error.isEmpty()) {
            qWarning() << "createConversation failed:" << outcome->error;
            return 0;
        }
        return outcome->id;
    }

    // Opens the conversation and waits until its latest page is loaded.
    static bool open(TestClient &client, qint64 conversationId)
    {
        client.session().openConversation(conversationId);
        return QTest::qWaitFor(
            [&] {
                return client.state().conversation(conversationId) &&
                       client.state().oldestLoadedSeq(conversationId) != 0;
            },
            kWaitMs);
    }

    static bool sendAll(TestClient &client, qint64 conversationId, const QStringList &contents)
    {
        for (const QString &content : contents)
            client.session().sendMessage(conversationId, content);
        return QTest::qWaitFor([&] { return client.state().outbox().isEmpty(); }, kWaitMs);
    }

    // Starts the stopped server again on the same port, with the same database.
    bool restartServer()
    {
        m_server->stop();
        m_server->config().port = m_port;
        return m_server->start() && m_server->port() == m_port;
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
        m_carol = m_server->registerUser(QStringLiteral("carol"));
        QVERIFY(m_ada.ok && m_bob.ok && m_carol.ok);
    }

    void messagesFlowBothWays()
    {
        auto ada = signedIn(QStringLiteral("ada"));
        auto bob = signedIn(QStringLiteral("bob"));
        QVERIFY(ada && bob);
        QCOMPARE(ada->state().me().id, m_ada.id);
        const qint64 chat =
            createConversation(*ada, false, QStringLiteral("both ways"), {m_bob.id});
        QVERIFY(chat);
        QTRY_VERIFY_WITH_TIMEOUT(bob->state().conversation(chat), kWaitMs);
        QVERIFY(open(*ada, chat));
        QVERIFY(open(*bob, chat));

        const QString ref = ada->session().sendMessage(chat, QStringLiteral("hello bob"));
        QVERIFY(!ref.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(contentsOf(bob->state(), chat), QStringList{u"hello bob"_qs},
                                  kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(ada->state().outbox().isEmpty(), kWaitMs);
        QCOMPARE(contentsOf(ada->state(), chat), QStringList{u"hello bob"_qs});
        const model::Message *sent = findMessage(bob->state(), chat, QStringLiteral("hello bob"));
        QCOMPARE(sent->senderId, m_ada.id);
        QCOMPARE(sent->mobileRefId, std::optional<QString>(ref));

        bob->session().sendMessage(chat, QStringLiteral("hi ada"));
        const QStringList both{u"hello bob"_qs, u"hi ada"_qs};
        QTRY_COMPARE_WITH_TIMEOUT(contentsOf(ada->state(), chat), both, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(contentsOf(bob->state(), chat), both, kWaitMs);
        QCOMPARE(ada->state().conversation(chat)->reader->lastMessage->content, u"hi ada");
    }

    void editsDeletesReactionsAndStars()
    {
        auto ada = signedIn(QStringLiteral("ada"));
        auto bob = signedIn(QStringLiteral("bob"));
        QVERIFY(ada && bob);
        const qint64 chat = createConversation(*ada, false, QStringLiteral("changes"), {m_bob.id});
        QTRY_VERIFY_WITH_TIMEOUT(bob->state().conversation(chat), kWaitMs);
        QVERIFY(open(*ada, chat));
        QVERIFY(open(*bob, chat));
        QVERIFY(sendAll(*ada, chat, {QStringLiteral("first"), QStringLiteral("second")}));
        QTRY_COMPARE_WITH_TIMEOUT(bob->state().messages(chat).size(), 2, kWaitMs);
        const qint64 first = findMessage(ada->state(), chat, QStringLiteral("first"))->id;
        const qint64 second = findMessage(ada->state(), chat, QStringLiteral("second"))->id;

        ada->session().editMessage(chat, first, QStringLiteral("first, edited"));
        for (TestClient *client : {ada.get(), bob.get()}) {
            QTRY_COMPARE_WITH_TIMEOUT(client->state().message(chat, first)->content,
                                      u"first, edited"_qs, kWaitMs);
            QVERIFY(client->state().message(chat, first)->editedAt);
        }

        const QString thumbs = QStringLiteral("👍");
        bob->session().toggleReaction(chat, second, thumbs);
        for (TestClient *client : {ada.get(), bob.get()})
            QTRY_COMPARE_WITH_TIMEOUT(reactorsOf(client->state().message(chat, second), thumbs),
                                      QList<qint64>{m_bob.id}, kWaitMs);
        ada->session().toggleReaction(chat, second, thumbs);
        for (TestClient *client : {ada.get(), bob.get()})
            QTRY_COMPARE_WITH_TIMEOUT(reactorsOf(client->state().message(chat, second), thumbs),
                                      (QList<qint64>{m_ada.id, m_bob.id}), kWaitMs);
        bob->session().toggleReaction(chat, second, thumbs); // the second toggle takes it back
        for (TestClient *client : {ada.get(), bob.get()})
            QTRY_COMPARE_WITH_TIMEOUT(reactorsOf(client->state().message(chat, second), thumbs),
                                      QList<qint64>{m_ada.id}, kWaitMs);
        {
            // Text is not a reaction: refused on the spot, before any round trip (the server
            // would refuse it too), and nothing changes.
            QSignalSpy refused(&bob->session(), &ClientSession::actionFailed);
            bob->session().toggleReaction(chat, second, QStringLiteral("ok"));
            QCOMPARE(refused.size(), 1);
            QCOMPARE(refused.constFirst().at(0).toString(), u"react");
            QCOMPARE(refused.constFirst().at(1).toString(), u"invalid");
            QVERIFY(reactorsOf(bob->state().message(chat, second), QStringLiteral("ok")).isEmpty());
        }

        ada->session().setStarred(chat, second, true);
        for (TestClient *client : {ada.get(), bob.get()}) {
            QTRY_VERIFY_WITH_TIMEOUT(client->state().message(chat, second)->starred, kWaitMs);
            QCOMPARE(client->state().message(chat, second)->starredBy,
                     std::optional<qint64>(m_ada.id));
            QCOMPARE(client->state().starred(chat).size(), 1);
        }
        bob->session().setStarred(chat, second, false);
        for (TestClient *client : {ada.get(), bob.get()})
            QTRY_VERIFY_WITH_TIMEOUT(!client->state().message(chat, second)->starred, kWaitMs);

        ada->session().deleteMessage(chat, first);
        for (TestClient *client : {ada.get(), bob.get()}) {
            QTRY_VERIFY_WITH_TIMEOUT(client->state().message(chat, first)->deleted, kWaitMs);
            QVERIFY(client->state().message(chat, first)->content.isEmpty());
        }
        // A refused change reports the protocol's reason: bob may not edit ada's message.
        QSignalSpy failed(&bob->session(), &ClientSession::actionFailed);
        bob->session().editMessage(chat, second, QStringLiteral("not mine"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWaitMs);
        QCOMPARE(failed.constFirst().at(1).toString(), u"forbidden");
        QCOMPARE(ada->state().message(chat, second)->content, u"second");
    }

    void typingReachesTheOtherSide()
    {
        auto ada = signedIn(QStringLiteral("ada"));
        auto bob = signedIn(QStringLiteral("bob"));
        QVERIFY(ada && bob);
        const qint64 chat = createConversation(*ada, false, QStringLiteral("typing"), {m_bob.id});
        QTRY_VERIFY_WITH_TIMEOUT(bob->state().conversation(chat), kWaitMs);
        QVERIFY(open(*ada, chat));
        QVERIFY(open(*bob, chat));

        bob->session().setTyping(chat, true);
        QTRY_COMPARE_WITH_TIMEOUT(ada->state().typing(chat).size(), 1, kWaitMs);
        QCOMPARE(ada->state().typing(chat).constFirst().userId, m_bob.id);
        QCOMPARE(ada->state().typing(chat).constFirst().displayName, u"BOB");
        QVERIFY(bob->state().typing(chat).isEmpty()); // not to oneself
        bob->session().setTyping(chat, false);
        QTRY_VERIFY_WITH_TIMEOUT(ada->state().typing(chat).isEmpty(), kWaitMs);
    }

    // Ada looks at another conversation while Bob types: her client leaves the chat topic, so
    // the server's "stopped" never reaches her. The typing note still ends by itself.
    void typingEndsAfterLeavingTheConversation()
    {
        auto ada = signedIn(QStringLiteral("ada"));
        auto bob = signedIn(QStringLiteral("bob"));
        QVERIFY(ada && bob);
        const qint64 chat =
            createConversation(*ada, false, QStringLiteral("typing gone"), {m_bob.id});
        QTRY_VERIFY_WITH_TIMEOUT(bob->state().conversation(chat), kWaitMs);
        QVERIFY(open(*ada, chat));
        QVERIFY(open(*bob, chat));
        bob->session().setTyping(chat, true);
        QTRY_COMPARE_WITH_TIMEOUT(ada->state().typing(chat).size(), 1, kWaitMs);

        ada->session().closeConversation(chat);
        // Bob never says he stopped; the client's own expiry (the server's 5 s rule) ends it.
        QTRY_VERIFY_WITH_TIMEOUT(ada->state().typing(chat).isEmpty(), kWaitMs);
    }

    void presenceFollowsTheOtherUser()
    {
        auto ada = signedIn(QStringLiteral("ada"));
        auto bob = signedIn(QStringLiteral("bob"));
        QVERIFY(ada && bob);
        // Presence is shared between people in a conversation.
        QVERIFY(createConversation(*ada, true, {}, {m_bob.id}));
        QTRY_COMPARE_WITH_TIMEOUT(ada->state().availability(m_bob.id), Availability::Online,
                                  kWaitMs);
        bob->session().setStatus(Availability::Away);
        QTRY_COMPARE_WITH_TIMEOUT(ada->state().availability(m_bob.id), Availability::Away, kWaitMs);
        QCOMPARE(bob->session().ownStatus(), Availability::Away);
        bob->session().setStatus(Availability::DoNotDisturb);
        QTRY_COMPARE_WITH_TIMEOUT(ada->state().availability(m_bob.id), Availability::DoNotDisturb,
                                  kWaitMs);
        bob.reset(); // the app quits
        QTRY_COMPARE_WITH_TIMEOUT(ada->state().availability(m_bob.id), Availability::Offline,
                                  kWaitMs);
    }

    void readReceiptsReachTheSender()
    {
        auto ada = signedIn(QStringLiteral("ada"));
        auto bob = signedIn(QStringLiteral("bob"));
        QVERIFY(ada && bob);
        const qint64 chat = createConversation(*ada, false, QStringLiteral("receipts"), {m_bob.id});
        QTRY_VERIFY_WITH_TIMEOUT(bob->state().conversation(chat), kWaitMs);
        QVERIFY(open(*ada, chat));
        QVERIFY(open(*bob, chat));
        QVERIFY(sendAll(*ada, chat, {QStringLiteral("one"), QStringLiteral("two")}));
        QTRY_COMPARE_WITH_TIMEOUT(bob->state().messages(chat).size(), 2, kWaitMs);
        const qint64 firstSeq = bob->state().messages(chat).constFirst().seq;
        const qint64 lastSeq = bob->state().messages(chat).constLast().seq;
        QVERIFY(ada->state().seenBy(chat, lastSeq).isEmpty());

        bob->session().markRead(chat, firstSeq);
        QTRY_COMPARE_WITH_TIMEOUT(ada->state().seenBy(chat, firstSeq), QList<qint64>{m_bob.id},
                                  kWaitMs);
        QVERIFY(ada->state().seenBy(chat, lastSeq).isEmpty());
        bob->session().markRead(chat, lastSeq);
        QTRY_COMPARE_WITH_TIMEOUT(ada->state().seenBy(chat, lastSeq), QList<qint64>{m_bob.id},
                                  kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(bob->state().conversation(chat)->reader->unreadCount, 0, kWaitMs);
        QCOMPARE(bob->state().conversation(chat)->reader->lastReadSeq, lastSeq);
    }

    void conversationListShowsActivityOfUnopenedConversations()
    {
        auto ada = signedIn(QStringLiteral("ada"));
        auto bob = signedIn(QStringLiteral("bob"));
        QVERIFY(ada && bob);
        const qint64 chat = createConversation(*ada, false, QStringLiteral("unopened"), {m_bob.id});
        QTRY_VERIFY_WITH_TIMEOUT(bob->state().conversation(chat), kWaitMs);
        const qint64 unreadBefore = bob->state().totalUnread();
        QVERIFY(sendAll(*ada, chat, {u"a"_qs, u"b"_qs, u"c"_qs}));

        QTRY_COMPARE_WITH_TIMEOUT(bob->state().conversation(chat)->reader->unreadCount, 3, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(bob->state().conversation(chat)->reader->lastMessage->content,
                                  u"c"_qs, kWaitMs);
        QCOMPARE(bob->state().totalUnread(), unreadBefore + 3);
        QVERIFY(bob->state().messages(chat).isEmpty()); // nothing loaded until opened
        QCOMPARE(bob->state().displayName(chat), u"unopened");

        QVERIFY(open(*bob, chat));
        QCOMPARE(contentsOf(bob->state(), chat), (QStringList{u"a"_qs, u"b"_qs, u"c"_qs}));
        bob->session().markRead(chat, bob->state().conversation(chat)->lastSeq);
        QTRY_COMPARE_WITH_TIMEOUT(bob->state().conversation(chat)->reader->unreadCount, 0, kWaitMs);
    }

    void pinnedAndMutedReachTheServer()
    {
        auto bob = signedIn(QStringLiteral("bob"));
        QVERIFY(bob);
        const qint64 chat = createConversation(*bob, false, QStringLiteral("pins"), {m_carol.id});
        QVERIFY(chat);
        bob->session().setPinned(chat, true);
        bob->session().setMuted(chat, true);
        QTRY_VERIFY_WITH_TIMEOUT(bob->state().conversation(chat)->reader->pinned, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(bob->state().conversation(chat)->reader->muted, kWaitMs);
        // Another device of bob reads the same from the server.
        auto other = signedIn(QStringLiteral("bob"));
        QVERIFY(other);
        QVERIFY(other->state().conversation(chat)->reader->pinned);
        QVERIFY(other->state().conversation(chat)->reader->muted);
        bob->session().setPinned(chat, false);
        QTRY_VERIFY_WITH_TIMEOUT(!bob->state().conversation(chat)->reader->pinned, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!other->state().conversation(chat)->reader->pinned, kWaitMs);
        QVERIFY(other->state().conversation(chat)->reader->muted);
    }

    void createsDirectAndGroupConversations()
    {
        auto ada = signedIn(QStringLiteral("ada"));
        auto carol = signedIn(QStringLiteral("carol"));
        QVERIFY(ada && carol);
        const qint64 direct = createConversation(*ada, true, {}, {m_carol.id});
        QVERIFY(direct);
        const model::Conversation *mine = ada->state().conversation(direct);
        QVERIFY(mine);
        QCOMPARE(mine->kind, model::Conversation::Kind::Direct);
        QCOMPARE(ada->state().displayName(direct), u"CAROL");
        QCOMPARE(ada->state().peerId(direct), m_carol.id);
        QTRY_VERIFY_WITH_TIMEOUT(carol->state().conversation(direct), kWaitMs);
        QCOMPARE(carol->state().displayName(direct), u"ADA");
        // The direct conversation between two people is found again, from either side.
        QCOMPARE(createConversation(*carol, true, {}, {m_ada.id}), direct);
        // A direct conversation takes a topic but no title.
        QVERIFY(open(*ada, direct));
        QSignalSpy refused(&ada->session(), &ClientSession::actionFailed);
        ada->session().updateConversation(direct, QStringLiteral("ignored"),
                                          QStringLiteral("Lunch plans"));
        QTRY_COMPARE_WITH_TIMEOUT(carol->state().conversation(direct)->topic,
                                  std::optional<QString>(QStringLiteral("Lunch plans")), kWaitMs);
        QCOMPARE(refused.count(), 0);
        QVERIFY(!carol->state().conversation(direct)->title);

        const qint64 group =
            createConversation(*ada, false, QStringLiteral("Trip"), {m_bob.id, m_carol.id});
        QVERIFY(group);
        QTRY_VERIFY_WITH_TIMEOUT(carol->state().conversation(group), kWaitMs);
        const model::Conversation *seen = carol->state().conversation(group);
        QCOMPARE(seen->kind, model::Conversation::Kind::Group);
        QCOMPARE(carol->state().displayName(group), u"Trip");
        QCOMPARE(seen->memberCount, 3);
        QVERIFY(open(*carol, group));
        QCOMPARE(carol->state().members(group).size(), 3);
        QCOMPARE(carol->state().member(group, m_ada.id)->role, model::Member::Role::Owner);
    }

    void searchesUsers()
    {
        auto ada = signedIn(QStringLiteral("ada"));
        QVERIFY(ada);
        auto found = std::make_shared<std::optional<QList<model::User>>>();
        ada->session().searchUsers(QStringLiteral("car"),
                                   [found](const QList<model::User> &users) { *found = users; });
        QTRY_VERIFY_WITH_TIMEOUT(found->has_value(), kWaitMs);
        QCOMPARE(found->value().size(), 1);
        QCOMPARE(found->value().constFirst().id, m_carol.id);
        QCOMPARE(found->value().constFirst().displayName, u"CAROL");
    }

    // 120 messages: the first session pages through 100 of them, so the cache holds those; the
    // next start pages them from the cache while the server is down, and the rest from the
    // server once it is back. Every message exactly once, in order.
    void historyPagesFromTheCacheThenTheServer()
    {
        auto bob = signedIn(QStringLiteral("bob"));
        auto ada = signedIn(QStringLiteral("ada"));
        QVERIFY(ada && bob);
        const qint64 chat = createConversation(*bob, false, QStringLiteral("history"), {m_ada.id});
        QVERIFY(chat);
        QStringList expected;
        for (int i = 0; i < 120; ++i)
            expected.append(QStringLiteral("m%1").arg(i));
        QVERIFY(sendAll(*bob, chat, expected));
        bob.reset();

        QTRY_VERIFY_WITH_TIMEOUT(ada->state().conversation(chat), kWaitMs);
        QVERIFY(open(*ada, chat));
        QCOMPARE(ada->state().messages(chat).size(), 50);
        QVERIFY(ada->state().hasOlderMessages(chat));
        ada->session().loadOlder(chat);
        QTRY_COMPARE_WITH_TIMEOUT(ada->state().messages(chat).size(), 100, kWaitMs);
        QCOMPARE(contentsOf(ada->state(), chat), expected.mid(20));

        // The server goes away; the app starts again from its cache.
        m_server->stop();
        ada->restart(QStringLiteral("ada"));
        QTRY_VERIFY_WITH_TIMEOUT(ada->state().conversation(chat), kWaitMs);
        QVERIFY(open(*ada, chat));
        QCOMPARE(contentsOf(ada->state(), chat), expected.mid(70));
        ada->session().loadOlder(chat);
        QTRY_COMPARE_WITH_TIMEOUT(contentsOf(ada->state(), chat), expected.mid(20), kWaitMs);
        QVERIFY(ada->session().connection() != ClientSession::Connection::Online);
        QVERIFY(ada->state().hasOlderMessages(chat)); // the server may hold more

        QVERIFY(restartServer());
        QVERIFY(ada->waitOnline());
        while (ada->state().hasOlderMessages(chat)) {
            const qint64 before = ada->state().oldestLoadedSeq(chat);
            ada->session().loadOlder(chat);
            QTRY_VERIFY_WITH_TIMEOUT(ada->state().oldestLoadedSeq(chat) < before ||
                                         !ada->state().hasOlderMessages(chat),
                                     kWaitMs);
        }
        QCOMPARE(contentsOf(ada->state(), chat), expected);
        QSet<qint64> ids;
        for (const model::Message &message : ada->state().messages(chat))
            ids.insert(message.id);
        QCOMPARE(ids.size(), 120);
    }

    // The app restarts while the server is down: the cached conversations and messages show
    // before any connection, and once the server is back the conversation catches up by
    // replaying what it missed (since_seq), not by loading the page again.
    void resumesFromTheCacheAndCatchesUp()
    {
        auto ada = signedIn(QStringLiteral("ada"));
        auto bob = signedIn(QStringLiteral("bob"));
        QVERIFY(ada && bob);
        const qint64 chat = createConversation(*bob, false, QStringLiteral("resume"), {m_ada.id});
        QTRY_VERIFY_WITH_TIMEOUT(ada->state().conversation(chat), kWaitMs);
        QVERIFY(open(*ada, chat));
        QVERIFY(sendAll(*bob, chat, {u"before 1"_qs, u"before 2"_qs, u"before 3"_qs}));
        QTRY_COMPARE_WITH_TIMEOUT(ada->state().messages(chat).size(), 3, kWaitMs);
        const qint64 deletedLater = ada->state().messages(chat).constFirst().id;

        m_server->stop();
        ada->restart(QStringLiteral("ada"));
        QTRY_VERIFY_WITH_TIMEOUT(ada->state().conversation(chat), kWaitMs);
        QCOMPARE(ada->state().me().id, m_ada.id);
        QCOMPARE(ada->state().displayName(chat), u"resume");
        ada->session().openConversation(chat);
        QTRY_COMPARE_WITH_TIMEOUT(contentsOf(ada->state(), chat),
                                  (QStringList{u"before 1"_qs, u"before 2"_qs, u"before 3"_qs}),
                                  kWaitMs);
        QVERIFY(ada->session().connection() != ClientSession::Connection::Online);

        QSignalSpy resets(&ada->state(), &ClientState::messagesReset);
        QVERIFY(restartServer());
        QVERIFY(bob->waitOnline());
        QVERIFY(open(*bob, chat));
        QVERIFY(sendAll(*bob, chat, {u"after 1"_qs, u"after 2"_qs}));
        bob->session().deleteMessage(chat, deletedLater);
        QVERIFY(ada->waitOnline());
        QTRY_COMPARE_WITH_TIMEOUT(
            contentsOf(ada->state(), chat),
            (QStringList{QString(), u"before 2"_qs, u"before 3"_qs, u"after 1"_qs, u"after 2"_qs}),
            kWaitMs);
        QVERIFY(ada->state().message(chat, deletedLater)->deleted);
        QCOMPARE(resets.count(), 0); // a replay, not a reload
    }

    // A group's preview names its sender ("Carol: ...") from the member list. After a restart
    // the list comes from the cache before any conversation is opened again: the members must
    // come with it.
    void restartKeepsTheSendersOfGroupPreviews()
    {
        auto ada = signedIn(QStringLiteral("ada"));
        auto carol = signedIn(QStringLiteral("carol"));
        QVERIFY(ada && carol);
        const qint64 chat =
            createConversation(*carol, false, QStringLiteral("Release 0.2"), {m_ada.id});
        QTRY_VERIFY_WITH_TIMEOUT(ada->state().conversation(chat), kWaitMs);
        QVERIFY(open(*ada, chat));
        QVERIFY(sendAll(*carol, chat, {u"shipped"_qs}));
        QTRY_VERIFY_WITH_TIMEOUT(findMessage(ada->state(), chat, u"shipped"_qs), kWaitMs);
        QVERIFY(ada->state().member(chat, m_carol.id));
        ada->session().closeConversation(chat);

        ada->restart(QStringLiteral("ada"));
        QTRY_VERIFY_WITH_TIMEOUT(ada->state().conversation(chat), kWaitMs);
        const model::Conversation *cached = ada->state().conversation(chat);
        QVERIFY(cached->reader && cached->reader->lastMessage);
        QCOMPARE(cached->reader->lastMessage->senderId, m_carol.id);
        // Not opened since the restart: the sender is known from the cache alone.
        QTRY_VERIFY_WITH_TIMEOUT(ada->state().member(chat, m_carol.id), kWaitMs);
        QCOMPARE(ada->state().member(chat, m_carol.id)->displayName, u"CAROL"_qs);
        QCOMPARE(ada->state().userDisplayName(m_carol.id, chat), u"CAROL"_qs);
        QCOMPARE(ada->session().openConversationId(), 0);
    }

    // More changes were missed than a replay carries (500): the client drops what it had and
    // loads the latest page instead of applying a partial log.
    void gapInTheLogReloadsTheLatestPage()
    {
        auto ada = signedIn(QStringLiteral("ada"));
        QVERIFY(ada);
        const qint64 chat = createConversation(*ada, false, QStringLiteral("gap"), {m_bob.id});
        QVERIFY(open(*ada, chat));
        QVERIFY(sendAll(*ada, chat, {QStringLiteral("before the gap")}));
        const qint64 target = ada->state().messages(chat).constFirst().id;
        // The cache knows where its log ends, so the next join asks for a replay.
        QTRY_VERIFY_WITH_TIMEOUT(testing::cachedSyncedSeq(ada->dataDir(), chat) > 0, kWaitMs);
        ada->quit();

        // Bob reacts and takes it back 300 times (600 logged changes), then writes.
        testing::PhoenixClient bob;
        QVERIFY(bob.open(m_server->socketUrl(m_bob.token)));
        const QString topic = QStringLiteral("chat:%1").arg(chat);
        QCOMPARE(bob.join(topic).value(QLatin1StringView("status")).toString(), u"ok");
        QString last;
        for (int i = 0; i < 300; ++i) {
            for (const char *event : {"add_reaction", "remove_reaction"})
                last = bob.send(topic, QString::fromLatin1(event),
                                {{QStringLiteral("message_id"), target},
                                 {QStringLiteral("emoji"), QStringLiteral("👍")}},
                                bob.joinRefOf(topic));
        }
        QVERIFY(bob.waitForReply(last, kWaitMs));
        const QJsonObject sent =
            bob.push(topic, QStringLiteral("send_message"),
                     {{QStringLiteral("content"), QStringLiteral("after")},
                      {QStringLiteral("mobile_ref_id"), QStringLiteral("gap")}});
        QCOMPARE(sent.value(QLatin1StringView("status")).toString(), u"ok");

        ada->restart(QStringLiteral("ada"));
        QSignalSpy resets(&ada->state(), &ClientState::messagesReset);
        ada->session().openConversation(chat);
        QTRY_COMPARE_WITH_TIMEOUT(contentsOf(ada->state(), chat),
                                  (QStringList{u"before the gap"_qs, u"after"_qs}), kWaitMs);
        QVERIFY(resets.count() >= 1);
        QVERIFY(ada->state().message(chat, target)->reactions.isEmpty());
        QVERIFY(ada->state().conversation(chat)->lastSeq > 600);
    }

    void wrongPasswordDoesNotConnect()
    {
        TestClient client(serverUrl(), m_data.filePath(QStringLiteral("wrong-password")));
        QSignalSpy failed(&client.session(), &ClientSession::signInFailed);
        client.session().signIn(QStringLiteral("ada"), QStringLiteral("not the password"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWaitMs);
        QCOMPARE(failed.constFirst().constFirst().toString(), u"invalid_credentials");
        QCOMPARE(client.session().connection(), ClientSession::Connection::SignedOut);
        QVERIFY(!client.session().nextReconnectAt().isValid());
    }

    void resumingWithoutAStoredTokenAsksToSignIn()
    {
        TestClient client(serverUrl(), m_data.filePath(QStringLiteral("no-token")));
        QSignalSpy required(&client.session(), &ClientSession::signInRequired);
        client.session().resume(QStringLiteral("nobody")); // never signed in here
        QTRY_COMPARE_WITH_TIMEOUT(required.size(), 1, kWaitMs);
        QVERIFY(required.constFirst().constFirst().toString().isEmpty()); // nothing stored
        QCOMPARE(client.session().connection(), ClientSession::Connection::SignedOut);
    }

    void registersAnAccount()
    {
        TestClient client(serverUrl(), m_data.filePath(QStringLiteral("register")));
        QVERIFY(client.registerAccount(QStringLiteral("dora"), kPassword, QStringLiteral("Dora")));
        QCOMPARE(client.state().me().username, u"dora");
        QCOMPARE(client.state().me().displayName, u"Dora");
        QVERIFY(client.session().tokenStoredInsecurely() ||
                QTest::qWaitFor([&] { return client.session().tokenStoredInsecurely(); }, kWaitMs));
    }

    // The user:<id> join reply holds one page of conversations (50); the session fetches the
    // rest with list_conversations before it counts as online, so the list is complete as it
    // always was. A conversation left while the app was closed is forgotten on the next start
    // even when it is on the last page, and nothing else is.
    void fetchesEveryPageOfTheConversationList()
    {
        const TestServer::Account dave = m_server->registerUser(QStringLiteral("dave"));
        QVERIFY(dave.ok);
        testing::PhoenixClient raw;
        QVERIFY(raw.open(m_server->socketUrl(dave.token)));
        const QString userTopic = QStringLiteral("user:%1").arg(dave.id);
        QCOMPARE(raw.join(userTopic).value(u"status"_qs).toString(), u"ok");
        constexpr int kConversations = 130; // three pages
        QSet<qint64> created;
        for (int i = 0; i < kConversations; ++i) {
            const QJsonObject reply = raw.push(userTopic, QStringLiteral("create_conversation"),
                                               {{u"kind"_qs, u"group"_qs},
                                                {u"title"_qs, QStringLiteral("g%1").arg(i)},
                                                {u"member_ids"_qs, QJsonArray{}}});
            const qint64 id = reply.value(u"response"_qs)
                                  .toObject()
                                  .value(u"conversation"_qs)
                                  .toObject()
                                  .value(u"id"_qs)
                                  .toInteger();
            QVERIFY(id);
            created.insert(id);
        }
        QCOMPARE(raw.join(userTopic).value(u"response"_qs)[u"has_more"_qs], QJsonValue(true));

        auto app = signedIn(QStringLiteral("dave"));
        QVERIFY(app);
        const QList<qint64> listed = app->state().conversationIds();
        QCOMPARE(QSet<qint64>(listed.cbegin(), listed.cend()), created);

        // The oldest one (on the last page) is left while the app is closed.
        const qint64 oldest = *std::min_element(created.cbegin(), created.cend());
        app->quit();
        const QString chat = QStringLiteral("chat:%1").arg(oldest);
        QCOMPARE(raw.join(chat).value(u"status"_qs).toString(), u"ok");
        QCOMPARE(raw.push(chat, QStringLiteral("remove_member"), {{u"user_id"_qs, dave.id}})
                     .value(u"status"_qs)
                     .toString(),
                 u"ok");
        created.remove(oldest);
        app->restart(QStringLiteral("dave"));
        QVERIFY(app->waitOnline());
        const QList<qint64> after = app->state().conversationIds();
        QCOMPARE(QSet<qint64>(after.cbegin(), after.cend()), created);
    }

    void revokedTokenAsksToSignInAgain()
    {
        auto ada = signedIn(QStringLiteral("ada"));
        QVERIFY(ada);
        auto stored = std::make_shared<client::CredentialStore::Result>();
        ada->credentials().readToken(ada->session().accountKey(),
                                     [stored](const auto &result) { *stored = result; });
        QTRY_VERIFY_WITH_TIMEOUT(stored->ok, kWaitMs);

        QSignalSpy required(&ada->session(), &ClientSession::signInRequired);
        // Signed out on another device that shares the token.
        const auto result =
            m_server->request("DELETE", QStringLiteral("/api/v1/session"), {},
                              {{"Authorization", "Bearer " + stored->token.toUtf8()}});
        QCOMPARE(result.status, 204);
        QTRY_COMPARE_WITH_TIMEOUT(required.size(), 1, kWaitMs);
        QCOMPARE(required.constFirst().constFirst().toString(), u"unauthorized");
        QCOMPARE(ada->session().connection(), ClientSession::Connection::SignedOut);
        // The revoked token is gone from the store: the next start asks for the password.
        auto after = std::make_shared<std::optional<client::CredentialStore::Result>>();
        ada->credentials().readToken(ada->session().accountKey(),
                                     [after](const auto &result) { *after = result; });
        QTRY_VERIFY_WITH_TIMEOUT(after->has_value(), kWaitMs);
        QVERIFY(after->value().notFound);
    }
};

QTEST_GUILESS_MAIN(TestClientSession)
#include "tst_clientsession.moc"
