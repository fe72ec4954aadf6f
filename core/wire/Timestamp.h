#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace confab::wire {

// Wire times are UTC ISO-8601 with milliseconds: 2026-11-22T03:10:00.123Z.
QString formatTimestamp(const QDateTime &time);
// Accepts only that exact form; anything else (offsets, missing millis) is refused.
std::optional<QDateTime> parseTimestamp(QStringView text);

// Milliseconds since the epoch, the form the database stores.
QString formatTimestampMs(qint64 msecsSinceEpoch);

} // namespace confab::wire
