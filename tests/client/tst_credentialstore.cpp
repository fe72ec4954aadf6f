// Runs under run-with-keyring.sh: a private D-Bus session with an unlocked gnome-keyring. The
// cases without a secret service run in a child process of this test whose session bus
// address leads nowhere (a process keeps its first D-Bus connection, so this cannot be
// switched within one process).

#include "client/CredentialStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMetaMethod>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>

#include <memory>
#include <optional>

using confab::client::CredentialStore;
using Result = CredentialStore::Result;
using Storage = CredentialStore::Storage;

namespace {

constexpr int kWaitMs = 30000;
constexpr char kChildVariable[] = "CONFAB_TEST_NO_SECRET_SERVICE";

// Runs one store call and waits for its callback (shared state: a late callback after a
// failed wait must not write into a dead stack frame).
template<typename Call> std::optional<Result> await(Call call)
{
    auto result = std::make_shared<std::optional<Result>>();
    call([result](const Result &r) { *result = r; });
    if (!QTest::qWaitFor([&result] { return result->has_value(); }, kWaitMs))
        qWarning("timed out waiting for a callback");
    return *result;
}

std::optional<Result> writeToken(CredentialStore &store, const QString &key, const QString &token)
{
    return await([&](auto done) { store.writeToken(key, token, done); });
}

std::optional<Result> readToken(CredentialStore &store, const QString &key)
{
    return await([&](auto done) { store.readToken(key, done); });
}

std::optional<Result> removeToken(CredentialStore &store, const QString &key)
{
    return await([&](auto done) { store.removeToken(key, done); });
}

// A key no earlier run (or the developer's real keychain) can hold.
QString uniqueKey(const QString &user,
                  const QString &server = QStringLiteral("http://127.0.0.1:4000"))
{
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
    return CredentialStore::accountKey(QUrl(server), user + u'-' + suffix);
}

QString uniqueToken()
{
    return QStringLiteral("tok-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
}

int fileMode(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

QString credentialsDir()
{
    return QFileInfo(CredentialStore::fallbackFilePath(QStringLiteral("x"))).absolutePath();
}

// Every file under `root` whose bytes contain `needle`.
QStringList filesContaining(const QString &root, const QString &needle)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle.toUtf8()))
            found.append(file.fileName());
    }
    return found;
}

// Records every log message (and passes it on to Qt Test).
class LogCapture
{
public:
    LogCapture() { s_previous = qInstallMessageHandler(&LogCapture::handle); }
    ~LogCapture() { qInstallMessageHandler(s_previous); }
    static inline QStringList messages;

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        messages.append(text);
        if (s_previous)
            s_previous(type, context, text);
    }
    static inline QtMessageHandler s_previous = nullptr;
};

} // namespace

// The cases without a secret service, run by TestCredentialStore::withoutSecretService.
class NoSecretServiceChild : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeFailsWithoutFallback();
    void fallbackWritesPrivateFile();
    void readMissingReportsUnavailable();
    void tokensAreNeverLogged();
};

// ---- with the secret service ---------------------------------------------------------------

class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void accountKeyNamesUserAndServer();
    void writeReadRemoveInKeychain();
    void callbacksAreAsynchronous();
    void accountsDoNotCollide();
    void readMissingIsNotFound();
    void fallbackFileIsReadThenReplacedByKeychain();
    void withoutSecretService();
};

void TestCredentialStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    CredentialStore store;
    const QString key = uniqueKey(QStringLiteral("probe"));
    const auto probe = writeToken(store, key, uniqueToken());
    QVERIFY(probe);
    if (probe->keychainUnavailable)
        QFAIL("no secret service: run this test through tests/client/run-with-keyring.sh");
    QVERIFY2(probe->ok, qPrintable(probe->error));
    QVERIFY(removeToken(store, key)->ok);
}

void TestCredentialStore::init()
{
    QVERIFY(QDir(credentialsDir()).removeRecursively());
}

void TestCredentialStore::accountKeyNamesUserAndServer()
{
    const QString ada = QStringLiteral("ada");
    QCOMPARE(CredentialStore::accountKey(QUrl(QStringLiteral("http://127.0.0.1:4000")), ada),
             QStringLiteral("ada@http://127.0.0.1:4000"));
    QCOMPARE(CredentialStore::accountKey(QUrl(QStringLiteral("http://127.0.0.1:4000/")), ada),
             QStringLiteral("ada@http://127.0.0.1:4000"));
    QCOMPARE(CredentialStore::accountKey(QUrl(QStringLiteral("https://chat.example:443")), ada),
             QStringLiteral("ada@https://chat.example"));
    QVERIFY(CredentialStore::accountKey(QUrl(QStringLiteral("http://127.0.0.1:4001")), ada) !=
            CredentialStore::accountKey(QUrl(QStringLiteral("http://127.0.0.1:4000")), ada));
}

void TestCredentialStore::writeReadRemoveInKeychain()
{
    CredentialStore store;
    const QString key = uniqueKey(QStringLiteral("ada"));
    const QString token = uniqueToken();
    const auto written = writeToken(store, key, token);
    QVERIFY(written);
    QVERIFY2(written->ok, qPrintable(written->error));
    QCOMPARE(written->storage, Storage::Keychain);
    QVERIFY(!written->keychainUnavailable);
    QVERIFY(!QFile::exists(CredentialStore::fallbackFilePath(key))); // not on disk in clear

    const auto read = readToken(store, key);
    QVERIFY(read);
    QVERIFY2(read->ok, qPrintable(read->error));
    QCOMPARE(read->token, token);
    QCOMPARE(read->storage, Storage::Keychain);
    // A new store (a restart) finds it too: it is in the keychain, not in the object.
    CredentialStore restarted;
    QCOMPARE(readToken(restarted, key)->token, token);

    const auto removed = removeToken(store, key);
    QVERIFY(removed);
    QVERIFY2(removed->ok, qPrintable(removed->error));
    const auto gone = readToken(store, key);
    QVERIFY(!gone->ok);
    QVERIFY(gone->notFound);
    QVERIFY(gone->token.isEmpty());
    QVERIFY(!gone->keychainUnavailable);
}

void TestCredentialStore::callbacksAreAsynchronous()
{
    CredentialStore store;
    const QString key = uniqueKey(QStringLiteral("async"));
    int calls = 0;
    store.writeToken(key, uniqueToken(), [&calls](const Result &) { ++calls; });
    store.readToken(key, [&calls](const Result &) { ++calls; });
    store.removeToken(key, [&calls](const Result &) { ++calls; });
    QCOMPARE(calls, 0); // the caller's thread never waits for the keychain
    QTRY_COMPARE_WITH_TIMEOUT(calls, 3, kWaitMs);
    // Destroying the store drops the callbacks of jobs still running.
    bool called = false;
    {
        CredentialStore doomed;
        doomed.readToken(key, [&called](const Result &) { called = true; });
    }
    CredentialStore other;
    QVERIFY(readToken(other, key)); // let the keychain answer whatever was pending
    QVERIFY(!called);
}

void TestCredentialStore::accountsDoNotCollide()
{
    CredentialStore store;
    const QString ada = uniqueKey(QStringLiteral("ada"));
    const QString adaElsewhere = ada.section(u'@', 0, 0) + QStringLiteral("@http://10.0.0.2:4000");
    const QString bob = uniqueKey(QStringLiteral("bob"));
    const QHash<QString, QString> tokens{
        {ada, uniqueToken()}, {adaElsewhere, uniqueToken()}, {bob, uniqueToken()}};
    for (auto it = tokens.cbegin(); it != tokens.cend(); ++it)
        QVERIFY(writeToken(store, it.key(), it.value())->ok);
    for (auto it = tokens.cbegin(); it != tokens.cend(); ++it)
        QCOMPARE(readToken(store, it.key())->token, it.value());

    QVERIFY(removeToken(store, ada)->ok);
    QVERIFY(readToken(store, ada)->notFound);
    QCOMPARE(readToken(store, adaElsewhere)->token, tokens.value(adaElsewhere));
    QCOMPARE(readToken(store, bob)->token, tokens.value(bob));
    QVERIFY(removeToken(store, adaElsewhere)->ok);
    QVERIFY(removeToken(store, bob)->ok);
}

void TestCredentialStore::readMissingIsNotFound()
{
    CredentialStore store;
    const auto read = readToken(store, uniqueKey(QStringLiteral("nobody")));
    QVERIFY(read);
    QVERIFY(!read->ok);
    QVERIFY(read->notFound);
    QVERIFY(!read->keychainUnavailable);
    QVERIFY(!read->error.isEmpty());
    const auto removed = removeToken(store, uniqueKey(QStringLiteral("nobody")));
    QVERIFY(removed->ok); // removing nothing is not an error
}

void TestCredentialStore::fallbackFileIsReadThenReplacedByKeychain()
{
    // A token written to the fallback file while the keychain was down (the file's format is
    // the store's own: {"account", "token"}).
    const QString key = uniqueKey(QStringLiteral("ada"));
    const QString fileToken = uniqueToken();
    QVERIFY(QDir().mkpath(credentialsDir()));
    {
        QFile file(CredentialStore::fallbackFilePath(key));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral("{\"account\":\"%1\",\"token\":\"%2\"}").arg(key, fileToken).toUtf8());
    }
    CredentialStore store;
    const auto read = readToken(store, key);
    QVERIFY(read->ok);
    QCOMPARE(read->token, fileToken);
    QCOMPARE(read->storage, Storage::InsecureFile);

    // Once the keychain takes the token, the clear-text copy goes.
    const QString keychainToken = uniqueToken();
    QVERIFY(writeToken(store, key, keychainToken)->ok);
    QVERIFY(!QFile::exists(CredentialStore::fallbackFilePath(key)));
    const auto reread = readToken(store, key);
    QCOMPARE(reread->token, keychainToken);
    QCOMPARE(reread->storage, Storage::Keychain);
    QVERIFY(removeToken(store, key)->ok);
}

void TestCredentialStore::withoutSecretService()
{
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QLatin1StringView(kChildVariable), QStringLiteral("1"));
    environment.insert(
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
        QStringLiteral("unix:path=%1").arg(scratch.filePath(QStringLiteral("no-bus"))));
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(120000));
    const QByteArray output = child.readAll();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
             output.constData());
    // Every case of the child ran and passed (an empty run would also exit with 0).
    const QMetaObject &cases = NoSecretServiceChild::staticMetaObject;
    int checked = 0;
    for (int i = cases.methodOffset(); i < cases.methodCount(); ++i) {
        const QMetaMethod method = cases.method(i);
        if (method.methodType() != QMetaMethod::Slot || method.name() == "initTestCase")
            continue;
        const QByteArray line = "PASS   : NoSecretServiceChild::" + method.name() + "()";
        QVERIFY2(output.contains(line), (line + " missing in:\n" + output).constData());
        ++checked;
    }
    QVERIFY(checked >= 4);
}

// ---- without a secret service (child process) ----------------------------------------------

void NoSecretServiceChild::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QDir(credentialsDir()).removeRecursively());
}

void NoSecretServiceChild::writeFailsWithoutFallback()
{
    CredentialStore store;
    QVERIFY(!store.insecureFallbackAllowed()); // off unless the user chooses it
    const QString key = uniqueKey(QStringLiteral("ada"));
    const auto written = writeToken(store, key, uniqueToken());
    QVERIFY(written);
    QVERIFY(!written->ok);
    QVERIFY(written->keychainUnavailable);
    QVERIFY(!written->error.isEmpty());
    QVERIFY(!QFile::exists(CredentialStore::fallbackFilePath(key)));
}

void NoSecretServiceChild::fallbackWritesPrivateFile()
{
    // Whatever the umask, the file is the owner's alone; a pre-existing loose directory is
    // tightened.
    QVERIFY(QDir().mkpath(credentialsDir()));
    QVERIFY(QFile::setPermissions(credentialsDir(), QFile::ReadOwner | QFile::WriteOwner |
                                                        QFile::ExeOwner | QFile::ReadOther |
                                                        QFile::ExeOther));
    const mode_t previousUmask = ::umask(0);
    CredentialStore store;
    store.setInsecureFallbackAllowed(true);
    const QString key = uniqueKey(QStringLiteral("ada"));
    const QString token = uniqueToken();
    const auto written = writeToken(store, key, token);
    ::umask(previousUmask);
    QVERIFY(written);
    QVERIFY2(written->ok, qPrintable(written->error));
    QCOMPARE(written->storage, Storage::InsecureFile);
    QVERIFY(written->keychainUnavailable);

    const QString file = CredentialStore::fallbackFilePath(key);
    QVERIFY(file.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QCOMPARE(fileMode(file), 0600);
    QCOMPARE(fileMode(credentialsDir()), 0700);
    // Only that file holds the token: no settings file, nothing else under the test dirs.
    for (const auto location :
         {QStandardPaths::GenericConfigLocation, QStandardPaths::AppConfigLocation,
          QStandardPaths::GenericDataLocation}) {
        const QString root = QStandardPaths::writableLocation(location);
        QStringList holders = filesContaining(root, token);
        holders.removeAll(file);
        QVERIFY2(holders.isEmpty(), qPrintable(holders.join(u", ")));
    }
    QCOMPARE(
        filesContaining(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), token),
        QStringList{file});

    // Reading does not depend on the write-time choice.
    CredentialStore restarted;
    const auto read = readToken(restarted, key);
    QVERIFY2(read->ok, qPrintable(read->error));
    QCOMPARE(read->token, token);
    QCOMPARE(read->storage, Storage::InsecureFile);

    const auto removed = removeToken(restarted, key);
    QVERIFY2(removed->ok, qPrintable(removed->error));
    QVERIFY(!QFile::exists(file));
    const auto gone = readToken(restarted, key);
    QVERIFY(!gone->ok);
    QVERIFY(gone->notFound);
}

void NoSecretServiceChild::readMissingReportsUnavailable()
{
    CredentialStore store;
    const auto read = readToken(store, uniqueKey(QStringLiteral("nobody")));
    QVERIFY(read);
    QVERIFY(!read->ok);
    QVERIFY(read->notFound);
    QVERIFY(read->keychainUnavailable);
}

void NoSecretServiceChild::tokensAreNeverLogged()
{
    QLoggingCategory::setFilterRules(QStringLiteral("confab.client.*=true"));
    LogCapture::messages.clear();
    const QString token = uniqueToken();
    {
        LogCapture capture;
        CredentialStore store;
        const QString key = uniqueKey(QStringLiteral("ada"));
        QVERIFY(!writeToken(store, key, token)->ok);
        store.setInsecureFallbackAllowed(true);
        QVERIFY(writeToken(store, key, token)->ok);
        QCOMPARE(readToken(store, key)->token, token);
        QVERIFY(removeToken(store, key)->ok);
    }
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(!LogCapture::messages.isEmpty()); // the failures were logged, so logs were seen
    for (const QString &message : std::as_const(LogCapture::messages))
        QVERIFY2(!message.contains(token), qPrintable(message));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildVariable)) {
        NoSecretServiceChild child;
        return QTest::qExec(&child, argc, argv);
    }
    TestCredentialStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialstore.moc"
