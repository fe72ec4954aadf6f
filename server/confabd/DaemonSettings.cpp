#include "DaemonSettings.h"

#include <QHostAddress>
#include <cmath>
#include <limits>

namespace confab::server {

namespace {

constexpr qint64 kIntMax = std::numeric_limits<int>::max();
// A frame is buffered whole before it is parsed: keep one socket's buffer bounded.
constexpr qint64 kMaxFrameBytesLimit = 16 * 1024 * 1024;

template<typename Number>
QString storeInteger(const QString &value, qint64 min, qint64 max, Number &target)
{
    bool ok = false;
    const qint64 number = value.trimmed().toLongLong(&ok);
    if (!ok || number < min || number > max)
        return QStringLiteral("expected a whole number from %1 to %2").arg(min).arg(max);
    target = Number(number);
    return {};
}

QString storePositiveReal(const QString &value, double min, double &target)
{
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(number) || number < min || number > 1e9)
        return QStringLiteral("expected a number from %1 to 1000000000").arg(min);
    target = number;
    return {};
}

QString storeHost(const QString &value, QHostAddress &target)
{
    const QString text = value.trimmed();
    QHostAddress address;
    if (text == QLatin1StringView("localhost"))
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(text))
        return QStringLiteral("expected an IP address such as 127.0.0.1, 0.0.0.0 or ::");
    target = address;
    return {};
}

QString storeOrigins(const QString &value, QStringList &target)
{
    QStringList origins;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString origin = part.trimmed();
        if (origin.isEmpty())
            continue;
        if (origin != QLatin1StringView("*") && !origin.startsWith(QLatin1StringView("http://")) &&
            !origin.startsWith(QLatin1StringView("https://")))
            return QStringLiteral("each origin must be * or start with http:// or https://");
        origins.append(origin);
    }
    target = origins;
    return {};
}

QString storeAddresses(const QString &value, QList<QHostAddress> &target)
{
    QList<QHostAddress> addresses;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString text = part.trimmed();
        if (text.isEmpty())
            continue;
        QHostAddress address;
        if (!address.setAddress(text))
            return QStringLiteral("expected IP addresses separated by commas (got \"%1\")")
                .arg(text);
        addresses.append(address);
    }
    target = addresses;
    return {};
}

QString storeRegistration(const QString &value, bool &open)
{
    const QString text = value.trimmed();
    if (text == QLatin1StringView("open"))
        open = true;
    else if (text == QLatin1StringView("closed"))
        open = false;
    else
        return QStringLiteral("expected open or closed");
    return {};
}

QString storeHashCost(const QString &value, PasswordHashCost &cost)
{
    const QString text = value.trimmed();
    if (text == QLatin1StringView("interactive"))
        cost = PasswordHashCost::interactive();
    else if (text == QLatin1StringView("minimal"))
        cost = PasswordHashCost::minimal();
    else
        return QStringLiteral("expected interactive or minimal");
    return {};
}

QString storeRequiredPath(const QString &value, QString &target)
{
    if (value.isEmpty())
        return QStringLiteral("expected a path");
    target = value;
    return {};
}

// An allowlist that may also be empty ("" or "none": nobody is exempt).
QString parseAllowlistOrNone(const QString &value, AddressAllowlist &target)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty() || trimmed == QLatin1StringView("none")) {
        target = AddressAllowlist();
        return {};
    }
    return AddressAllowlist::parse(trimmed, target);
}

using L = QLatin1StringView;

} // namespace

QString SettingKey::envName() const
{
    return QLatin1StringView("CONFAB_") + QString(name).toUpper();
}

QString SettingKey::cliName() const
{
    return QString(name).replace(QLatin1Char('_'), QLatin1Char('-'));
}

const QList<SettingKey> &settingKeys()
{
    // clang-format off
    static const QList<SettingKey> keys{
        {L("host"), true, false, L("address"), L("Address to listen on (default 127.0.0.1)."),
         [](DaemonSettings &s, const QString &v) { return storeHost(v, s.server.host); }},
        {L("port"), true, false, L("port"), L("Port for HTTP and WebSocket (default 4000; 0 picks a free one)."),
         [](DaemonSettings &s, const QString &v) { return storeInteger(v, 0, 65535, s.server.port); }},
        {L("data_dir"), true, true, L("dir"), L("Folder holding confab.sqlite3 (default ~/.local/share/confab)."),
         [](DaemonSettings &s, const QString &v) { return storeRequiredPath(v, s.server.dataDir); }},
        {L("tls_cert"), true, true, L("file"), L("PEM certificate chain; TLS is on with --tls-key."),
         [](DaemonSettings &s, const QString &v) { s.server.tlsCertFile = v; return QString(); }},
        {L("tls_key"), true, true, L("file"), L("PEM private key (RSA or EC)."),
         [](DaemonSettings &s, const QString &v) { s.server.tlsKeyFile = v; return QString(); }},
        {L("allow_origin"), true, false, L("origin"), L("Browser origin allowed to connect (repeatable or comma separated; * for any)."),
         [](DaemonSettings &s, const QString &v) { return storeOrigins(v, s.server.allowedOrigins); }},
        {L("trusted_proxies"), true, false, {}, {},
         [](DaemonSettings &s, const QString &v) { return storeAddresses(v, s.server.trustedProxies); }},
        {L("metrics_allow"), true, false, L("addresses"), L("Who may read /metrics: addresses and CIDR subnets, comma separated; * for any (default 127.0.0.1, ::1)."),
         [](DaemonSettings &s, const QString &v) { return AddressAllowlist::parse(v, s.server.metricsAllow); }},
        {L("registration"), true, false, L("open|closed"), L("Whether anyone may register over HTTP (default open)."),
         [](DaemonSettings &s, const QString &v) { return storeRegistration(v, s.server.registrationOpen); }},
        {L("password_hash_cost"), false, false, L("interactive|minimal"), L("Cost of argon2id (for tests only; default interactive)."),
         [](DaemonSettings &s, const QString &v) { return storeHashCost(v, s.hashCost); }},
        {L("http_header_timeout_ms"), true, false, {}, {},
         [](DaemonSettings &s, const QString &v) { return storeInteger(v, 100, kIntMax, s.server.httpHeaderTimeoutMs); }},
        {L("http_keepalive_timeout_ms"), true, false, {}, {},
         [](DaemonSettings &s, const QString &v) { return storeInteger(v, 100, kIntMax, s.server.httpKeepAliveTimeoutMs); }},
        {L("connections_per_address"), true, false, {}, {},
         [](DaemonSettings &s, const QString &v) { return storeInteger(v, 0, 1'000'000, s.server.connectionsPerAddress); }},
        {L("connection_limit_exempt"), true, false, {}, {},
         [](DaemonSettings &s, const QString &v) { return parseAllowlistOrNone(v, s.server.connectionLimitExempt); }},
        {L("token_lifetime_days"), true, false, {}, {},
         [](DaemonSettings &s, const QString &v) { return storeInteger(v, 1, 3650, s.server.tokenLifetimeDays); }},
        {L("idle_timeout_ms"), true, false, {}, {},
         [](DaemonSettings &s, const QString &v) { return storeInteger(v, 1000, kIntMax, s.server.idleTimeoutMs); }},
        {L("max_frame_bytes"), true, false, {}, {},
         [](DaemonSettings &s, const QString &v) { return storeInteger(v, 1024, kMaxFrameBytesLimit, s.server.maxFrameBytes); }},
        {L("send_queue_bytes"), true, false, {}, {},
         [](DaemonSettings &s, const QString &v) { return storeInteger(v, 1024, kIntMax, s.server.sendQueueBytes); }},
        {L("max_channels"), true, false, {}, {},
         [](DaemonSettings &s, const QString &v) { return storeInteger(v, 1, 100'000, s.server.maxChannelsPerSocket); }},
        {L("typing_throttle_ms"), true, false, {}, {},
         [](DaemonSettings &s, const QString &v) { return storeInteger(v, 1, 60'000, s.server.typingThrottleMs); }},
        {L("typing_expiry_ms"), true, false, {}, {},
         [](DaemonSettings &s, const QString &v) { return storeInteger(v, 2, 600'000, s.server.typingExpiryMs); }},
        {L("flood_burst"), true, false, {}, {},
         [](DaemonSettings &s, const QString &v) { return storePositiveReal(v, 1, s.server.floodBurst); }},
        {L("flood_per_second"), true, false, {}, {},
         [](DaemonSettings &s, const QString &v) { return storePositiveReal(v, 0.001, s.server.floodPerSecond); }},
        {L("login_failures_per_user_per_minute"), true, false, {}, {},
         [](DaemonSettings &s, const QString &v) { return storeInteger(v, 1, 1'000'000, s.server.loginFailuresPerUserPerMinute); }},
        {L("login_failures_per_address_per_minute"), true, false, {}, {},
         [](DaemonSettings &s, const QString &v) { return storeInteger(v, 1, 1'000'000, s.server.loginFailuresPerAddressPerMinute); }},
        {L("registrations_per_address_per_hour"), true, false, {}, {},
         [](DaemonSettings &s, const QString &v) { return storeInteger(v, 0, 1'000'000, s.server.registrationsPerAddressPerHour); }},
        {L("password_hash_queue"), true, false, {}, {},
         [](DaemonSettings &s, const QString &v) { return storeInteger(v, 1, 100'000, s.server.passwordHashQueueLimit); }},
        {L("max_conversations_per_user"), true, false, {}, {},
         [](DaemonSettings &s, const QString &v) { return storeInteger(v, 1, kIntMax, s.server.quotas.conversationsPerUser); }},
        {L("max_members_per_request"), true, false, {}, {},
         [](DaemonSettings &s, const QString &v) { return storeInteger(v, 1, 256, s.server.quotas.membersPerRequest); }},
        {L("max_members_per_conversation"), true, false, {}, {},
         [](DaemonSettings &s, const QString &v) { return storeInteger(v, 2, kIntMax, s.server.quotas.membersPerConversation); }},
        {L("max_notifications_per_user"), true, false, {}, {},
         [](DaemonSettings &s, const QString &v) { return storeInteger(v, 1, kIntMax, s.server.quotas.notificationsPerUser); }},
        {L("max_reactions_per_message"), true, false, {}, {},
         [](DaemonSettings &s, const QString &v) { return storeInteger(v, 1, 10'000, s.server.quotas.reactionsPerMessage); }},
        {L("max_reactions_per_user_per_message"), true, false, {}, {},
         [](DaemonSettings &s, const QString &v) { return storeInteger(v, 1, 10'000, s.server.quotas.reactionsPerUserPerMessage); }},
        {L("max_tokens_per_user"), true, false, {}, {},
         [](DaemonSettings &s, const QString &v) { return storeInteger(v, 1, 100'000, s.server.quotas.tokensPerUser); }},
        {L("max_sockets_per_user"), true, false, {}, {},
         [](DaemonSettings &s, const QString &v) { return storeInteger(v, 1, 100'000, s.server.maxSocketsPerUser); }},
        {L("database_queue_limit"), true, false, {}, {},
         [](DaemonSettings &s, const QString &v) { return storeInteger(v, 100, 10'000'000, s.server.databaseQueueLimit); }},
    };
    // clang-format on
    return keys;
}

const SettingKey *findConfigFileKey(QStringView name)
{
    for (const SettingKey &key : settingKeys()) {
        if (key.inConfigFile && key.name == name)
            return &key;
    }
    return nullptr;
}

} // namespace confab::server
