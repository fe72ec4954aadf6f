#pragma once

#include "model/Conversation.h"

#include <QList>
#include <optional>

namespace confab::server {

class ChatDirectory;

// One page of a user's conversation list (the user:<id> join reply, list_conversations):
// newest first by id, so that a cursor (`before`, the last id of a page) stays valid while
// conversations get new messages, and never more bytes than fit one reply in the send queue.
struct ConversationPage
{
    // Every page stops at about this many bytes of JSON (one conversation at least).
    static constexpr qsizetype MaxBytes = 256 * 1024;

    QList<model::Conversation> conversations;
    bool hasMore = false;

    static ConversationPage build(const ChatDirectory &directory, qint64 readerId,
                                  std::optional<qint64> before, int limit);
};

} // namespace confab::server
