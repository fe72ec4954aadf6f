#pragma once

#include "client/ClientState.h"

#include <QVariant>

// The item data of one message that does not depend on where it sits in a list: shared by the
// timeline, thread and starred models so a message reads the same in each.
namespace confab::ui::messagedata {

// The role's value, or an invalid QVariant for roles that depend on neighbours (ShowHeader,
// DaySeparator, SeenBy) and roles that are not about messages.
QVariant value(const client::ClientState &state, const model::Message &message,
               client::Delivery delivery, const QString &failureReason, int role);

// The member's display name in that conversation; my own name; else "Unknown user".
QString senderName(const client::ClientState &state, qint64 conversationId, qint64 userId);

// QVariantMap {emoji, count, mine, names} per reaction, in the server's order.
QVariantList reactions(const client::ClientState &state, const model::Message &message);

// An outbox entry dressed as the message it will become (id and seq 0, sent by me).
model::Message messageFromOutbox(const client::OutboxEntry &entry, qint64 myId);

// Wall-clock time in the system's time zone, for display. Goes through a QTimeZone cached at
// first use rather than toLocalTime(), which calls tzset() (a stat of /etc/localtime) every
// time: a 100,000-row layout would make that call hundreds of thousands of times. A change of
// the system time zone shows after a restart.
QDateTime localTime(const QDateTime &time);

// What a screen reader says for the row: sender, time, text and state.
QString accessibleText(const client::ClientState &state, const model::Message &message,
                       client::Delivery delivery);

} // namespace confab::ui::messagedata
