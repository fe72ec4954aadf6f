#include "model/PresenceMeta.h"

#include "model/JsonHelpers.h"
#include "wire/Timestamp.h"

#include <QJsonArray>

namespace confab::model {

QString PresenceMeta::statusName(Status status)
{
    switch (status) {
    case Status::Online:
        return QStringLiteral("online");
    case Status::Away:
        return QStringLiteral("away");
    case Status::Dnd:
        return QStringLiteral("dnd");
    }
    return QStringLiteral("online");
}

std::optional<PresenceMeta::Status> PresenceMeta::statusFromName(QStringView name)
{
    for (Status status : {Status::Online, Status::Away, Status::Dnd}) {
        if (name == statusName(status))
            return status;
    }
    return std::nullopt;
}

QJsonObject PresenceMeta::toJson() const
{
    return {{QStringLiteral("phx_ref"), phxRef},
            {QStringLiteral("device"), device},
            {QStringLiteral("status"), statusName(status)},
            {QStringLiteral("online_at"), wire::formatTimestamp(onlineAt)}};
}

std::optional<PresenceMeta> PresenceMeta::fromJson(const QJsonObject &json)
{
    JsonReader reader(json);
    PresenceMeta meta;
    meta.phxRef = reader.string(QLatin1StringView("phx_ref"));
    meta.device = reader.string(QLatin1StringView("device"));
    const auto status = statusFromName(reader.string(QLatin1StringView("status")));
    meta.onlineAt = reader.time(QLatin1StringView("online_at"));
    if (!reader.ok() || !status)
        return std::nullopt;
    meta.status = *status;
    return meta;
}

QJsonObject presenceMapToJson(const PresenceMap &presence)
{
    QJsonObject json;
    for (auto it = presence.cbegin(); it != presence.cend(); ++it) {
        QJsonArray metas;
        for (const PresenceMeta &meta : it.value())
            metas.append(meta.toJson());
        json.insert(QString::number(it.key()), QJsonObject{{QStringLiteral("metas"), metas}});
    }
    return json;
}

std::optional<PresenceMap> presenceMapFromJson(const QJsonObject &json)
{
    PresenceMap presence;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        bool isNumber = false;
        const qint64 userId = it.key().toLongLong(&isNumber);
        const QJsonValue metas = it.value().toObject().value(QLatin1StringView("metas"));
        if (!isNumber || !metas.isArray())
            return std::nullopt;
        QList<PresenceMeta> list;
        for (const QJsonValue &meta : metas.toArray()) {
            auto parsed = PresenceMeta::fromJson(meta.toObject());
            if (!parsed)
                return std::nullopt;
            list.append(*parsed);
        }
        presence.insert(userId, list);
    }
    return presence;
}

} // namespace confab::model
