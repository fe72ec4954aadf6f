#pragma once

// A TCP forwarder on 127.0.0.1 for network-failure tests: put it between a client and the
// TestServer, then drop every connection, stall the link silently, or refuse new connections.

#include <QList>
#include <QObject>
#include <QTcpServer>

namespace confab::testing {

class TcpProxy : public QObject
{
    Q_OBJECT
public:
    // Listens on 127.0.0.1 at a free port right away (check isListening()).
    explicit TcpProxy(quint16 targetPort, QObject *parent = nullptr);
    ~TcpProxy() override;

    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    // For new connections; existing ones keep their target.
    void setTargetPort(quint16 port) { m_targetPort = port; }

    // Aborts every open connection on both sides.
    void dropAll();
    // Paused: bytes are held both ways while the sockets stay open, a silent dead link. Held
    // bytes flow again when unpaused. A side that closes while paused takes the other with it.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Refusing: new connections are closed as soon as they are accepted.
    void setRefusing(bool refusing) { m_refusing = refusing; }
    int connectionCount() const { return int(m_links.size()); }
    int acceptedCount() const { return m_accepted; }

private:
    class Link;
    void onNewConnection();
    void removeLink(Link *link);

    QTcpServer m_server;
    quint16 m_targetPort;
    bool m_paused = false;
    bool m_refusing = false;
    int m_accepted = 0;
    QList<Link *> m_links; // children of this
};

} // namespace confab::testing
