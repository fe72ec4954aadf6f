// SingleInstance: the first object claims the per-user socket, later ones hand their
// arguments over, and a socket left by a crashed primary is taken over. The secondary runs
// on its own thread because notifyPrimary() blocks, as it may in a process about to exit.

#include "SingleInstance.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <atomic>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using confab::app::SingleInstance;

namespace {

constexpr int kTimeoutMs = 10'000;

struct SecondaryResult
{
    bool claimed = true;
    bool delivered = false;
};

// Runs a second instance on another thread: claim(), then notifyPrimary() if not primary.
SecondaryResult runSecondary(const QString &suffix, const QStringList &arguments)
{
    SecondaryResult result;
    std::atomic<bool> done = false;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        SingleInstance secondary(suffix);
        result.claimed = secondary.claim();
        if (!result.claimed)
            result.delivered = secondary.notifyPrimary(arguments);
        done = true;
    }));
    thread->start();
    // The primary answers from this thread's event loop.
    if (!QTest::qWaitFor([&] { return done.load(); }, kTimeoutMs))
        qWarning() << "the secondary instance did not finish in time";
    thread->wait();
    return result;
}

// What a primary that crashed leaves behind: a socket file nobody listens on.
bool createStaleSocket(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (size_t(name.size()) >= sizeof(address.sun_path))
        return false;
    memcpy(address.sun_path, name.constData(), size_t(name.size()) + 1);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
    ::close(fd);
    return bound;
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // A private runtime directory, as a login session has.
        QVERIFY(m_runtimeDir.isValid());
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtimeDir.path()));
    }

    void init()
    {
        // Unique per test, so neither a running Confab nor an earlier test gets in the way.
        m_suffix = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    }

    void nameIsPerUserAndSuffix()
    {
        const SingleInstance a(m_suffix);
        const SingleInstance b(m_suffix);
        const SingleInstance other(QStringLiteral("other"));
        const SingleInstance plain;
        QCOMPARE(a.serverName(), b.serverName());
        QVERIFY(a.serverName() != other.serverName());
        // In the user's own runtime directory, where nobody else can connect or squat it.
        QCOMPARE(QFileInfo(plain.serverName()).absolutePath(), m_runtimeDir.path());
        QVERIFY(QFileInfo(plain.serverName()).fileName().startsWith(QLatin1StringView("confab-")));
        QVERIFY(a.serverName().startsWith(plain.serverName() + QLatin1Char('-')));
    }

    void firstClaimsSecondDoesNot()
    {
        SingleInstance primary(m_suffix);
        QVERIFY(primary.claim());
        QVERIFY(primary.isPrimary());
        QVERIFY(primary.claim()); // claiming again keeps it

        SingleInstance second(m_suffix);
        QVERIFY(!second.claim());
        QVERIFY(!second.isPrimary());
    }

    void primaryReleasesOnExit()
    {
        {
            SingleInstance primary(m_suffix);
            QVERIFY(primary.claim());
        }
        SingleInstance next(m_suffix);
        QVERIFY(next.claim());
    }

    void argumentsReachThePrimary()
    {
        SingleInstance primary(m_suffix);
        QVERIFY(primary.claim());
        QSignalSpy activated(&primary, &SingleInstance::activated);
        const QStringList arguments{QStringLiteral("confab"), QStringLiteral("--minimized"),
                                    QStringLiteral("ünïcödé")};

        const SecondaryResult result = runSecondary(m_suffix, arguments);
        QVERIFY(!result.claimed);
        QVERIFY(result.delivered);
        QTRY_COMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toStringList(), arguments);
    }

    void notifyWithoutPrimaryFails()
    {
        SingleInstance lonely(m_suffix);
        QVERIFY(!lonely.notifyPrimary({QStringLiteral("confab")}, 2000));
    }

    void staleSocketIsTakenOver()
    {
        const QString path = SingleInstance(m_suffix).serverName();
        QVERIFY(createStaleSocket(path));
        QVERIFY(QFileInfo::exists(path));
        QLocalSocket probe;
        probe.connectToServer(path);
        QVERIFY(!probe.waitForConnected(2000)); // really stale

        SingleInstance primary(m_suffix);
        QVERIFY(primary.claim());
        QSignalSpy activated(&primary, &SingleInstance::activated);
        const SecondaryResult result = runSecondary(m_suffix, {QStringLiteral("confab")});
        QVERIFY(result.delivered);
        QTRY_COMPARE(activated.count(), 1);
    }

    void malformedRequestIsDropped()
    {
        SingleInstance primary(m_suffix);
        QVERIFY(primary.claim());
        QSignalSpy activated(&primary, &SingleInstance::activated);
        QLocalSocket client;
        QSignalSpy disconnected(&client, &QLocalSocket::disconnected);
        client.connectToServer(primary.serverName());
        QVERIFY(client.waitForConnected(kTimeoutMs));
        QTest::ignoreMessage(QtWarningMsg, "dropping a malformed request from another instance");
        client.write("GET / HTTP/1.1\r\n\r\n");
        QVERIFY(disconnected.wait(kTimeoutMs));
        QCOMPARE(activated.count(), 0);
        QCOMPARE(client.bytesAvailable(), 0);
    }

    void oversizedRequestIsDropped()
    {
        SingleInstance primary(m_suffix);
        QVERIFY(primary.claim());
        QSignalSpy activated(&primary, &SingleInstance::activated);
        QLocalSocket client;
        QSignalSpy disconnected(&client, &QLocalSocket::disconnected);
        client.connectToServer(primary.serverName());
        QVERIFY(client.waitForConnected(kTimeoutMs));
        // The right magic, then a length of 16 MiB: refused before anything is allocated.
        QTest::ignoreMessage(QtWarningMsg, "dropping a malformed request from another instance");
        client.write(QByteArray::fromHex("4346423101000000"));
        QVERIFY(disconnected.wait(kTimeoutMs));
        QCOMPARE(activated.count(), 0);
    }

private:
    QTemporaryDir m_runtimeDir;
    QString m_suffix;
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
