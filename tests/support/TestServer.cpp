#include "TestServer.h"

#include "wire/FrameCodec.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>
#include <QTimer>

namespace confab::testing {

namespace {
// Test servers use a throwaway self-signed certificate.
QSslConfiguration selfSignedAccepted()
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    return ssl;
}
} // namespace

TestServer::TestServer(server::ServerConfig config)
    : m_config(std::move(config))
{
    m_config.host = QHostAddress::LocalHost;
    m_config.port = 0;
    if (m_config.dataDir.isEmpty())
        m_config.dataDir = m_dir.path();
}

TestServer::~TestServer() = default;

bool TestServer::start()
{
    m_module = std::make_unique<server::ServerModule>(m_config);
    m_module->setPasswordHashCost(server::PasswordHashCost::minimal());
    const QString error = m_module->start();
    if (!error.isEmpty())
        qWarning() << "server failed to start:" << error;
    return error.isEmpty();
}

void TestServer::stop()
{
    if (m_module)
        m_module->stop();
}

QUrl TestServer::httpUrl(const QString &path) const
{
    const QString scheme = m_config.tlsEnabled() ? QStringLiteral("https") : QStringLiteral("http");
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3").arg(scheme).arg(port()).arg(path));
}

QUrl TestServer::socketUrl(const QString &token, const QString &extraQuery) const
{
    const QString scheme = m_config.tlsEnabled() ? QStringLiteral("wss") : QStringLiteral("ws");
    QString url = QStringLiteral("%1://127.0.0.1:%2/socket/websocket?vsn=2.0.0&token=%3")
                      .arg(scheme)
                      .arg(port())
                      .arg(token);
    if (!extraQuery.isEmpty())
        url += QLatin1Char('&') + extraQuery;
    return QUrl(url);
}

HttpResult TestServer::request(const QByteArray &method, const QString &path,
                               const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(httpUrl(path));
    if (m_config.tlsEnabled())
        request.setSslConfiguration(selfSignedAccepted());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    reply->deleteLater();
    return result;
}

HttpResult TestServer::postJson(const QString &path, const QJsonObject &body)
{
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

TestServer::Account TestServer::registerUser(const QString &username, const QString &password)
{
    const HttpResult result = postJson(QStringLiteral("/api/v1/register"),
                                       {{QStringLiteral("username"), username},
                                        {QStringLiteral("password"), password},
                                        {QStringLiteral("display_name"), username.toUpper()}});
    Account account;
    account.ok = result.status == 201;
    account.id = qint64(result.json.value(QLatin1StringView("user"))
                            .toObject()
                            .value(QLatin1StringView("id"))
                            .toDouble());
    account.username = username;
    account.token = result.json.value(QLatin1StringView("token")).toString();
    return account;
}

PhoenixClient::PhoenixClient()
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        // Server frames may be far larger than what clients may send (a join reply with history).
        const auto decoded = wire::FrameCodec(wire::FrameLimits{64 * 1024 * 1024, 64, 128, 64})
                                 .decode(text.toUtf8());
        if (const auto *frame = std::get_if<wire::Frame>(&decoded))
            m_received.append(*frame);
        else
            qWarning() << "client received a malformed frame" << text.left(200);
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        m_closed = true;
        m_closeCode = m_socket.closeCode();
    });
}

PhoenixClient::~PhoenixClient()
{
    m_socket.abort();
}

bool PhoenixClient::open(const QUrl &url)
{
    if (url.scheme() == QLatin1StringView("wss"))
        m_socket.setSslConfiguration(selfSignedAccepted());
    QSignalSpy connected(&m_socket, &QWebSocket::connected);
    m_socket.open(url);
    if (!connected.wait(10000))
        return false;
    return true;
}

void PhoenixClient::sendRaw(const QString &text)
{
    m_socket.sendTextMessage(text);
}

QString PhoenixClient::send(const QString &topic, const QString &event, const QJsonObject &payload,
                            std::optional<QString> joinRef)
{
    const QString ref = QString::number(m_nextRef++);
    if (!joinRef && m_joinRefs.contains(topic))
        joinRef = m_joinRefs.value(topic);
    m_socket.sendTextMessage(
        QString::fromUtf8(wire::FrameCodec::encode({joinRef, ref, topic, event, payload})));
    return ref;
}

QJsonObject PhoenixClient::join(const QString &topic, const QJsonObject &params)
{
    const QString ref = QString::number(m_nextRef);
    m_joinRefs.insert(topic, ref);
    send(topic, QStringLiteral("phx_join"), params, ref);
    const auto reply = waitForReply(ref);
    return reply ? reply->payload : QJsonObject();
}

QJsonObject PhoenixClient::push(const QString &topic, const QString &event,
                                const QJsonObject &payload)
{
    const QString ref = send(topic, event, payload);
    const auto reply = waitForReply(ref);
    return reply ? reply->payload : QJsonObject();
}

std::optional<wire::Frame>
PhoenixClient::takeFirst(const std::function<bool(const wire::Frame &)> &match, int timeoutMs)
{
    const auto indexOf = [&]() -> qsizetype {
        for (qsizetype i = 0; i < m_received.size(); ++i) {
            if (match(m_received[i]))
                return i;
        }
        return -1;
    };
    // QTRY_LOOP_IMPL evaluates its condition more than once, so the condition must not consume.
    QTRY_LOOP_IMPL(indexOf() >= 0 || m_closed, timeoutMs, 5);
    const qsizetype index = indexOf();
    if (index < 0)
        return std::nullopt;
    return m_received.takeAt(index);
}

std::optional<wire::Frame> PhoenixClient::waitForReply(const QString &ref, int timeoutMs)
{
    return takeFirst(
        [&](const wire::Frame &frame) {
            return frame.event == QLatin1StringView("phx_reply") && frame.ref == ref;
        },
        timeoutMs);
}

std::optional<wire::Frame> PhoenixClient::waitForEvent(const QString &topic, const QString &event,
                                                       int timeoutMs)
{
    return takeFirst(
        [&](const wire::Frame &frame) { return frame.topic == topic && frame.event == event; },
        timeoutMs);
}

bool PhoenixClient::hasEvent(const QString &topic, const QString &event) const
{
    for (const wire::Frame &frame : m_received) {
        if (frame.topic == topic && frame.event == event)
            return true;
    }
    return false;
}

bool PhoenixClient::waitForClose(int timeoutMs)
{
    QTRY_LOOP_IMPL(m_closed, timeoutMs, 10);
    return m_closed;
}

} // namespace confab::testing
