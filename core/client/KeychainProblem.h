#pragma once

#include <QString>
#include <qt6keychain/keychain.h>

namespace confab::client {

// What a keychain's answer means for the user and for the fallback file. A keychain that is
// there but says no (the user refused at its prompt, or it stayed locked) is not one that is
// missing: the user must be told which, and a refusal never sends the token to a plain file.
enum class KeychainProblem {
    None,        // it worked
    NotFound,    // it answered: nothing is stored under that key
    Unavailable, // there is no keychain to talk to (no backend, no secret service)
    Refused,     // there is one, and it denied access
    Failed,      // it answered with another error
};

KeychainProblem keychainProblem(QKeychain::Error error);

// The reason name (FailureReason.h) a problem is reported under: keychain_unavailable,
// keychain_refused or keychain. Empty for None and NotFound, which are no failures.
QString keychainReasonName(KeychainProblem problem);

} // namespace confab::client
