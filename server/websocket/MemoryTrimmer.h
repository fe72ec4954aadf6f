#pragma once

#include <QtGlobal>

namespace confab::server::MemoryTrimmer {

// Notes that about `bytes` of heap were just released (a dropped send queue, a closed socket's
// backlog). glibc keeps freed memory for reuse, so after a burst the process would hold its
// peak for good; once enough has been freed, this asks malloc to give free pages back to the
// system, at most once a second and on the next event-loop turn (after the frees are done).
void noteFreed(qint64 bytes);

} // namespace confab::server::MemoryTrimmer
