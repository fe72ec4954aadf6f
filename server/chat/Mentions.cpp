#include "chat/Mentions.h"

#include <QRegularExpression>

namespace confab::server {

QStringList mentionedUsernames(const QString &content)
{
    static const QRegularExpression pattern(
        QStringLiteral("(?:^|[^A-Za-z0-9_.@-])@([A-Za-z0-9_.-]{2,32})(?![A-Za-z0-9_-])"));
    QStringList names;
    auto matches = pattern.globalMatch(content);
    while (matches.hasNext()) {
        QString name = matches.next().captured(1).toLower();
        while (name.endsWith(QLatin1Char('.'))) // "thanks @ada." ends a sentence
            name.chop(1);
        if (name.size() >= 2 && !names.contains(name))
            names.append(name);
    }
    return names;
}

} // namespace confab::server
