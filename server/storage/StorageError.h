#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <memory>
#include <stdexcept>

class QSqlDatabase;

namespace confab::server {

// Thrown by storage code on the database thread when SQLite fails; the worker turns it into a
// failed job result (and rolls back just that job), so it never crosses threads.
class StorageError : public std::runtime_error
{
public:
    explicit StorageError(const QString &what)
        : std::runtime_error(what.toStdString())
    {
    }
};

// The rows (or the effect) of one executed statement.
class SqlRows
{
public:
    explicit SqlRows(std::shared_ptr<QSqlQuery> query)
        : m_query(std::move(query))
    {
    }

    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }
    // Ends the read early, so the statement no longer holds the transaction open.
    void finish() { m_query->finish(); }

private:
    std::shared_ptr<QSqlQuery> m_query;
};

// Prepares, binds positionally and runs a statement; throws StorageError on failure. On a
// connection with a statement cache (every Database has one), each distinct SQL text is
// compiled once and reused: compiling is most of the cost of a small statement. The returned
// rows share the cached statement, so read them before running the same SQL again.
SqlRows execSql(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});

// Turns the statement cache on for a connection (on the thread that uses it) or drops it
// before the connection closes.
void enableStatementCache(const QSqlDatabase &db);
void dropStatementCache(const QSqlDatabase &db);

} // namespace confab::server
