#pragma once

namespace confab::server {

struct ConfabdOptions;

// `confabd user add|list|passwd|disable`: account administration on the database file
// itself, with its own connection. SQLite's WAL mode and busy timeout let this run next to
// a live daemon, which notices revoked tokens on its own. Returns the exit code.
int runUserCommand(const ConfabdOptions &options);

} // namespace confab::server
