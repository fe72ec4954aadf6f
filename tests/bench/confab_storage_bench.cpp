// confab-storage-bench: the database thread's cost per durable message, without the network.
//
// Runs what DbWorker does for send_message — BEGIN IMMEDIATE, then per job SAVEPOINT,
// MessageStore::send, RELEASE, then COMMIT — on a fresh database with the server's own
// Database (WAL, synchronous=FULL), and compares it with the same SQL run through statements
// prepared once and reused. The variants are what-ifs for docs/benchmarks.md, not server code:
// they mirror MessageStore::send's statements and must follow them if those change.
//
// Not a test: it is never registered with ctest.

#include "model/Message.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"
#include "storage/StorageError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace confab::server;

namespace {

double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

void run(QSqlQuery &query)
{
    if (!query.exec())
        qFatal("%s", qPrintable(query.lastError().text()));
}

enum class Variant { AsServer, Reused, ReusedNoEventJson, ReusedNoSavepoints };

const char *describe(Variant variant)
{
    switch (variant) {
    case Variant::AsServer:
        return "as confabd: MessageStore::send, SAVEPOINT/RELEASE, all via execSql";
    case Variant::Reused:
        return "same SQL, each statement prepared once and reused";
    case Variant::ReusedNoEventJson:
        return "reused, receive_message payload JSON not built (bound)";
    case Variant::ReusedNoSavepoints:
        return "reused, no SAVEPOINT/RELEASE per job";
    }
    return "";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Database-thread CPU per durable message (what-ifs)."_s);
    parser.addHelpOption();
    const QCommandLineOption messages(u"messages"_s, u"Messages per variant (default 20000)."_s,
                                      u"n"_s, u"20000"_s);
    const QCommandLineOption batch(u"batch"_s, u"Messages per commit (default 250)."_s, u"n"_s,
                                   u"250"_s);
    parser.addOptions({messages, batch});
    parser.process(app);
    const int perCommit = qMax(1, parser.value(batch).toInt());
    const int total = qMax(perCommit, parser.value(messages).toInt());

    for (Variant variant : {Variant::AsServer, Variant::Reused, Variant::ReusedNoEventJson,
                            Variant::ReusedNoSavepoints}) {
        QTemporaryDir dir;
        Database database;
        if (const QString error = database.open(dir.filePath(u"confab.sqlite3"_s));
            !error.isEmpty())
            qFatal("%s", qPrintable(error));
        QSqlDatabase &db = database.connection();
        execSql(db, u"INSERT INTO users (id, username, display_name, password_hash, created_at) "
                    "VALUES (1, 'bench', 'Bench', 'x', 0)"_s);
        execSql(db, u"INSERT INTO conversations (id, kind, title, created_at, created_by) "
                    "VALUES (1, 'group', 'bench', 0, 1)"_s);

        QSqlQuery savepoint(db), release(db), existing(db), nextSeq(db), insert(db), append(db);
        for (QSqlQuery *query : {&savepoint, &release, &existing, &nextSeq, &insert, &append})
            query->setForwardOnly(true);
        savepoint.prepare(u"SAVEPOINT job"_s);
        release.prepare(u"RELEASE job"_s);
        existing.prepare(u"SELECT id, conversation_id, seq, sender_id, content, mobile_ref_id, "
                         "parent_id, reply_count, sent_at, edited_at, deleted, starred_by FROM "
                         "messages WHERE sender_id = ? AND mobile_ref_id = ?"_s);
        nextSeq.prepare(u"UPDATE conversations SET last_seq = last_seq + 1 WHERE id = ? "
                        "RETURNING last_seq"_s);
        insert.prepare(u"INSERT INTO messages (conversation_id, seq, sender_id, content, "
                       "mobile_ref_id, parent_id, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"_s);
        append.prepare(
            u"INSERT INTO events (conversation_id, seq, event, payload) VALUES (?, ?, ?, ?)"_s);

        QElapsedTimer wall;
        wall.start();
        const double cpuStart = threadCpuSeconds();
        int n = 0;
        while (n < total) {
            execSql(db, u"BEGIN IMMEDIATE"_s);
            for (int j = 0; j < perCommit && n < total; ++j, ++n) {
                const QString ref = u"r%1"_s.arg(n);
                const QString content = QString(64, u'x') + QString::number(n);
                if (variant == Variant::AsServer) {
                    execSql(db, u"SAVEPOINT job"_s);
                    if (!MessageStore::send(db, {1, 1, content, ref, std::nullopt}).ok())
                        qFatal("send failed");
                    execSql(db, u"RELEASE job"_s);
                    continue;
                }
                if (variant != Variant::ReusedNoSavepoints)
                    run(savepoint);
                existing.bindValue(0, 1);
                existing.bindValue(1, ref);
                run(existing);
                if (existing.next())
                    qFatal("duplicate ref");
                existing.finish();
                nextSeq.bindValue(0, 1);
                run(nextSeq);
                nextSeq.next();
                const qint64 seq = nextSeq.value(0).toLongLong();
                nextSeq.finish();
                const qint64 now = QDateTime::currentMSecsSinceEpoch();
                const QVariantList values{1, seq, 1, content, ref, QVariant(), now};
                for (int i = 0; i < values.size(); ++i)
                    insert.bindValue(i, values.at(i));
                run(insert);
                insert.next();
                const qint64 id = insert.value(0).toLongLong();
                insert.finish();
                QString payload;
                if (variant == Variant::ReusedNoEventJson) {
                    payload = u"{\"seq\":%1,\"message\":{\"id\":%2}}"_s.arg(seq).arg(id);
                } else {
                    confab::model::Message message;
                    message.id = id;
                    message.conversationId = 1;
                    message.seq = seq;
                    message.senderId = 1;
                    message.content = content;
                    message.mobileRefId = ref;
                    message.sentAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
                    payload = QString::fromUtf8(
                        QJsonDocument(
                            QJsonObject{{u"seq"_s, seq}, {u"message"_s, message.toJson()}})
                            .toJson(QJsonDocument::Compact));
                }
                append.bindValue(0, 1);
                append.bindValue(1, seq);
                append.bindValue(2, u"receive_message"_s);
                append.bindValue(3, payload);
                run(append);
                if (variant != Variant::ReusedNoSavepoints)
                    run(release);
            }
            execSql(db, u"COMMIT"_s);
        }
        const double cpu = threadCpuSeconds() - cpuStart;
        const double seconds = double(wall.nsecsElapsed()) / 1e9;
        std::printf("%-66s %6.1f us CPU/msg %8.0f msg/s (%d msgs, %d per commit)\n",
                    describe(variant), 1e6 * cpu / n, n / seconds, n, perCommit);
    }
    return 0;
}
