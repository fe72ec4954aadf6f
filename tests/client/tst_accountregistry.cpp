// The list of accounts the app knows, kept in an INI file: what is saved comes back, damaged
// entries are skipped, and every account gets a data directory of its own.

#include "client/AccountRegistry.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using confab::client::AccountInfo;
using confab::client::AccountRegistry;

namespace {
AccountInfo account(const QString &username, const QString &server, qint64 id)
{
    return {QUrl(server), username, id, username.toUpper(), false};
}
} // namespace

class TestAccountRegistry : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString file(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void accountsSurviveARestart()
    {
        const AccountInfo ada = account(QStringLiteral("ada"), QStringLiteral("http://a:4000"), 1);
        AccountInfo bob = account(QStringLiteral("bob"), QStringLiteral("https://b.example"), 7);
        bob.embedded = true;
        {
            AccountRegistry registry(file(QStringLiteral("restart.ini")));
            QSignalSpy changed(&registry, &AccountRegistry::changed);
            registry.upsert(ada);
            registry.upsert(bob);
            registry.setLastUsed(bob.key());
            QCOMPARE(changed.size(), 3);
        }
        AccountRegistry reopened(file(QStringLiteral("restart.ini")));
        QCOMPARE(reopened.accounts(), (QList<AccountInfo>{ada, bob}));
        QCOMPARE(reopened.lastUsedKey(), bob.key());
        QVERIFY(reopened.find(ada.key()));
        QCOMPARE(reopened.find(ada.key())->userId, 1);
    }

    void upsertReplacesTheSameAccount()
    {
        AccountRegistry registry(file(QStringLiteral("upsert.ini")));
        AccountInfo ada = account(QStringLiteral("ada"), QStringLiteral("http://a:4000"), 1);
        registry.upsert(ada);
        ada.displayName = QStringLiteral("Ada L.");
        registry.upsert(ada);
        QCOMPARE(registry.accounts().size(), 1);
        QCOMPARE(registry.accounts().constFirst().displayName, u"Ada L.");
        // The same name on another server is another account.
        registry.upsert(account(QStringLiteral("ada"), QStringLiteral("http://other:4000"), 1));
        QCOMPARE(registry.accounts().size(), 2);
    }

    void removingForgetsTheLastUsedToo()
    {
        AccountRegistry registry(file(QStringLiteral("remove.ini")));
        const AccountInfo ada = account(QStringLiteral("ada"), QStringLiteral("http://a:4000"), 1);
        registry.upsert(ada);
        registry.setLastUsed(ada.key());
        QSignalSpy changed(&registry, &AccountRegistry::changed);
        registry.remove(QStringLiteral("nobody@http://a:4000"));
        QCOMPARE(changed.size(), 0);
        registry.remove(ada.key());
        QVERIFY(registry.accounts().isEmpty());
        QVERIFY(registry.lastUsedKey().isEmpty());
        AccountRegistry reopened(file(QStringLiteral("remove.ini")));
        QVERIFY(reopened.accounts().isEmpty());
    }

    void damagedEntriesAreSkipped()
    {
        QFile ini(file(QStringLiteral("damaged.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[accounts]\n"
                  "1\\server=http://a:4000\n1\\username=ada\n1\\user_id=1\n"
                  "2\\server=http://b:4000\n2\\username=\n"
                  "size=2\n");
        ini.close();
        AccountRegistry registry(file(QStringLiteral("damaged.ini")));
        QCOMPARE(registry.accounts().size(), 1);
        QCOMPARE(registry.accounts().constFirst().username, u"ada");
    }

    void everyAccountHasItsOwnDataDirectory()
    {
        const QString ada =
            account(QStringLiteral("ada"), QStringLiteral("http://a:4000"), 1).key();
        const QString bob =
            account(QStringLiteral("bob"), QStringLiteral("http://a:4000"), 2).key();
        QCOMPARE(AccountRegistry::dataDirFor(ada), AccountRegistry::dataDirFor(ada));
        QVERIFY(AccountRegistry::dataDirFor(ada) != AccountRegistry::dataDirFor(bob));
        QVERIFY(AccountRegistry::dataDirFor(ada).startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }
};

QTEST_GUILESS_MAIN(TestAccountRegistry)
#include "tst_accountregistry.moc"
