// Migrations: a database migrated step by step from the oldest schema, with data in it, ends up
// with exactly the schema of a fresh database, keeps its rows, and has the pragmas we rely on.

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/StorageError.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace confab::server;

namespace {
// Every table, index and trigger definition, normalised, ordered by name.
QStringList schemaOf(const QSqlDatabase &db)
{
    QStringList schema;
    SqlRows query = execSql(db, QStringLiteral("SELECT type, name, sql FROM sqlite_master "
                                               "WHERE name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (query.next()) {
        schema.append(query.value(0).toString() + QLatin1Char('|') + query.value(1).toString() +
                      QLatin1Char('|') + query.value(2).toString().simplified());
    }
    return schema;
}

QSqlDatabase rawConnection(const QString &path, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.open();
    return db;
}
} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freshDatabaseHasLatestVersionAndPragmas()
    {
        QTemporaryDir dir;
        Database database;
        QCOMPARE(database.open(dir.filePath(QStringLiteral("fresh.sqlite3"))), QString());
        QCOMPARE(schemaVersion(database.connection()), int(schemaMigrations().size()));
        SqlRows query = execSql(database.connection(), QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        query = execSql(database.connection(), QStringLiteral("PRAGMA foreign_keys"));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void migratedEqualsFresh_data()
    {
        QTest::addColumn<int>("startVersion");
        for (int version = 0; version < schemaMigrations().size(); ++version)
            QTest::addRow("from v%d", version) << version;
    }

    void migratedEqualsFresh()
    {
        QFETCH(int, startVersion);
        QTemporaryDir dir;
        const QString oldPath = dir.filePath(QStringLiteral("old.sqlite3"));
        {
            QSqlDatabase db = rawConnection(oldPath, QStringLiteral("old"));
            migrateSchema(db, startVersion);
            QCOMPARE(schemaVersion(db), startVersion);
            if (startVersion >= 1) {
                execSql(db,
                        QStringLiteral("INSERT INTO users (username, display_name, "
                                       "password_hash, created_at) VALUES ('ada', 'Ada', 'h', 1)"));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));

        Database migrated;
        QCOMPARE(migrated.open(oldPath), QString());
        Database fresh;
        QCOMPARE(fresh.open(dir.filePath(QStringLiteral("fresh.sqlite3"))), QString());
        QCOMPARE(schemaOf(migrated.connection()), schemaOf(fresh.connection()));
        QVERIFY(!schemaOf(fresh.connection()).isEmpty());
        if (startVersion >= 1) {
            SqlRows query = execSql(migrated.connection(),
                                    QStringLiteral("SELECT display_name FROM users WHERE "
                                                   "username = 'ada'"));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("Ada"));
        }
    }

    void reopeningIsIdempotent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite3"));
        QStringList first;
        {
            Database database;
            QCOMPARE(database.open(path), QString());
            first = schemaOf(database.connection());
        }
        Database again;
        QCOMPARE(again.open(path), QString());
        QCOMPARE(schemaOf(again.connection()), first);
    }

    void newerDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite3"));
        {
            QSqlDatabase db = rawConnection(path, QStringLiteral("future"));
            execSql(db, QStringLiteral("PRAGMA user_version = 999"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        Database database;
        const QString error = database.open(path);
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    }

    void unwritableLocationGivesError()
    {
        Database database;
        const QString error = database.open(QStringLiteral("/proc/confab-cannot/db.sqlite3"));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
