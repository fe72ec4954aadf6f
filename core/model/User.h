#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace confab::model {

struct User
{
    qint64 id = 0;
    QString username; // [a-z0-9_.-]{2,32}
    QString displayName;

    QJsonObject toJson() const;
    static std::optional<User> fromJson(const QJsonObject &json);
    static bool isValidUsername(QStringView username);

    friend bool operator==(const User &, const User &) = default;
};

} // namespace confab::model
