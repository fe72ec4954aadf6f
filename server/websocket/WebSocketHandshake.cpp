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

HandshakeAnswer refuse(int status, const char *why, QByteArray extraHeaders = {})
{
    return HandshakeAnswer{status, QByteArray(why), std::move(extraHeaders), {}};
}
} // namespace

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
    // No subprotocol and no extension is agreed: Phoenix needs neither, and without
    // permessage-deflate a broadcast's bytes can be shared by every recipient.
    HandshakeAnswer answer;
    answer.status = 101;
    answer.response = "HTTP/1.1 101 Switching Protocols\r\n"
                      "Upgrade: websocket\r\n"
                      "Connection: Upgrade\r\n"
                      "Sec-WebSocket-Accept: " +
                      webSocketAcceptKey(key) + "\r\n\r\n";
    return answer;
}

} // namespace confab::server
