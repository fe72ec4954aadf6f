#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

class QSocketNotifier;

namespace confab::server {

// The listening socket: binds, accepts, and survives running out of file descriptors.
//
// QTcpServer stops accepting for good after EMFILE (it pauses and leaves resuming to the
// application), and a level-triggered listener that cannot accept is reported ready forever.
// Here a spare descriptor is kept: when accept() fails for want of descriptors, the spare is
// closed, the waiting connection accepted and closed at once (the client sees a closed
// connection instead of hanging in the backlog), and the spare reopened; if even that fails,
// accepting pauses briefly. Each episode is logged, at most once per interval.
class HttpListener final : public QObject
{
    Q_OBJECT
public:
    explicit HttpListener(QObject *parent = nullptr);
    ~HttpListener() override;

    // Empty on success, else why not.
    QString listen(const QHostAddress &host, quint16 port, int backlog);
    quint16 port() const { return m_port; }

Q_SIGNALS:
    // A new connection's descriptor (non-blocking, close-on-exec); the receiver owns it.
    void accepted(int descriptor);

private:
    void acceptPending();
    void outOfDescriptors(int error);
    void shedOneConnection();
    void pauseAccepting();

    int m_descriptor = -1;
    int m_spareDescriptor = -1;
    quint16 m_port = 0;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_resume;
    QElapsedTimer m_sinceWarning;
    int m_refusedSinceWarning = 0;
};

} // namespace confab::server
