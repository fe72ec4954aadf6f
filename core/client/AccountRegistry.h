#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

namespace confab::client {

// An account the app has signed in to. Secrets are not here: the token is in the keychain.
struct AccountInfo
{
    QUrl serverUrl;
    QString username;
    qint64 userId = 0;
    QString displayName;
    bool embedded = false; // on the server this app hosts

    QString key() const; // the keychain key, also the identity of the account here
    friend bool operator==(const AccountInfo &, const AccountInfo &) = default;
};

// The accounts of this app and which one was used last, kept in an INI file under the app's
// config location. Several accounts can be signed in at once; each has its own session.
class AccountRegistry : public QObject
{
    Q_OBJECT
public:
    // `filePath` empty: <AppConfigLocation>/accounts.ini.
    explicit AccountRegistry(const QString &filePath = {}, QObject *parent = nullptr);

    QList<AccountInfo> accounts() const { return m_accounts; }
    const AccountInfo *find(const QString &key) const;
    void upsert(const AccountInfo &account);
    void remove(const QString &key);
    QString lastUsedKey() const { return m_lastUsed; }
    void setLastUsed(const QString &key);
    QString filePath() const { return m_filePath; }
    // Where an account's cache lives: <AppDataLocation>/accounts/<safe key>.
    static QString dataDirFor(const QString &key);

Q_SIGNALS:
    void changed();

private:
    void load();
    void save() const;

    QString m_filePath;
    QList<AccountInfo> m_accounts;
    QString m_lastUsed;
};

} // namespace confab::client
