#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace confab::server {

// Where a request's body goes while it arrives, so that no route has to hold more than it
// chose to: the front door refuses a body over maxBytes() with 413 before or while it comes
// (by Content-Length, or as chunks add up), and answers `Expect: 100-continue` only when the
// declared length fits.
class HttpBodySink
{
public:
    virtual ~HttpBodySink() = default;
    virtual qsizetype maxBytes() const = 0;
    virtual void write(QByteArrayView piece) = 0;
    // The whole body arrived: answer the request (now or later) through the responder.
    virtual void finish() = 0;
};

} // namespace confab::server
