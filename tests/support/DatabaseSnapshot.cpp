#include "DatabaseSnapshot.h"

#include <QDebug>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace confab::testing {

// Every row of every table, ordered by primary key (rowid where there is none), read through
// a separate read-only connection so a test never writes to the server's file. Empty when
// the file cannot be read.
QStringList snapshotDatabase(const QString &path)
{
    static int counter = 0;
    const QString name = QStringLiteral("test-snapshot-%1").arg(++counter);
    QStringList dump;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery tables(db);
            tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                       "name NOT LIKE 'sqlite_%' ORDER BY name"));
            QStringList names;
            while (tables.next())
                names.append(tables.value(0).toString());
            for (const QString &table : std::as_const(names)) {
                QSqlQuery info(db);
                info.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
                QMap<int, QString> keyColumns; // pk position -> column
                while (info.next()) {
                    if (const int pk = info.value(5).toInt(); pk > 0)
                        keyColumns.insert(pk, QLatin1Char('"') + info.value(1).toString() +
                                                  QLatin1Char('"'));
                }
                const QString order = keyColumns.isEmpty()
                                          ? QStringLiteral("rowid")
                                          : QStringList(keyColumns.values()).join(u',');
                QSqlQuery rows(db);
                if (!rows.exec(
                        QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2").arg(table, order))) {
                    dump.clear();
                    break;
                }
                while (rows.next()) {
                    QStringList cells;
                    const QSqlRecord record = rows.record();
                    for (int i = 0; i < record.count(); ++i) {
                        cells.append(record.fieldName(i) + QLatin1Char('=') +
                                     (rows.value(i).isNull() ? QStringLiteral("NULL")
                                                             : rows.value(i).toString()));
                    }
                    dump.append(table + QStringLiteral(": ") + cells.join(QStringLiteral(" | ")));
                }
            }
        } else {
            qWarning() << "cannot open" << path << "read-only:" << db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return dump;
}

// One integer out of the server's file, through a read-only connection.
std::optional<qint64> queryInt(const QString &path, const QString &sql, const QVariantList &binds)
{
    static int counter = 0;
    const QString name = QStringLiteral("test-query-%1").arg(++counter);
    std::optional<qint64> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(sql);
            for (const QVariant &bind : binds)
                query.addBindValue(bind);
            if (query.exec() && query.next())
                result = query.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace confab::testing
