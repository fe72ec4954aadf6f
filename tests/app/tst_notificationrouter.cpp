// NotificationRouter: which server events become desktop notifications. Real server, real
// sessions; the tray reports what it would show (no system tray on the test machine).

#include "../ui/LiveSessionFixture.h"
#include "AppSettings.h"
#include "MainWindow.h"
#include "NotificationRouter.h"
#include "TrayNotifier.h"

#include <QSignalSpy>
#include <QTest>

using namespace confab;
using ui::test::kWaitMs;
using ui::test::LiveServer;

class TestNotificationRouter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_live.start());
        m_ada = m_live.signIn(QStringLiteral("ada"));
        m_bob = m_live.signIn(QStringLiteral("bob"));
        QVERIFY(m_ada && m_bob);
        m_settings.setNotificationsEnabled(true);
        m_settings.setShowMessagePreview(true);
        m_router = std::make_unique<app::NotificationRouter>(&m_settings, &m_tray, &m_window);
        m_router->watch(m_ada->session.get());
    }

    void aMessageElsewhereNotifiesAndOpensOnClick()
    {
        QSignalSpy shown(&m_tray, &ui::TrayNotifier::notificationShown);
        const qint64 group = LiveServer::createGroup(*m_bob, QStringLiteral("Lunch"), {m_ada->id});
        QVERIFY(group);
        m_group = group;
        QTRY_VERIFY_WITH_TIMEOUT(m_ada->state()->conversation(group), kWaitMs);
        shown.clear(); // "added to the conversation" is a notification of its own
        QVERIFY(LiveServer::send(*m_bob, group, QStringLiteral("Pizza at noon?")));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kWaitMs);
        // The members of a conversation not opened yet are unknown: the title names it.
        QCOMPARE(shown.at(0).at(0).toString(), u"Lunch");
        QCOMPARE(shown.at(0).at(1).toString(), u"Pizza at noon?");
        QCOMPARE(shown.at(0).at(2).toLongLong(), group);

        // Clicking it opens that conversation of that account.
        QSignalSpy activated(m_router.get(), &app::NotificationRouter::conversationActivated);
        m_tray.handleMessageClicked();
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(1).toLongLong(), group);
    }

    void previewCanBeHidden()
    {
        QSignalSpy shown(&m_tray, &ui::TrayNotifier::notificationShown);
        m_settings.setShowMessagePreview(false);
        QVERIFY(LiveServer::send(*m_bob, m_group, QStringLiteral("secret plans")));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kWaitMs);
        QVERIFY(!shown.at(0).at(1).toString().contains(u"secret"));
        m_settings.setShowMessagePreview(true);
    }

    void doNotDisturbAndDisabledStayQuiet()
    {
        QSignalSpy shown(&m_tray, &ui::TrayNotifier::notificationShown);
        m_ada->session->setStatus(client::Availability::DoNotDisturb);
        QVERIFY(LiveServer::send(*m_bob, m_group, QStringLiteral("quiet please")));
        m_settings.setNotificationsEnabled(false);
        m_ada->session->setStatus(client::Availability::Online);
        QVERIFY(LiveServer::send(*m_bob, m_group, QStringLiteral("still quiet")));
        // A marker after both: once it shows, the two before it would have shown too.
        m_settings.setNotificationsEnabled(true);
        QVERIFY(LiveServer::send(*m_bob, m_group, QStringLiteral("marker")));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kWaitMs);
        QCOMPARE(shown.at(0).at(1).toString(), u"marker");
    }

    void theOpenConversationNotifiesOnlyWhenTheWindowIsNotActive()
    {
        QVERIFY(LiveServer::open(*m_ada, m_group)); // joined: the server stops notifying
        QSignalSpy shown(&m_tray, &ui::TrayNotifier::notificationShown);
        QVERIFY(LiveServer::send(*m_bob, m_group, QStringLiteral("you are reading this")));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kWaitMs);    // the window is not active here
        QCOMPARE(shown.at(0).at(0).toString(), u"BOB in Lunch"); // members known once opened
        QCOMPARE(shown.at(0).at(1).toString(), u"you are reading this");
        // Older pages loaded by scrolling are not news.
        m_ada->session->loadOlder(m_group);
        QVERIFY(LiveServer::send(*m_bob, m_group, QStringLiteral("second")));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, kWaitMs);
        QCOMPARE(shown.at(1).at(1).toString(), u"second");
    }

    // The title says who wrote and where; the body is what the message reads like, not its
    // Markdown source.
    void titleNamesSenderAndConversationAndBodyIsPlainText()
    {
        QSignalSpy shown(&m_tray, &ui::TrayNotifier::notificationShown);
        // The title of the notification with this body, or "" while there is none.
        const auto titleFor = [&shown](const QString &body) {
            for (const QList<QVariant> &notification : std::as_const(shown)) {
                if (notification.at(1).toString() == body)
                    return notification.at(0).toString();
            }
            return QString();
        };
        qint64 direct = 0;
        m_bob->session->createConversation(true, {}, {m_ada->id},
                                           [&](qint64 id, const QString &) { direct = id; });
        QTRY_VERIFY_WITH_TIMEOUT(direct && m_ada->state()->conversation(direct), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_ada->state()->displayName(direct).isEmpty(), kWaitMs);
        QVERIFY(
            LiveServer::send(*m_bob, direct, QStringLiteral("**Ship** it _today_, see `v0.2`")));
        // A direct conversation: just the sender.
        QTRY_COMPARE_WITH_TIMEOUT(titleFor(u"Ship it today, see v0.2"_qs), u"BOB"_qs, kWaitMs);

        // A group Ada has never opened: its members are unknown here, but Bob is known from
        // the direct conversation.
        const qint64 release =
            LiveServer::createGroup(*m_bob, QStringLiteral("Release 0.2"), {m_ada->id});
        QVERIFY(release);
        QTRY_VERIFY_WITH_TIMEOUT(m_ada->state()->conversation(release), kWaitMs);
        QVERIFY(LiveServer::send(*m_bob, release, QStringLiteral("> quoted\n\n# Heading")));
        QTRY_COMPARE_WITH_TIMEOUT(titleFor(u"quoted Heading"_qs), u"BOB in Release 0.2"_qs,
                                  kWaitMs);
    }

private:
    LiveServer m_live;
    std::unique_ptr<ui::test::LiveAccount> m_ada;
    std::unique_ptr<ui::test::LiveAccount> m_bob;
    ui::AppSettings m_settings;
    ui::TrayNotifier m_tray;
    ui::MainWindow m_window;
    std::unique_ptr<app::NotificationRouter> m_router;
    qint64 m_group = 0;
};

QTEST_MAIN(TestNotificationRouter)
#include "tst_notificationrouter.moc"
