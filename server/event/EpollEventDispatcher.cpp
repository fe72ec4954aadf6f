#include "event/EpollEventDispatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSocketNotifier>
#include <QTimerEvent>
#include <cerrno>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace confab::server {

namespace {

constexpr int kMaxEventsPerWait = 1024;

qint64 nowMs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
}

void activate(QSocketNotifier *notifier)
{
    QEvent event(QEvent::SockAct);
    QCoreApplication::sendEvent(notifier, &event);
}

} // namespace

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
    , m_epoll(::epoll_create1(EPOLL_CLOEXEC))
    , m_wakeFd(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC))
    , m_ready(kMaxEventsPerWait)
{
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.fd = m_wakeFd;
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &event);
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    ::close(m_wakeFd);
    ::close(m_epoll);
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    Notifiers &entry = m_notifiers[fd];
    switch (notifier->type()) {
    case QSocketNotifier::Read:
        entry.read = notifier;
        break;
    case QSocketNotifier::Write:
        entry.write = notifier;
        break;
    case QSocketNotifier::Exception:
        entry.exception = notifier;
        break;
    }
    updateInterest(fd);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    const auto it = m_notifiers.find(fd);
    if (it == m_notifiers.end())
        return;
    if (it->read == notifier)
        it->read = nullptr;
    if (it->write == notifier)
        it->write = nullptr;
    if (it->exception == notifier)
        it->exception = nullptr;
    updateInterest(fd);
}

void EpollEventDispatcher::updateInterest(int fd)
{
    const auto it = m_notifiers.find(fd);
    if (it == m_notifiers.end())
        return;
    quint32 wanted = 0;
    if (it->read)
        wanted |= EPOLLIN;
    if (it->write)
        wanted |= EPOLLOUT;
    if (it->exception)
        wanted |= EPOLLPRI;
    if (wanted == it->events && wanted != 0)
        return;
    epoll_event event{};
    event.events = wanted;
    event.data.fd = fd;
    if (wanted == 0) {
        // The descriptor may already be closed, which removed it from the set by itself.
        ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
        m_notifiers.erase(it);
        return;
    }
    const int op = it->events == 0 ? EPOLL_CTL_ADD : EPOLL_CTL_MOD;
    if (::epoll_ctl(m_epoll, op, fd, &event) != 0 &&
        errno == (op == EPOLL_CTL_ADD ? EEXIST : ENOENT))
        ::epoll_ctl(m_epoll, op == EPOLL_CTL_ADD ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, fd, &event);
    it->events = wanted;
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                                         QObject *object)
{
    unregisterTimer(timerId); // never registered twice, but a stale entry must not linger
    Timer &timer = m_timers[timerId];
    timer = Timer{timerId, interval, timerType, object, 0, false};
    m_timersByObject.insert(object, timerId);
    schedule(timer, nowMs());
}

void EpollEventDispatcher::schedule(Timer &timer, qint64 fromMs)
{
    m_deadlines.erase({timer.deadlineMs, timer.id});
    timer.deadlineMs = fromMs + timer.intervalMs;
    m_deadlines.emplace(std::make_pair(timer.deadlineMs, timer.id), timer.id);
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return false;
    m_deadlines.erase({it->deadlineMs, timerId});
    m_timersByObject.remove(it->object, timerId);
    m_timers.erase(it);
    return true;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    const QList<int> ids = m_timersByObject.values(object);
    for (const int id : ids)
        unregisterTimer(id);
    return !ids.isEmpty();
}

QList<QAbstractEventDispatcher::TimerInfo>
EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> infos;
    for (auto it = m_timersByObject.constFind(object);
         it != m_timersByObject.cend() && it.key() == object; ++it) {
        const Timer &timer = m_timers[it.value()];
        infos.append(TimerInfo(timer.id, int(timer.intervalMs), timer.type));
    }
    return infos;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto it = m_timers.constFind(timerId);
    if (it == m_timers.cend())
        return -1;
    return int(qMax<qint64>(0, it->deadlineMs - nowMs()));
}

void EpollEventDispatcher::wakeUp()
{
    if (m_wakeUpPending.exchange(true))
        return;
    const quint64 one = 1;
    [[maybe_unused]] const ssize_t written = ::write(m_wakeFd, &one, sizeof one);
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.store(true);
    wakeUp();
}

int EpollEventDispatcher::waitTimeoutMs(bool canWait) const
{
    if (!canWait)
        return 0;
    if (m_deadlines.empty())
        return -1;
    return int(
        qBound<qint64>(0, m_deadlines.begin()->first.first - nowMs(), qint64(24) * 3600 * 1000));
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.store(false);
    Q_EMIT awake();
    QCoreApplication::sendPostedEvents();
    const bool canWait = flags.testFlag(QEventLoop::WaitForMoreEvents) && !m_interrupted.load();
    if (canWait)
        Q_EMIT aboutToBlock();
    if (m_interrupted.load())
        return false;
    int ready = ::epoll_wait(m_epoll, m_ready.data(), int(m_ready.size()), waitTimeoutMs(canWait));
    if (ready < 0)
        ready = 0; // EINTR: a signal; the caller loops
    if (canWait)
        Q_EMIT awake();
    int handled = 0;
    if (!flags.testFlag(QEventLoop::ExcludeSocketNotifiers))
        handled += activateSocketNotifiers(ready);
    else
        handled += ready; // the wake-up still has to be drained below
    if (!flags.testFlag(QEventLoop::X11ExcludeTimers))
        handled += activateTimers();
    return handled > 0;
}

int EpollEventDispatcher::activateSocketNotifiers(int ready)
{
    int activated = 0;
    for (int i = 0; i < ready; ++i) {
        const int fd = m_ready[std::size_t(i)].data.fd;
        const quint32 events = m_ready[std::size_t(i)].events;
        if (fd == m_wakeFd) {
            quint64 value = 0;
            [[maybe_unused]] const ssize_t n = ::read(m_wakeFd, &value, sizeof value);
            m_wakeUpPending.store(false);
            ++activated;
            continue;
        }
        // Each activation can unregister or delete notifiers: look them up again every time.
        const auto find = [this, fd]() -> Notifiers * {
            const auto it = m_notifiers.find(fd);
            return it == m_notifiers.end() ? nullptr : &*it;
        };
        if (Notifiers *n = find(); n && n->read && (events & (EPOLLIN | EPOLLHUP | EPOLLERR))) {
            activate(n->read);
            ++activated;
        }
        if (Notifiers *n = find(); n && n->write && (events & (EPOLLOUT | EPOLLHUP | EPOLLERR))) {
            activate(n->write);
            ++activated;
        }
        if (Notifiers *n = find(); n && n->exception && (events & EPOLLPRI)) {
            activate(n->exception);
            ++activated;
        }
    }
    return activated;
}

int EpollEventDispatcher::activateTimers()
{
    const qint64 now = nowMs();
    // Collected first: a timer event may start, stop or reschedule any timer.
    std::vector<int> due;
    for (auto it = m_deadlines.begin(); it != m_deadlines.end() && it->first.first <= now; ++it)
        due.push_back(it->second);
    int fired = 0;
    for (const int id : due) {
        const auto it = m_timers.find(id);
        if (it == m_timers.end() || it->active || it->deadlineMs > now)
            continue;
        // Like Qt: the next deadline counts from the missed one unless that is already past.
        schedule(*it, it->deadlineMs + it->intervalMs > now ? it->deadlineMs : now);
        it->active = true;
        QObject *object = it->object;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);
        ++fired;
        if (const auto again = m_timers.find(id); again != m_timers.end())
            again->active = false;
    }
    return fired;
}

} // namespace confab::server
