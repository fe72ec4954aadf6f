#include "client/CacheSchema.h"
#include "client/LocalCache.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

#include <memory>
#include <optional>

using namespace confab;
using namespace Qt::StringLiterals;
using client::CacheSnapshot;
using client::ConversationDetails;
using client::LocalCache;
using client::OutboxEntry;
using client::ReadState;
using model::Conversation;
using model::Member;
using model::Message;

namespace {

constexpr int kWaitMs = 60000; // generous for sanitizer builds; waits end as soon as done

QDateTime at(qint64 second)
{
    return QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + second * 1000 + 123, Qt::UTC);
}

Message message(qint64 id, qint64 conversationId, qint64 seq,
                std::optional<qint64> parentId = std::nullopt, bool starred = false)
{
    Message m;
    m.id = id;
    m.conversationId = conversationId;
    m.seq = seq;
    m.senderId = 1 + id % 3;
    m.content = QStringLiteral("message %1 in %2").arg(id).arg(conversationId);
    m.mobileRefId = QStringLiteral("ref-%1").arg(id);
    m.parentId = parentId;
    m.sentAt = at(seq);
    m.starred = starred;
    if (starred)
        m.starredBy = 2;
    m.reactions = {{QStringLiteral("👍"), {1, 2}}};
    return m;
}

Conversation conversation(qint64 id, std::optional<Message> last = std::nullopt)
{
    Conversation c;
    c.id = id;
    c.kind = Conversation::Kind::Group;
    c.title = QStringLiteral("Room %1").arg(id);
    c.createdAt = at(0);
    c.createdBy = 1;
    c.lastSeq = last ? last->seq : 0;
    c.memberCount = 2;
    model::ReaderState reader;
    reader.unreadCount = 3;
    reader.lastReadSeq = 7;
    reader.pinned = true;
    reader.lastMessage = last;
    reader.peer = model::User{2, QStringLiteral("bob"), QStringLiteral("Bob")};
    c.reader = reader;
    return c;
}

Member member(qint64 userId)
{
    return {userId, QStringLiteral("user%1").arg(userId), QStringLiteral("User %1").arg(userId),
            userId == 1 ? Member::Role::Owner : Member::Role::Member, at(userId)};
}

OutboxEntry outboxEntry(const QString &ref, qint64 position, qint64 conversationId = 1)
{
    OutboxEntry entry;
    entry.mobileRefId = ref;
    entry.conversationId = conversationId;
    entry.content = QStringLiteral("unsent %1").arg(ref);
    entry.parentId = position % 2 ? std::optional<qint64>(42) : std::nullopt;
    entry.createdAt = at(position);
    entry.position = position;
    return entry;
}

QList<qint64> seqsOf(const QList<Message> &messages)
{
    QList<qint64> seqs;
    for (const Message &m : messages)
        seqs.append(m.seq);
    return seqs;
}

QList<qint64> range(qint64 first, qint64 last)
{
    QList<qint64> values;
    for (qint64 v = first; v <= last; ++v)
        values.append(v);
    return values;
}

// Runs one of the cache's callback calls and waits for the callback. The value lives in a
// shared_ptr so a callback arriving after a failed wait writes nowhere dangerous.
template<typename T, typename Call> std::optional<T> await(Call call)
{
    auto value = std::make_shared<std::optional<T>>();
    call([value](const T &result) { *value = result; });
    if (!QTest::qWaitFor([&value] { return value->has_value(); }, kWaitMs))
        qWarning("timed out waiting for a callback");
    return *value;
}

std::optional<QString> openError(LocalCache &cache)
{
    auto error = std::make_shared<std::optional<QString>>();
    cache.open([error](bool ok, const QString &text) { *error = ok ? QString() : text; });
    if (!QTest::qWaitFor([&error] { return error->has_value(); }, kWaitMs))
        qWarning("timed out waiting for a callback");
    return *error;
}

bool flushed(LocalCache &cache)
{
    auto done = std::make_shared<bool>(false);
    cache.flush([done] { *done = true; });
    return QTest::qWaitFor([&done] { return *done; }, kWaitMs);
}

std::optional<CacheSnapshot> snapshotOf(LocalCache &cache)
{
    return await<CacheSnapshot>([&cache](auto done) { cache.loadSnapshot(done); });
}

std::optional<QList<Message>> pageOf(LocalCache &cache, qint64 conversationId, qint64 beforeSeq = 0,
                                     int limit = 1000)
{
    return await<QList<Message>>(
        [&](auto done) { cache.loadMessages(conversationId, beforeSeq, limit, done); });
}

std::optional<ConversationDetails> detailsOf(LocalCache &cache, qint64 conversationId)
{
    return await<ConversationDetails>([&](auto done) { cache.loadDetails(conversationId, done); });
}

// A second connection to the cache file, as another program would see it.
class SideConnection
{
public:
    explicit SideConnection(const QString &path)
        : m_name(QStringLiteral("side-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~SideConnection()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }

    QVariantList column(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        QVariantList values;
        if (!query.exec(sql))
            return {QStringLiteral("error: %1").arg(query.lastError().text())};
        while (query.next())
            values.append(query.value(0));
        return values;
    }
    bool exec(const QString &sql) { return QSqlQuery(QSqlDatabase::database(m_name)).exec(sql); }

private:
    static inline int s_count = 0;
    QString m_name;
};

int fileMode(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

} // namespace

class TestLocalCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void openCreatesSchema();
    void roundTripsEverything();
    void survivesDestroyAndReopen();
    void pagesMessagesBySeq();
    void loadsThreadRootAndReplies();
    void loadsStarredAndUpsertsById();
    void replaceMessagesDropsOldOnes();
    void removeConversationKeepsItsOutbox();
    void saveMembersPrunesReadStatesOfLeavers();
    void outboxIsOrderedUpsertedAndRemoved();
    void callbacksRunOnOwnerThread();
    void callbacksAreDroppedAfterDestruction();
    void flushRunsAfterEarlierWritesCommitted();
    void unreadableFileIsMovedAside_data();
    void unreadableFileIsMovedAside();
    void openFailureIsReported();
    void failedWriteIsReportedAndOthersKept();
    void snapshotSkipsTimelines();

private:
    QString cachePath() const { return m_dir->filePath(QStringLiteral("account/cache.sqlite3")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLocalCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLocalCache::openCreatesSchema()
{
    {
        LocalCache cache(cachePath());
        QCOMPARE(cache.filePath(), cachePath());
        QCOMPARE(openError(cache), QString());
    }
    QVERIFY(QFile::exists(cachePath()));
    QCOMPARE(fileMode(cachePath()), 0600); // private messages: owner only
    SideConnection side(cachePath());
    QCOMPARE(side.column(QStringLiteral("PRAGMA user_version")).value(0).toInt(),
             client::latestCacheVersion());
    QVERIFY(client::latestCacheVersion() >= 1);
    QCOMPARE(side.column(QStringLiteral("PRAGMA journal_mode")), QVariantList{u"wal"_s});
    const QVariantList tables = side.column(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QCOMPARE(tables, (QVariantList{u"conversations"_s, u"me"_s, u"members"_s, u"messages"_s,
                                   u"outbox"_s, u"read_states"_s, u"synced_seqs"_s}));
    // Timelines are read by (conversation_id, seq); without this index a page scans them all.
    QCOMPARE(side.column(QStringLiteral("SELECT name FROM pragma_index_info('messages_by_seq')")),
             (QVariantList{u"conversation_id"_s, u"seq"_s}));
}

void TestLocalCache::roundTripsEverything()
{
    LocalCache cache(cachePath());
    QCOMPARE(openError(cache), QString());
    const model::User me{1, QStringLiteral("ada"), QStringLiteral("Ada Lovelace")};
    const QList<Conversation> conversations{conversation(1, message(11, 1, 5)), conversation(2)};
    const QList<Message> messages{message(10, 1, 4), message(11, 1, 5, 10, true)};
    const QList<Member> members{member(1), member(2)};
    const QList<ReadState> readStates{{1, 5}, {2, 3}};
    const QList<OutboxEntry> outbox{outboxEntry(QStringLiteral("a"), 1),
                                    outboxEntry(QStringLiteral("b"), 2)};
    cache.saveMe(me);
    cache.saveConversations(conversations);
    cache.saveMessages(messages);
    cache.saveMembers(1, members);
    cache.saveReadStates(1, readStates);
    cache.setSyncedSeq(1, 5);
    cache.setSyncedSeq(2, 9);
    for (const OutboxEntry &entry : outbox)
        cache.putOutboxEntry(entry);

    const std::optional<CacheSnapshot> snapshot = snapshotOf(cache);
    QVERIFY(snapshot);
    QCOMPARE(snapshot->me, std::optional(me));
    QCOMPARE(snapshot->conversations, conversations);
    QVERIFY(snapshot->conversations.at(0).reader->lastMessage); // reader state came through
    QCOMPARE(snapshot->syncedSeqs, (QHash<qint64, qint64>{{1, 5}, {2, 9}}));
    QCOMPARE(snapshot->outbox, outbox);
    // Members come with the snapshot: group previews name their sender before any join.
    QCOMPARE(snapshot->details.keys(), QList<qint64>{1});
    QCOMPARE(snapshot->details.value(1).members, members);
    QCOMPARE(snapshot->details.value(1).readStates, readStates);
    QCOMPARE(pageOf(cache, 1), std::optional(messages));
    const std::optional<ConversationDetails> details = detailsOf(cache, 1);
    QVERIFY(details);
    QCOMPARE(details->members, members);
    QCOMPARE(details->readStates, readStates);
    // A saved conversation is replaced as a whole.
    Conversation renamed = conversation(2);
    renamed.title = QStringLiteral("Renamed");
    renamed.reader.reset();
    cache.saveConversations({renamed});
    QCOMPARE(snapshotOf(cache)->conversations.at(1), renamed);
}

void TestLocalCache::survivesDestroyAndReopen()
{
    const model::User me{1, QStringLiteral("ada"), QStringLiteral("Ada")};
    QList<Message> messages;
    {
        LocalCache cache(cachePath());
        QCOMPARE(openError(cache), QString());
        cache.saveMe(me);
        cache.saveConversations({conversation(1), conversation(2)});
        cache.saveMembers(2, {member(1), member(3)});
        cache.saveReadStates(2, {{3, 8}});
        cache.setSyncedSeq(2, 400);
        cache.putOutboxEntry(outboxEntry(QStringLiteral("x"), 1, 2));
        // Many small writes, destroyed at once: most are still queued when the destructor runs.
        for (qint64 seq = 1; seq <= 400; ++seq) {
            messages.append(message(seq, 2, seq));
            cache.saveMessages({messages.last()});
        }
    }
    LocalCache cache(cachePath());
    QCOMPARE(openError(cache), QString());
    const std::optional<CacheSnapshot> snapshot = snapshotOf(cache);
    QVERIFY(snapshot);
    QCOMPARE(snapshot->me, std::optional(me));
    QCOMPARE(snapshot->conversations, (QList<Conversation>{conversation(1), conversation(2)}));
    QCOMPARE(snapshot->syncedSeqs.value(2), 400);
    QCOMPARE(snapshot->outbox, QList<OutboxEntry>{outboxEntry(QStringLiteral("x"), 1, 2)});
    QCOMPARE(pageOf(cache, 2), std::optional(messages));
    QCOMPARE(detailsOf(cache, 2)->members, (QList<Member>{member(1), member(3)}));
    QCOMPARE(detailsOf(cache, 2)->readStates, (QList<ReadState>{{3, 8}}));
}

void TestLocalCache::pagesMessagesBySeq()
{
    LocalCache cache(cachePath());
    QCOMPARE(openError(cache), QString());
    // Conversation 1: seqs 1..30, every fifth a thread reply; conversation 2 interleaved ids.
    QList<Message> batch;
    for (qint64 seq = 1; seq <= 30; ++seq) {
        const auto parent = seq % 5 == 0 ? std::optional<qint64>(1000 + 1) : std::nullopt;
        batch.append(message(1000 + seq, 1, seq, parent));
        batch.append(message(2000 + seq, 2, seq));
    }
    // Saved newest first: order of insertion must not matter.
    std::reverse(batch.begin(), batch.end());
    cache.saveMessages(batch);

    const auto latest = pageOf(cache, 1, 0, 10);
    QVERIFY(latest);
    QCOMPARE(seqsOf(*latest), range(21, 30));
    QCOMPARE(latest->at(4).parentId, std::optional<qint64>(1001)); // seq 25: a reply, included
    QVERIFY(std::all_of(latest->begin(), latest->end(),
                        [](const Message &m) { return m.conversationId == 1; }));
    QCOMPARE(latest->first(), message(1021, 1, 21));
    QCOMPARE(seqsOf(*pageOf(cache, 1, 21, 10)), range(11, 20));
    QCOMPARE(seqsOf(*pageOf(cache, 1, 5, 10)), range(1, 4)); // fewer than the limit remain
    QCOMPARE(seqsOf(*pageOf(cache, 1, 1, 10)), QList<qint64>{});
    QCOMPARE(seqsOf(*pageOf(cache, 1, -1, 3)), range(28, 30));
    QCOMPARE(seqsOf(*pageOf(cache, 1, 0, 0)), QList<qint64>{});
    QCOMPARE(seqsOf(*pageOf(cache, 3, 0, 10)), QList<qint64>{});
}

void TestLocalCache::loadsThreadRootAndReplies()
{
    LocalCache cache(cachePath());
    QCOMPARE(openError(cache), QString());
    const Message root = message(100, 1, 3);
    const QList<Message> replies{message(105, 1, 5, 100), message(108, 1, 8, 100),
                                 message(112, 1, 12, 100)};
    cache.saveMessages({replies.at(2), message(101, 1, 4), root, replies.at(0),
                        message(102, 1, 6, 101), replies.at(1), message(103, 2, 7)});
    const auto thread =
        await<QList<Message>>([&cache](auto done) { cache.loadThread(1, 100, done); });
    QCOMPARE(thread,
             std::optional(QList<Message>{root, replies.at(0), replies.at(1), replies.at(2)}));
    const auto otherConversation =
        await<QList<Message>>([&cache](auto done) { cache.loadThread(2, 100, done); });
    QCOMPARE(otherConversation, std::optional(QList<Message>{}));
}

void TestLocalCache::loadsStarredAndUpsertsById()
{
    LocalCache cache(cachePath());
    QCOMPARE(openError(cache), QString());
    cache.saveMessages({message(1, 1, 1), message(2, 1, 2, std::nullopt, true), message(3, 1, 3),
                        message(7, 1, 7, std::nullopt, true),
                        message(8, 2, 8, std::nullopt, true)});
    auto starred = [&cache] {
        return await<QList<Message>>([&cache](auto done) { cache.loadStarred(1, done); });
    };
    QCOMPARE(seqsOf(*starred()), (QList<qint64>{2, 7}));
    // Unstarring is an upsert of the same id: the row changes, no duplicate appears.
    Message unstarred = message(2, 1, 2);
    unstarred.content = QStringLiteral("edited");
    cache.saveMessages({unstarred});
    QCOMPARE(seqsOf(*starred()), QList<qint64>{7});
    const auto page = pageOf(cache, 1);
    QCOMPARE(seqsOf(*page), (QList<qint64>{1, 2, 3, 7}));
    QCOMPARE(page->at(1), unstarred);
}

void TestLocalCache::replaceMessagesDropsOldOnes()
{
    LocalCache cache(cachePath());
    QCOMPARE(openError(cache), QString());
    QList<Message> old;
    for (qint64 seq = 1; seq <= 10; ++seq)
        old.append(message(seq, 1, seq));
    cache.saveMessages(old);
    cache.saveMessages({message(50, 2, 1)});
    const QList<Message> fresh{message(60, 1, 40), message(61, 1, 41, 60, true)};
    cache.replaceMessages(1, fresh);
    QCOMPARE(pageOf(cache, 1), std::optional(fresh));
    QCOMPARE(seqsOf(*await<QList<Message>>([&cache](auto done) { cache.loadStarred(1, done); })),
             QList<qint64>{41});
    QCOMPARE(pageOf(cache, 2), std::optional(QList<Message>{message(50, 2, 1)}));
    cache.replaceMessages(1, {});
    QCOMPARE(pageOf(cache, 1), std::optional(QList<Message>{}));
}

void TestLocalCache::removeConversationKeepsItsOutbox()
{
    LocalCache cache(cachePath());
    QCOMPARE(openError(cache), QString());
    cache.saveConversations({conversation(1), conversation(2)});
    cache.saveMessages({message(1, 1, 1), message(2, 1, 2, 1, true), message(3, 2, 1)});
    cache.saveMembers(1, {member(1)});
    cache.saveMembers(2, {member(1)});
    cache.saveReadStates(1, {{1, 2}});
    cache.setSyncedSeq(1, 2);
    cache.setSyncedSeq(2, 1);
    cache.putOutboxEntry(outboxEntry(QStringLiteral("keep"), 1, 1));
    cache.removeConversation(1);

    const auto snapshot = snapshotOf(cache);
    QVERIFY(snapshot);
    QCOMPARE(snapshot->conversations, QList<Conversation>{conversation(2)});
    QCOMPARE(snapshot->syncedSeqs, (QHash<qint64, qint64>{{2, 1}}));
    QCOMPARE(snapshot->outbox, QList<OutboxEntry>{outboxEntry(QStringLiteral("keep"), 1, 1)});
    QCOMPARE(pageOf(cache, 1), std::optional(QList<Message>{}));
    QCOMPARE(await<QList<Message>>([&cache](auto done) { cache.loadThread(1, 1, done); }),
             std::optional(QList<Message>{}));
    QCOMPARE(detailsOf(cache, 1)->members, QList<Member>{});
    QCOMPARE(detailsOf(cache, 1)->readStates, QList<ReadState>{});
    QCOMPARE(pageOf(cache, 2), std::optional(QList<Message>{message(3, 2, 1)}));
    QCOMPARE(detailsOf(cache, 2)->members, QList<Member>{member(1)});
}

void TestLocalCache::saveMembersPrunesReadStatesOfLeavers()
{
    LocalCache cache(cachePath());
    QCOMPARE(openError(cache), QString());
    cache.saveMembers(1, {member(3), member(1), member(2)});
    cache.saveReadStates(1, {{1, 4}, {2, 6}, {3, 1}});
    cache.saveReadStates(1, {{2, 9}}); // partial update: one user
    auto details = detailsOf(cache, 1);
    QCOMPARE(details->members, (QList<Member>{member(3), member(1), member(2)})); // saved order
    QCOMPARE(details->readStates, (QList<ReadState>{{1, 4}, {2, 9}, {3, 1}}));
    cache.saveMembers(1, {member(1), member(3)}); // user 2 left
    details = detailsOf(cache, 1);
    QCOMPARE(details->members, (QList<Member>{member(1), member(3)}));
    QCOMPARE(details->readStates, (QList<ReadState>{{1, 4}, {3, 1}}));
}

void TestLocalCache::outboxIsOrderedUpsertedAndRemoved()
{
    {
        LocalCache cache(cachePath());
        QCOMPARE(openError(cache), QString());
        cache.putOutboxEntry(outboxEntry(QStringLiteral("c"), 3));
        cache.putOutboxEntry(outboxEntry(QStringLiteral("a"), 1, 2));
        cache.putOutboxEntry(outboxEntry(QStringLiteral("b"), 2));
        QCOMPARE(snapshotOf(cache)->outbox,
                 (QList<OutboxEntry>{outboxEntry(QStringLiteral("a"), 1, 2),
                                     outboxEntry(QStringLiteral("b"), 2),
                                     outboxEntry(QStringLiteral("c"), 3)}));
        OutboxEntry failed = outboxEntry(QStringLiteral("b"), 2);
        failed.status = OutboxEntry::Status::Failed;
        failed.failureReason = QStringLiteral("forbidden");
        cache.putOutboxEntry(failed);
        cache.removeOutboxEntry(QStringLiteral("a"));
        cache.removeOutboxEntry(QStringLiteral("never-queued"));
    }
    LocalCache cache(cachePath());
    QCOMPARE(openError(cache), QString());
    const QList<OutboxEntry> outbox = snapshotOf(cache)->outbox;
    QCOMPARE(outbox.size(), 2);
    QCOMPARE(outbox.at(0).mobileRefId, QStringLiteral("b"));
    QCOMPARE(outbox.at(0).status, OutboxEntry::Status::Failed);
    QCOMPARE(outbox.at(0).failureReason, QStringLiteral("forbidden"));
    QCOMPARE(outbox.at(1), outboxEntry(QStringLiteral("c"), 3));
}

void TestLocalCache::callbacksRunOnOwnerThread()
{
    LocalCache cache(cachePath());
    QThread *owner = QThread::currentThread();
    QVERIFY(cache.workerThread());
    QVERIFY(cache.workerThread() != owner);
    QVERIFY(cache.workerThread()->isRunning());
    QList<QThread *> seen;
    cache.open([&seen](bool, const QString &) { seen.append(QThread::currentThread()); });
    cache.saveMessages({message(1, 1, 1)});
    cache.loadSnapshot([&seen](const CacheSnapshot &) { seen.append(QThread::currentThread()); });
    cache.loadMessages(1, 0, 10,
                       [&seen](const QList<Message> &) { seen.append(QThread::currentThread()); });
    cache.loadDetails(
        1, [&seen](const ConversationDetails &) { seen.append(QThread::currentThread()); });
    cache.flush([&seen] { seen.append(QThread::currentThread()); });
    QVERIFY(seen.isEmpty()); // never called synchronously
    QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 5, kWaitMs);
    QCOMPARE(seen, QList<QThread *>(5, owner));
}

void TestLocalCache::callbacksAreDroppedAfterDestruction()
{
    auto called = std::make_shared<int>(0);
    {
        LocalCache cache(cachePath());
        cache.open([called](bool, const QString &) { ++*called; });
        cache.saveMessages({message(1, 1, 1)});
        cache.loadSnapshot([called](const CacheSnapshot &) { ++*called; });
        cache.flush([called] { ++*called; });
        // The destructor commits the write but nobody is left for the results.
    }
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(*called, 0);
    LocalCache cache(cachePath());
    QCOMPARE(openError(cache), QString());
    QCOMPARE(pageOf(cache, 1), std::optional(QList<Message>{message(1, 1, 1)}));
}

void TestLocalCache::flushRunsAfterEarlierWritesCommitted()
{
    LocalCache cache(cachePath());
    QCOMPARE(openError(cache), QString());
    for (qint64 id = 1; id <= 50; ++id)
        cache.saveMessages({message(id, 1, id)});
    cache.putOutboxEntry(outboxEntry(QStringLiteral("q"), 1));
    QVariantList seenByOthers;
    cache.flush([this, &seenByOthers] {
        // Another connection sees only committed data.
        SideConnection side(cachePath());
        seenByOthers = side.column(QStringLiteral("SELECT (SELECT count(*) FROM messages) ||"
                                                  " '/' || (SELECT count(*) FROM outbox)"));
    });
    QTRY_VERIFY_WITH_TIMEOUT(!seenByOthers.isEmpty(), kWaitMs);
    QCOMPARE(seenByOthers, QVariantList{u"50/1"_s});
}

void TestLocalCache::unreadableFileIsMovedAside_data()
{
    QTest::addColumn<bool>("garbage");
    QTest::newRow("not a database") << true;
    QTest::newRow("from a newer client") << false;
}

void TestLocalCache::unreadableFileIsMovedAside()
{
    QFETCH(bool, garbage);
    QVERIFY(QDir().mkpath(QFileInfo(cachePath()).absolutePath()));
    QByteArray original;
    if (garbage) {
        QFile file(cachePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        original = QByteArray("this is not an SQLite file at all. ").repeated(200);
        file.write(original);
    } else {
        SideConnection side(cachePath());
        QVERIFY(side.exec(QStringLiteral("CREATE TABLE future (x)")));
        QVERIFY(side.exec(QStringLiteral("PRAGMA user_version = 9999")));
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is unreadable")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("moved the unreadable")));
    LocalCache cache(cachePath());
    QCOMPARE(openError(cache), QString()); // reported as ok: an empty cache is usable
    cache.saveMessages({message(1, 1, 1)});
    QCOMPARE(pageOf(cache, 1), std::optional(QList<Message>{message(1, 1, 1)}));

    const QDir directory(QFileInfo(cachePath()).absolutePath());
    const QStringList aside =
        directory.entryList({QStringLiteral("cache.sqlite3.broken-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY2(QRegularExpression(QStringLiteral("^cache\\.sqlite3\\.broken-\\d{8}-\\d{9}$"))
                 .match(aside.first())
                 .hasMatch(),
             qPrintable(aside.first()));
    if (garbage) {
        QFile moved(directory.filePath(aside.first()));
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), original); // kept intact for a bug report
    } else {
        SideConnection side(directory.filePath(aside.first()));
        QCOMPARE(side.column(QStringLiteral("PRAGMA user_version")).value(0).toInt(), 9999);
    }
}

void TestLocalCache::openFailureIsReported()
{
    // A regular file where the cache's directory should be: nothing can be created there.
    QFile blocker(m_dir->filePath(QStringLiteral("account")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot open cache")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not open")));
    LocalCache cache(cachePath());
    const std::optional<QString> error = openError(cache);
    QVERIFY(error);
    QVERIFY2(error->contains(QStringLiteral("cannot create directory")), qPrintable(*error));
    // Without a file the cache still answers, with nothing.
    cache.saveConversations({conversation(1)});
    const auto snapshot = snapshotOf(cache);
    QVERIFY(snapshot);
    QVERIFY(snapshot->conversations.isEmpty());
    QVERIFY(!QFile::exists(cachePath()));
}

void TestLocalCache::failedWriteIsReportedAndOthersKept()
{
    LocalCache cache(cachePath());
    QCOMPARE(openError(cache), QString());
    QSignalSpy failed(&cache, &LocalCache::failed);
    {
        // Stands in for a full disk: this one row cannot be written.
        SideConnection side(cachePath());
        QVERIFY(side.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON messages"
                                         " WHEN NEW.id = 666 BEGIN"
                                         " SELECT RAISE(ABORT, 'no space left'); END")));
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no space left")));
    cache.saveMessages({message(1, 1, 1)});
    cache.saveMessages({message(2, 1, 2), message(666, 1, 3)}); // one write: all or nothing
    cache.saveMessages({message(4, 1, 4)});
    QVERIFY(flushed(cache));
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("no space left")),
             qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(seqsOf(*pageOf(cache, 1)), (QList<qint64>{1, 4}));
}

void TestLocalCache::snapshotSkipsTimelines()
{
    constexpr int kConversations = 200;
    constexpr int kPerConversation = 250; // 50,000 messages
    LocalCache cache(cachePath());
    QCOMPARE(openError(cache), QString());
    QList<Conversation> conversations;
    qint64 id = 0;
    for (int c = 1; c <= kConversations; ++c) {
        QList<Message> timeline;
        for (int seq = 1; seq <= kPerConversation; ++seq)
            timeline.append(message(++id, c, seq, std::nullopt, seq % 50 == 0));
        cache.saveMessages(timeline);
        conversations.append(conversation(c, timeline.last()));
    }
    cache.saveConversations(conversations);
    cache.setSyncedSeq(1, kPerConversation);

    auto snapshot = snapshotOf(cache);
    QVERIFY(snapshot);
    QCOMPARE(snapshot->conversations.size(), kConversations);
    QCOMPARE(snapshot->conversations, conversations);
    const auto page = pageOf(cache, 7, 0, 50);
    QCOMPARE(seqsOf(*page), range(kPerConversation - 49, kPerConversation));

    // Proof that the snapshot reads no timeline: with the timelines gone from under the
    // cache it is still complete (reading them would fail and yield an empty snapshot).
    {
        SideConnection side(cachePath());
        QVERIFY(side.exec(QStringLiteral("DROP TABLE messages")));
    }
    snapshot = snapshotOf(cache);
    QVERIFY(snapshot);
    QCOMPARE(snapshot->conversations, conversations);
    QCOMPARE(snapshot->syncedSeqs.value(1), kPerConversation);
}

QTEST_GUILESS_MAIN(TestLocalCache)
#include "tst_localcache.moc"
