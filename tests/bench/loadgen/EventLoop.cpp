#include "EventLoop.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <ctime>
#include <sys/epoll.h>
#include <unistd.h>

namespace confab::loadgen {

std::int64_t nowNs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return std::int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

EventLoop::EventLoop()
    : m_epoll(::epoll_create1(EPOLL_CLOEXEC))
{
}

EventLoop::~EventLoop()
{
    if (m_epoll >= 0)
        ::close(m_epoll);
}

bool EventLoop::add(int fd, std::uint32_t events, IoHandler *handler)
{
    epoll_event event{};
    event.events = events;
    event.data.ptr = handler;
    return ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) == 0;
}

void EventLoop::modify(int fd, std::uint32_t events, IoHandler *handler)
{
    epoll_event event{};
    event.events = events;
    event.data.ptr = handler;
    ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event);
}

void EventLoop::remove(int fd)
{
    ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
}

bool EventLoop::runUntil(const std::function<bool()> &done, std::int64_t deadlineNs,
                         const std::function<void()> &tick, int tickMs)
{
    std::array<epoll_event, 512> events{};
    std::int64_t nextTick = nowNs();
    while (!done()) {
        const std::int64_t now = nowNs();
        if (now >= deadlineNs)
            return false;
        if (tick && now >= nextTick) {
            tick();
            nextTick = now + std::int64_t(tickMs) * 1'000'000;
            continue; // the tick may have finished the run
        }
        const std::int64_t waitNs = std::min(deadlineNs, tick ? nextTick : deadlineNs) - now;
        // Rounded up: a zero timeout would spin and steal the CPU the server is measured on.
        const int timeoutMs = int(std::min<std::int64_t>((waitNs + 999'999) / 1'000'000, 1000));
        const int n = ::epoll_wait(m_epoll, events.data(), int(events.size()), timeoutMs);
        if (n < 0 && errno != EINTR)
            return false;
        for (int i = 0; i < n; ++i)
            static_cast<IoHandler *>(events[std::size_t(i)].data.ptr)
                ->onIo(events[std::size_t(i)].events);
    }
    return true;
}

} // namespace confab::loadgen
