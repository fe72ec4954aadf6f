#pragma once

#include "websocket/WireSocket.h"

#include <QWebSocket>
#include <memory>

namespace confab::server {

// A WireSocket over QWebSocket, for TLS connections: their bytes are encrypted per socket, so
// sharing a broadcast's wire bytes would gain nothing, and QSslSocket does the TLS. QWebSocket
// cannot stop reading, so setReadingPaused() is the default no-op: the owner holds what still
// arrives, within its own bound.
class QtWebSocketAdapter final : public WireSocket
{
    Q_OBJECT
public:
    QtWebSocketAdapter(std::unique_ptr<QWebSocket> socket, qsizetype maxMessageBytes,
                       QObject *parent = nullptr);
    ~QtWebSocketAdapter() override;

    bool isOpen() const override;
    qint64 bytesQueued() const override { return m_socket->bytesToWrite(); }
    void send(const OutgoingFrame &frame) override;
    void close(int code, const QString &reason) override;
    void abort() override { m_socket->abort(); }
    QUrl requestUrl() const override { return m_socket->requestUrl(); }
    QByteArray origin() const override { return m_socket->origin().toUtf8(); }

private:
    std::unique_ptr<QWebSocket> m_socket;
    bool m_closing = false;
};

} // namespace confab::server
