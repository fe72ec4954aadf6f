// Generates the field reference of docs/protocol.md from the catalog, so the documentation
// lists exactly the fields the code encodes and checks (tests/protocol compares the two).

#include "protocol/Catalog.h"

namespace confab::protocol {

namespace {

QString directionName(Direction direction)
{
    switch (direction) {
    case Direction::JoinParams:
        return QStringLiteral("join params");
    case Direction::JoinReply:
        return QStringLiteral("join reply");
    case Direction::Push:
        return QStringLiteral("push");
    case Direction::Reply:
        return QStringLiteral("reply");
    case Direction::Event:
        return QStringLiteral("event");
    case Direction::Part:
        return QStringLiteral("object");
    case Direction::HttpRequest:
        return QStringLiteral("request body");
    case Direction::HttpResponse:
        return QStringLiteral("response body");
    }
    return {};
}

QString presenceText(Presence presence)
{
    switch (presence) {
    case Presence::Required:
        return QStringLiteral("required");
    case Presence::Optional:
        return QStringLiteral("optional");
    case Presence::Nullable:
        return QStringLiteral("required, may be null");
    case Presence::Patch:
        return QStringLiteral("optional, null clears");
    }
    return {};
}

QString fieldList(const QList<FieldInfo> &fields)
{
    if (fields.isEmpty())
        return QStringLiteral("—");
    QStringList parts;
    for (const FieldInfo &field : fields) {
        // A | inside a table cell ends the cell: the enums' "a|b" are written "a \| b".
        QString type = field.type;
        type.replace(QLatin1Char('|'), QStringLiteral(" \\| "));
        parts.append(
            QStringLiteral("`%1` %2 (%3)").arg(field.name, type, presenceText(field.presence)));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString protocolReference()
{
    QString text = QStringLiteral("| where | kind | event | fields |\n|---|---|---|---|\n");
    forEachProtocolType([&]<typename T>(const CatalogEntry &entry) {
        QList<FieldInfo> fields = fieldInfo<T>();
        if constexpr (std::is_same_v<T, user::PresenceState>)
            fields.append({QLatin1StringView("<user_id>"), Presence::Optional,
                           QStringLiteral("{metas: [PresenceMeta]}")});
        text += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                    .arg(QString::fromLatin1(entry.place), directionName(entry.direction),
                         QString::fromLatin1(entry.name), fieldList(fields));
    });
    return text;
}

} // namespace confab::protocol
