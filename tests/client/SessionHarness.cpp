#include "SessionHarness.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>
#include <functional>

namespace confab::testing {

using client::ClientSession;

void isolateFromTheDesktop(const QTemporaryDir &home)
{
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_CACHE_HOME", (home.path() + QStringLiteral("/cache")).toUtf8());
    // "disabled:" is D-Bus for "there is no session bus": the keychain is unavailable and the
    // credential store uses the fallback file the tests allow.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:");
    QStandardPaths::setTestModeEnabled(true);
}

namespace {
// Runs `read` on a read-only connection of its own to the cache file of `dataDir`.
void readCacheFile(const QString &dataDir, const std::function<void(QSqlDatabase &)> &read)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dataDir + QStringLiteral("/cache.sqlite3"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open())
            read(db);
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

QList<CachedOutboxEntry> cachedOutbox(const QString &dataDir)
{
    QList<CachedOutboxEntry> entries;
    readCacheFile(dataDir, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT mobile_ref_id, status, failure_reason FROM outbox"
                                  " ORDER BY position"));
        while (query.next())
            entries.append(
                {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    });
    return entries;
}

qint64 cachedSyncedSeq(const QString &dataDir, qint64 conversationId)
{
    qint64 seq = -1;
    readCacheFile(dataDir, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT seq FROM synced_seqs WHERE conversation_id = ?"));
        query.addBindValue(conversationId);
        if (query.exec() && query.next())
            seq = query.value(0).toLongLong();
    });
    return seq;
}

TestClient::TestClient(const QUrl &serverUrl, const QString &dataDir)
    : m_serverUrl(serverUrl)
    , m_dataDir(dataDir)
{
    m_credentials.setInsecureFallbackAllowed(true);
    createSession();
}

TestClient::~TestClient() = default;

void TestClient::createSession()
{
    ClientSession::Options options;
    options.serverUrl = m_serverUrl;
    options.dataDir = m_dataDir;
    options.deviceId = QStringLiteral("test");
    // Fast reconnects keep the tests short; the growth and the cap are the same code.
    options.reconnectInitialMs = 50;
    options.reconnectMaxMs = 400;
    m_session = std::make_unique<ClientSession>(options, &m_credentials);
}

bool TestClient::signIn(const QString &username, const QString &password)
{
    m_session->signIn(username, password);
    return waitOnline();
}

bool TestClient::registerAccount(const QString &username, const QString &password,
                                 const QString &displayName)
{
    m_session->registerAccount(username, password, displayName);
    return waitOnline();
}

void TestClient::restart(const QString &username)
{
    m_session.reset();
    createSession();
    m_session->resume(username);
}

void TestClient::quit()
{
    m_session.reset();
}

bool TestClient::waitOnline(int timeoutMs)
{
    if (m_session->connection() == ClientSession::Connection::Online)
        return true;
    return QTest::qWaitFor(
        [&] { return m_session->connection() == ClientSession::Connection::Online; }, timeoutMs);
}

QStringList contentsOf(const client::ClientState &state, qint64 conversationId)
{
    QStringList contents;
    for (const model::Message &message : state.messages(conversationId))
        contents.append(message.content);
    return contents;
}

QStringList pendingContents(const client::ClientState &state)
{
    QStringList contents;
    for (const client::OutboxEntry &entry : state.outbox()) {
        if (entry.status == client::OutboxEntry::Status::Pending)
            contents.append(entry.content);
    }
    return contents;
}

QStringList numbered(const QString &prefix, int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(prefix + QString::number(i));
    return list;
}

} // namespace confab::testing
