// TrayNotifier (badge, tool tip, menu, notifications and their clicks) without a system tray,
// and IdleWatcher going idle and back on real input events.

#include "IdleWatcher.h"
#include "TrayNotifier.h"

#include <QAction>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using confab::ui::IdleWatcher;
using confab::ui::TrayNotifier;

namespace {

// Pixels of the badge's red: the bubble is blue and its dots white.
int redPixels(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor color = image.pixelColor(x, y);
            if (color.alpha() > 200 && color.red() > 180 && color.green() < 90 && color.blue() < 90)
                ++count;
        }
    }
    return count;
}

QAction *actionNamed(QMenu *menu, const QString &text)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

class TestTrayIdle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        // Without a system tray nothing may complain: the app runs like that on some desktops.
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    }

    void offscreenHasNoTray()
    {
        TrayNotifier tray;
        QVERIFY(!tray.isAvailable());
    }

    void badgeTextIsCapped_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("text");
        QTest::newRow("none") << 0 << "";
        QTest::newRow("negative") << -3 << "";
        QTest::newRow("one") << 1 << "1";
        QTest::newRow("ninety-nine") << 99 << "99";
        QTest::newRow("hundred") << 100 << "99+";
        QTest::newRow("many") << 12345 << "99+";
    }
    void badgeTextIsCapped()
    {
        QFETCH(int, count);
        QFETCH(QString, text);
        QCOMPARE(TrayNotifier::badgeText(count), text);
    }

    void badgeIsPaintedOnlyWithUnread()
    {
        TrayNotifier tray;
        QCOMPARE(redPixels(tray.icon().pixmap(64)), 0);
        QVERIFY(!tray.icon().pixmap(64).isNull());
        tray.setUnreadCount(5);
        QVERIFY(redPixels(tray.icon().pixmap(64)) > 64 * 64 / 20);
        const int small = redPixels(tray.icon().pixmap(64));
        tray.setUnreadCount(150); // "99+": a wider badge
        QVERIFY(redPixels(tray.icon().pixmap(64)) > small);
        tray.setUnreadCount(0);
        QCOMPARE(redPixels(tray.icon().pixmap(64)), 0);
    }

    void toolTipCountsUnread()
    {
        // The app's display name is the product name main() sets; never a translated text.
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Confab"));
        TrayNotifier tray;
        QCOMPARE(tray.toolTip(), QStringLiteral("Confab"));
        tray.setUnreadCount(1);
        QCOMPARE(tray.unreadCount(), 1);
        QCOMPARE(tray.toolTip(), QStringLiteral("Confab — 1 unread"));
        tray.setUnreadCount(250);
        QCOMPARE(tray.toolTip(), QStringLiteral("Confab — 250 unread"));
        tray.setUnreadCount(0);
        QCOMPARE(tray.toolTip(), QStringLiteral("Confab"));
    }

    void menuRequestsShowAndQuit()
    {
        TrayNotifier tray;
        QSignalSpy show(&tray, &TrayNotifier::showWindowRequested);
        QSignalSpy quit(&tray, &TrayNotifier::quitRequested);
        QAction *showAction = actionNamed(tray.contextMenu(), QStringLiteral("Show Confab"));
        QAction *quitAction = actionNamed(tray.contextMenu(), QStringLiteral("Quit"));
        QVERIFY(showAction);
        QVERIFY(quitAction);
        showAction->trigger();
        QCOMPARE(show.count(), 1);
        QCOMPARE(quit.count(), 0);
        quitAction->trigger();
        QCOMPARE(quit.count(), 1);
    }

    void notifyReportsWhatItShows()
    {
        TrayNotifier tray;
        QSignalSpy shown(&tray, &TrayNotifier::notificationShown);
        QVERIFY(tray.notify(QStringLiteral("Ada"), QStringLiteral("lunch?"), 42));
        QVERIFY(tray.lastNotificationShown());
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.first(), QVariantList({QStringLiteral("Ada"), QStringLiteral("lunch?"),
                                              QVariant::fromValue<qint64>(42)}));
    }

    void notifySilencedWhenDisabledOrDoNotDisturb()
    {
        TrayNotifier tray;
        QSignalSpy shown(&tray, &TrayNotifier::notificationShown);
        tray.setEnabled(false);
        QVERIFY(!tray.notify(QStringLiteral("Ada"), QStringLiteral("hi"), 1));
        QVERIFY(!tray.lastNotificationShown());
        tray.setEnabled(true);
        tray.setDoNotDisturb(true);
        QVERIFY(!tray.notify(QStringLiteral("Ada"), QStringLiteral("hi"), 1));
        QVERIFY(!tray.lastNotificationShown());
        QCOMPARE(shown.count(), 0);
        // The badge still counts while silenced.
        tray.setUnreadCount(3);
        QVERIFY(redPixels(tray.icon().pixmap(64)) > 0);
        tray.setDoNotDisturb(false);
        QVERIFY(tray.notify(QStringLiteral("Ada"), QStringLiteral("hi"), 1));
        QCOMPARE(shown.count(), 1);
    }

    void clickOpensTheLastShownConversation()
    {
        TrayNotifier tray;
        QSignalSpy activated(&tray, &TrayNotifier::conversationActivated);
        tray.handleMessageClicked();
        QCOMPARE(activated.count(), 0); // nothing shown yet

        tray.notify(QStringLiteral("Ada"), QStringLiteral("one"), 7);
        tray.notify(QStringLiteral("Grace"), QStringLiteral("two"), 42);
        tray.setDoNotDisturb(true);
        tray.notify(QStringLiteral("Linus"), QStringLiteral("silenced"), 99);
        tray.handleMessageClicked();
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().value<qint64>(), qint64(42));
    }

    void idleAfterTimeoutAndBackOnKeyPress()
    {
        QLineEdit widget;
        widget.show();
        IdleWatcher watcher;
        QSignalSpy changed(&watcher, &IdleWatcher::idleChanged);
        watcher.setIdleTimeoutMs(100);
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.last().first().toBool(), true);
        QVERIFY(watcher.isIdle());
        QVERIFY(!changed.wait(400)); // once, not every timeout

        QTest::keyClick(&widget, Qt::Key_A);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.last().first().toBool(), false);
        QVERIFY(!watcher.isIdle());
        QTest::keyClick(&widget, Qt::Key_B);
        QCOMPARE(changed.count(), 2); // back once

        QVERIFY(changed.wait(5000)); // and idle again later
        QCOMPARE(changed.last().first().toBool(), true);
    }

    void inputKeepsItActive()
    {
        QLineEdit widget;
        widget.show();
        IdleWatcher watcher;
        QSignalSpy changed(&watcher, &IdleWatcher::idleChanged);
        watcher.setIdleTimeoutMs(1000);
        QTimer typing;
        connect(&typing, &QTimer::timeout, &widget, [&widget] {
            QTest::mouseMove(&widget, QPoint(5 + int(widget.text().size() % 10), 5));
            QTest::keyClick(&widget, Qt::Key_X);
        });
        typing.start(50);
        QVERIFY(!changed.wait(2500)); // steady input over more than two timeouts
        typing.stop();
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.first().first().toBool(), true);
    }

    void mouseInputWakesUp()
    {
        QLineEdit widget;
        widget.show();
        IdleWatcher watcher;
        QSignalSpy changed(&watcher, &IdleWatcher::idleChanged);
        watcher.setIdleTimeoutMs(100);
        QVERIFY(changed.wait(5000));
        QTest::mouseClick(&widget, Qt::LeftButton);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.last().first().toBool(), false);
    }

    void zeroTimeoutNeverIdles()
    {
        IdleWatcher watcher;
        QSignalSpy changed(&watcher, &IdleWatcher::idleChanged);
        watcher.setIdleTimeoutMs(100);
        QVERIFY(changed.wait(5000));
        watcher.setIdleTimeoutMs(0); // "never": no longer away
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.last().first().toBool(), false);
        QVERIFY(!changed.wait(400));
    }
};

QTEST_MAIN(TestTrayIdle)
#include "tst_tray_idle.moc"
