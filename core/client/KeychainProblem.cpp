#include "client/KeychainProblem.h"

#include "client/FailureReason.h"

namespace confab::client {

KeychainProblem keychainProblem(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return KeychainProblem::None;
    case QKeychain::EntryNotFound:
        return KeychainProblem::NotFound;
    // With libsecret, a missing secret service is an OtherError.
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return KeychainProblem::Unavailable;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return KeychainProblem::Refused;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return KeychainProblem::Failed;
}

QString keychainReasonName(KeychainProblem problem)
{
    switch (problem) {
    case KeychainProblem::None:
    case KeychainProblem::NotFound:
        return {};
    case KeychainProblem::Unavailable:
        return reasonName(LocalReason::KeychainUnavailable);
    case KeychainProblem::Refused:
        return reasonName(LocalReason::KeychainRefused);
    case KeychainProblem::Failed:
        break;
    }
    return reasonName(LocalReason::Keychain);
}

} // namespace confab::client
