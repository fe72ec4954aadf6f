#include "client/CredentialStore.h"

#include "client/ClientLogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <optional>

namespace confab::client {

namespace {

// Fills in what the keychain's answer means (KeychainProblem.h).
void describeProblem(CredentialStore::Result &result, QKeychain::Error error)
{
    result.problem = keychainProblem(error);
    result.keychainUnavailable = result.problem == KeychainProblem::Unavailable;
    result.keychainRefused = result.problem == KeychainProblem::Refused;
}

QString keychainError(const QKeychain::Job *job)
{
    return QStringLiteral("keychain: %1").arg(job->errorString());
}

// ---- the fallback file -----------------------------------------------------------------------
// Written only when the user allowed it. Not QSettings (nor QtKeychain's own fallback, which
// uses QSettings): settings files get synced, backed up and shared in bug reports.

constexpr QFile::Permissions kOwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kOwnerOnlyDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

QString credentialsDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("credentials"));
}

// Creates the directory, or tightens one that exists, so no one else can even list it.
QString makePrivateDirectory()
{
    const QString directory = credentialsDirectory();
    if (!QDir().mkpath(directory))
        return QStringLiteral("cannot create %1").arg(directory);
    if (!QFile::setPermissions(directory, kOwnerOnlyDir))
        return QStringLiteral("cannot restrict the permissions of %1").arg(directory);
    return {};
}

QString writeFallbackFile(const QString &accountKey, const QString &token)
{
    if (const QString error = makePrivateDirectory(); !error.isEmpty())
        return error;
    QSaveFile file(CredentialStore::fallbackFilePath(accountKey));
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    // Before any byte is written: the temporary file becomes the real one on commit.
    if (!file.setPermissions(kOwnerOnlyFile))
        return QStringLiteral("cannot restrict the permissions of %1").arg(file.fileName());
    const QJsonObject content{{QStringLiteral("account"), accountKey},
                              {QStringLiteral("token"), token}};
    file.write(QJsonDocument(content).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return file.errorString();
    return {};
}

std::optional<QString> readFallbackFile(const QString &accountKey)
{
    QFile file(CredentialStore::fallbackFilePath(accountKey));
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcKeychain) << "cannot read the token file of" << accountKey << ":"
                              << file.errorString();
        return std::nullopt;
    }
    const QJsonObject content = QJsonDocument::fromJson(file.readAll()).object();
    const QString token = content.value(QLatin1StringView("token")).toString();
    if (content.value(QLatin1StringView("account")).toString() != accountKey || token.isEmpty()) {
        qCWarning(lcKeychain) << "ignoring a malformed token file for" << accountKey;
        return std::nullopt;
    }
    return token;
}

struct Removal
{
    bool existed = false;
    QString error;
};

Removal removeFallbackFile(const QString &accountKey)
{
    QFile file(CredentialStore::fallbackFilePath(accountKey));
    if (!file.exists())
        return {};
    if (!file.remove())
        return {true, file.errorString()};
    return {true, {}};
}

int defaultPort(const QString &scheme)
{
    if (scheme == u"http" || scheme == u"ws")
        return 80;
    if (scheme == u"https" || scheme == u"wss")
        return 443;
    return -1;
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
}

QString CredentialStore::accountKey(const QUrl &serverUrl, const QString &username)
{
    // The same server spelled "http://h:80/" or "http://h" is one account.
    QUrl server = serverUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery |
                                     QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    if (server.port() == defaultPort(server.scheme()))
        server.setPort(-1);
    if (server.path() == u"/")
        server.setPath(QString());
    return QStringLiteral("%1@%2").arg(username, server.toString(QUrl::FullyEncoded));
}

QString CredentialStore::serviceName()
{
    return QStringLiteral("Confab");
}

QString CredentialStore::fallbackFilePath(const QString &accountKey)
{
    // Account keys contain '/' and ':'; a hash is a safe, fixed-length file name.
    const QByteArray hash =
        QCryptographicHash::hash(accountKey.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QDir(credentialsDirectory())
        .filePath(QString::fromLatin1(hash) + QStringLiteral(".token"));
}

void CredentialStore::setInsecureFallbackAllowed(bool allowed)
{
    m_insecureFallbackAllowed = allowed;
}

bool CredentialStore::insecureFallbackAllowed() const
{
    return m_insecureFallbackAllowed;
}

void CredentialStore::writeToken(const QString &accountKey, const QString &token,
                                 std::function<void(const Result &)> done)
{
    // Parented to this store: destroying the store cancels the job and its callback.
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setKey(accountKey);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this,
            [this, accountKey, token, done = std::move(done)](QKeychain::Job *finished) {
                onWritten(finished, accountKey, token, done);
            });
    job->start();
}

void CredentialStore::onWritten(QKeychain::Job *job, const QString &accountKey,
                                const QString &token,
                                const std::function<void(const Result &)> &done)
{
    Result result;
    if (job->error() == QKeychain::NoError) {
        result.ok = true;
        // A copy from a time without keychain must not outlive the secure one.
        if (const Removal removal = removeFallbackFile(accountKey); !removal.error.isEmpty())
            qCWarning(lcKeychain) << "cannot remove the old token file of" << accountKey << ":"
                                  << removal.error;
        done(result);
        return;
    }
    qCWarning(lcKeychain) << "cannot store the token of" << accountKey
                          << "in the keychain:" << job->errorString();
    result.error = keychainError(job);
    describeProblem(result, job->error());
    if (!result.keychainUnavailable || !m_insecureFallbackAllowed) {
        done(result);
        return;
    }
    if (const QString error = writeFallbackFile(accountKey, token); !error.isEmpty()) {
        qCWarning(lcKeychain) << "cannot write the token file of" << accountKey << ":" << error;
        result.error = error;
        done(result);
        return;
    }
    qCWarning(lcKeychain) << "stored the token of" << accountKey
                          << "in an unencrypted file, as the user allowed";
    result.ok = true;
    result.error.clear();
    result.storage = Storage::InsecureFile;
    done(result);
}

void CredentialStore::readToken(const QString &accountKey, std::function<void(const Result &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(accountKey);
    connect(job, &QKeychain::Job::finished, this,
            [this, accountKey, done = std::move(done)](QKeychain::Job *finished) {
                onRead(finished, accountKey, done);
            });
    job->start();
}

void CredentialStore::onRead(QKeychain::Job *job, const QString &accountKey,
                             const std::function<void(const Result &)> &done)
{
    Result result;
    if (job->error() == QKeychain::NoError) {
        result.ok = true;
        result.token = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        done(result);
        return;
    }
    const bool missing = job->error() == QKeychain::EntryNotFound;
    describeProblem(result, job->error());
    if (!missing) {
        qCWarning(lcKeychain) << "cannot read the token of" << accountKey
                              << "from the keychain:" << job->errorString();
    }
    if (std::optional<QString> token = readFallbackFile(accountKey)) {
        result.ok = true;
        result.token = *token;
        result.storage = Storage::InsecureFile;
        done(result);
        return;
    }
    result.notFound = missing || result.keychainUnavailable;
    result.error =
        missing ? QStringLiteral("no token stored for %1").arg(accountKey) : keychainError(job);
    done(result);
}

void CredentialStore::removeToken(const QString &accountKey,
                                  std::function<void(const Result &)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setKey(accountKey);
    connect(job, &QKeychain::Job::finished, this,
            [this, accountKey, done = std::move(done)](QKeychain::Job *finished) {
                onRemoved(finished, accountKey, done);
            });
    job->start();
}

void CredentialStore::onRemoved(QKeychain::Job *job, const QString &accountKey,
                                const std::function<void(const Result &)> &done)
{
    Result result;
    const QKeychain::Error error = job->error();
    const bool missing = error == QKeychain::EntryNotFound;
    describeProblem(result, error);
    // The file goes whatever the keychain said: signing out must not leave a copy behind.
    const Removal removal = removeFallbackFile(accountKey);
    if (!removal.error.isEmpty()) {
        result.error = QStringLiteral("cannot remove the token file: %1").arg(removal.error);
    } else if (error != QKeychain::NoError && !missing && !result.keychainUnavailable) {
        qCWarning(lcKeychain) << "cannot remove the token of" << accountKey
                              << "from the keychain:" << job->errorString();
        result.error = keychainError(job);
    } else {
        result.ok = true;
        // Some keychains report removing a missing entry as success; then this stays false.
        result.notFound = (missing || result.keychainUnavailable) && !removal.existed;
    }
    done(result);
}

} // namespace confab::client
