#pragma once

#include "wire/ProtocolNames.h"

#include <QByteArray>
#include <QJsonObject>
#include <QPointer>
#include <QString>
#include <memory>

namespace confab::server {

class HttpConnection;

// Writes exactly one response, possibly after the handler has returned. Holds a guarded
// pointer: if the client hung up in the meantime the response is dropped.
class HttpResponder
{
public:
    HttpResponder(HttpConnection *connection, QByteArray allowedOrigin);

    void json(int status, const QJsonObject &body);
    // {error, message}: every error the HTTP API sends (protocol::http::ErrorResponse).
    void error(int status, wire::ErrorReason code, const QString &message);
    void text(int status, const QByteArray &body, const QByteArray &contentType);
    void empty(int status);
    // An error with extra header lines ("Name: value\r\n" each).
    void errorWithHeaders(int status, wire::ErrorReason code, const QString &message,
                          const QByteArray &headers);
    // 204 answer to a CORS preflight (OPTIONS) for a path served with `methods`.
    void preflight(const QByteArray &methods);
    // The client's connection, null once it is gone: a context for work done for it.
    QObject *connection() const;
    bool sent() const { return m_state->sent; }

private:
    void write(int status, const QByteArray &body, const QByteArray &contentType);
    struct State
    {
        QPointer<HttpConnection> connection;
        QByteArray allowedOrigin;
        QByteArray extraHeaders;
        bool sent = false;
    };
    std::shared_ptr<State> m_state;
};

// "Not Found" for 404: the reason phrase of the status line.
QByteArray reasonPhrase(int status);

} // namespace confab::server
