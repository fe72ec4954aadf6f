#pragma once

#include "http/HttpRequest.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <http_parser.h>

namespace confab::server {

// The request head's limits: a client may not make the server hold more than this before a
// handler has even seen the request. Fixed: no API needs more, and proxies use the same sizes.
struct HttpHeadLimits
{
    qsizetype maxTargetBytes = 8 * 1024;  // the request line's target (414 beyond)
    qsizetype maxHeaderBytes = 16 * 1024; // every header line together (431 beyond)
    int maxHeaderLines = 100;             // (431 beyond)
};

// What the parser reports while it reads one connection's requests, in order: a head, the body
// in pieces, the end. A listener returns an HTTP status to refuse the request at once (then the
// parser stops for good), or 0 to go on.
class HttpParserListener
{
public:
    virtual ~HttpParserListener() = default;
    // `upgrade`: the request asks for another protocol (Connection: upgrade).
    virtual int headReceived(HttpRequest &head, bool upgrade) = 0;
    virtual int bodyReceived(QByteArrayView piece) = 0;
    virtual void messageComplete() = 0;
};

// Incremental HTTP/1.1 request parsing on Node's http_parser (libhttp-parser): strict about
// framing (both Content-Length and Transfer-Encoding, bad header tokens, NUL bytes: refused),
// with our own limits on the head. Stops after each complete request so that pipelined
// requests are answered one at a time: feed() again (with what it did not consume) after
// resume().
class HttpRequestParser
{
public:
    HttpRequestParser(HttpParserListener &listener, HttpHeadLimits limits = {});

    enum class State {
        Reading,  // wants more bytes
        Complete, // a request ended; resume() before feeding the next
        Upgrade,  // the request asked for another protocol: the rest of the bytes are not HTTP
        Failed,   // refused: status() and error() say why; nothing more is read
    };
    // Parses as much of `data` as it can; returns the bytes it used.
    qsizetype feed(QByteArrayView data);
    // The peer closed its side: a request cut short fails.
    void finish();
    void resume();

    State state() const { return m_state; }
    int status() const { return m_status; }
    QString error() const { return m_error; }
    // Whether the connection may carry another request after this one (HTTP/1.1 without
    // `Connection: close`, or HTTP/1.0 with keep-alive).
    bool keepAlive() const;
    // Whether a body follows the head (a length above zero, or chunked).
    bool expectsBody() const;
    // Inside a request: its first byte was read, its end not yet.
    bool inRequest() const { return m_inRequest; }
    bool isHttp10() const { return m_parser.http_major == 1 && m_parser.http_minor == 0; }

private:
    static int onMessageBegin(http_parser *parser);
    static int onUrl(http_parser *parser, const char *at, size_t length);
    static int onHeaderField(http_parser *parser, const char *at, size_t length);
    static int onHeaderValue(http_parser *parser, const char *at, size_t length);
    static int onHeadersComplete(http_parser *parser);
    static int onBody(http_parser *parser, const char *at, size_t length);
    static int onMessageComplete(http_parser *parser);
    static HttpRequestParser &self(http_parser *parser);

    int countHeadBytes(qsizetype bytes);
    void fail(int status, const QString &error);
    void failFromParser();

    HttpParserListener &m_listener;
    HttpHeadLimits m_limits;
    http_parser m_parser;
    http_parser_settings m_settings;
    State m_state = State::Reading;
    int m_status = 0;
    QString m_error;
    bool m_inRequest = false;

    HttpRequest m_head;
    QByteArray m_target;
    QByteArray m_field;
    QByteArray m_value;
    bool m_lastWasValue = false;
    qsizetype m_headerBytes = 0;
    int m_headerLines = 0;
};

} // namespace confab::server
