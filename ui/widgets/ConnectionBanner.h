#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace confab::ui {

// A strip above the timeline that says why messages are not flowing: connecting, offline,
// waiting for the next reconnect attempt (with a live countdown), signed out, and how many
// messages are waiting in the outbox. Hidden while everything is fine.
class ConnectionBanner : public QWidget
{
    Q_OBJECT
public:
    enum class State { Connected, Connecting, Offline, WaitingToReconnect, SignedOut };
    Q_ENUM(State)

    explicit ConnectionBanner(QWidget *parent = nullptr);

    void setState(State state);
    State state() const { return m_state; }
    // When the next attempt starts (WaitingToReconnect); an invalid time shows no countdown.
    void setReconnectAt(const QDateTime &at);
    void setPendingCount(int count);
    int pendingCount() const { return m_pendingCount; }

    // The text the banner shows now ("" while hidden).
    QString message() const;

Q_SIGNALS:
    void retryNowRequested();
    void signInRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void updateTimer();
    QString stateText() const;
    QString pendingText() const;
    int secondsUntilReconnect() const;
    bool isProblem() const;

    State m_state = State::Connected;
    QDateTime m_reconnectAt;
    int m_pendingCount = 0;
    QLabel *m_label = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_signInButton = nullptr;
    QTimer *m_countdown = nullptr;
};

} // namespace confab::ui
