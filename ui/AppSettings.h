#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QSettings>
#include <QString>

namespace confab::ui {

// The desktop app's preferences, stored with QSettings under the application's organisation
// and name. Never holds secrets: tokens live in the system keychain (CredentialStore).
// Values read back are checked; anything out of range reads as its default, so a hand-edited
// or corrupted file cannot start the app in a broken state.
class AppSettings : public QObject
{
    Q_OBJECT
public:
    static constexpr quint16 DefaultEmbeddedPort = 4100;
    static constexpr quint16 MinEmbeddedPort = 1024;
    static constexpr int DefaultAutoAwayMinutes = 10;
    static constexpr int MaxAutoAwayMinutes = 24 * 60;

    // The languages the app ships, as (code, endonym); "" is the system language.
    static QList<QPair<QString, QString>> supportedLanguages();

    explicit AppSettings(QObject *parent = nullptr);
    // Keeps the settings in an INI file at `fileName` instead (tests, portable installs).
    AppSettings(const QString &fileName, QObject *parent);

    QString language() const;
    void setLanguage(const QString &code);
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);
    bool showMessagePreview() const;
    void setShowMessagePreview(bool show);
    bool notificationSound() const;
    void setNotificationSound(bool enabled);

    quint16 embeddedPort() const;
    void setEmbeddedPort(quint16 port);
    bool embeddedLanAccess() const;
    void setEmbeddedLanAccess(bool allowed);
    QString embeddedDataDir() const;
    void setEmbeddedDataDir(const QString &path);
    static QString defaultEmbeddedDataDir();

    int autoAwayMinutes() const; // 0: never
    void setAutoAwayMinutes(int minutes);
    bool closeToTray() const;
    void setCloseToTray(bool enabled);
    // Whether the user was told once that closing the window keeps the app in the tray.
    bool closeToTrayExplained() const;
    void setCloseToTrayExplained(bool explained);
    // The main window's geometry and splitter state (QWidget/QSplitter save formats).
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    // The conversation last open in an account (0: none).
    qint64 lastConversation(const QString &accountKey) const;
    void setLastConversation(const QString &accountKey, qint64 conversationId);
    QString lastAccountKey() const;
    void setLastAccountKey(const QString &key);
    // Whether a sign-in token may be kept in a plain file when no keychain is available.
    bool allowInsecureTokenStorage() const;
    void setAllowInsecureTokenStorage(bool allowed);

    void sync() { m_settings.sync(); }

Q_SIGNALS:
    void changed();

private:
    bool readBool(const QString &key, bool fallback) const;
    void write(const QString &key, const QVariant &value);

    QSettings m_settings;
};

} // namespace confab::ui
