#pragma once

#include <cstdint>
#include <functional>

namespace confab::loadgen {

// Nanoseconds on CLOCK_MONOTONIC: every send time and receive time comes from this one clock,
// so a latency is a difference of two readings in the same process.
std::int64_t nowNs();

// Something that owns a file descriptor in the loop and wants to hear about its readiness.
class IoHandler
{
public:
    virtual ~IoHandler() = default;
    virtual void onIo(std::uint32_t events) = 0;
};

// A level-triggered epoll loop. Qt's own dispatcher polls every registered descriptor on every
// turn, which at tens of thousands of sockets costs more than the traffic itself; the load
// generator must not be the bottleneck it measures.
class EventLoop
{
public:
    EventLoop();
    ~EventLoop();
    EventLoop(const EventLoop &) = delete;
    EventLoop &operator=(const EventLoop &) = delete;

    bool add(int fd, std::uint32_t events, IoHandler *handler);
    void modify(int fd, std::uint32_t events, IoHandler *handler);
    void remove(int fd);

    // Dispatches events until `done()` holds or `deadlineNs` (nowNs() based) passes, calling
    // `tick` at least every `tickMs`. Returns whether `done()` held.
    bool runUntil(const std::function<bool()> &done, std::int64_t deadlineNs,
                  const std::function<void()> &tick = {}, int tickMs = 1);

private:
    int m_epoll = -1;
};

} // namespace confab::loadgen
