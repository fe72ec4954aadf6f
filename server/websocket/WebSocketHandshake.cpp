#include "websocket/WebSocketHandshake.h"

#include <QByteArrayList>
#include <QCryptographicHash>
#include <algorithm>

namespace confab::server {

namespace {
bool hasToken(const QByteArray &headerValue, const char *token)
{
    const QList<QByteArray> parts = headerValue.split(',');
    return std::any_of(parts.cbegin(), parts.cend(), [token](const QByteArray &part) {
        return part.trimmed().compare(token, Qt::CaseInsensitive) == 0;
    });
}

constexpr char kBearerPrefix[] = "base64url.bearer.phx.";

HandshakeAnswer refuse(int status, const char *why, QByteArray extraHeaders = {})
{
    return HandshakeAnswer{status, QByteArray(why), std::move(extraHeaders), {}};
}
} // namespace

QString bearerTokenFromSubprotocols(const QByteArray &headerValue)
{
    for (const QByteArray &part : headerValue.split(',')) {
        const QByteArray protocol = part.trimmed();
        if (!protocol.startsWith(kBearerPrefix))
            continue;
        // phoenix.js encodes with btoa (+ and /) despite the name; accept both alphabets.
        QByteArray encoded = protocol.mid(qsizetype(sizeof(kBearerPrefix) - 1));
        encoded.replace('-', '+').replace('_', '/');
        const auto decoded =
            QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
        // An undecodable token is still a token: it must fail as unauthorized, not fall
        // back to the query string.
        return decoded ? QString::fromUtf8(decoded.decoded) : QStringLiteral("invalid token");
    }
    return {};
}

bool offersPhoenixSubprotocol(const QByteArray &headerValue)
{
    return hasToken(headerValue, "phoenix");
}

QByteArray webSocketAcceptKey(const QByteArray &clientKey)
{
    // The GUID every WebSocket server appends (RFC 6455, 1.3).
    static const QByteArray guid("258EAFA5-E914-47DA-95CA-C5AB0DC85B11");
    return QCryptographicHash::hash(clientKey + guid, QCryptographicHash::Sha1).toBase64();
}

HandshakeAnswer answerWebSocketHandshake(bool isGet,
                                         const std::function<QByteArray(const char *)> &header)
{
    if (!isGet)
        return refuse(400, "a WebSocket upgrade must be a GET request");
    if (!hasToken(header("connection"), "upgrade"))
        return refuse(400, "Connection: Upgrade is missing");
    if (header("upgrade").trimmed().compare("websocket", Qt::CaseInsensitive) != 0)
        return refuse(400, "Upgrade: websocket is missing");
    if (header("sec-websocket-version").trimmed() != "13")
        return refuse(426, "only WebSocket version 13 is supported",
                      "Sec-WebSocket-Version: 13\r\n");
    const QByteArray key = header("sec-websocket-key").trimmed();
    const auto decoded =
        QByteArray::fromBase64Encoding(key, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 16)
        return refuse(400, "Sec-WebSocket-Key must be 16 bytes in base64");
    // No extension is agreed: without permessage-deflate a broadcast's bytes can be shared by
    // every recipient. The only subprotocol is `phoenix`, which phoenix.js offers next to its
    // token and a browser insists on seeing answered.
    HandshakeAnswer answer;
    answer.status = 101;
    answer.response = "HTTP/1.1 101 Switching Protocols\r\n"
                      "Upgrade: websocket\r\n"
                      "Connection: Upgrade\r\n"
                      "Sec-WebSocket-Accept: " +
                      webSocketAcceptKey(key) + "\r\n";
    if (offersPhoenixSubprotocol(header("sec-websocket-protocol")))
        answer.response += "Sec-WebSocket-Protocol: phoenix\r\n";
    answer.response += "\r\n";
    return answer;
}

} // namespace confab::server
