#pragma once

#include "socket/Channel.h"

#include <QList>
#include <QString>
#include <memory>
#include <utility>

namespace confab::server {

// Maps a topic prefix ("user:", "chat:") to the handler that serves it. Embedders register
// their own prefixes next to the built-in ones.
class ChannelRegistry
{
public:
    // False when the prefix is empty or taken.
    bool add(const QString &prefix, std::shared_ptr<ChannelHandler> handler);
    ChannelHandler *find(const QString &topic) const;

private:
    QList<std::pair<QString, std::shared_ptr<ChannelHandler>>> m_handlers;
};

} // namespace confab::server
