// What each QtKeychain error means: a keychain that denies access is "refused", never
// "unavailable" (which would offer the plain-file fallback and tell the user there is no
// keychain), and each problem is reported under its own reason.

#include "client/FailureReason.h"
#include "client/KeychainProblem.h"

#include <QSet>
#include <QTest>

using confab::client::KeychainProblem;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QKeychain::Error)
Q_DECLARE_METATYPE(KeychainProblem)

class TestKeychainProblem : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyErrorIsClassified_data()
    {
        QTest::addColumn<QKeychain::Error>("error");
        QTest::addColumn<KeychainProblem>("problem");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no error") << QKeychain::NoError << KeychainProblem::None << QString();
        QTest::newRow("entry not found")
            << QKeychain::EntryNotFound << KeychainProblem::NotFound << QString();
        QTest::newRow("denied by user")
            << QKeychain::AccessDeniedByUser << KeychainProblem::Refused << u"keychain_refused"_s;
        QTest::newRow("access denied")
            << QKeychain::AccessDenied << KeychainProblem::Refused << u"keychain_refused"_s;
        QTest::newRow("no backend") << QKeychain::NoBackendAvailable << KeychainProblem::Unavailable
                                    << u"keychain_unavailable"_s;
        QTest::newRow("not implemented")
            << QKeychain::NotImplemented << KeychainProblem::Unavailable
            << u"keychain_unavailable"_s;
        // libsecret reports a missing secret service this way.
        QTest::newRow("other error")
            << QKeychain::OtherError << KeychainProblem::Unavailable << u"keychain_unavailable"_s;
        QTest::newRow("could not delete")
            << QKeychain::CouldNotDeleteEntry << KeychainProblem::Failed << u"keychain"_s;
    }

    void everyErrorIsClassified()
    {
        QFETCH(QKeychain::Error, error);
        QFETCH(KeychainProblem, problem);
        QFETCH(QString, reason);
        QCOMPARE(confab::client::keychainProblem(error), problem);
        QCOMPARE(confab::client::keychainReasonName(problem), reason);
        if (!reason.isEmpty())
            QVERIFY(confab::client::localReasonFromName(reason));
    }

    void refusedIsNotUnavailable()
    {
        const QString refused = confab::client::keychainReasonName(KeychainProblem::Refused);
        const QString unavailable =
            confab::client::keychainReasonName(KeychainProblem::Unavailable);
        const QString failed = confab::client::keychainReasonName(KeychainProblem::Failed);
        QCOMPARE(QSet<QString>({refused, unavailable, failed}).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestKeychainProblem)
#include "tst_keychainproblem.moc"
