#pragma once

#include "client/Backoff.h"
#include "client/PhoenixChannel.h"
#include "wire/FrameCodec.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <optional>

class QWebSocket;

namespace confab::client {

// The client end of the Phoenix V2 socket: one WebSocket to the server, the channels
// multiplexed on it, heartbeats, and reconnecting with backoff. Never blocks.
class PhoenixSocket : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, WaitingToReconnect };
    Q_ENUM(State)

    explicit PhoenixSocket(QObject *parent = nullptr);
    ~PhoenixSocket() override;

    // http(s)://host:port ->
    // ws(s)://host:port/socket/websocket?vsn=2.0.0&token=T&device_unique_id=D
    void setServerUrl(const QUrl &httpBaseUrl);
    void setToken(const QString &token);
    void setDeviceId(const QString &deviceId);
    // Default 30000. If the previous heartbeat is still unanswered when the next one is due,
    // the connection is treated as dead: abort and reconnect.
    void setHeartbeatIntervalMs(int ms);
    void setBackoff(int initialMs, int maxMs); // default 1000, 30000
    // Default false: the session turns it on after the first successful sign-in. Turning it off
    // cancels a pending reconnect.
    void setAutoReconnect(bool enabled);
    // How long opening (TCP connect plus WebSocket handshake) may take. Default 15000.
    void setConnectTimeoutMs(int ms);

    // Connects now (also cancels a pending reconnect wait). Nothing else is reset.
    void open();
    // User-initiated: closes, no reconnect.
    void close();

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    QDateTime nextReconnectAt() const; // valid while WaitingToReconnect
    bool autoReconnect() const { return m_autoReconnect; }
    // The endpoint URL with the token in the query (PROTOCOL.md §1), for scripts and tools.
    // open() leaves the token out of the URL and offers it as a subprotocol instead.
    QUrl socketUrl() const;

    // The one channel object for this topic (created on first use, owned by the socket).
    PhoenixChannel *channel(const QString &topic);
    // Leaves and deletes it (deleteLater).
    void removeChannel(const QString &topic);

Q_SIGNALS:
    void stateChanged(confab::client::PhoenixSocket::State state);
    void connected();
    void disconnected(int closeCode); // after any close or failure; 1006 when no close frame came
    // Close code 4401 (token revoked or unknown) or HTTP 403 at the upgrade: auto-reconnect
    // stops until open() is called again (with a new token).
    void unauthorized();
    void reconnectScheduled(int delayMs);
    // A heartbeat reply came back, `roundTripMs` after the heartbeat was sent.
    void heartbeatAnswered(int roundTripMs);

private:
    QUrl endpointUrl(bool withToken) const;
    QStringList subprotocols() const;

    friend class PhoenixChannel;

    // For channels.
    QString makeRef();
    bool send(const wire::Frame &frame);

    void startConnecting();
    void onConnected();
    void onTextMessage(const QString &text);
    void onSocketError();
    void onSocketClosed();
    void dropConnection(const QString &why);
    void finishConnection(int closeCode, bool authFailed, bool graceful = false);
    void retireWebSocket(bool graceful);
    void sendHeartbeat();
    void scheduleReconnect();
    void setState(State state);

    QUrl m_baseUrl;
    QString m_token;
    QString m_deviceId;
    int m_heartbeatIntervalMs = 30000;
    int m_connectTimeoutMs = 15000;
    bool m_autoReconnect = false;
    bool m_userClosed = false;
    bool m_unauthorized = false;
    bool m_closeFrameSeen = false;
    State m_state = State::Disconnected;
    Backoff m_backoff;
    QDateTime m_nextReconnectAt;
    QWebSocket *m_webSocket = nullptr; // the current connection attempt, a child of this
    wire::FrameCodec m_codec;
    quint64 m_nextRef = 1;
    std::optional<QString> m_heartbeatRef;
    QElapsedTimer m_heartbeatSent;
    QTimer m_heartbeatTimer;
    QTimer m_reconnectTimer;
    QTimer m_connectTimer;
    QHash<QString, PhoenixChannel *> m_channels; // children of this
};

} // namespace confab::client
