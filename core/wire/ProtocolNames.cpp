#include "wire/ProtocolNames.h"

#include <array>
#include <utility>

namespace confab::wire {

namespace {
constexpr std::array<std::pair<ErrorReason, QLatin1StringView>, 12> kReasonNames{{
    {ErrorReason::Unauthorized, QLatin1StringView("unauthorized")},
    {ErrorReason::Forbidden, QLatin1StringView("forbidden")},
    {ErrorReason::NotFound, QLatin1StringView("not_found")},
    {ErrorReason::Invalid, QLatin1StringView("invalid")},
    {ErrorReason::TooLarge, QLatin1StringView("too_large")},
    {ErrorReason::RateLimited, QLatin1StringView("rate_limited")},
    {ErrorReason::Conflict, QLatin1StringView("conflict")},
    {ErrorReason::Archived, QLatin1StringView("archived")},
    {ErrorReason::UnmatchedTopic, QLatin1StringView("unmatched_topic")},
    {ErrorReason::TooManyChannels, QLatin1StringView("too_many_channels")},
    {ErrorReason::Internal, QLatin1StringView("internal")},
    {ErrorReason::InvalidCredentials, QLatin1StringView("invalid_credentials")},
}};
} // namespace

QString errorReasonName(ErrorReason reason)
{
    for (const auto &[value, name] : kReasonNames) {
        if (value == reason)
            return QString(name);
    }
    return QStringLiteral("internal");
}

std::optional<ErrorReason> errorReasonFromName(QStringView name)
{
    for (const auto &[value, text] : kReasonNames) {
        if (name == text)
            return value;
    }
    return std::nullopt;
}

} // namespace confab::wire
