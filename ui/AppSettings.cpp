#include "AppSettings.h"

#include <QDir>
#include <QMetaType>
#include <QStandardPaths>
#include <algorithm>

namespace confab::ui {

namespace {

namespace key {
const QString Language = QStringLiteral("ui/language");
const QString Notifications = QStringLiteral("notifications/enabled");
const QString Preview = QStringLiteral("notifications/showPreview");
const QString Sound = QStringLiteral("notifications/sound");
const QString Port = QStringLiteral("embedded/port");
const QString LanAccess = QStringLiteral("embedded/lanAccess");
const QString DataDir = QStringLiteral("embedded/dataDir");
const QString AutoAway = QStringLiteral("presence/autoAwayMinutes");
const QString CloseToTray = QStringLiteral("window/closeToTray");
const QString CloseToTrayExplained = QStringLiteral("window/closeToTrayExplained");
const QString Geometry = QStringLiteral("window/geometry");
const QString SplitterState = QStringLiteral("window/splitterState");
// One entry per account; the account key holds '/' and ':', so it is hex-encoded.
const QString LastConversationGroup = QStringLiteral("lastConversation/");
const QString LastAccount = QStringLiteral("accounts/lastAccountKey");
const QString InsecureTokens = QStringLiteral("accounts/allowInsecureTokenStorage");
} // namespace key

bool isSupportedLanguage(const QString &code)
{
    const auto languages = AppSettings::supportedLanguages();
    return std::any_of(languages.begin(), languages.end(),
                       [&](const auto &language) { return language.first == code; });
}

} // namespace

QList<QPair<QString, QString>> AppSettings::supportedLanguages()
{
    // Endonyms: each language is listed in its own name, so anyone can find theirs.
    return {
        {QString(), QString()}, // the system default; its label is translated by the caller
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
    };
}

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
{
}

AppSettings::AppSettings(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_settings(fileName, QSettings::IniFormat)
{
}

bool AppSettings::readBool(const QString &name, bool fallback) const
{
    // QVariant::toBool() calls any non-empty string true; only real booleans count here.
    const QVariant value = m_settings.value(name);
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    const QString text = value.toString();
    if (text == u"true")
        return true;
    if (text == u"false")
        return false;
    return fallback;
}

void AppSettings::write(const QString &name, const QVariant &value)
{
    // Compared as text: a value read back from the file is a string, the one set is typed.
    if (m_settings.contains(name) && m_settings.value(name).toString() == value.toString())
        return;
    m_settings.setValue(name, value);
    Q_EMIT changed();
}

QString AppSettings::language() const
{
    const QString code = m_settings.value(key::Language).toString();
    return isSupportedLanguage(code) ? code : QString();
}

void AppSettings::setLanguage(const QString &code)
{
    write(key::Language, isSupportedLanguage(code) ? code : QString());
}

bool AppSettings::notificationsEnabled() const
{
    return readBool(key::Notifications, true);
}

void AppSettings::setNotificationsEnabled(bool enabled)
{
    write(key::Notifications, enabled);
}

bool AppSettings::showMessagePreview() const
{
    return readBool(key::Preview, true);
}

void AppSettings::setShowMessagePreview(bool show)
{
    write(key::Preview, show);
}

bool AppSettings::notificationSound() const
{
    return readBool(key::Sound, true);
}

void AppSettings::setNotificationSound(bool enabled)
{
    write(key::Sound, enabled);
}

quint16 AppSettings::embeddedPort() const
{
    bool ok = false;
    const int port = m_settings.value(key::Port).toInt(&ok);
    return ok && port >= MinEmbeddedPort && port <= 65535 ? quint16(port) : DefaultEmbeddedPort;
}

void AppSettings::setEmbeddedPort(quint16 port)
{
    write(key::Port, int(port >= MinEmbeddedPort ? port : DefaultEmbeddedPort));
}

bool AppSettings::embeddedLanAccess() const
{
    return readBool(key::LanAccess, false);
}

void AppSettings::setEmbeddedLanAccess(bool allowed)
{
    write(key::LanAccess, allowed);
}

QString AppSettings::embeddedDataDir() const
{
    // A relative path would depend on the working directory the app happened to start in.
    const QString path = m_settings.value(key::DataDir).toString();
    return !path.isEmpty() && QDir::isAbsolutePath(path) ? QDir::cleanPath(path)
                                                         : defaultEmbeddedDataDir();
}

void AppSettings::setEmbeddedDataDir(const QString &path)
{
    const bool usable = !path.isEmpty() && QDir::isAbsolutePath(path) &&
                        QDir::cleanPath(path) != defaultEmbeddedDataDir();
    if (usable)
        write(key::DataDir, QDir::cleanPath(path));
    else if (m_settings.contains(key::DataDir)) {
        m_settings.remove(key::DataDir); // follow the default wherever it is
        Q_EMIT changed();
    }
}

QString AppSettings::defaultEmbeddedDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/server");
}

int AppSettings::autoAwayMinutes() const
{
    bool ok = false;
    const int minutes = m_settings.value(key::AutoAway).toInt(&ok);
    return ok && minutes >= 0 && minutes <= MaxAutoAwayMinutes ? minutes : DefaultAutoAwayMinutes;
}

void AppSettings::setAutoAwayMinutes(int minutes)
{
    write(key::AutoAway, qBound(0, minutes, MaxAutoAwayMinutes));
}

bool AppSettings::closeToTray() const
{
    return readBool(key::CloseToTray, true);
}

void AppSettings::setCloseToTray(bool enabled)
{
    write(key::CloseToTray, enabled);
}

bool AppSettings::closeToTrayExplained() const
{
    return readBool(key::CloseToTrayExplained, false);
}

void AppSettings::setCloseToTrayExplained(bool explained)
{
    write(key::CloseToTrayExplained, explained);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(key::Geometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(key::Geometry, geometry); // not changed(): no preference changed
}

QByteArray AppSettings::splitterState() const
{
    return m_settings.value(key::SplitterState).toByteArray();
}

void AppSettings::setSplitterState(const QByteArray &state)
{
    m_settings.setValue(key::SplitterState, state);
}

qint64 AppSettings::lastConversation(const QString &accountKey) const
{
    bool ok = false;
    const qint64 id =
        m_settings
            .value(key::LastConversationGroup + QString::fromLatin1(accountKey.toUtf8().toHex()))
            .toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

void AppSettings::setLastConversation(const QString &accountKey, qint64 conversationId)
{
    if (accountKey.isEmpty())
        return;
    m_settings.setValue(key::LastConversationGroup +
                            QString::fromLatin1(accountKey.toUtf8().toHex()),
                        qMax<qint64>(0, conversationId));
}

QString AppSettings::lastAccountKey() const
{
    return m_settings.value(key::LastAccount).toString();
}

void AppSettings::setLastAccountKey(const QString &accountKey)
{
    write(key::LastAccount, accountKey);
}

bool AppSettings::allowInsecureTokenStorage() const
{
    return readBool(key::InsecureTokens, false);
}

void AppSettings::setAllowInsecureTokenStorage(bool allowed)
{
    write(key::InsecureTokens, allowed);
}

} // namespace confab::ui
