#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace confab::model {

// One connected device of a user, in the shape phoenix.js `Presence` consumes:
// {"<user_id>": {"metas": [{phx_ref, device, status, online_at}, ...]}}.
struct PresenceMeta
{
    enum class Status { Online, Away, Dnd };

    QString phxRef;
    QString device;
    Status status = Status::Online;
    QDateTime onlineAt;

    QJsonObject toJson() const;
    static std::optional<PresenceMeta> fromJson(const QJsonObject &json);
    static QString statusName(Status status);
    static std::optional<Status> statusFromName(QStringView name);

    friend bool operator==(const PresenceMeta &, const PresenceMeta &) = default;
};

// user id -> that user's connected devices.
using PresenceMap = QHash<qint64, QList<PresenceMeta>>;

QJsonObject presenceMapToJson(const PresenceMap &presence);
std::optional<PresenceMap> presenceMapFromJson(const QJsonObject &json);

} // namespace confab::model
