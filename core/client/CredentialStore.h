#pragma once

#include "client/KeychainProblem.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>

namespace confab::client {

// Session tokens, one per account, in the system keychain (service "Confab"). When there is no
// keychain (no secret service running), the user may explicitly allow a visible fallback: a
// file only they can read (0600, in a 0700 directory) under the app's data directory. Tokens
// never go to a settings file and are never logged.
//
// Every call is asynchronous; `done` runs later on this object's thread, and not at all if the
// store is destroyed first.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Storage { Keychain, InsecureFile };
    struct Result
    {
        bool ok = false;
        QString token;
        Storage storage = Storage::Keychain; // where the token is (read) or went (write)
        QString error;
        KeychainProblem problem = KeychainProblem::None; // what the keychain answered
        bool keychainUnavailable = false; // no usable keychain: the UI may offer the fallback
        bool keychainRefused = false;     // it denied access: never worked around with a file
        bool notFound = false;            // nothing stored for this account
    };

    explicit CredentialStore(QObject *parent = nullptr);

    // "ada@http://127.0.0.1:4000": the user name and the server's origin.
    static QString accountKey(const QUrl &serverUrl, const QString &username);
    static QString serviceName();

    // The user's explicit choice; off by default.
    void setInsecureFallbackAllowed(bool allowed);
    bool insecureFallbackAllowed() const;

    // Stores in the keychain (and then removes any fallback file left from before). Without a
    // keychain: fails with keychainUnavailable, or with the fallback allowed writes the file
    // and reports storage InsecureFile. A keychain that refuses fails with keychainRefused:
    // the user said no to storing it, so it is not written to a file either.
    void writeToken(const QString &accountKey, const QString &token,
                    std::function<void(const Result &)> done);
    // The keychain first, then the fallback file.
    void readToken(const QString &accountKey, std::function<void(const Result &)> done);
    // Removes from both places; ok (with notFound) if there was nothing to remove.
    void removeToken(const QString &accountKey, std::function<void(const Result &)> done);

    // The fallback file of an account (whether or not it exists), for tests and diagnostics.
    static QString fallbackFilePath(const QString &accountKey);

private:
    void onWritten(QKeychain::Job *job, const QString &accountKey, const QString &token,
                   const std::function<void(const Result &)> &done);
    void onRead(QKeychain::Job *job, const QString &accountKey,
                const std::function<void(const Result &)> &done);
    void onRemoved(QKeychain::Job *job, const QString &accountKey,
                   const std::function<void(const Result &)> &done);

    bool m_insecureFallbackAllowed = false;
};

} // namespace confab::client
