#pragma once

#include "client/ClientEvents.h"
#include "client/ClientState.h"

namespace confab::client {

// The one place where events change the client state. Live frames, replayed log entries,
// join replies, cache loads and outbox changes all arrive as events::Event and go through
// apply(), so a message looks the same however it reached us. Applying an event twice is
// harmless: a redelivered message or reaction changes nothing the second time.
class Reducer
{
public:
    static void apply(ClientState &state, const events::Event &event);
};

} // namespace confab::client
