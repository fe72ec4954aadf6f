#include "client/AccountRegistry.h"

#include "client/ClientLogging.h"
#include "client/CredentialStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace confab::client {

QString AccountInfo::key() const
{
    return CredentialStore::accountKey(serverUrl, username);
}

AccountRegistry::AccountRegistry(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
{
    if (m_filePath.isEmpty())
        m_filePath = QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
                         .filePath(QStringLiteral("accounts.ini"));
    load();
}

QString AccountRegistry::dataDirFor(const QString &key)
{
    // A hash keeps the directory name safe for any server URL and user name.
    const QByteArray digest =
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("accounts/") + QString::fromLatin1(digest));
}

const AccountInfo *AccountRegistry::find(const QString &key) const
{
    for (const AccountInfo &account : m_accounts) {
        if (account.key() == key)
            return &account;
    }
    return nullptr;
}

void AccountRegistry::upsert(const AccountInfo &account)
{
    const QString key = account.key();
    const auto existing = std::find_if(m_accounts.begin(), m_accounts.end(),
                                       [&](const AccountInfo &a) { return a.key() == key; });
    if (existing != m_accounts.end())
        *existing = account;
    else
        m_accounts.append(account);
    save();
    Q_EMIT changed();
}

void AccountRegistry::remove(const QString &key)
{
    if (m_accounts.removeIf([&](const AccountInfo &a) { return a.key() == key; }) == 0)
        return;
    if (m_lastUsed == key)
        m_lastUsed.clear();
    save();
    Q_EMIT changed();
}

void AccountRegistry::setLastUsed(const QString &key)
{
    if (m_lastUsed == key)
        return;
    m_lastUsed = key;
    save();
    Q_EMIT changed();
}

void AccountRegistry::load()
{
    QSettings file(m_filePath, QSettings::IniFormat);
    const int count = file.beginReadArray(QStringLiteral("accounts"));
    for (int i = 0; i < count; ++i) {
        file.setArrayIndex(i);
        AccountInfo account;
        account.serverUrl = QUrl(file.value(QStringLiteral("server")).toString());
        account.username = file.value(QStringLiteral("username")).toString();
        account.userId = file.value(QStringLiteral("user_id")).toLongLong();
        account.displayName = file.value(QStringLiteral("display_name")).toString();
        account.embedded = file.value(QStringLiteral("embedded")).toBool();
        // A hand-edited or damaged entry is skipped rather than offered as a broken account.
        if (!account.serverUrl.isValid() || account.username.isEmpty()) {
            qCWarning(lcClientSession) << "skipping an unreadable account entry in" << m_filePath;
            continue;
        }
        m_accounts.append(account);
    }
    file.endArray();
    m_lastUsed = file.value(QStringLiteral("last_used")).toString();
}

void AccountRegistry::save() const
{
    QSettings file(m_filePath, QSettings::IniFormat);
    file.remove(QStringLiteral("accounts"));
    file.beginWriteArray(QStringLiteral("accounts"), int(m_accounts.size()));
    for (int i = 0; i < m_accounts.size(); ++i) {
        const AccountInfo &account = m_accounts.at(i);
        file.setArrayIndex(i);
        file.setValue(QStringLiteral("server"), account.serverUrl.toString());
        file.setValue(QStringLiteral("username"), account.username);
        file.setValue(QStringLiteral("user_id"), account.userId);
        file.setValue(QStringLiteral("display_name"), account.displayName);
        file.setValue(QStringLiteral("embedded"), account.embedded);
    }
    file.endArray();
    file.setValue(QStringLiteral("last_used"), m_lastUsed);
}

} // namespace confab::client
