#pragma once

#include <QAbstractEventDispatcher>
#include <QHash>
#include <QMultiHash>
#include <atomic>
#include <map>
#include <sys/epoll.h>
#include <vector>

namespace confab::server {

// A Qt event dispatcher on epoll, for the server's network thread.
//
// Qt 6.4's own dispatchers (glib and the UNIX one) hand every registered socket to poll() on
// every turn of the loop, so each event costs O(connections): at a thousand sockets the kernel's
// poll bookkeeping was the largest item of the network thread's profile, and at tens of
// thousands the loop would spend its time polling. epoll keeps the interest set in the kernel
// and returns only ready descriptors; timers sit in an ordered map, so the many per-socket
// timers cost O(log n) each instead of a scan.
//
// Semantics follow QEventDispatcherUNIX: posted events first, then ready socket notifiers
// (level-triggered), then expired timers; wakeUp() through an eventfd.
class EpollEventDispatcher final : public QAbstractEventDispatcher
{
    Q_OBJECT
public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;
    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;
    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                       QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;
    void wakeUp() override;
    void interrupt() override;

private:
    struct Notifiers
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        QSocketNotifier *exception = nullptr;
        quint32 events = 0; // what epoll watches for this descriptor
    };
    struct Timer
    {
        int id = 0;
        qint64 intervalMs = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        QObject *object = nullptr;
        qint64 deadlineMs = 0;
        bool active = false; // its event is being delivered (no re-entry)
    };

    void updateInterest(int fd);
    int waitTimeoutMs(bool canWait) const;
    int activateSocketNotifiers(int ready);
    int activateTimers();
    void schedule(Timer &timer, qint64 fromMs);

    int m_epoll = -1;
    int m_wakeFd = -1;
    std::atomic<bool> m_interrupted{false};
    std::atomic<bool> m_wakeUpPending{false};
    QHash<int, Notifiers> m_notifiers;
    QHash<int, Timer> m_timers;
    QMultiHash<QObject *, int> m_timersByObject;
    std::map<std::pair<qint64, int>, int> m_deadlines; // (deadline, id) -> id
    std::vector<epoll_event> m_ready;
};

} // namespace confab::server
