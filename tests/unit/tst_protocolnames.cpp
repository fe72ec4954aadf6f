// The fixed wire strings of PROTOCOL.md: error reasons (§2), close codes (§1-§2), topics and
// event names (§1-§2, §5-§7).

#include "wire/ProtocolNames.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using confab::wire::ErrorReason;
using confab::wire::errorReasonFromName;
using confab::wire::errorReasonName;
namespace event = confab::wire::event;
namespace topic = confab::wire::topic;
namespace close_code = confab::wire::close_code;

Q_DECLARE_METATYPE(confab::wire::ErrorReason)

class TestProtocolNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errorReasons_data();
    void errorReasons();
    void everyReasonHasItsOwnName();
    void unknownReasonNames_data();
    void unknownReasonNames();
    void closeCodes();
    void topicPrefixes();
    void eventNames_data();
    void eventNames();
};

void TestProtocolNames::errorReasons_data()
{
    QTest::addColumn<ErrorReason>("reason");
    QTest::addColumn<QString>("wire");

    QTest::newRow("unauthorized") << ErrorReason::Unauthorized << u"unauthorized"_s;
    QTest::newRow("forbidden") << ErrorReason::Forbidden << u"forbidden"_s;
    QTest::newRow("not_found") << ErrorReason::NotFound << u"not_found"_s;
    QTest::newRow("invalid") << ErrorReason::Invalid << u"invalid"_s;
    QTest::newRow("too_large") << ErrorReason::TooLarge << u"too_large"_s;
    QTest::newRow("rate_limited") << ErrorReason::RateLimited << u"rate_limited"_s;
    QTest::newRow("conflict") << ErrorReason::Conflict << u"conflict"_s;
    QTest::newRow("archived") << ErrorReason::Archived << u"archived"_s;
    QTest::newRow("unmatched_topic") << ErrorReason::UnmatchedTopic << u"unmatched_topic"_s;
    QTest::newRow("too_many_channels") << ErrorReason::TooManyChannels << u"too_many_channels"_s;
    QTest::newRow("internal") << ErrorReason::Internal << u"internal"_s;
    QTest::newRow("invalid_credentials")
        << ErrorReason::InvalidCredentials << u"invalid_credentials"_s;
}

void TestProtocolNames::errorReasons()
{
    QFETCH(ErrorReason, reason);
    QFETCH(QString, wire);

    QCOMPARE(errorReasonName(reason), wire);
    QCOMPARE(errorReasonFromName(wire), reason);
    QCOMPARE(errorReasonFromName(errorReasonName(reason)), reason);
}

void TestProtocolNames::everyReasonHasItsOwnName()
{
    // Walks the whole enum, so a reason added later without a wire name is caught here
    // (errorReasonName would fall back to "internal" for it).
    QSet<QString> names;
    const int last = int(ErrorReason::InvalidCredentials);
    QCOMPARE(last, 11);
    for (int value = 0; value <= last; ++value) {
        const auto reason = ErrorReason(value);
        const QString name = errorReasonName(reason);
        QVERIFY2(!name.isEmpty(), qPrintable(QString::number(value)));
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
        QCOMPARE(errorReasonFromName(name), reason);
    }
    QCOMPARE(names.size(), 12);
}

void TestProtocolNames::unknownReasonNames_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("empty") << QString();
    QTest::newRow("upper case") << u"INVALID"_s;
    QTest::newRow("capitalised") << u"Invalid"_s;
    QTest::newRow("hyphen instead of underscore") << u"not-found"_s;
    QTest::newRow("no underscore") << u"notfound"_s;
    QTest::newRow("camel case") << u"rateLimited"_s;
    QTest::newRow("enum spelling") << u"UnmatchedTopic"_s;
    QTest::newRow("trailing space") << u"invalid "_s;
    QTest::newRow("leading space") << u" invalid"_s;
    QTest::newRow("prefix") << u"too_"_s;
    QTest::newRow("longer name") << u"invalid_payload"_s;
    QTest::newRow("unknown") << u"unknown"_s;
    QTest::newRow("NUL suffix") << u"invalid\u0000"_s;
}

void TestProtocolNames::unknownReasonNames()
{
    QFETCH(QString, name);
    QCOMPARE(errorReasonFromName(name), std::nullopt);
}

void TestProtocolNames::closeCodes()
{
    QCOMPARE(close_code::GoingAway, 1001);
    QCOMPARE(close_code::PolicyViolation, 1008); // 10 malformed frames in a row
    QCOMPARE(close_code::TooBig, 1009);          // frame over the size limit
    QCOMPARE(close_code::TryAgainLater, 1013);   // send queue full
    QCOMPARE(close_code::Unauthorized, 4401);    // bad, revoked or expired token
}

void TestProtocolNames::topicPrefixes()
{
    QCOMPARE(QString(topic::Phoenix), u"phoenix"_s);
    QCOMPARE(QString(topic::UserPrefix), u"user:"_s);
    QCOMPARE(QString(topic::ChatPrefix), u"chat:"_s);
    QCOMPARE(QString(topic::NotificationsPrefix), u"notifications:"_s);
}

void TestProtocolNames::eventNames_data()
{
    QTest::addColumn<QString>("constant");
    QTest::addColumn<QString>("wire");

    const QList<std::pair<QLatin1StringView, QString>> events = {
        // §1-§2: Phoenix control events.
        {event::Join, u"phx_join"_s},
        {event::Leave, u"phx_leave"_s},
        {event::Reply, u"phx_reply"_s},
        {event::Close, u"phx_close"_s},
        {event::Error, u"phx_error"_s},
        {event::Heartbeat, u"heartbeat"_s},
        // §5 user:<id>
        {event::CreateConversation, u"create_conversation"_s},
        {event::SearchUsers, u"search_users"_s},
        {event::SetPinned, u"set_pinned"_s},
        {event::SetMuted, u"set_muted"_s},
        {event::SetStatus, u"set_status"_s},
        {event::ConversationCreated, u"conversation_created"_s},
        {event::ConversationUpdated, u"conversation_updated"_s},
        {event::ConversationRemoved, u"conversation_removed"_s},
        {event::ConversationRead, u"conversation_read"_s},
        {event::ConversationActivity, u"conversation_activity"_s},
        {event::PresenceState, u"presence_state"_s},
        {event::PresenceDiff, u"presence_diff"_s},
        // §6 chat:<id>
        {event::SendMessage, u"send_message"_s},
        {event::EditMessage, u"edit_message"_s},
        {event::DeleteMessage, u"delete_message"_s},
        {event::AddReaction, u"add_reaction"_s},
        {event::RemoveReaction, u"remove_reaction"_s},
        {event::StarMessage, u"star_message"_s},
        {event::MarkRead, u"mark_read"_s},
        {event::Typing, u"typing"_s},
        {event::LoadHistory, u"load_history"_s},
        {event::LoadThread, u"load_thread"_s},
        {event::ListStarred, u"list_starred"_s},
        {event::UpdateConversation, u"update_conversation"_s},
        {event::AddMembers, u"add_members"_s},
        {event::RemoveMember, u"remove_member"_s},
        {event::ArchiveConversation, u"archive_conversation"_s},
        {event::MessageSent, u"message_sent"_s},
        {event::ReceiveMessage, u"receive_message"_s},
        {event::MessageEdited, u"message_edited"_s},
        {event::MessageDeleted, u"message_deleted"_s},
        {event::MessageReactions, u"message_reactions"_s},
        {event::MessageStarred, u"message_starred"_s},
        {event::MemberJoined, u"member_joined"_s},
        {event::MemberLeft, u"member_left"_s},
        {event::ThreadUpdated, u"thread_updated"_s},
        {event::MessageRead, u"message_read"_s},
        // §7 notifications:<id>
        {event::PendingNotification, u"pending_notification"_s},
        {event::NewNotification, u"new_notification"_s},
        {event::NotificationCount, u"notification_count"_s},
        {event::AckNotifications, u"ack_notifications"_s},
        {event::MarkAllRead, u"mark_all_read"_s},
    };
    for (const auto &[constant, wire] : events)
        QTest::newRow(qPrintable(wire)) << QString(constant) << wire;
}

void TestProtocolNames::eventNames()
{
    QFETCH(QString, constant);
    QFETCH(QString, wire);
    QCOMPARE(constant, wire);
}

QTEST_APPLESS_MAIN(TestProtocolNames)
#include "tst_protocolnames.moc"
