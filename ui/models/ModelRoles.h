#pragma once

#include <QByteArray>
#include <QHash>
#include <Qt>

namespace confab::ui {

// The item data roles of every Confab view model, in one enum so a delegate or proxy can read
// any model by the same names, and a message reads the same from the timeline, a thread or the
// starred list. Values are stable within a build only; never persist them.
enum ModelRole : int {
    // --- conversations ---
    IdRole = Qt::UserRole + 1, // qint64
    NameRole,                  // QString: what the UI calls the conversation or person
    InitialsRole,              // QString: one or two letters for the avatar
    KindRole,                  // int: model::Conversation::Kind
    PreviewRole,               // QString: last message as one plain line
    LastActivityRole,          // QDateTime
    UnreadRole,                // qint64
    PinnedRole,                // bool
    MutedRole,                 // bool
    ArchivedRole,              // bool
    PresenceRole,              // int: client::Availability (invalid for groups)
    TopicRole,                 // QString
    AvatarSeedRole,            // qint64: what the avatar colour derives from (peer or conversation)

    // --- messages (TimelineModel, MessageListModel) ---
    MessageIdRole = Qt::UserRole + 100, // qint64; 0 for an outbox entry
    SeqRole,                            // qint64; 0 for an outbox entry
    SenderIdRole,                       // qint64
    SenderNameRole,                     // QString
    ContentRole,                        // QString: Markdown
    SentAtRole,                         // QDateTime (creation time for outbox entries)
    EditedRole,                         // bool
    DeletedRole,                        // bool
    ReactionsRole,                      // QVariantList of QVariantMap {emoji, count, mine, names}
    StarredRole,                        // bool
    ReplyCountRole,                     // int
    SeenByRole,        // QStringList: display names of members whose read position is this row
    DeliveryRole,      // int: client::Delivery
    FailureReasonRole, // QString
    MobileRefRole,     // QString
    IsMineRole,        // bool
    ShowHeaderRole,    // bool: draw avatar, name and time above this row
    DaySeparatorRole,  // QDate: valid when this row starts a new day
    ParentIdRole,      // qint64: thread root, 0 when none
    IntroRole,         // QString: the conversation's introduction, above its very first row

    // --- members and users ---
    UserIdRole = Qt::UserRole + 200, // qint64
    UsernameRole,                    // QString
    MemberRole,                      // QString: "owner" or "member"
};

// Names for roleNames(): handy in QML, debuggers and QAbstractItemModelTester output.
inline QHash<int, QByteArray> confabRoleNames()
{
    return {
        {IdRole, "id"},
        {NameRole, "name"},
        {InitialsRole, "initials"},
        {KindRole, "kind"},
        {PreviewRole, "preview"},
        {LastActivityRole, "lastActivity"},
        {UnreadRole, "unread"},
        {PinnedRole, "pinned"},
        {MutedRole, "muted"},
        {ArchivedRole, "archived"},
        {PresenceRole, "presence"},
        {TopicRole, "topic"},
        {AvatarSeedRole, "avatarSeed"},
        {MessageIdRole, "messageId"},
        {SeqRole, "seq"},
        {SenderIdRole, "senderId"},
        {SenderNameRole, "senderName"},
        {ContentRole, "content"},
        {SentAtRole, "sentAt"},
        {EditedRole, "edited"},
        {DeletedRole, "deleted"},
        {ReactionsRole, "reactions"},
        {StarredRole, "starred"},
        {ReplyCountRole, "replyCount"},
        {SeenByRole, "seenBy"},
        {DeliveryRole, "delivery"},
        {FailureReasonRole, "failureReason"},
        {MobileRefRole, "mobileRef"},
        {IsMineRole, "isMine"},
        {ShowHeaderRole, "showHeader"},
        {DaySeparatorRole, "daySeparator"},
        {ParentIdRole, "parentId"},
        {IntroRole, "intro"},
        {UserIdRole, "userId"},
        {UsernameRole, "username"},
        {MemberRole, "memberRole"},
    };
}

} // namespace confab::ui
