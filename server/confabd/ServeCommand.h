#pragma once

namespace confab::server {

struct ConfabdOptions;

// Runs the server in the calling thread's event loop until SIGINT, SIGTERM or SIGHUP, then
// shuts it down cleanly (sockets closed with 1001, database drained and closed). Returns the
// exit code.
int runServer(const ConfabdOptions &options);

} // namespace confab::server
