#include "sql/Connection.h"

#include "sql/SqlError.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

namespace confab::sql {

QString uniqueConnectionName(const QString &prefix)
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("%1-%2").arg(prefix).arg(counter.fetchAndAddRelaxed(1));
}

Connection::~Connection()
{
    close();
}

void Connection::open(const QString &path, const ConnectionOptions &options)
{
    close();
    const QString directory = QFileInfo(path).absolutePath();
    const bool existed = QFileInfo::exists(directory);
    if (!QDir().mkpath(directory))
        throw SqlError(QStringLiteral("cannot create directory %1").arg(directory));
    if (!existed && options.privateNewDirectory)
        QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    m_connectionName = uniqueConnectionName(options.namePrefix);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        throw SqlError::fromQt(m_db.lastError(),
                               QStringLiteral("cannot open database %1").arg(path));
    // SQLite gives the -wal and -shm files the same mode as the database file.
    if (options.privateFile)
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    m_statements.attach(m_db);
    m_checkpointOnClose = options.checkpointOnClose;
    applyPragmas(options);
}

void Connection::applyPragmas(const ConnectionOptions &options)
{
    execOnce(QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeoutMs));
    QString journal;
    // The first statement that reads the header: a file that is not a database fails here.
    select(QStringLiteral("PRAGMA journal_mode = WAL"), {},
           [&journal](const QSqlQuery &row) { journal = row.value(0).toString(); });
    if (journal != u"wal")
        throw SqlError(QStringLiteral("cannot use WAL journaling (got \"%1\")").arg(journal));
    execOnce(QStringLiteral("PRAGMA synchronous = FULL"));
    if (options.foreignKeys)
        execOnce(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (options.walAutocheckpoint)
        execOnce(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(*options.walAutocheckpoint));
}

void Connection::close()
{
    m_statements.detach(); // statements must go before their connection
    if (m_connectionName.isEmpty())
        return;
    if (m_db.isOpen()) {
        if (m_checkpointOnClose)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

QSqlQuery &Connection::exec(const QString &sql, const QVariantList &binds)
{
    return m_statements.exec(m_db, sql, binds).query();
}

void Connection::execOnce(const QString &sql)
{
    sql::execOnce(m_db, sql);
}

void Connection::select(const QString &sql, const QVariantList &binds,
                        const std::function<void(const QSqlQuery &)> &row)
{
    QSqlQuery &query = exec(sql, binds);
    while (query.next())
        row(query);
    const QSqlError error = query.lastError();
    query.finish();
    if (error.isValid())
        throw SqlError::fromQt(error, QStringLiteral("query failed"));
}

} // namespace confab::sql
