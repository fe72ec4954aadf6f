// The reasons the client names itself: each has its own name, none collides with a reason of
// the protocol, and names read back as the same reason.

#include "client/FailureReason.h"

#include <QSet>
#include <QTest>

using namespace confab;
using client::LocalReason;

class TestFailureReason : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void localReasonsHaveTheirOwnNames()
    {
        QSet<QString> names;
        for (const LocalReason reason :
             {LocalReason::Network, LocalReason::BadResponse, LocalReason::Timeout,
              LocalReason::Disconnected, LocalReason::NotJoined, LocalReason::Keychain,
              LocalReason::KeychainUnavailable, LocalReason::KeychainRefused}) {
            const QString name = client::reasonName(reason);
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
            QCOMPARE(client::localReasonFromName(name), reason);
            QVERIFY(client::isReason(name, reason));
            // A client reason never passes for one the server sent.
            QVERIFY2(!wire::errorReasonFromName(name), qPrintable(name));
        }
        QCOMPARE(names.size(), 8);
    }

    void serverReasonsAreNamedAsOnTheWire()
    {
        QCOMPARE(client::reasonName(wire::ErrorReason::Forbidden), QStringLiteral("forbidden"));
        QVERIFY(client::isReason(u"not_found", wire::ErrorReason::NotFound));
        QVERIFY(!client::isReason(u"not_found", wire::ErrorReason::Forbidden));
        QVERIFY(!client::isReason(u"timeout", wire::ErrorReason::Internal));
        QVERIFY(!client::localReasonFromName(u"forbidden"));
        QVERIFY(!client::localReasonFromName(u""));
    }
};

QTEST_GUILESS_MAIN(TestFailureReason)
#include "tst_failurereason.moc"
