#include "widgets/UsernameHint.h"

#include <QCoreApplication>

namespace confab::ui {

QString storedUsername(const QString &typed)
{
    return typed.trimmed().toLower();
}

QString usernameHintText(const QString &typed, bool creating)
{
    const QString stored = storedUsername(typed);
    const bool differs = !stored.isEmpty() && stored != typed;
    if (differs && creating)
        //: %1 is the user name as it will be created, e.g. "ada".
        return QCoreApplication::translate("UsernameHint",
                                           "User names are lowercase: yours will be “%1”.")
            .arg(stored);
    if (differs)
        //: %1 is the user name as it will be sent, e.g. "ada".
        return QCoreApplication::translate("UsernameHint",
                                           "User names are lowercase: signing in as “%1”.")
            .arg(stored);
    if (creating)
        return QCoreApplication::translate("UsernameHint",
                                           "Lowercase letters, digits, “.”, “_” and “-”.");
    return {};
}

} // namespace confab::ui
