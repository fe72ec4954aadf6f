#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace confab::wire {

// One Phoenix Channels V2 message: [join_ref, ref, topic, event, payload].
struct Frame
{
    std::optional<QString> joinRef;
    std::optional<QString> ref;
    QString topic;
    QString event;
    QJsonObject payload;

    friend bool operator==(const Frame &, const Frame &) = default;
};

} // namespace confab::wire
