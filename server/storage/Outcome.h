#pragma once

#include "wire/ProtocolNames.h"

#include <QString>
#include <optional>

namespace confab::server {

// The result of a storage operation that can be refused for a reason the client must hear
// (not_found, forbidden, conflict...), as opposed to a database failure (StorageError).
template<typename T> struct Outcome
{
    T value{};
    std::optional<wire::ErrorReason> error;
    QString message;

    bool ok() const { return !error.has_value(); }
    static Outcome success(T value) { return Outcome{std::move(value), std::nullopt, {}}; }
    static Outcome failure(wire::ErrorReason reason, QString message)
    {
        return Outcome{T{}, reason, std::move(message)};
    }
};

} // namespace confab::server
