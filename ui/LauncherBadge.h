#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>

namespace confab::ui {

// The unread count on the app's launcher icon (the dock, task manager or dash), where the desktop
// shows one: KDE Plasma, GNOME's Dash to Dock and Ubuntu Dock, elementary's Plank all read the
// Unity LauncherEntry signal. A desktop without a listener, or no session bus, simply shows
// nothing; the tray icon and the window title carry the count there.
class LauncherBadge : public QObject
{
    Q_OBJECT
public:
    // `desktopFileName` is the app's .desktop file without the suffix ("confab").
    explicit LauncherBadge(const QString &desktopFileName,
                           const QDBusConnection &bus = QDBusConnection::sessionBus(),
                           QObject *parent = nullptr);

    void setCount(int count);
    int count() const { return m_count; }

private:
    void publish();

    QDBusConnection m_bus;
    QString m_appUri;
    int m_count = 0;
    bool m_published = false;
};

} // namespace confab::ui
