#pragma once

#include "client/ClientTypes.h"

#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QThread;

namespace confab::client {

class CacheWorker;

// One account's local copy of what the server sent, and its outbox: one SQLite file (WAL),
// all of whose SQL runs on the cache's own thread, so the caller's thread never waits on disk.
//
// Calls run in the order they were made. Writes are fire-and-forget; several queued writes
// share one transaction. Callbacks run on this object's thread after the data they reflect is
// committed, and are dropped if this object is destroyed first. The destructor blocks until
// every write accepted before it is committed.
class LocalCache : public QObject
{
    Q_OBJECT
public:
    // Starts the cache thread; the file is opened there by open().
    explicit LocalCache(const QString &filePath, QObject *parent = nullptr);
    ~LocalCache() override;

    // Opens and migrates. A corrupt or unreadable file is moved aside (<file>.broken-<time>)
    // and an empty cache is started: that is reported as ok, with a logged warning. Calls made
    // before open() or after it failed read nothing and keep nothing.
    void open(std::function<void(bool ok, const QString &error)> done);

    // The account, every conversation (with its reader state and last message), the synced
    // seqs, the outbox by position, and the members and read states as last seen. Reads no
    // timeline, so it stays fast however much history is cached.
    void loadSnapshot(std::function<void(const CacheSnapshot &)> done);
    // The newest `limit` messages with seq < beforeSeq (beforeSeq <= 0: the latest), ascending
    // by seq. All messages of the conversation, thread replies included.
    void loadMessages(qint64 conversationId, qint64 beforeSeq, int limit,
                      std::function<void(const QList<model::Message> &)> done);
    // The thread root (if cached) and its replies, ascending by seq.
    void loadThread(qint64 conversationId, qint64 rootId,
                    std::function<void(const QList<model::Message> &)> done);
    // The conversation's starred messages, ascending by seq.
    void loadStarred(qint64 conversationId,
                     std::function<void(const QList<model::Message> &)> done);
    // Members in the order they were saved; read states by user id.
    void loadDetails(qint64 conversationId, std::function<void(const ConversationDetails &)> done);

    void saveMe(const model::User &me);
    // Upsert by id; the stored row is replaced as a whole.
    void saveConversations(const QList<model::Conversation> &conversations);
    // Drops the conversation with its messages, members, read states and synced seq. Its
    // outbox entries stay: they are removed by their own events.
    void removeConversation(qint64 conversationId);
    // Upsert by id.
    void saveMessages(const QList<model::Message> &messages);
    // Drops every cached message of the conversation and stores these (after a replay gap).
    void replaceMessages(qint64 conversationId, const QList<model::Message> &messages);
    void setSyncedSeq(qint64 conversationId, qint64 seq);
    // Replaces the conversation's member list, and forgets the read states of users no
    // longer in it.
    void saveMembers(qint64 conversationId, const QList<model::Member> &members);
    // Upsert by user id: a partial list updates only those users.
    void saveReadStates(qint64 conversationId, const QList<ReadState> &readStates);
    // Upsert by mobileRefId.
    void putOutboxEntry(const OutboxEntry &entry);
    void removeOutboxEntry(const QString &mobileRefId);

    // `done` runs once every call made before it has been committed.
    void flush(std::function<void()> done);

    QString filePath() const;
    // The thread all SQL runs on (for diagnostics and tests).
    QThread *workerThread() const;

Q_SIGNALS:
    // A write failed (disk full, ...): the app shows it. The write is lost; the cache stays
    // usable for the next ones.
    void failed(const QString &error);

private:
    template<typename Result, typename Query>
    void read(Query query, std::function<void(const Result &)> done);
    template<typename Change> void write(Change change);

    QString m_filePath;
    std::unique_ptr<CacheWorker> m_worker;
};

} // namespace confab::client
