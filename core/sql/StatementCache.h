#pragma once

#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <memory>

class QSqlDatabase;

namespace confab::sql {

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
    QSqlQuery &query() const { return *m_query; }

private:
    std::shared_ptr<QSqlQuery> m_query;
};

// One connection's prepared statements, by SQL text. Compiling is most of the cost of a small
// statement, so each distinct text is compiled once and reused. Belongs to the thread that
// uses the connection, like the connection itself.
class StatementCache
{
public:
    StatementCache() = default;
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // Makes execSql() on this connection (from this thread) use the cache; detach() before
    // the connection closes: statements must go before their connection.
    void attach(const QSqlDatabase &db);
    void detach();

    // Prepares (once), binds positionally and runs `sql`; throws SqlError. The rows share the
    // cached statement, so read them before running the same SQL again.
    SqlRows exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
    qsizetype size() const { return m_statements.size(); }

private:
    QString m_connectionName;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
};

// Runs `sql` with positional binds; throws SqlError. Uses the connection's StatementCache when
// one is attached on this thread (every sql::Connection has one), else prepares it just once.
SqlRows execSql(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
// Runs a statement not worth keeping compiled (pragmas, migrations); throws SqlError.
void execOnce(const QSqlDatabase &db, const QString &sql);

} // namespace confab::sql
