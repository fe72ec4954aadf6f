#include "http/HttpRequest.h"

namespace confab::server {

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString HttpRequest::bearerToken() const
{
    const QByteArray value = header("authorization");
    static const QByteArray prefix("Bearer ");
    if (!value.startsWith(prefix))
        return {};
    return QString::fromLatin1(value.mid(prefix.size()).trimmed());
}

} // namespace confab::server
