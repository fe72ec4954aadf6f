#pragma once

#include <QIcon>
#include <QObject>
#include <QSystemTrayIcon>
#include <memory>
#include <optional>

class QAction;
class QMenu;

namespace confab::ui {

// Confab's presence in the system tray: an icon with the unread count as a badge, a menu
// (Show Confab, Quit) and desktop notifications that open their conversation when clicked.
// Without a system tray (some desktops, offscreen tests) it still keeps its state and
// reports what it would show, so callers need no special case.
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    explicit TrayNotifier(QObject *parent = nullptr);
    ~TrayNotifier() override;

    bool isAvailable() const;

    void setUnreadCount(int count);
    int unreadCount() const { return m_unread; }
    QString toolTip() const;
    QIcon icon() const { return m_icon; }
    QMenu *contextMenu() const { return m_menu.get(); }

    // Notifications (a setting) and do not disturb both silence notify(); the badge stays.
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    void setDoNotDisturb(bool on) { m_doNotDisturb = on; }
    bool doNotDisturb() const { return m_doNotDisturb; }

    // Shows a desktop notification for a conversation. Returns false when silenced.
    bool notify(const QString &title, const QString &body, qint64 conversationId);
    bool lastNotificationShown() const { return m_lastShown; }

    // An informational message from the tray itself (not a conversation's), shown whatever the
    // notification settings: it explains the app's own behaviour. Returns whether a tray
    // showed it; noticeShown() is emitted either way.
    bool showNotice(const QString &title, const QString &body);

    // The badge text for `count` unread: "" for none, capped at "99+".
    static QString badgeText(int count);
    // The tray icon with `badge` painted on it, `size` pixels square.
    static QPixmap paintIcon(int size, const QString &badge);

public Q_SLOTS:
    // Connected to QSystemTrayIcon::messageClicked: opens the last notification's conversation.
    void handleMessageClicked();

Q_SIGNALS:
    void showWindowRequested();
    void quitRequested();
    void conversationActivated(qint64 conversationId);
    // Emitted for every notification that was not silenced, tray or not.
    void notificationShown(const QString &title, const QString &body, qint64 conversationId);
    void noticeShown(const QString &title, const QString &body);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenu();
    void retranslate();
    void updateIcon();
    void onActivated(QSystemTrayIcon::ActivationReason reason);

    // The menu is a top-level widget, so no QObject parent; the tray, which points to the
    // menu, is declared after it so that it goes first.
    std::unique_ptr<QMenu> m_menu;
    std::unique_ptr<QSystemTrayIcon> m_tray;
    QAction *m_showAction = nullptr;
    QAction *m_quitAction = nullptr;
    QIcon m_icon;
    QString m_badge;
    int m_unread = 0;
    bool m_enabled = true;
    bool m_doNotDisturb = false;
    bool m_lastShown = false;
    std::optional<qint64> m_clickTarget; // the conversation of the last notification shown
};

} // namespace confab::ui
