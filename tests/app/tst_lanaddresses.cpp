// Which addresses the embedded server's LAN mode may listen on: only ones the internet cannot
// route to (RFC 1918, link-local, IPv6 unique local), never loopback or a public address.

#include "LanAddresses.h"

#include <QTest>

using namespace confab::app;
using namespace Qt::StringLiterals;

class TestLanAddresses : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classifies_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("isPrivate");
        const QList<std::pair<const char *, bool>> rows{
            {"10.0.0.1", true},
            {"10.255.255.255", true},
            {"172.16.0.1", true},
            {"172.31.255.254", true},
            {"172.15.255.255", false},
            {"172.32.0.1", false},
            {"192.168.1.20", true},
            {"192.169.0.1", false},
            {"169.254.3.4", true},
            {"127.0.0.1", false},
            {"127.0.0.2", false},
            {"0.0.0.0", false},
            {"8.8.8.8", false},
            {"192.0.2.2", false}, // documentation range: public
            {"100.64.0.1", false},
            {"::ffff:192.168.1.20", true},
            {"::ffff:8.8.8.8", false},
            {"fd00::2", true},
            {"fc00::1", true},
            {"fe80::1", true},
            {"fe80::1%lo", true},
            {"febf::1", true},
            {"fec0::1", false},
            {"::1", false},
            {"::", false},
            {"2001:db8::1", false},
            {"2a00:1450:4001::200e", false},
        };
        for (const auto &[address, isPrivate] : rows)
            QTest::newRow(address) << QString::fromLatin1(address) << isPrivate;
    }

    void classifies()
    {
        QFETCH(QString, address);
        QFETCH(bool, isPrivate);
        const QHostAddress parsed(address);
        QVERIFY(!parsed.isNull());
        QCOMPARE(isPrivateNetworkAddress(parsed), isPrivate);
    }

    void nullIsNotPrivate() { QVERIFY(!isPrivateNetworkAddress(QHostAddress())); }

    void filtersInOrderWithoutDuplicates()
    {
        const QList<QHostAddress> candidates{
            QHostAddress(u"127.0.0.1"_s),    QHostAddress(u"203.0.113.9"_s),
            QHostAddress(u"192.168.1.20"_s), QHostAddress(u"fd00::2"_s),
            QHostAddress(u"192.168.1.20"_s), QHostAddress(u"2001:db8::5"_s)};
        QCOMPARE(
            privateNetworkAddresses(candidates),
            (QList<QHostAddress>{QHostAddress(u"192.168.1.20"_s), QHostAddress(u"fd00::2"_s)}));
    }

    void interfaceAddressesIncludeLoopback()
    {
        QVERIFY(interfaceAddresses().contains(QHostAddress(QHostAddress::LocalHost)));
    }

    void addressesAreWrittenAsTyped()
    {
        QCOMPARE(addressWithPort(QHostAddress(u"192.168.1.20"_s), 4100), u"192.168.1.20:4100"_s);
        QCOMPARE(addressWithPort(QHostAddress(u"fd00::2"_s), 4100), u"[fd00::2]:4100"_s);
        // The scope names this computer's interface; it means nothing on the peer.
        QCOMPARE(addressWithPort(QHostAddress(u"fe80::1%lo"_s), 80), u"[fe80::1]:80"_s);
    }
};

QTEST_GUILESS_MAIN(TestLanAddresses)
#include "tst_lanaddresses.moc"
