// Prepares a desktop profile for the cold-start benchmark: one remote account with 200
// conversations and 50,000 cached messages, its token in the explicit fallback file (the
// benchmark runs without a keychain), and the app settings that allow that fallback. Run it
// with XDG_CONFIG_HOME and XDG_DATA_HOME pointing at an empty scratch profile.
//
//   confab-startup-seed --server http://127.0.0.1:9 [--conversations 200] [--messages 50000]
#include "client/AccountRegistry.h"
#include "client/CredentialStore.h"
#include "client/LocalCache.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>

using namespace confab;

namespace {

QList<model::Conversation> makeConversations(int count, const QList<model::Message> &latest)
{
    QList<model::Conversation> conversations;
    for (int i = 1; i <= count; ++i) {
        model::Conversation conversation;
        conversation.id = i;
        conversation.kind = model::Conversation::Kind::Group;
        conversation.title = QStringLiteral("Team room %1").arg(i);
        conversation.createdAt = QDateTime::currentDateTimeUtc().addDays(-30);
        conversation.createdBy = 1;
        conversation.memberCount = 5;
        model::ReaderState reader;
        reader.unreadCount = i % 7;
        reader.pinned = i <= 3;
        reader.lastMessage = latest.value(i - 1);
        conversation.lastSeq = reader.lastMessage ? reader.lastMessage->seq : 0;
        conversation.reader = reader;
        conversations.append(conversation);
    }
    return conversations;
}

model::Message makeMessage(qint64 id, qint64 conversationId, qint64 seq)
{
    model::Message message;
    message.id = id;
    message.conversationId = conversationId;
    message.seq = seq;
    message.senderId = 1 + id % 5;
    message.content =
        QStringLiteral("Message %1 with some **Markdown** and a bit of text.").arg(id);
    message.sentAt = QDateTime::currentDateTimeUtc().addSecs(id - 60'000);
    return message;
}

void waitFor(const std::function<void(std::function<void()>)> &start)
{
    QEventLoop loop;
    start([&loop] { loop.quit(); });
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Confab"));
    QCoreApplication::setApplicationName(QStringLiteral("confab"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("server"), QStringLiteral("Account server URL."), QStringLiteral("url")});
    parser.addOption({QStringLiteral("conversations"), QStringLiteral("Conversations."),
                      QStringLiteral("n"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("messages"), QStringLiteral("Cached messages in all."),
                      QStringLiteral("n"), QStringLiteral("50000")});
    parser.process(app);
    const QUrl server(parser.value(QStringLiteral("server")));
    const int conversationCount = parser.value(QStringLiteral("conversations")).toInt();
    const int messageCount = parser.value(QStringLiteral("messages")).toInt();
    if (!server.isValid() || server.host().isEmpty() || conversationCount <= 0 ||
        messageCount < 0) {
        QTextStream(stderr) << "need --server URL and positive counts\n";
        return 2;
    }

    client::AccountInfo account{server, QStringLiteral("ada"), 1, QStringLiteral("Ada"), false};
    client::AccountRegistry registry;
    registry.upsert(account);
    registry.setLastUsed(account.key());

    QSettings settings;
    settings.setValue(QStringLiteral("accounts/allowInsecureTokenStorage"), true);

    client::CredentialStore credentials;
    credentials.setInsecureFallbackAllowed(true);
    waitFor([&](std::function<void()> done) {
        credentials.writeToken(account.key(), QStringLiteral("benchmark-token-not-valid"),
                               [done](const client::CredentialStore::Result &) { done(); });
    });

    const QString dataDir = client::AccountRegistry::dataDirFor(account.key());
    QDir().mkpath(dataDir);
    client::LocalCache cache(QDir(dataDir).filePath(QStringLiteral("cache.sqlite3")));
    waitFor(
        [&](std::function<void()> done) { cache.open([done](bool, const QString &) { done(); }); });
    cache.saveMe(model::User{1, QStringLiteral("ada"), QStringLiteral("Ada")});
    QList<model::Message> latest(conversationCount);
    QList<model::Message> batch;
    for (int i = 0; i < messageCount; ++i) {
        const qint64 conversationId = 1 + i % conversationCount;
        const model::Message message =
            makeMessage(i + 1, conversationId, 1 + i / conversationCount);
        latest[conversationId - 1] = message;
        batch.append(message);
        if (batch.size() == 1000) {
            cache.saveMessages(batch);
            batch.clear();
        }
    }
    cache.saveMessages(batch);
    cache.saveConversations(makeConversations(conversationCount, latest));
    waitFor([&](std::function<void()> done) { cache.flush(done); });
    QTextStream(stdout) << "seeded " << conversationCount << " conversations and " << messageCount
                        << " messages in " << dataDir << '\n';
    return 0;
}
