#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace confab::model {

struct Notification
{
    enum class Kind { Message, Mention, Added };

    qint64 id = 0;
    Kind kind = Kind::Message;
    qint64 conversationId = 0;
    std::optional<qint64> messageId; // null for `added`
    qint64 senderId = 0;
    QString content;
    QDateTime timestamp;

    QJsonObject toJson() const;
    static std::optional<Notification> fromJson(const QJsonObject &json);
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(QStringView name);

    friend bool operator==(const Notification &, const Notification &) = default;
};

} // namespace confab::model
