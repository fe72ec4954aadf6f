#include "TcpProxy.h"

#include <QTcpSocket>

namespace confab::testing {

// One client connection and its upstream twin.
class TcpProxy::Link : public QObject
{
public:
    Link(TcpProxy *proxy, QTcpSocket *client, quint16 targetPort)
        : QObject(proxy)
        , m_proxy(proxy)
        , m_client(client)
        , m_upstream(new QTcpSocket(this))
    {
        m_client->setParent(this);
        m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(m_upstream, &QTcpSocket::connected, this, [this] {
            m_upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            pump();
        });
        connect(m_client, &QTcpSocket::readyRead, this, &Link::pump);
        connect(m_upstream, &QTcpSocket::readyRead, this, &Link::pump);
        connect(m_client, &QTcpSocket::disconnected, this, &Link::finish);
        connect(m_upstream, &QTcpSocket::disconnected, this, &Link::finish);
        connect(m_upstream, &QTcpSocket::errorOccurred, this, [this] {
            if (m_upstream->state() != QAbstractSocket::ConnectedState)
                finish(); // target refused or went away
        });
        m_upstream->connectToHost(QHostAddress::LocalHost, targetPort);
    }

    // Moves every held byte across, unless the link is stalled.
    void pump()
    {
        if (m_proxy->isPaused() || m_upstream->state() != QAbstractSocket::ConnectedState)
            return;
        if (m_client->bytesAvailable() > 0)
            m_upstream->write(m_client->readAll());
        if (m_upstream->bytesAvailable() > 0)
            m_client->write(m_upstream->readAll());
    }

    void abortBoth()
    {
        m_client->disconnect(this);
        m_upstream->disconnect(this);
        m_client->abort();
        m_upstream->abort();
    }

private:
    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        // A healthy link hands over what is left and closes politely; a stalled one just dies.
        if (!m_proxy->isPaused())
            pump();
        m_client->disconnect(this);
        m_upstream->disconnect(this);
        if (m_proxy->isPaused()) {
            m_client->abort();
            m_upstream->abort();
        } else {
            m_client->disconnectFromHost();
            m_upstream->disconnectFromHost();
        }
        m_proxy->removeLink(this);
    }

    TcpProxy *m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream;
    bool m_finished = false;
};

TcpProxy::TcpProxy(quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TcpProxy::onNewConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

TcpProxy::~TcpProxy()
{
    for (Link *link : std::as_const(m_links))
        link->abortBoth();
}

void TcpProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        if (m_refusing) {
            client->abort();
            client->deleteLater();
            continue;
        }
        ++m_accepted;
        m_links.append(new Link(this, client, m_targetPort));
    }
}

void TcpProxy::removeLink(Link *link)
{
    m_links.removeOne(link);
    link->deleteLater(); // we are inside one of its sockets' signals
}

void TcpProxy::dropAll()
{
    const QList<Link *> links = std::exchange(m_links, {});
    for (Link *link : links) {
        link->abortBoth();
        link->deleteLater();
    }
}

void TcpProxy::setPaused(bool paused)
{
    m_paused = paused;
    if (paused)
        return;
    const QList<Link *> links = m_links;
    for (Link *link : links)
        link->pump();
}

} // namespace confab::testing
