#include "client/FailureReason.h"

#include <array>
#include <utility>

namespace confab::client {

namespace {
constexpr std::array<std::pair<LocalReason, QLatin1StringView>, 8> kLocalNames{{
    {LocalReason::Network, QLatin1StringView("network")},
    {LocalReason::BadResponse, QLatin1StringView("bad_response")},
    {LocalReason::Timeout, QLatin1StringView("timeout")},
    {LocalReason::Disconnected, QLatin1StringView("disconnected")},
    {LocalReason::NotJoined, QLatin1StringView("not_joined")},
    {LocalReason::Keychain, QLatin1StringView("keychain")},
    {LocalReason::KeychainUnavailable, QLatin1StringView("keychain_unavailable")},
    {LocalReason::KeychainRefused, QLatin1StringView("keychain_refused")},
}};
} // namespace

QString reasonName(wire::ErrorReason reason)
{
    return wire::errorReasonName(reason);
}

QString reasonName(LocalReason reason)
{
    for (const auto &[value, name] : kLocalNames) {
        if (value == reason)
            return QString(name);
    }
    return QStringLiteral("network");
}

std::optional<LocalReason> localReasonFromName(QStringView name)
{
    for (const auto &[value, text] : kLocalNames) {
        if (name == text)
            return value;
    }
    return std::nullopt;
}

} // namespace confab::client
