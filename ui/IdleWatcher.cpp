#include "IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace confab::ui {

namespace {

bool isUserInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::MouseMove:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::KeyPress:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}

} // namespace

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent)
{
    m_check.setSingleShot(true);
    connect(&m_check, &QTimer::timeout, this, &IdleWatcher::checkIdle);
    QCoreApplication::instance()->installEventFilter(this);
    m_sinceInput.start();
    m_check.start(m_timeoutMs);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleWatcher::setIdleTimeoutMs(int ms)
{
    m_timeoutMs = ms;
    if (ms <= 0) {
        m_check.stop();
        if (m_idle) {
            m_idle = false;
            Q_EMIT idleChanged(false);
        }
        return;
    }
    if (!m_idle)
        m_check.start(int(qMax<qint64>(0, ms - m_sinceInput.elapsed())));
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (isUserInput(event->type()))
        onInput();
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::onInput()
{
    m_sinceInput.restart();
    if (!m_idle)
        return;
    m_idle = false;
    m_check.start(m_timeoutMs);
    Q_EMIT idleChanged(false);
}

// Input since the timer started moved the deadline: wait for the rest of it.
void IdleWatcher::checkIdle()
{
    const qint64 remaining = m_timeoutMs - m_sinceInput.elapsed();
    if (remaining > 0) {
        m_check.start(int(remaining));
        return;
    }
    m_idle = true;
    Q_EMIT idleChanged(true);
}

} // namespace confab::ui
