#include "model/User.h"

#include "model/JsonHelpers.h"

#include <QRegularExpression>

namespace confab::model {

QJsonObject User::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("username"), username},
            {QStringLiteral("display_name"), displayName}};
}

std::optional<User> User::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    User user;
    user.id = reader.id(QLatin1StringView("id"));
    user.username = reader.string(QLatin1StringView("username"));
    user.displayName = reader.string(QLatin1StringView("display_name"));
    if (!reader.ok())
        return std::nullopt;
    return user;
}

bool User::isValidUsername(QStringView username)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9_.-]{2,32}")));
    return pattern.match(username.toString()).hasMatch();
}

} // namespace confab::model
