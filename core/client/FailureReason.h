#pragma once

// Why something the user asked for did not happen. A reason travels through the client (signals,
// the outbox's cache, the UI's texts) by its name: one of the protocol's `wire::ErrorReason`s,
// or one the client finds itself. Both are named here, once, and compared as enums.

#include "wire/ProtocolNames.h"

#include <QString>
#include <optional>

namespace confab::client {

enum class LocalReason {
    Network,             // the server could not be reached
    BadResponse,         // it answered something the protocol does not allow
    Timeout,             // no reply in time
    Disconnected,        // the socket dropped before the reply
    NotJoined,           // the channel was not joined when the push was made
    Keychain,            // the keychain failed to read or store the token
    KeychainUnavailable, // there is no keychain to keep the token in
    KeychainRefused,     // the keychain denied access (the user said no, or it stayed locked)
};

QString reasonName(wire::ErrorReason reason);
QString reasonName(LocalReason reason);
std::optional<LocalReason> localReasonFromName(QStringView name);

// True when `name` is the name of `reason`.
inline bool isReason(QStringView name, wire::ErrorReason reason)
{
    return wire::errorReasonFromName(name) == reason;
}
inline bool isReason(QStringView name, LocalReason reason)
{
    return localReasonFromName(name) == reason;
}

} // namespace confab::client
