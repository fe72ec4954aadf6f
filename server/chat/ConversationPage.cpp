#include "chat/ConversationPage.h"

#include "chat/ChatDirectory.h"

#include <QJsonDocument>
#include <algorithm>
#include <functional>

namespace confab::server {

ConversationPage ConversationPage::build(const ChatDirectory &directory, qint64 readerId,
                                         std::optional<qint64> before, int limit)
{
    QList<qint64> ids = directory.conversationsOf(readerId);
    if (before)
        ids.removeIf([&](qint64 id) { return id >= *before; });
    std::sort(ids.begin(), ids.end(), std::greater<>());
    ConversationPage page;
    qsizetype bytes = 0;
    for (qint64 id : std::as_const(ids)) {
        if (page.conversations.size() == limit) {
            page.hasMore = true;
            break;
        }
        model::Conversation view = directory.viewFor(id, readerId);
        // Previews are short, but a topic may be 1,024 characters and reactions grow with
        // the members: measure what is sent.
        bytes += QJsonDocument(view.toJson()).toJson(QJsonDocument::Compact).size() + 1;
        if (bytes > MaxBytes && !page.conversations.isEmpty()) {
            page.hasMore = true;
            break;
        }
        page.conversations.append(std::move(view));
    }
    return page;
}

} // namespace confab::server
