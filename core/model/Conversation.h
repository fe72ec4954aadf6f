#pragma once

#include "model/Message.h"
#include "model/User.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace confab::model {

// The fields that depend on who is reading the conversation.
struct ReaderState
{
    qint64 unreadCount = 0;
    qint64 lastReadSeq = 0;
    bool pinned = false;
    bool muted = false;
    std::optional<Message> lastMessage;
    // Direct conversations only: the other member, so a conversation list can name the
    // conversation without joining it (an addition to the protocol's reader view).
    std::optional<User> peer;

    friend bool operator==(const ReaderState &, const ReaderState &) = default;
};

struct Conversation
{
    enum class Kind { Direct, Group };
    static constexpr qsizetype MaxTitleLength = 128;
    static constexpr qsizetype MaxTopicLength = 1024;

    qint64 id = 0;
    Kind kind = Kind::Group;
    std::optional<QString> title;
    std::optional<QString> topic;
    QDateTime createdAt;
    qint64 createdBy = 0;
    bool archived = false;
    qint64 lastSeq = 0;
    int memberCount = 0;
    std::optional<ReaderState> reader; // present when sent to one user

    QJsonObject toJson() const;
    static std::optional<Conversation> fromJson(const QJsonObject &json);
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(QStringView name);

    friend bool operator==(const Conversation &, const Conversation &) = default;
};

} // namespace confab::model
