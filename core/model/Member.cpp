#include "model/Member.h"

#include "model/JsonHelpers.h"
#include "wire/Timestamp.h"

namespace confab::model {

QString Member::roleName(Role role)
{
    return role == Role::Owner ? QStringLiteral("owner") : QStringLiteral("member");
}

std::optional<Member::Role> Member::roleFromName(QStringView name)
{
    if (name == u"owner")
        return Role::Owner;
    if (name == u"member")
        return Role::Member;
    return std::nullopt;
}

QJsonObject Member::toJson() const
{
    return {{QStringLiteral("user_id"), userId},
            {QStringLiteral("username"), username},
            {QStringLiteral("display_name"), displayName},
            {QStringLiteral("role"), roleName(role)},
            {QStringLiteral("joined_at"), wire::formatTimestamp(joinedAt)}};
}

std::optional<Member> Member::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    Member member;
    member.userId = reader.id(QLatin1StringView("user_id"));
    member.username = reader.string(QLatin1StringView("username"));
    member.displayName = reader.string(QLatin1StringView("display_name"));
    const auto role = roleFromName(reader.string(QLatin1StringView("role")));
    member.joinedAt = reader.time(QLatin1StringView("joined_at"));
    if (!reader.ok() || !role)
        return std::nullopt;
    member.role = *role;
    return member;
}

} // namespace confab::model
