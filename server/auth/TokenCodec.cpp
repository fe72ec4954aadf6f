#include "auth/TokenCodec.h"

#include <QCryptographicHash>
#include <sodium.h>

namespace confab::server {

namespace {
constexpr int kTokenBytes = 32;
constexpr qsizetype kEncodedLength = 43; // base64url of 32 bytes, unpadded
} // namespace

QString TokenCodec::generate()
{
    QByteArray bytes(kTokenBytes, '\0');
    randombytes_buf(bytes.data(), std::size_t(bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString TokenCodec::hash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

bool TokenCodec::looksValid(const QString &token)
{
    if (token.size() != kEncodedLength)
        return false;
    return std::all_of(token.cbegin(), token.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
               c == u'-' || c == u'_';
    });
}

} // namespace confab::server
