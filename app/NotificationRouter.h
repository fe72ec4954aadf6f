#pragma once

#include <QObject>
#include <QPointer>

namespace confab::model {
struct Notification;
}
namespace confab::client {
class ClientSession;
class ClientState;
} // namespace confab::client
namespace confab::ui {
class AppSettings;
class MainWindow;
class TrayNotifier;
} // namespace confab::ui

namespace confab::app {

// Decides which events become desktop notifications: the server's notifications (live, and
// the pending ones after coming online) for conversations the app has not joined, and new
// messages from others in the open conversation while the window is not active. Mute (the
// server already drops muted non-mentions), do not disturb and the settings are respected.
class NotificationRouter : public QObject
{
    Q_OBJECT
public:
    NotificationRouter(ui::AppSettings *settings, ui::TrayNotifier *tray, ui::MainWindow *window,
                       QObject *parent = nullptr);

    void watch(client::ClientSession *session);

Q_SIGNALS:
    void conversationActivated(client::ClientSession *session, qint64 conversationId);

private:
    void onNotification(client::ClientSession *session, const model::Notification &notification);
    void onMessagesInserted(client::ClientSession *session, qint64 conversationId,
                            const QList<qint64> &messageIds);
    bool allowed(client::ClientSession *session) const;
    void show(client::ClientSession *session, qint64 conversationId, qint64 senderId,
              const QString &content);
    static QString title(const client::ClientState &state, qint64 conversationId, qint64 senderId);

    ui::AppSettings *m_settings;
    ui::TrayNotifier *m_tray;
    ui::MainWindow *m_window;
    QPointer<client::ClientSession> m_lastSession; // the one the last notification came from
};

} // namespace confab::app
