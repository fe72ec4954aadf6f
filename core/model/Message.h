#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace confab::model {

struct Reaction
{
    QString emoji;
    QList<qint64> userIds;

    friend bool operator==(const Reaction &, const Reaction &) = default;
};

struct Message
{
    static constexpr qsizetype MaxContentLength = 16384;
    static constexpr qsizetype MaxMobileRefLength = 64;

    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 seq = 0;
    qint64 senderId = 0;
    QString content; // Markdown; "" once deleted
    std::optional<QString> mobileRefId;
    std::optional<qint64> parentId; // thread root this replies to
    int replyCount = 0;
    QDateTime sentAt;
    std::optional<QDateTime> editedAt;
    bool deleted = false;
    bool starred = false;
    std::optional<qint64> starredBy;
    QList<Reaction> reactions;
    // Set in previews (a conversation's last_message in a list) whose content was cut to
    // protocol::user::PreviewLength characters; on the wire `content_truncated: true`, and
    // absent otherwise (an addition to the contract's Message).
    bool contentTruncated = false;

    QJsonObject toJson() const;
    static std::optional<Message> fromJson(const QJsonObject &json);

    friend bool operator==(const Message &, const Message &) = default;
};

QJsonArray reactionsToJson(const QList<Reaction> &reactions);
std::optional<QList<Reaction>> reactionsFromJson(const QJsonArray &array);

} // namespace confab::model
