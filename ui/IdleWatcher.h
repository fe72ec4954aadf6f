#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace confab::ui {

// Tells when the user has stopped using Confab and when they are back, for automatic "away".
// It watches keyboard, mouse, wheel and touch input to every window of the application
// through an event filter on the application object.
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    // Idle after this long without input; 0 or less never goes idle. Default: 5 minutes.
    void setIdleTimeoutMs(int ms);
    int idleTimeoutMs() const { return m_timeoutMs; }
    bool isIdle() const { return m_idle; }

Q_SIGNALS:
    // Once when the timeout passes without input (true), once on the next input (false).
    void idleChanged(bool idle);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onInput();
    void checkIdle();

    // Mouse moves arrive by the hundred per second: input only records the time, and one
    // timer looks at it when the timeout could have passed.
    QElapsedTimer m_sinceInput;
    QTimer m_check;
    int m_timeoutMs = 5 * 60 * 1000;
    bool m_idle = false;
};

} // namespace confab::ui
