#pragma once

#include <QString>
#include <stdexcept>

class QSqlError;

namespace confab::sql {

// Thrown on a database thread when SQLite (or our own SQL code) fails. Workers turn it into a
// failed job and roll back just that job, so it never crosses threads. The server knows it as
// StorageError, the client cache as CacheError: one type, so both sides classify failures the
// same way.
class SqlError : public std::runtime_error
{
public:
    // Not an SQLite code: the file was written by a newer program (user_version too high).
    static constexpr int NewerSchema = -1;
    // SQLite's primary result codes we act on, spelled out so users need no sqlite3.h.
    static constexpr int Busy = 5;
    static constexpr int NoMemory = 7;
    static constexpr int Interrupted = 9;
    static constexpr int IoError = 10;
    static constexpr int Full = 13;

    explicit SqlError(const QString &message, int sqliteCode = 0)
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_sqliteCode(sqliteCode)
    {
    }

    // `context` (what we were doing) goes in front of the driver's text.
    static SqlError fromQt(const QSqlError &error, const QString &context = {});

    const QString &message() const { return m_message; }
    // SQLite's primary result code (SQLITE_CORRUPT, SQLITE_FULL, ...), NewerSchema, or 0 for
    // failures that did not come from SQLite.
    int sqliteCode() const { return m_sqliteCode; }
    // Whether SQLite may have rolled back the whole transaction on this error (SQLITE_FULL,
    // SQLITE_IOERR, SQLITE_NOMEM, SQLITE_BUSY, SQLITE_INTERRUPT, per "Response To Errors
    // Within A Transaction"): after it nothing in the transaction can be trusted, and any
    // later statement would run in autocommit.
    bool mayEndTransaction() const;

private:
    QString m_message;
    int m_sqliteCode;
};

// SQLite's primary result code behind a Qt error, 0 when there is none.
int primaryResultCode(const QSqlError &error);

} // namespace confab::sql
