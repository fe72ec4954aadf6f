#include "TimeFormat.h"

#include <QLocale>
#include <QRegularExpression>

namespace confab::ui::timeformat {

bool uses12HourClock(const QString &pattern)
{
    static const QRegularExpression quoted(QStringLiteral("'[^']*'"));
    QString fields = pattern;
    fields.remove(quoted);
    return fields.contains(u'a', Qt::CaseInsensitive);
}

bool systemUses12HourClock()
{
    return uses12HourClock(QLocale::system().timeFormat(QLocale::ShortFormat));
}

QString timeOfDay(const QTime &time)
{
    const QLocale ui;
    QString pattern = ui.timeFormat(QLocale::ShortFormat);
    const bool twelveHour = systemUses12HourClock();
    if (uses12HourClock(pattern) != twelveHour)
        pattern = twelveHour ? QStringLiteral("h:mm AP") : QStringLiteral("HH:mm");
    return ui.toString(time, pattern);
}

QString dateAndTimeOfDay(const QDateTime &localTime)
{
    return QStringLiteral("%1 %2").arg(QLocale().toString(localTime.date(), QLocale::ShortFormat),
                                       timeOfDay(localTime.time()));
}

} // namespace confab::ui::timeformat
