#pragma once

// Builders for the view-model tests: a ClientState filled only through Reducer::apply with
// the events the session would produce, so the models see the same signals as in the app.

#include "client/ClientEvents.h"
#include "client/ClientState.h"
#include "client/Reducer.h"
#include "models/ModelRoles.h"

#include <QDateTime>
#include <QStandardItem>
#include <QTimeZone>

namespace confab::ui::test {

namespace events = client::events;

inline constexpr qint64 kMe = 1;
inline constexpr qint64 kAda = 2;
inline constexpr qint64 kBob = 3;
inline constexpr qint64 kCarol = 4;

inline model::User user(qint64 id, const QString &name)
{
    return {id, name.toLower().remove(u' '), name};
}

inline model::User me()
{
    return user(kMe, QStringLiteral("Me Myself"));
}

// A moment in local time (day separators and headers work in local days), stored in UTC like
// the protocol's timestamps.
inline QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::LocalTime).toUTC();
}

inline model::Conversation group(qint64 id, const QString &title,
                                 const QDateTime &createdAt = at(1, 9))
{
    model::Conversation conversation;
    conversation.id = id;
    conversation.kind = model::Conversation::Kind::Group;
    conversation.title = title;
    conversation.createdAt = createdAt;
    conversation.createdBy = kMe;
    conversation.memberCount = 3;
    conversation.reader = model::ReaderState{};
    return conversation;
}

inline model::Conversation direct(qint64 id, const model::User &peer,
                                  const QDateTime &createdAt = at(1, 9))
{
    model::Conversation conversation = group(id, QString(), createdAt);
    conversation.kind = model::Conversation::Kind::Direct;
    conversation.title.reset();
    conversation.memberCount = 2;
    conversation.reader->peer = peer;
    return conversation;
}

inline model::Member member(qint64 userId, const QString &name,
                            model::Member::Role role = model::Member::Role::Member)
{
    return {userId, name.toLower().remove(u' '), name, role, at(1, 9)};
}

inline model::Message message(qint64 conversationId, qint64 id, qint64 seq, qint64 senderId,
                              const QString &content, const QDateTime &sentAt)
{
    model::Message message;
    message.id = id;
    message.conversationId = conversationId;
    message.seq = seq;
    message.senderId = senderId;
    message.content = content;
    message.sentAt = sentAt;
    return message;
}

inline void apply(client::ClientState &state, const events::Event &event)
{
    client::Reducer::apply(state, event);
}

inline void signIn(client::ClientState &state, const QList<model::Conversation> &conversations)
{
    apply(state, events::AccountLoaded{me(), conversations});
    // Online: the account's presence_state came, with nobody else online yet.
    apply(state, events::PresenceState{});
}

// Joins a conversation: members, read positions and the latest page of messages.
inline void load(client::ClientState &state, const model::Conversation &conversation,
                 const QList<model::Member> &members, const QList<model::Message> &messages,
                 bool hasMore = false, const QList<client::ReadState> &readStates = {})
{
    apply(state, events::ConversationLoaded{conversation, members, readStates, messages, hasMore});
}

inline client::OutboxEntry outboxEntry(qint64 conversationId, const QString &ref,
                                       const QString &content, qint64 position,
                                       std::optional<qint64> parentId = std::nullopt)
{
    client::OutboxEntry entry;
    entry.mobileRefId = ref;
    entry.conversationId = conversationId;
    entry.content = content;
    entry.parentId = parentId;
    entry.createdAt = at(20, 12);
    entry.position = position;
    return entry;
}

inline model::PresenceMeta
presence(const QString &ref,
         model::PresenceMeta::Status status = model::PresenceMeta::Status::Online)
{
    return {ref, QStringLiteral("desktop"), status, at(20, 8)};
}

// One sent message of Ada's, with its header, as the timeline model gives it to the delegate.
inline QStandardItem *messageItem(const QString &content, bool showHeader = true)
{
    auto *item = new QStandardItem;
    item->setData(qint64(1), MessageIdRole);
    item->setData(kAda, SenderIdRole);
    item->setData(QStringLiteral("Ada"), SenderNameRole);
    item->setData(content, ContentRole);
    item->setData(at(20, 10), SentAtRole);
    item->setData(showHeader, ShowHeaderRole);
    item->setData(QDate(), DaySeparatorRole);
    item->setData(int(client::Delivery::Sent), DeliveryRole);
    return item;
}

} // namespace confab::ui::test
