#include "wire/Timestamp.h"

#include <QRegularExpression>

namespace confab::wire {

QString formatTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QString formatTimestampMs(qint64 msecsSinceEpoch)
{
    return formatTimestamp(QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC));
}

std::optional<QDateTime> parseTimestamp(QStringView text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"));
    if (!pattern.match(text.toString()).hasMatch())
        return std::nullopt;
    QDateTime parsed = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
}

} // namespace confab::wire
