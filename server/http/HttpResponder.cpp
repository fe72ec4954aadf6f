#include "http/HttpResponder.h"

#include "http/HttpConnection.h"
#include "protocol/Http.h"

#include <QJsonDocument>

namespace confab::server {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 417:
        return "Expectation Failed";
    case 426:
        return "Upgrade Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

HttpResponder::HttpResponder(HttpConnection *connection, QByteArray allowedOrigin)
    : m_state(std::make_shared<State>(State{connection, std::move(allowedOrigin), {}, false}))
{
}

QObject *HttpResponder::connection() const
{
    return m_state->connection.data();
}

void HttpResponder::json(int status, const QJsonObject &body)
{
    write(status, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
}

void HttpResponder::error(int status, wire::ErrorReason code, const QString &message)
{
    json(status, protocol::http::ErrorResponse{code, message}.toJson());
}

void HttpResponder::text(int status, const QByteArray &body, const QByteArray &contentType)
{
    write(status, body, contentType);
}

void HttpResponder::errorWithHeaders(int status, wire::ErrorReason code, const QString &message,
                                     const QByteArray &headers)
{
    m_state->extraHeaders = headers;
    error(status, code, message);
}

void HttpResponder::preflight(const QByteArray &methods)
{
    // A browser asks before a cross-origin JSON or authorised request; the origin itself was
    // checked against the allowlist before we got here.
    m_state->extraHeaders = "Access-Control-Allow-Methods: " + methods +
                            "\r\nAccess-Control-Allow-Headers: Authorization, Content-Type"
                            "\r\nAccess-Control-Max-Age: 600\r\n";
    write(204, {}, {});
}

void HttpResponder::empty(int status)
{
    write(status, {}, {});
}

void HttpResponder::write(int status, const QByteArray &body, const QByteArray &contentType)
{
    if (std::exchange(m_state->sent, true))
        return;
    HttpConnection *connection = m_state->connection;
    if (!connection)
        return;
    QByteArray headers;
    if (!contentType.isEmpty())
        headers += "Content-Type: " + contentType + "\r\n";
    if (!m_state->allowedOrigin.isEmpty())
        headers +=
            "Access-Control-Allow-Origin: " + m_state->allowedOrigin + "\r\nVary: Origin\r\n";
    headers += m_state->extraHeaders;
    headers += "Cache-Control: no-store\r\n";
    connection->respond(status, headers, body);
}

} // namespace confab::server
