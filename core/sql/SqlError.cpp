#include "sql/SqlError.h"

#include <QSqlError>

namespace confab::sql {

int primaryResultCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    // Extended codes (SQLITE_IOERR_FSYNC, ...) carry the primary code in their low byte.
    return ok ? (code & 0xff) : 0;
}

bool SqlError::mayEndTransaction() const
{
    switch (m_sqliteCode) {
    case Busy:
    case NoMemory:
    case Interrupted:
    case IoError:
    case Full:
        return true;
    default:
        return false;
    }
}

SqlError SqlError::fromQt(const QSqlError &error, const QString &context)
{
    const QString text = error.text();
    return SqlError(context.isEmpty() ? text : QStringLiteral("%1: %2").arg(context, text),
                    primaryResultCode(error));
}

} // namespace confab::sql
