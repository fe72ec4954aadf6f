#pragma once

#include "model/Message.h"
#include "storage/EventLog.h"
#include "storage/Outcome.h"
#include "storage/Quotas.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace confab::server {

// Reactions on messages, and how their changes are logged. A change is broadcast as
// message_reactions with the message's whole list (the contract), but logged as the delta
// alone: logging the list made N reactions cost O(N²) bytes of event log. A since_seq replay
// turns each delta back into message_reactions (expandReplay). Database thread only.
namespace ReactionStore {

// The name a delta is logged under. Never sent: expandReplay replaces it.
inline constexpr QLatin1StringView DeltaEvent{"reaction_delta"};

// The reactions of one message, each emoji once, in the order they were first added.
QList<model::Reaction> of(const QSqlDatabase &db, qint64 messageId);

// Adds or removes `userId`'s `emoji` on a live message of the conversation. The event to
// broadcast (message_reactions with the new list) is empty when nothing changed. Adding is
// refused (forbidden) past quotas.reactionsPerMessage distinct emoji on the message or
// quotas.reactionsPerUserPerMessage of the user's own; removing always works.
Outcome<std::optional<LoggedEvent>> react(const QSqlDatabase &db, qint64 conversationId,
                                          qint64 messageId, qint64 userId, const QString &emoji,
                                          bool add, const Quotas &quotas);

// Turns the logged deltas among `events` (a replay page, oldest first) into the
// message_reactions each one was broadcast as. Exact when the page reaches the end of the
// log; when `*more` is set the client discards the page anyway. The lists can be much larger
// than the deltas: the page is cut where it would pass `maxBytes`, and `*more` set.
void expandReplay(const QSqlDatabase &db, QList<LoggedEvent> &events, qsizetype maxBytes,
                  bool *more);

} // namespace ReactionStore
} // namespace confab::server
