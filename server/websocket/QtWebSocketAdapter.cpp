#include "websocket/QtWebSocketAdapter.h"

#include <QNetworkRequest>

namespace confab::server {

QtWebSocketAdapter::QtWebSocketAdapter(std::unique_ptr<QWebSocket> socket,
                                       qsizetype maxMessageBytes, QObject *parent)
    : WireSocket(parent)
    , m_socket(std::move(socket))
{
    m_socket->setParent(nullptr);
    setOfferedSubprotocols(m_socket->request().rawHeader("Sec-WebSocket-Protocol"));
    m_socket->setMaxAllowedIncomingMessageSize(quint64(maxMessageBytes));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(maxMessageBytes));
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this,
            [this](const QString &message) { Q_EMIT textReceived(message.toUtf8()); });
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this, &WireSocket::binaryReceived);
    connect(m_socket.get(), &QWebSocket::disconnected, this, &WireSocket::disconnected);
    // QWebSocket answers pings itself and reports none; pongs at least count as activity.
    connect(m_socket.get(), &QWebSocket::pong, this, &WireSocket::controlReceived);
    connect(m_socket.get(), &QWebSocket::bytesWritten, this, [this] { checkDrained(); });
}

QtWebSocketAdapter::~QtWebSocketAdapter()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

bool QtWebSocketAdapter::isOpen() const
{
    return !m_closing && m_socket->state() == QAbstractSocket::ConnectedState;
}

void QtWebSocketAdapter::send(const OutgoingFrame &frame)
{
    if (isOpen())
        m_socket->sendTextMessage(QString::fromUtf8(frame.payload()));
}

void QtWebSocketAdapter::close(int code, const QString &reason)
{
    if (!isOpen())
        return;
    m_closing = true;
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

} // namespace confab::server
