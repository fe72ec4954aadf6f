#include "wire/Timestamp.h"

#include <QRegularExpression>

namespace confab::wire {

namespace {

void putDigits(char16_t *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        out[i] = char16_t(u'0' + value % 10);
}

} // namespace

QString formatTimestamp(const QDateTime &time)
{
    // Every message on the wire carries timestamps; QDateTime::toString with a format goes
    // through the calendar and locale machinery and was a visible share of the network thread.
    // Years 1-9999 are formatted by hand, with exactly the same result; the rest as before.
    if (time.isValid()) {
        const qint64 ms = time.toMSecsSinceEpoch();
        const qint64 day = ms >= 0 ? ms / 86'400'000 : (ms - 86'399'999) / 86'400'000;
        const QDate date = QDate(1970, 1, 1).addDays(day);
        if (date.year() >= 1 && date.year() <= 9999) {
            const int msOfDay = int(ms - day * 86'400'000);
            QString text(24, Qt::Uninitialized);
            auto *out = reinterpret_cast<char16_t *>(text.data());
            putDigits(out, date.year(), 4);
            putDigits(out + 5, date.month(), 2);
            putDigits(out + 8, date.day(), 2);
            putDigits(out + 11, msOfDay / 3'600'000, 2);
            putDigits(out + 14, msOfDay / 60'000 % 60, 2);
            putDigits(out + 17, msOfDay / 1000 % 60, 2);
            putDigits(out + 20, msOfDay % 1000, 3);
            out[4] = out[7] = u'-';
            out[10] = u'T';
            out[13] = out[16] = u':';
            out[19] = u'.';
            out[23] = u'Z';
            return text;
        }
    }
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
