#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace confab::app {

// One Confab per user: the first process listens on a local socket named after the user;
// later ones hand their arguments to it and exit, so starting Confab again brings the
// running window to the front instead of starting a second server on the same data.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // `suffix` keeps apart instances that must not meet, such as concurrent test runs.
    explicit SingleInstance(const QString &suffix = {}, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The local socket: per user, so users of one computer each get their own Confab. A path
    // in the user's runtime directory where there is one.
    QString serverName() const { return m_name; }

    // True if this process is now the primary instance. A socket left behind by a primary
    // that crashed is removed and taken over.
    bool claim();
    bool isPrimary() const;

    // Sends `arguments` to the primary instance and waits (blocking) for it to confirm.
    // Returns whether they were delivered.
    bool notifyPrimary(const QStringList &arguments, int timeoutMs = 3000);

Q_SIGNALS:
    // In the primary: another instance was started with these arguments.
    void activated(const QStringList &arguments);

private:
    bool primaryAnswers() const;
    void acceptConnections();
    void readRequest(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server; // child
};

} // namespace confab::app
