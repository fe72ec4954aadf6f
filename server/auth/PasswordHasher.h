#pragma once

#include <QByteArray>
#include <QString>

namespace confab::server {

// argon2id through libsodium. The cost is a setting because the interactive default (64 MiB,
// a few tens of milliseconds) is right for production and far too slow for test suites that
// register hundreds of users under AddressSanitizer.
struct PasswordHashCost
{
    quint64 opsLimit;
    std::size_t memLimitBytes;

    static PasswordHashCost interactive();
    static PasswordHashCost minimal(); // tests only
    bool isMinimal() const;
};

class PasswordHasher
{
public:
    static constexpr qsizetype MinPasswordLength = 8;
    static constexpr qsizetype MaxPasswordLength = 1024;

    // Must be called once before use; false when libsodium cannot initialise.
    static bool initialize();
    // Slow by design: call off the network thread. Returns the encoded hash string.
    static QByteArray hash(const QString &password, PasswordHashCost cost);
    static bool verify(const QByteArray &encodedHash, const QString &password);
    // True when `encodedHash` is weaker than `cost` (fewer passes or less memory) or not an
    // argon2id hash at all, so a successful sign-in should store a new one. Never true for a
    // stronger hash: a server run with a lower cost must not weaken stored hashes.
    static bool needsRehash(const QByteArray &encodedHash, PasswordHashCost cost);
    // Spends the same time as a real verify, so an unknown user name cannot be told apart from
    // a wrong password by timing.
    static void verifyDummy(const QString &password, PasswordHashCost cost);
};

} // namespace confab::server
