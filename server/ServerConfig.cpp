#include "ServerConfig.h"

#include "protocol/ChatTopic.h"
#include "protocol/UserTopic.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace confab::server {

QString ServerConfig::databasePath() const
{
    return QDir(dataDir).filePath(QStringLiteral("confab.sqlite3"));
}

QString ServerConfig::validate() const
{
    if (dataDir.isEmpty())
        return QStringLiteral("data directory is not set");
    if (tlsCertFile.isEmpty() != tlsKeyFile.isEmpty())
        return QStringLiteral("TLS needs both a certificate and a key file");
    for (const QString &file : {tlsCertFile, tlsKeyFile}) {
        if (!file.isEmpty() && !QFileInfo(file).isReadable())
            return QStringLiteral("cannot read TLS file %1").arg(file);
    }
    if (tokenLifetimeDays < 1 || tokenLifetimeDays > 3650)
        return QStringLiteral("token lifetime must be 1 to 3650 days");
    if (httpHeaderTimeoutMs < 100 || httpKeepAliveTimeoutMs < 100)
        return QStringLiteral("HTTP timeouts must be at least 100 ms");
    if (connectionsPerAddress < 0)
        return QStringLiteral("connections per address must not be negative");
    if (idleTimeoutMs < 1000)
        return QStringLiteral("idle timeout must be at least 1000 ms");
    // A frame is buffered whole before it is parsed: one socket may hold this much.
    if (maxFrameBytes < 1024 || maxFrameBytes > 16 * 1024 * 1024)
        return QStringLiteral("frame size limit must be 1024 bytes to 16 MiB");
    if (sendQueueBytes < maxFrameBytes)
        return QStringLiteral("send queue must hold at least one frame");
    if (maxChannelsPerSocket < 1 || maxBadFramesInRow < 1)
        return QStringLiteral("channel and bad-frame limits must be positive");
    if (typingThrottleMs < 1 || typingExpiryMs <= typingThrottleMs)
        return QStringLiteral("typing expiry must be longer than the typing throttle");
    if (floodBurst < 1 || floodPerSecond <= 0)
        return QStringLiteral("flood limits must be positive");
    if (loginFailuresPerUserPerMinute < 1 || loginFailuresPerAddressPerMinute < 1)
        return QStringLiteral("login rate limits must be positive");
    if (registrationsPerAddressPerHour < 0)
        return QStringLiteral("registration limit must not be negative");
    if (passwordHashQueueLimit < 1)
        return QStringLiteral("password hash queue limit must be positive");
    for (const QHostAddress &address : moreHosts) {
        if (address.isNull() || address == QHostAddress::Any || address == QHostAddress::AnyIPv4 ||
            address == QHostAddress::AnyIPv6)
            return QStringLiteral("additional listen addresses must be specific addresses");
    }
    if (const QString problem = validateQuotas(); !problem.isEmpty())
        return problem;
    for (const QString &origin : allowedOrigins) {
        if (origin != QStringLiteral("*") && !origin.startsWith(QStringLiteral("http://")) &&
            !origin.startsWith(QStringLiteral("https://")))
            return QStringLiteral("allowed origin must be * or start with http:// or https://: %1")
                .arg(origin);
    }
    return {};
}

QString ServerConfig::validateQuotas() const
{
    // The protocol refuses more ids than this in one request before any quota is consulted.
    constexpr int kMaxMembersPerRequest =
        int(std::min(protocol::chat::MaxMembersPerCall, protocol::user::MaxInitialMembers));
    if (quotas.conversationsPerUser < 1)
        return QStringLiteral("conversations per user must be positive");
    if (quotas.membersPerRequest < 1 || quotas.membersPerRequest > kMaxMembersPerRequest)
        return QStringLiteral("members per request must be 1 to %1").arg(kMaxMembersPerRequest);
    if (quotas.membersPerConversation < 2)
        return QStringLiteral("members per conversation must be at least 2");
    if (quotas.notificationsPerUser < 1)
        return QStringLiteral("notifications per user must be positive");
    if (quotas.reactionsPerMessage < 1 || quotas.reactionsPerUserPerMessage < 1)
        return QStringLiteral("reaction limits must be positive");
    if (quotas.tokensPerUser < 1)
        return QStringLiteral("tokens per user must be positive");
    if (maxSocketsPerUser < 1)
        return QStringLiteral("sockets per user must be positive");
    if (databaseQueueLimit < 100)
        return QStringLiteral("database queue limit must be at least 100");
    return {};
}

} // namespace confab::server
