#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace confab::server {

// One request as a handler sees it. Plain data, so an asynchronous handler can keep it.
struct HttpRequest
{
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
    QUrl url;     // the request target as sent (path and query)
    QString path; // url.path(), what routes match
    QByteArray body;
    // The client: the peer, or the address a trusted proxy named (X-Forwarded-For).
    QHostAddress remoteAddress;
    QList<QPair<QByteArray, QByteArray>> headers;

    // The first header of that name (case-insensitive), or empty.
    QByteArray header(const QByteArray &name) const;
    // The token of an `Authorization: Bearer T` header, or empty.
    QString bearerToken() const;
};

} // namespace confab::server
