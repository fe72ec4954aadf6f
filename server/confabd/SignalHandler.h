#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <initializer_list>
#include <memory>

class QSocketNotifier;

namespace confab::server {

// Turns POSIX signals into a Qt signal emitted from the event loop. The handler itself only
// writes the signal number into a self-pipe (the one async-signal-safe thing to do); a
// QSocketNotifier on the other end emits `received`, so shutdown code runs as ordinary event
// loop code. One instance at a time.
class SignalHandler : public QObject
{
    Q_OBJECT
public:
    explicit SignalHandler(QObject *parent = nullptr);
    ~SignalHandler() override; // restores the previous dispositions

    // Returns an error text, empty on success.
    QString watch(std::initializer_list<int> signalNumbers);

    static QString name(int signalNumber);

Q_SIGNALS:
    void received(int signalNumber);

private:
    void drainPipe();

    int m_pipe[2] = {-1, -1};
    std::unique_ptr<QSocketNotifier> m_notifier;
    QList<int> m_watched;
};

} // namespace confab::server
