#include "socket/ChannelRegistry.h"

namespace confab::server {

bool ChannelRegistry::add(const QString &prefix, std::shared_ptr<ChannelHandler> handler)
{
    if (prefix.isEmpty() || !handler)
        return false;
    for (const auto &entry : m_handlers) {
        if (entry.first == prefix)
            return false;
    }
    m_handlers.append({prefix, std::move(handler)});
    return true;
}

ChannelHandler *ChannelRegistry::find(const QString &topic) const
{
    // Longest prefix wins, so "chat:admin:" can sit beside "chat:".
    ChannelHandler *best = nullptr;
    qsizetype bestLength = 0;
    for (const auto &[prefix, handler] : m_handlers) {
        if (topic.startsWith(prefix) && prefix.size() > bestLength) {
            best = handler.get();
            bestLength = prefix.size();
        }
    }
    return best;
}

} // namespace confab::server
