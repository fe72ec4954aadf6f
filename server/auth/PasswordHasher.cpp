#include "auth/PasswordHasher.h"

#include <QRegularExpression>
#include <sodium.h>

namespace confab::server {

PasswordHashCost PasswordHashCost::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordHashCost PasswordHashCost::minimal()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

bool PasswordHashCost::isMinimal() const
{
    const PasswordHashCost least = minimal();
    return opsLimit <= least.opsLimit && memLimitBytes <= least.memLimitBytes;
}

bool PasswordHasher::initialize()
{
    return sodium_init() >= 0;
}

QByteArray PasswordHasher::hash(const QString &password, PasswordHashCost cost)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray encoded(crypto_pwhash_STRBYTES, '\0');
    if (crypto_pwhash_str_alg(encoded.data(), utf8.constData(), quint64(utf8.size()), cost.opsLimit,
                              cost.memLimitBytes, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    encoded.truncate(qsizetype(qstrlen(encoded.constData())));
    return encoded;
}

bool PasswordHasher::verify(const QByteArray &encodedHash, const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    const QByteArray terminated = encodedHash + '\0';
    return crypto_pwhash_str_verify(terminated.constData(), utf8.constData(),
                                    quint64(utf8.size())) == 0;
}

bool PasswordHasher::needsRehash(const QByteArray &encodedHash, PasswordHashCost cost)
{
    const QByteArray terminated = encodedHash + '\0';
    // 0: exactly these parameters. Anything else (other parameters, another algorithm) needs a
    // closer look, since libsodium also answers 1 for a stronger hash.
    if (crypto_pwhash_str_needs_rehash(terminated.constData(), cost.opsLimit, cost.memLimitBytes) ==
        0)
        return false;
    static const QRegularExpression parameters(
        QStringLiteral("^\\$argon2id\\$v=\\d+\\$m=(\\d+),t=(\\d+),"));
    const QRegularExpressionMatch match = parameters.match(QString::fromLatin1(encodedHash));
    if (!match.hasMatch())
        return true;
    const quint64 memoryKiB = match.captured(1).toULongLong();
    const quint64 passes = match.captured(2).toULongLong();
    return memoryKiB * 1024 < cost.memLimitBytes || passes < cost.opsLimit;
}

void PasswordHasher::verifyDummy(const QString &password, PasswordHashCost cost)
{
    static const QByteArray dummy = hash(QStringLiteral("not-a-real-password"), cost);
    verify(dummy, password);
}

} // namespace confab::server
