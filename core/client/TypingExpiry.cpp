#include "client/TypingExpiry.h"

#include "client/ClientState.h"

#include <QDeadlineTimer>
#include <QTimer>
#include <algorithm>

namespace confab::client {

TypingExpiry::TypingExpiry(const ClientState &state, Dispatch dispatch, int expiryMs,
                           QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_dispatch(std::move(dispatch))
    , m_expiryMs(expiryMs)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &TypingExpiry::expire);
    // Every refresh, start and stop comes with typingChanged: the next due time may move.
    connect(&m_state, &ClientState::typingChanged, this, &TypingExpiry::schedule);
}

void TypingExpiry::schedule()
{
    const std::optional<qint64> oldest = m_state.oldestTypingRefresh();
    if (!oldest) {
        m_timer->stop();
        return;
    }
    const qint64 now = QDeadlineTimer::current().deadline();
    const qint64 due = *oldest + m_expiryMs;
    m_timer->start(int(std::clamp<qint64>(due - now, 0, m_expiryMs)));
}

void TypingExpiry::expire()
{
    m_dispatch(events::TypingExpired{QDeadlineTimer::current().deadline() - m_expiryMs});
    schedule(); // typingChanged did if something expired; this covers the case where nothing did
}

} // namespace confab::client
