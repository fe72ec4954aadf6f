#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>
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

// Prepares, binds positionally and runs a statement; throws StorageError on failure.
QSqlQuery execSql(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});

} // namespace confab::server
