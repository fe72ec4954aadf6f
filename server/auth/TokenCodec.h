#pragma once

#include <QByteArray>
#include <QString>

namespace confab::server {

// Bearer tokens: 32 random bytes, base64url without padding. The database stores only the
// SHA-256 of a token; with 256 bits of entropy a fast hash is enough (no dictionary to try).
struct TokenCodec
{
    static QString generate();
    static QString hash(const QString &token);
    static bool looksValid(const QString &token);
};

} // namespace confab::server
