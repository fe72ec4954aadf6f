// ServerConfig::moreHosts: the server listens on `host` and on each further address with the
// same port, and nowhere else (the desktop app's LAN mode lists private addresses there).
// 127.0.0.0/8 is all loopback on Linux, so 127.0.0.2 stands in for a second interface.

#include "TestServer.h"

#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

using namespace confab;
using confab::testing::TestServer;

namespace {
bool accepts(const QHostAddress &address, quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(address, port);
    return socket.waitForConnected(5000);
}
} // namespace

class TestListenAddresses : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listensOnEveryListedAddressOnly()
    {
        server::ServerConfig config;
        config.moreHosts = {QHostAddress(QStringLiteral("127.0.0.2"))};
        TestServer server(config);
        QVERIFY(server.start());
        QVERIFY(accepts(QHostAddress(QStringLiteral("127.0.0.1")), server.port()));
        QVERIFY(accepts(QHostAddress(QStringLiteral("127.0.0.2")), server.port()));
        QVERIFY(!accepts(QHostAddress(QStringLiteral("127.0.0.3")), server.port()));
        QCOMPARE(server.request("GET", QStringLiteral("/healthz")).status, 200);
    }

    void wildcardsAreRefused_data()
    {
        QTest::addColumn<QHostAddress>("address");
        QTest::newRow("0.0.0.0") << QHostAddress(QHostAddress::AnyIPv4);
        QTest::newRow("::") << QHostAddress(QHostAddress::AnyIPv6);
        QTest::newRow("any") << QHostAddress(QHostAddress::Any);
        QTest::newRow("null") << QHostAddress();
    }

    void wildcardsAreRefused()
    {
        QFETCH(QHostAddress, address);
        server::ServerConfig config;
        config.dataDir = QStringLiteral("/tmp/unused");
        config.moreHosts = {address};
        QCOMPARE(config.validate(),
                 QStringLiteral("additional listen addresses must be specific addresses"));
    }

    void anAddressThatCannotBeListenedOnFailsTheStart()
    {
        server::ServerConfig config;
        config.moreHosts = {QHostAddress(QStringLiteral("192.0.2.123"))}; // not this computer's
        TestServer server(config);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("listen on")));
        QVERIFY(!server.start());
    }
};

QTEST_GUILESS_MAIN(TestListenAddresses)
#include "tst_listenaddresses.moc"
