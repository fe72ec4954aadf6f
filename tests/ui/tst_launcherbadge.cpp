// The launcher badge on a real D-Bus: a private dbus-daemon for the test, a listener on it as a
// dock would be, and the Unity LauncherEntry signals the app sends.

#include "LauncherBadge.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace confab;

// Receives the Update signals as a dock does. QtDBus connects bus signals by slot signature
// only, hence the old-style slot here.
class DockListener : public QObject
{
    Q_OBJECT
public:
    QString lastAppUri;
    QVariantMap lastProperties;

Q_SIGNALS:
    void updated();

public Q_SLOTS:
    void onUpdate(const QString &appUri, const QVariantMap &properties)
    {
        lastAppUri = appUri;
        lastProperties = properties;
        Q_EMIT updated();
    }
};

class TestLauncherBadge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void countsAreSentToTheDock();
    void withoutABusNothingBreaks();

private:
    QProcess m_daemon;
    QString m_address;
};

void TestLauncherBadge::initTestCase()
{
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (daemon.isEmpty())
        QSKIP("dbus-daemon is not installed");
    m_daemon.start(daemon, {QStringLiteral("--session"), QStringLiteral("--nofork"),
                            QStringLiteral("--print-address")});
    QVERIFY(m_daemon.waitForStarted());
    QTRY_VERIFY(m_daemon.canReadLine());
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    QVERIFY(!m_address.isEmpty());
}

void TestLauncherBadge::cleanupTestCase()
{
    QDBusConnection::disconnectFromBus(QStringLiteral("app"));
    QDBusConnection::disconnectFromBus(QStringLiteral("dock"));
    m_daemon.terminate();
    m_daemon.waitForFinished();
}

void TestLauncherBadge::countsAreSentToTheDock()
{
    QDBusConnection dock = QDBusConnection::connectToBus(m_address, QStringLiteral("dock"));
    QDBusConnection app = QDBusConnection::connectToBus(m_address, QStringLiteral("app"));
    QVERIFY(dock.isConnected() && app.isConnected());
    DockListener listener;
    QVERIFY(dock.connect(QString(), QString(), QStringLiteral("com.canonical.Unity.LauncherEntry"),
                         QStringLiteral("Update"), &listener,
                         SLOT(onUpdate(QString, QVariantMap))));
    QSignalSpy updates(&listener, &DockListener::updated);

    ui::LauncherBadge badge(QStringLiteral("confab"), app);
    badge.setCount(0); // clears what an earlier run may have left
    QVERIFY(updates.wait());
    QCOMPARE(listener.lastAppUri, QStringLiteral("application://confab.desktop"));
    QCOMPARE(listener.lastProperties.value(QStringLiteral("count-visible")).toBool(), false);

    badge.setCount(7);
    QVERIFY(updates.wait());
    QCOMPARE(listener.lastProperties.value(QStringLiteral("count")).toLongLong(), 7);
    QCOMPARE(listener.lastProperties.value(QStringLiteral("count-visible")).toBool(), true);

    badge.setCount(7);  // unchanged: nothing to say
    badge.setCount(-3); // never below zero
    QVERIFY(updates.wait());
    QCOMPARE(updates.count(), 3);
    QCOMPARE(listener.lastProperties.value(QStringLiteral("count")).toLongLong(), 0);
    QCOMPARE(listener.lastProperties.value(QStringLiteral("count-visible")).toBool(), false);
}

void TestLauncherBadge::withoutABusNothingBreaks()
{
    ui::LauncherBadge badge(QStringLiteral("confab"),
                            QDBusConnection::connectToBus(QStringLiteral("unix:path=/nonexistent"),
                                                          QStringLiteral("nobus")));
    badge.setCount(4);
    QCOMPARE(badge.count(), 4);
    QDBusConnection::disconnectFromBus(QStringLiteral("nobus"));
}

QTEST_GUILESS_MAIN(TestLauncherBadge)
#include "tst_launcherbadge.moc"
