// EmbeddedHost: the server module on its own thread, checked over real HTTP on loopback.

#include "EmbeddedHost.h"
#include "LanAddresses.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <sys/stat.h>

using namespace confab::app;

namespace {

// Starting opens and migrates a database; under sanitizers that takes a while.
constexpr int kStartTimeoutMs = 30'000;

struct HttpResult
{
    int status = 0;
    QJsonObject json;
};

struct CreateResult
{
    bool called = false;
    bool ok = false;
    QString error;
    QThread *thread = nullptr;
};

} // namespace

class TestEmbeddedHost : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { m_network.setProxy(QNetworkProxy::NoProxy); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void startsOnItsOwnThreadAndAnswersHealthz()
    {
        EmbeddedHost host;
        const EmbeddedHost::Config config = configIn(QStringLiteral("new/data"));
        QVERIFY(!QFileInfo::exists(config.dataDir));
        QVERIFY(start(host, config));

        QVERIFY(host.isRunning());
        QVERIFY(host.port() > 0);
        QCOMPARE(host.url(), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(host.port())));
        QVERIFY(host.serverThread()->isRunning());
        QVERIFY(host.serverThread() != QThread::currentThread());

        const HttpResult health = request(host, "GET", QStringLiteral("/healthz"));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json.value(QLatin1StringView("status")).toString(), QStringLiteral("ok"));

        const QFileInfo dataDir(config.dataDir);
        QVERIFY(dataDir.isDir());
        const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                          QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(dataDir.permissions() & ownerOnly, ownerOnly);
        QCOMPARE(dataDir.permissions() & others, QFile::Permissions());
        QVERIFY(QFileInfo::exists(config.dataDir + QStringLiteral("/confab.sqlite3")));
    }

    // The GUI thread sits in a blocking read without an event loop; a server on the GUI thread
    // could not answer until the read timed out.
    void serverAnswersWhileGuiThreadIsBlocked()
    {
        EmbeddedHost host;
        QVERIFY(start(host, configIn(QStringLiteral("data"))));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, host.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QVERIFY(socket.waitForBytesWritten(5000));
        QVERIFY(socket.waitForReadyRead(10'000));
        QVERIFY2(socket.readAll().startsWith("HTTP/1.1 200"), "no 200 from /healthz");
    }

    void createdUserCanSignIn()
    {
        EmbeddedHost host;
        QVERIFY(start(host, configIn(QStringLiteral("data"))));
        const CreateResult created = createUser(host, QStringLiteral("ada"));
        QVERIFY(created.called);
        QVERIFY2(created.ok, qPrintable(created.error));
        QCOMPARE(created.thread, QThread::currentThread());

        const HttpResult session = request(host, "POST", QStringLiteral("/api/v1/session"),
                                           credentials(QStringLiteral("ada")));
        QCOMPARE(session.status, 200);
        QCOMPARE(session.json.value(QLatin1StringView("user"))
                     .toObject()
                     .value(QLatin1StringView("display_name"))
                     .toString(),
                 QStringLiteral("Ada"));
        QVERIFY(!session.json.value(QLatin1StringView("token")).toString().isEmpty());

        QJsonObject wrong = credentials(QStringLiteral("ada"));
        wrong.insert(QStringLiteral("password"), QStringLiteral("not her password"));
        QCOMPARE(request(host, "POST", QStringLiteral("/api/v1/session"), wrong).status, 401);
    }

    void createUserReportsServerErrors()
    {
        EmbeddedHost host;
        QVERIFY(start(host, configIn(QStringLiteral("data"))));
        QVERIFY(createUser(host, QStringLiteral("ada")).ok);
        const CreateResult again = createUser(host, QStringLiteral("ada"));
        QVERIFY(again.called);
        QVERIFY(!again.ok);
        QCOMPARE(again.error, QStringLiteral("username is taken"));
        const CreateResult invalid = createUser(host, QStringLiteral("no spaces allowed"));
        QVERIFY(!invalid.ok);
        QVERIFY2(invalid.error.startsWith(QLatin1StringView("username must be")),
                 qPrintable(invalid.error));
    }

    void createUserWithoutServerFails()
    {
        EmbeddedHost host;
        const CreateResult result = createUser(host, QStringLiteral("ada"));
        QVERIFY(result.called);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, QStringLiteral("The server on this computer is not running."));
        QCOMPARE(result.thread, QThread::currentThread());
    }

    void registrationClosedWhenLocalOnly()
    {
        EmbeddedHost host;
        QVERIFY(start(host, configIn(QStringLiteral("data"))));
        const HttpResult result = request(host, "POST", QStringLiteral("/api/v1/register"),
                                          credentials(QStringLiteral("mallory")));
        QCOMPARE(result.status, 403);
    }

    // LAN mode is not open sign-up for the network: registration stays closed, over loopback
    // and from a private address alike, while accounts created here sign in from both.
    void lanAccessKeepsRegistrationClosed()
    {
        EmbeddedHost host;
        EmbeddedHost::Config config = configIn(QStringLiteral("data"));
        config.lanAccess = true;
        QVERIFY(start(host, config));
        for (const QHostAddress &address : host.lanAddresses())
            QVERIFY2(isPrivateNetworkAddress(address), qPrintable(address.toString()));
        const HttpResult local = request(host, "POST", QStringLiteral("/api/v1/register"),
                                         credentials(QStringLiteral("mallory")));
        QCOMPARE(local.status, 403);
        QVERIFY(createUser(host, QStringLiteral("grace")).ok);

        // From this computer's own private addresses the peer is not loopback, as a
        // teammate's computer would be. Link-local ones need a scope in the URL; skipped.
        int tried = 0;
        for (const QHostAddress &address : host.lanAddresses()) {
            if (!address.scopeId().isEmpty())
                continue;
            QUrl base(QStringLiteral("http://%1").arg(addressWithPort(address, host.port())));
            const HttpResult refused = request(base, "POST", QStringLiteral("/api/v1/register"),
                                               credentials(QStringLiteral("mallory")));
            QCOMPARE(refused.status, 403);
            QCOMPARE(refused.json.value(QLatin1StringView("error")).toString(),
                     QStringLiteral("forbidden"));
            QCOMPARE(request(base, "POST", QStringLiteral("/api/v1/session"),
                             credentials(QStringLiteral("grace")))
                         .status,
                     200);
            ++tried;
        }
        if (tried == 0)
            QSKIP("this machine has no private network address to register from");
    }

    // LAN mode listens on loopback and each private address, never on every interface: a
    // public address (or another loopback one) refuses the connection.
    void lanAccessListensOnlyOnPrivateAddresses()
    {
        EmbeddedHost host;
        EmbeddedHost::Config config = configIn(QStringLiteral("data"));
        config.lanAccess = true;
        QVERIFY(start(host, config));
        QCOMPARE(host.lanAddresses(), privateNetworkAddresses(host.lanAddresses()));
        QList<QHostAddress> addresses = interfaceAddresses();
        addresses.append(QHostAddress(QStringLiteral("127.0.0.2"))); // not the one listened on
        int publicOnes = 0;
        for (const QHostAddress &address : std::as_const(addresses)) {
            const bool expected = address == QHostAddress(QHostAddress::LocalHost) ||
                                  host.lanAddresses().contains(address);
            if (!address.isLoopback() && !isPrivateNetworkAddress(address))
                ++publicOnes;
            QTcpSocket socket;
            socket.connectToHost(address, host.port());
            const bool connected = socket.waitForConnected(5000);
            QVERIFY2(connected == expected, qPrintable(address.toString()));
            if (!connected)
                QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
        }
        qInfo() << "public addresses checked:" << publicOnes;
    }

    void localOnlyDoesNotListenBeyondLoopback()
    {
        EmbeddedHost host;
        QVERIFY(start(host, configIn(QStringLiteral("data"))));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(QStringLiteral("127.0.0.2")), host.port());
        QVERIFY(!socket.waitForConnected(5000));
        QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
    }

    void takenPortFallsBackToAFreeOne()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        EmbeddedHost host;
        EmbeddedHost::Config config = configIn(QStringLiteral("data"));
        config.port = squatter.serverPort();
        QSignalSpy started(&host, &EmbeddedHost::started);
        QVERIFY(start(host, config));
        QVERIFY(host.port() > 0);
        QVERIFY(host.port() != squatter.serverPort());
        QCOMPARE(started.first().first().value<quint16>(), host.port());
        QCOMPARE(request(host, "GET", QStringLiteral("/healthz")).status, 200);
    }

    void unusableDataDirFails()
    {
        QFile blocker(m_dir->filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        EmbeddedHost host;
        QSignalSpy failed(&host, &EmbeddedHost::failed);
        host.start(configIn(QStringLiteral("blocker/data")));
        QVERIFY(failed.wait(kStartTimeoutMs));
        QCOMPARE(failed.first().first().toString(),
                 QStringLiteral("Could not create the data folder %1.")
                     .arg(m_dir->filePath(QStringLiteral("blocker/data"))));
        QVERIFY(!host.isRunning());
        QVERIFY(host.url().isEmpty());
    }

    void secondHostOnSameDataDirIsRefused()
    {
        EmbeddedHost first;
        QVERIFY(start(first, configIn(QStringLiteral("data"))));
        EmbeddedHost second;
        QSignalSpy failed(&second, &EmbeddedHost::failed);
        second.start(configIn(QStringLiteral("data")));
        QVERIFY(failed.wait(kStartTimeoutMs));
        // The lock is per open file, so even this process's own second server is refused.
        QCOMPARE(failed.first().first().toString(),
                 QStringLiteral("Another Confab server (process %1) is already using the data "
                                "folder %2. Stop it first, or choose another folder.")
                     .arg(QCoreApplication::applicationPid())
                     .arg(m_dir->filePath(QStringLiteral("data"))));
        QVERIFY(!second.isRunning());
        QCOMPARE(request(first, "GET", QStringLiteral("/healthz")).status, 200);
    }

    void dataFilesArePrivateWhateverTheUmask()
    {
        const mode_t previous = ::umask(0);
        EmbeddedHost host;
        const bool started = start(host, configIn(QStringLiteral("data")));
        ::umask(previous);
        QVERIFY(started);
        QCOMPARE(request(host, "GET", QStringLiteral("/healthz")).status, 200);
        const QFileDevice::Permissions others = QFile::ReadGroup | QFile::WriteGroup |
                                                QFile::ExeGroup | QFile::ReadOther |
                                                QFile::WriteOther | QFile::ExeOther;
        const QDir data(m_dir->filePath(QStringLiteral("data")));
        for (const QString &name : data.entryList(QDir::Files)) {
            const QFileInfo file(data.filePath(name));
            QVERIFY2((file.permissions() & others) == 0, qPrintable(name));
        }
        QVERIFY(data.exists(QStringLiteral("confab.sqlite3")));
    }

    void stopClosesThePortAndStartWorksAgain()
    {
        EmbeddedHost host;
        QVERIFY(start(host, configIn(QStringLiteral("data"))));
        const quint16 port = host.port();
        QSignalSpy stopped(&host, &EmbeddedHost::stopped);
        host.stop();
        QVERIFY(!host.isRunning());
        QVERIFY(host.url().isEmpty());
        QVERIFY(stopped.wait(kStartTimeoutMs));
        QVERIFY(refusesConnections(port));

        QVERIFY(start(host, configIn(QStringLiteral("data"))));
        QCOMPARE(request(host, "GET", QStringLiteral("/healthz")).status, 200);
    }

    void stopWhileStartingReportsNoStart()
    {
        EmbeddedHost host;
        QSignalSpy started(&host, &EmbeddedHost::started);
        QSignalSpy stopped(&host, &EmbeddedHost::stopped);
        host.start(configIn(QStringLiteral("data")));
        host.stop();
        QVERIFY(stopped.wait(kStartTimeoutMs));
        QCOMPARE(started.count(), 0);
        QVERIFY(!host.isRunning());
    }

    void destructorStopsTheServer()
    {
        auto host = std::make_unique<EmbeddedHost>();
        QVERIFY(start(*host, configIn(QStringLiteral("data"))));
        const quint16 port = host->port();
        host.reset();
        QVERIFY(refusesConnections(port));
    }

private:
    EmbeddedHost::Config configIn(const QString &relativeDir) const
    {
        EmbeddedHost::Config config;
        config.dataDir = m_dir->filePath(relativeDir);
        config.port = 0;
        config.minimalPasswordHashCost = true;
        return config;
    }

    static bool start(EmbeddedHost &host, const EmbeddedHost::Config &config)
    {
        QSignalSpy started(&host, &EmbeddedHost::started);
        QSignalSpy failed(&host, &EmbeddedHost::failed);
        host.start(config);
        if (!QTest::qWaitFor([&] { return !started.isEmpty() || !failed.isEmpty(); },
                             kStartTimeoutMs))
            qWarning() << "neither started nor failed in time";
        if (!failed.isEmpty())
            qWarning() << "did not start:" << failed.first().first().toString();
        return !started.isEmpty();
    }

    static QJsonObject credentials(const QString &username)
    {
        return {{QStringLiteral("username"), username},
                {QStringLiteral("password"), QStringLiteral("correct horse battery")}};
    }

    static CreateResult createUser(EmbeddedHost &host, const QString &username)
    {
        auto result = std::make_shared<CreateResult>();
        host.createUser(username, QStringLiteral("Ada"), QStringLiteral("correct horse battery"),
                        [result](bool ok, const QString &error) {
                            result->called = true;
                            result->ok = ok;
                            result->error = error;
                            result->thread = QThread::currentThread();
                        });
        if (!QTest::qWaitFor([&] { return result->called; }, kStartTimeoutMs))
            qWarning() << "createUser() did not answer in time";
        return *result;
    }

    HttpResult request(const EmbeddedHost &host, const QByteArray &method, const QString &path,
                       const QJsonObject &body = {})
    {
        return request(host.url(), method, path, body);
    }

    HttpResult request(const QUrl &base, const QByteArray &method, const QString &path,
                       const QJsonObject &body = {})
    {
        QNetworkRequest request(base.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        const QByteArray data =
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
        std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, data));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(kStartTimeoutMs))
            return {};
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                QJsonDocument::fromJson(reply->readAll()).object()};
    }

    static bool refusesConnections(quint16 port)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        return !socket.waitForConnected(5000) &&
               socket.error() == QAbstractSocket::ConnectionRefusedError;
    }

    std::unique_ptr<QTemporaryDir> m_dir; // fresh for every test: a new database
    QNetworkAccessManager m_network;
};

QTEST_GUILESS_MAIN(TestEmbeddedHost)
#include "tst_embeddedhost.moc"
