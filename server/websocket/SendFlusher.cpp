#include "websocket/SendFlusher.h"

#include "websocket/RawWebSocket.h"

#include <algorithm>

namespace confab::server {

void SendFlusher::schedule(RawWebSocket *socket)
{
    m_scheduled.push_back(socket);
    if (m_posted)
        return;
    m_posted = true;
    QMetaObject::invokeMethod(this, &SendFlusher::flushAll, Qt::QueuedConnection);
}

void SendFlusher::cancel(RawWebSocket *socket)
{
    std::replace(m_scheduled.begin(), m_scheduled.end(), socket,
                 static_cast<RawWebSocket *>(nullptr));
    std::replace(m_flushing.begin(), m_flushing.end(), socket,
                 static_cast<RawWebSocket *>(nullptr));
}

void SendFlusher::flushAll()
{
    m_posted = false;
    m_flushing.swap(m_scheduled);
    // By index: a flush can end a connection, whose socket then cancels itself here.
    for (size_t i = 0; i < m_flushing.size(); ++i) {
        if (RawWebSocket *socket = m_flushing[i])
            socket->flushScheduled();
    }
    m_flushing.clear();
}

} // namespace confab::server
