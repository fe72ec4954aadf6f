#pragma once

#include <QObject>
#include <vector>

namespace confab::server {

class RawWebSocket;

// Writes the queued frames of every RawWebSocket that got some, once per event-loop turn. A
// socket that receives many frames while the server handles one burst of events (fan-out under
// load) then costs one writev() instead of one send() per frame.
class SendFlusher : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void schedule(RawWebSocket *socket);
    // Forgets a socket that goes away before its turn.
    void cancel(RawWebSocket *socket);

private:
    void flushAll();

    std::vector<RawWebSocket *> m_scheduled;
    std::vector<RawWebSocket *> m_flushing;
    bool m_posted = false;
};

} // namespace confab::server
