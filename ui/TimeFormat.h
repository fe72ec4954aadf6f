#pragma once

#include <QDateTime>
#include <QString>
#include <QTime>

namespace confab::ui {

// The one rule for times of day in the app: the 12- or 24-hour clock is the user's regional
// setting (the system locale's short time format), whatever the UI language; the rest (digits,
// AM/PM words, separators) follows the UI language. So "System default" and "English" show
// the same clock, and a German UI on a 12-hour system still says "3:04 PM" the way the user
// reads their own desktop clock.
namespace timeformat {

// Whether a QLocale time pattern uses a 12-hour clock (an AM/PM field outside quoted text).
bool uses12HourClock(const QString &pattern);
bool systemUses12HourClock();
// The time of day, e.g. "15:04" or "3:04 PM".
QString timeOfDay(const QTime &time);
// A short date and the time of day, e.g. "07/12/2026 15:04", for accessible texts.
QString dateAndTimeOfDay(const QDateTime &localTime);

} // namespace timeformat
} // namespace confab::ui
