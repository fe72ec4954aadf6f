#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace confab::model {

struct Member
{
    enum class Role { Owner, Member };

    qint64 userId = 0;
    QString username;
    QString displayName;
    Role role = Role::Member;
    QDateTime joinedAt;

    QJsonObject toJson() const;
    static std::optional<Member> fromJson(const QJsonObject &json);
    static QString roleName(Role role);
    static std::optional<Role> roleFromName(QStringView name);

    friend bool operator==(const Member &, const Member &) = default;
};

} // namespace confab::model
