#pragma once

// What the client-session tests share: a private HOME with no keychain (tokens go to the
// explicitly allowed fallback file), and one "app instance" of an account — a ClientSession
// with its own cache directory — that signs in and waits until it is online.

#include "client/ClientSession.h"
#include "client/CredentialStore.h"

#include <QList>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace confab::testing {

// Generous: the tests run beside other builds on two shared cores, and under ASan.
inline constexpr int kWaitMs = 20000;

// Call first in initTestCase(): a throwaway HOME and XDG directories, QStandardPaths test
// mode, and no D-Bus session, so nothing reaches the real keychain or the user's files.
void isolateFromTheDesktop(const QTemporaryDir &home);

// The cache file of a data directory, read with plain SQL beside the running session (which
// keeps writing: WAL allows a reader next to it).
struct CachedOutboxEntry
{
    QString mobileRefId;
    QString status;
    QString failureReason;
};
QList<CachedOutboxEntry> cachedOutbox(const QString &dataDir);
// The conversation's synced seq in the cache, -1 when there is none.
qint64 cachedSyncedSeq(const QString &dataDir, qint64 conversationId);

// The contents of a conversation's timeline in the state, oldest first.
QStringList contentsOf(const client::ClientState &state, qint64 conversationId);
// The contents of the outbox entries still waiting to be sent, in sending order.
QStringList pendingContents(const client::ClientState &state);
// prefix0, prefix1, … prefix<count-1>: messages a test sends in a row.
QStringList numbered(const QString &prefix, int count);

// One install of the app for one account: a data directory that outlives the sessions made
// on it (a restart is a new session on the same directory).
class TestClient
{
public:
    TestClient(const QUrl &serverUrl, const QString &dataDir);
    ~TestClient();

    client::ClientSession &session() { return *m_session; }
    client::ClientState &state() { return *m_session->state(); }
    client::CredentialStore &credentials() { return m_credentials; }
    const QString &dataDir() const { return m_dataDir; }
    QUrl serverUrl() const { return m_serverUrl; }
    void setServerUrl(const QUrl &url) { m_serverUrl = url; }

    // Signs in (or registers) and waits until the account channel answered.
    bool signIn(const QString &username, const QString &password);
    bool registerAccount(const QString &username, const QString &password,
                         const QString &displayName);
    // The app quits and starts again: a new session on the same data directory, which resumes
    // from the stored token without waiting for the server.
    void restart(const QString &username);
    // The app quits.
    void quit();
    bool waitOnline(int timeoutMs = kWaitMs);

private:
    void createSession();

    QUrl m_serverUrl;
    QString m_dataDir;
    client::CredentialStore m_credentials;
    std::unique_ptr<client::ClientSession> m_session;
};

} // namespace confab::testing
