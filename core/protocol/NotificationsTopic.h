#pragma once

// `notifications:<user_id>` (PROTOCOL.md §7, docs/protocol.md).

#include "protocol/Schema.h"
#include "wire/ProtocolNames.h"

namespace confab::protocol::notifications {

// pending_notification events pushed per join (and per ack_notifications that clears them):
// the rest stay pending and follow the client's ack, so a join never queues an unbounded burst.
inline constexpr int MaxPendingPerPush = 100;

// new_notification, and pending_notification for one stored while the user was away.
struct NewNotification
{
    static constexpr QLatin1StringView Event = wire::event::NewNotification;
    model::Notification notification;

    static auto fields()
    {
        return std::tuple{
            required("notification", &NewNotification::notification, NotificationObject)};
    }
    CONFAB_PROTOCOL_TYPE(NewNotification)
};

struct PendingNotification
{
    static constexpr QLatin1StringView Event = wire::event::PendingNotification;
    model::Notification notification;

    static auto fields()
    {
        return std::tuple{
            required("notification", &PendingNotification::notification, NotificationObject)};
    }
    CONFAB_PROTOCOL_TYPE(PendingNotification)
};

struct NotificationCount
{
    static constexpr QLatin1StringView Event = wire::event::NotificationCount;
    qint64 count = 0;

    static auto fields()
    {
        return std::tuple{required("count", &NotificationCount::count, Int<>{0})};
    }
    CONFAB_PROTOCOL_TYPE(NotificationCount)
};

struct AckNotifications
{
    static constexpr QLatin1StringView Event = wire::event::AckNotifications;
    qint64 upToId = 0;

    static auto fields()
    {
        return std::tuple{required("up_to_id", &AckNotifications::upToId, Id{})};
    }
    CONFAB_PROTOCOL_TYPE(AckNotifications)
};

} // namespace confab::protocol::notifications
