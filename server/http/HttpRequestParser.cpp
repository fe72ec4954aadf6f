#include "http/HttpRequestParser.h"

namespace confab::server {

namespace {
using Method = QHttpServerRequest::Method;

Method methodOf(unsigned method)
{
    switch (method) {
    case HTTP_GET:
        return Method::Get;
    case HTTP_POST:
        return Method::Post;
    case HTTP_PUT:
        return Method::Put;
    case HTTP_DELETE:
        return Method::Delete;
    case HTTP_HEAD:
        return Method::Head;
    case HTTP_OPTIONS:
        return Method::Options;
    case HTTP_PATCH:
        return Method::Patch;
    default:
        return Method::Unknown;
    }
}

// Each header line costs its name, its value, ": " and CRLF.
constexpr qsizetype kHeaderLineOverhead = 4;
} // namespace

HttpRequestParser::HttpRequestParser(HttpParserListener &listener, HttpHeadLimits limits)
    : m_listener(listener)
    , m_limits(limits)
{
    http_parser_init(&m_parser, HTTP_REQUEST);
    m_parser.data = this;
    http_parser_settings_init(&m_settings);
    m_settings.on_message_begin = &HttpRequestParser::onMessageBegin;
    m_settings.on_url = &HttpRequestParser::onUrl;
    m_settings.on_header_field = &HttpRequestParser::onHeaderField;
    m_settings.on_header_value = &HttpRequestParser::onHeaderValue;
    m_settings.on_headers_complete = &HttpRequestParser::onHeadersComplete;
    m_settings.on_body = &HttpRequestParser::onBody;
    m_settings.on_message_complete = &HttpRequestParser::onMessageComplete;
}

HttpRequestParser &HttpRequestParser::self(http_parser *parser)
{
    return *static_cast<HttpRequestParser *>(parser->data);
}

qsizetype HttpRequestParser::feed(QByteArrayView data)
{
    if (m_state != State::Reading || data.isEmpty())
        return 0;
    const size_t used =
        http_parser_execute(&m_parser, &m_settings, data.data(), size_t(data.size()));
    if (m_state == State::Failed)
        return qsizetype(used); // a limit or the listener refused it
    if (m_parser.upgrade) {
        m_state = State::Upgrade;
        return qsizetype(used);
    }
    const http_errno error = HTTP_PARSER_ERRNO(&m_parser);
    if (error == HPE_PAUSED)
        m_state = State::Complete;
    else if (error != HPE_OK)
        failFromParser();
    return qsizetype(used);
}

void HttpRequestParser::finish()
{
    if (m_state != State::Reading)
        return;
    http_parser_execute(&m_parser, &m_settings, nullptr, 0);
    if (m_state == State::Reading && HTTP_PARSER_ERRNO(&m_parser) != HPE_OK &&
        HTTP_PARSER_ERRNO(&m_parser) != HPE_PAUSED)
        failFromParser();
    else if (m_inRequest)
        fail(400, QStringLiteral("request cut short"));
}

void HttpRequestParser::resume()
{
    if (m_state != State::Complete)
        return;
    http_parser_pause(&m_parser, 0);
    m_state = State::Reading;
}

bool HttpRequestParser::keepAlive() const
{
    return http_should_keep_alive(&m_parser) != 0;
}

bool HttpRequestParser::expectsBody() const
{
    const bool chunked = (m_parser.flags & F_CHUNKED) != 0;
    return chunked || (m_parser.content_length > 0 && m_parser.content_length != ULLONG_MAX);
}

void HttpRequestParser::fail(int status, const QString &error)
{
    m_state = State::Failed;
    m_status = status;
    m_error = error;
}

void HttpRequestParser::failFromParser()
{
    const http_errno error = HTTP_PARSER_ERRNO(&m_parser);
    const QString text = QString::fromLatin1(http_errno_description(error));
    fail(error == HPE_HEADER_OVERFLOW ? 431 : 400, text);
}

int HttpRequestParser::countHeadBytes(qsizetype bytes)
{
    m_headerBytes += bytes;
    if (m_headerBytes > m_limits.maxHeaderBytes) {
        fail(431, QStringLiteral("request headers too large"));
        return -1;
    }
    return 0;
}

int HttpRequestParser::onMessageBegin(http_parser *parser)
{
    HttpRequestParser &d = self(parser);
    d.m_inRequest = true;
    d.m_head = HttpRequest{};
    d.m_target.clear();
    d.m_field.clear();
    d.m_value.clear();
    d.m_lastWasValue = false;
    d.m_headerBytes = 0;
    d.m_headerLines = 0;
    return 0;
}

int HttpRequestParser::onUrl(http_parser *parser, const char *at, size_t length)
{
    HttpRequestParser &d = self(parser);
    if (d.m_target.size() + qsizetype(length) > d.m_limits.maxTargetBytes) {
        d.fail(414, QStringLiteral("request target too long"));
        return -1;
    }
    d.m_target.append(at, qsizetype(length));
    return 0;
}

int HttpRequestParser::onHeaderField(http_parser *parser, const char *at, size_t length)
{
    HttpRequestParser &d = self(parser);
    if (d.m_lastWasValue || d.m_headerLines == 0) {
        if (d.m_lastWasValue)
            d.m_head.headers.append({std::exchange(d.m_field, {}), std::exchange(d.m_value, {})});
        d.m_lastWasValue = false;
        if (++d.m_headerLines > d.m_limits.maxHeaderLines) {
            d.fail(431, QStringLiteral("too many request headers"));
            return -1;
        }
        if (d.countHeadBytes(kHeaderLineOverhead) != 0)
            return -1;
    }
    if (d.countHeadBytes(qsizetype(length)) != 0)
        return -1;
    d.m_field.append(at, qsizetype(length));
    return 0;
}

int HttpRequestParser::onHeaderValue(http_parser *parser, const char *at, size_t length)
{
    HttpRequestParser &d = self(parser);
    d.m_lastWasValue = true;
    if (d.countHeadBytes(qsizetype(length)) != 0)
        return -1;
    d.m_value.append(at, qsizetype(length));
    return 0;
}

int HttpRequestParser::onHeadersComplete(http_parser *parser)
{
    HttpRequestParser &d = self(parser);
    if (d.m_lastWasValue || !d.m_field.isEmpty())
        d.m_head.headers.append({std::exchange(d.m_field, {}), std::exchange(d.m_value, {})});
    if (parser->http_major != 1) {
        d.fail(505, QStringLiteral("only HTTP/1.x is served"));
        return -1;
    }
    d.m_head.method = methodOf(parser->method);
    d.m_head.url = QUrl::fromEncoded(d.m_target);
    if (!d.m_head.url.isValid() || !d.m_target.startsWith('/')) {
        d.fail(400, QStringLiteral("bad request target"));
        return -1;
    }
    d.m_head.path = d.m_head.url.path();
    if (const int status = d.m_listener.headReceived(d.m_head, parser->upgrade != 0); status != 0) {
        d.fail(status, {});
        return -1;
    }
    return 0;
}

int HttpRequestParser::onBody(http_parser *parser, const char *at, size_t length)
{
    HttpRequestParser &d = self(parser);
    if (const int status = d.m_listener.bodyReceived(QByteArrayView(at, qsizetype(length)));
        status != 0) {
        d.fail(status, {});
        return -1;
    }
    return 0;
}

int HttpRequestParser::onMessageComplete(http_parser *parser)
{
    HttpRequestParser &d = self(parser);
    d.m_inRequest = false;
    // Stop here whatever follows: the next pipelined request waits for this one's answer, and
    // after an upgrade the bytes are not HTTP.
    http_parser_pause(parser, 1);
    if (!parser->upgrade)
        d.m_listener.messageComplete();
    return 0;
}

} // namespace confab::server
