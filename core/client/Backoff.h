#pragma once

namespace confab::client {

// Reconnect delays: exponential growth, jittered so that many clients dropped by the same
// server restart do not all come back in the same instant, and capped.
class Backoff
{
public:
    explicit Backoff(int initialMs = 1000, int maxMs = 30000);

    // Attempt n (0-based): base = min(maxMs, initialMs * 2^n); returns a uniformly jittered
    // value in [base/2, base]. Never more than maxMs.
    int nextDelayMs();
    void reset();
    int attempts() const;

    // The un-jittered delay of attempt `attempt` (0-based).
    int baseDelayMs(int attempt) const;
    int initialMs() const { return m_initialMs; }
    int maxMs() const { return m_maxMs; }

private:
    int m_initialMs;
    int m_maxMs;
    int m_attempts = 0;
};

} // namespace confab::client
