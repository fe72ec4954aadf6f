#include "HostileFrames.h"

#include "RawWebSocketClient.h"

#include <QJsonDocument>

namespace confab::testing {

QByteArray textFrame(const QJsonArray &frame)
{
    return clientFrame(0x1, QJsonDocument(frame).toJson(QJsonDocument::Compact));
}

QByteArray push(const QString &joinRef, const QString &ref, const QString &topic,
                const QString &event, const QJsonObject &payload)
{
    return textFrame(QJsonArray{joinRef, ref, topic, event, payload});
}

QByteArray heartbeat(const QString &ref)
{
    return textFrame(QJsonArray{QJsonValue(), ref, QStringLiteral("phoenix"),
                                QStringLiteral("heartbeat"), QJsonObject{}});
}

} // namespace confab::testing
