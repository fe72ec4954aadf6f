#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

namespace confab::server {

// The server side of the WebSocket opening handshake (RFC 6455, 4.2): checks a client's upgrade
// request and builds the 101 answer.
struct HandshakeAnswer
{
    int status = 0;          // 101 when accepted, else the HTTP error status
    QByteArray error;        // why it was refused (for the error body)
    QByteArray extraHeaders; // e.g. "Sec-WebSocket-Version: 13\r\n" with a 426
    QByteArray response;     // the complete 101 response when accepted

    bool accepted() const { return status == 101; }
};

// `header` looks a request header up by lower-case name and returns it empty when absent.
HandshakeAnswer answerWebSocketHandshake(bool isGet,
                                         const std::function<QByteArray(const char *)> &header);

// The token a client put in Sec-WebSocket-Protocol as phoenix.js's `authToken` option does
// ("base64url.bearer.phx.<base64 of the token, no padding>"), or empty when it sent none.
QString bearerTokenFromSubprotocols(const QByteArray &headerValue);

// Whether the client offered the `phoenix` subprotocol (then the 101 must name it).
bool offersPhoenixSubprotocol(const QByteArray &headerValue);

// Sec-WebSocket-Accept for a client's Sec-WebSocket-Key.
QByteArray webSocketAcceptKey(const QByteArray &clientKey);

} // namespace confab::server
