#pragma once

// A real in-process server and real ClientSessions signed in to it, for the conversation view
// and panel tests: what the widgets show comes over the wire exactly as in the app.

#include "TestServer.h"
#include "client/ClientSession.h"
#include "client/CredentialStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <optional>

namespace confab::ui::test {

inline constexpr int kWaitMs = 15'000;

struct LiveAccount
{
    qint64 id = 0;
    QString username;
    std::unique_ptr<client::CredentialStore> credentials;
    std::unique_ptr<client::ClientSession> session;

    client::ClientState *state() const { return session->state(); }
};

class LiveServer
{
public:
    LiveServer() { QStandardPaths::setTestModeEnabled(true); }

    bool start() { return m_server.start(); }
    testing::TestServer &server() { return m_server; }

    // Registers `username` (display name: the same in capitals) and signs a session in; null
    // when that fails.
    std::unique_ptr<LiveAccount> signIn(const QString &username)
    {
        const testing::TestServer::Account registered = m_server.registerUser(username);
        if (!registered.ok)
            return nullptr;
        auto account = std::make_unique<LiveAccount>();
        account->id = registered.id;
        account->username = username;
        account->credentials = std::make_unique<client::CredentialStore>();
        account->credentials->setInsecureFallbackAllowed(true); // no keychain on a test box
        client::ClientSession::Options options;
        options.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port()));
        options.dataDir = m_data.filePath(username);
        options.deviceId = QStringLiteral("test");
        account->session =
            std::make_unique<client::ClientSession>(options, account->credentials.get());
        account->session->signIn(username, QStringLiteral("correct horse"));
        const bool online = QTest::qWaitFor(
            [&] {
                return account->session->connection() == client::ClientSession::Connection::Online;
            },
            kWaitMs);
        return online ? std::move(account) : nullptr;
    }

    // A group created by `owner` with `members`; 0 on failure.
    static qint64 createGroup(LiveAccount &owner, const QString &title,
                              const QList<qint64> &members)
    {
        qint64 created = 0;
        bool done = false;
        owner.session->createConversation(false, title, members, [&](qint64 id, const QString &) {
            created = id;
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, kWaitMs) ? created : 0;
    }

    // Opens the conversation in the account's session and waits for its chat topic's answer.
    static bool open(LiveAccount &account, qint64 conversationId)
    {
        account.session->openConversation(conversationId);
        return QTest::qWaitFor([&] { return !account.state()->members(conversationId).isEmpty(); },
                               kWaitMs);
    }

    // The stored message the server acknowledged for `mobileRef` (nullptr until then).
    static const model::Message *acknowledged(const LiveAccount &account, qint64 conversationId,
                                              const QString &mobileRef)
    {
        for (const model::Message &message : account.state()->messages(conversationId)) {
            if (message.mobileRefId == mobileRef)
                return &message;
        }
        return nullptr;
    }

    // Sends through the session's outbox and waits for the stored message; returns its id.
    static qint64 send(LiveAccount &account, qint64 conversationId, const QString &text,
                       std::optional<qint64> parentId = std::nullopt)
    {
        const QString ref = account.session->sendMessage(conversationId, text, parentId);
        qint64 id = 0;
        const bool stored = QTest::qWaitFor(
            [&] {
                const model::Message *message = acknowledged(account, conversationId, ref);
                id = message ? message->id : 0;
                return id != 0;
            },
            kWaitMs);
        return stored ? id : 0;
    }

    // The message as `account` knows it, if loaded.
    static const model::Message *find(const LiveAccount &account, qint64 conversationId,
                                      const QString &content)
    {
        for (const model::Message &message : account.state()->messages(conversationId)) {
            if (message.content == content)
                return &message;
        }
        return nullptr;
    }

private:
    QTemporaryDir m_data;
    testing::TestServer m_server;
};

} // namespace confab::ui::test
