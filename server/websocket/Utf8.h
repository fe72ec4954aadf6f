#pragma once

#include <QByteArrayView>

namespace confab::server {

// Whether `bytes` is well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing
// above U+10FFFF. WebSocket text messages and close reasons must be (RFC 6455, 8.1).
bool isValidUtf8(QByteArrayView bytes);

} // namespace confab::server
