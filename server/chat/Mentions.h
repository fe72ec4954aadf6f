#pragma once

#include <QStringList>

namespace confab::server {

// The user names mentioned as @name in Markdown content, lower-cased, each once. An address
// like a@b.org is not a mention.
QStringList mentionedUsernames(const QString &content);

} // namespace confab::server
