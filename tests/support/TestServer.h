#pragma once

// Test fixtures: an in-process ServerModule on a free loopback port with its own temporary
// data directory, an HTTP helper, and a Phoenix V2 client over a real QWebSocket.

#include "ServerModule.h"
#include "wire/Frame.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QWebSocket>
#include <functional>
#include <memory>

namespace confab::testing {

struct HttpResult
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
};

class TestServer
{
public:
    explicit TestServer(server::ServerConfig config = {});
    ~TestServer();

    bool start(); // QVERIFY(server.start())
    void stop();
    server::ServerModule &module() { return *m_module; }
    server::ServerConfig &config() { return m_config; }
    quint16 port() const { return m_module->port(); }
    QString dataDir() const { return m_dir.path(); }
    QUrl httpUrl(const QString &path) const;
    QUrl socketUrl(const QString &token, const QString &extraQuery = {}) const;

    HttpResult request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                       const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResult postJson(const QString &path, const QJsonObject &body);
    // Registers and returns {user, token}; fails the test on error (check with ok).
    struct Account
    {
        bool ok = false;
        qint64 id = 0;
        QString username;
        QString token;
    };
    Account registerUser(const QString &username,
                         const QString &password = QStringLiteral("correct horse"));

private:
    QTemporaryDir m_dir;
    server::ServerConfig m_config;
    std::unique_ptr<server::ServerModule> m_module;
    QNetworkAccessManager m_network;
};

// A minimal Phoenix V2 client for tests: sends frames, records every frame received.
class PhoenixClient : public QObject
{
    Q_OBJECT
public:
    PhoenixClient();
    ~PhoenixClient() override;

    bool open(const QUrl &url); // waits for connected (true) or close (false)
    QWebSocket &socket() { return m_socket; }
    QString send(const QString &topic, const QString &event, const QJsonObject &payload = {},
                 std::optional<QString> joinRef = std::nullopt);
    void sendRaw(const QString &text);
    // Joins; returns the phx_reply payload ({status, response}).
    QJsonObject join(const QString &topic, const QJsonObject &params = {});
    QString joinRefOf(const QString &topic) const { return m_joinRefs.value(topic); }
    // Pushes on a joined topic and waits for its reply payload.
    QJsonObject push(const QString &topic, const QString &event, const QJsonObject &payload = {});
    // Waits for the reply to `ref`.
    std::optional<wire::Frame> waitForReply(const QString &ref, int timeoutMs = 5000);
    // Waits for a frame with this topic and event that was not consumed yet.
    std::optional<wire::Frame> waitForEvent(const QString &topic, const QString &event,
                                            int timeoutMs = 5000);
    bool hasEvent(const QString &topic, const QString &event) const;
    bool waitForClose(int timeoutMs = 5000);
    int closeCode() const { return m_closeCode; }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    const QList<wire::Frame> &received() const { return m_received; }

private:
    std::optional<wire::Frame> takeFirst(const std::function<bool(const wire::Frame &)> &match,
                                         int timeoutMs);

    QWebSocket m_socket;
    QList<wire::Frame> m_received;
    QHash<QString, QString> m_joinRefs;
    int m_nextRef = 1;
    int m_closeCode = -1;
    bool m_closed = false;
};

} // namespace confab::testing
