#pragma once

#include <functional>
#include <vector>

class QObject;

namespace confab::sql {

// Callbacks of finished jobs, to run on the thread that asked for them.
using Deliveries = std::vector<std::function<void()>>;

// Runs `deliveries` in order on `receiver`'s thread, as one queued call: one per batch keeps
// the receiver's event queue short under load. Queued to the receiver, so its destruction
// discards the call together with every callback in it.
void deliverBatch(QObject *receiver, Deliveries deliveries);

// `callback`, made to do nothing if `context` has been destroyed by the time it runs. Call on
// the context's thread.
std::function<void()> guardedBy(QObject *context, std::function<void()> callback);

} // namespace confab::sql
