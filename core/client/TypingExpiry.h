#pragma once

#include "client/ClientEvents.h"

#include <QObject>
#include <functional>

class QTimer;

namespace confab::client {

class ClientState;

// The clock behind the client's end of the server's typing rule. The server ends a typing
// state 5 s after its last refresh, but that "stopped" reaches only the sockets still joined to
// the conversation's chat topic: one left meanwhile (the user opened another conversation)
// would show "is typing" forever. This watches the state and, when the oldest typing state is
// due, hands the reducer a TypingExpired; it never writes the state itself.
class TypingExpiry : public QObject
{
    Q_OBJECT
public:
    using Dispatch = std::function<void(const events::Event &)>;

    TypingExpiry(const ClientState &state, Dispatch dispatch, int expiryMs,
                 QObject *parent = nullptr);

private:
    void schedule();
    void expire();

    const ClientState &m_state;
    Dispatch m_dispatch;
    int m_expiryMs;
    QTimer *m_timer;
};

} // namespace confab::client
