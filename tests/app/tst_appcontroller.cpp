// AppController end to end: the default "host on this computer" start creates the first
// account on the embedded server, signs it in, remembers it, and the next start resumes it
// without asking. Real embedded server on loopback, real cache files, no keychain (the
// explicit fallback file is allowed, as a user would on a machine without one).

#include "AppController.h"
#include "AppSettings.h"
#include "LanAddresses.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "TestServer.h"
#include "client/AccountRegistry.h"
#include "client/ClientSession.h"
#include "widgets/CreateAccountDialog.h"
#include "widgets/SettingsDialog.h"
#include "widgets/SignInPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace confab;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWaitMs = 60'000; // argon2id at its real cost, under sanitizers too

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}
} // namespace

class TestAppController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:");
        QCoreApplication::setOrganizationName(QStringLiteral("Confab"));
        QCoreApplication::setApplicationName(QStringLiteral("confab"));
        ui::AppSettings settings;
        settings.setAllowInsecureTokenStorage(true);
        settings.setCloseToTray(false);
        m_options.port = freePort();
        m_options.dataDir = m_home.filePath(QStringLiteral("server"));
        m_options.newInstance = true;
    }

    void firstStartCreatesTheLocalAccount()
    {
        app::AppController controller(m_options);
        controller.start();
        ui::MainWindow *window = controller.window();
        QCOMPARE(window->signInPage()->mode(), ui::SignInPage::Mode::Local);
        QVERIFY(!window->session());

        Q_EMIT window->signInPage()->createLocalAccountRequested(
            QStringLiteral("ada"), QStringLiteral("Ada Lovelace"), QStringLiteral("correct horse"));
        QTRY_VERIFY_WITH_TIMEOUT(window->session() && window->session()->connection() ==
                                                          client::ClientSession::Connection::Online,
                                 kWaitMs);
        QCOMPARE(window->session()->state()->me().displayName, u"Ada Lovelace");
        QVERIFY(window->session()->serverUrl().port() > 0);

        client::AccountRegistry registry;
        QCOMPARE(registry.accounts().size(), 1);
        QVERIFY(registry.accounts().constFirst().embedded);
        QCOMPARE(registry.lastUsedKey(), registry.accounts().constFirst().key());
    }

    void nextStartResumesWithoutAskingAgain()
    {
        app::AppController controller(m_options);
        controller.start();
        ui::MainWindow *window = controller.window();
        QTRY_VERIFY_WITH_TIMEOUT(window->session() && window->session()->connection() ==
                                                          client::ClientSession::Connection::Online,
                                 kWaitMs);
        QCOMPARE(window->session()->state()->me().username, u"ada");
    }

    void restartingTheLocalServerOnAnotherPortKeepsTheSession()
    {
        app::AppOptions options = m_options;
        options.port = 0; // no --port: the saved setting decides
        ui::AppSettings().setEmbeddedPort(m_options.port);
        app::AppController controller(options);
        controller.start();
        ui::MainWindow *window = controller.window();
        QTRY_VERIFY_WITH_TIMEOUT(window->session() && window->session()->connection() ==
                                                          client::ClientSession::Connection::Online,
                                 kWaitMs);
        client::ClientSession *session = window->session();
        QCOMPARE(session->serverUrl().port(), int(m_options.port));

        // The settings dialog saves a new port, then asks for the restart.
        const quint16 moved = freePort();
        QVERIFY(moved != 0 && moved != m_options.port);
        controller.settings()->setEmbeddedPort(moved);
        controller.applyEmbeddedServerSettings();
        QTRY_COMPARE_WITH_TIMEOUT(session->serverUrl().port(), int(moved), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(session->connection(), client::ClientSession::Connection::Online,
                                  kWaitMs);
        QCOMPARE(window->session(), session);
    }

    void aSecondAccountOnAnotherServerRunsAlongside()
    {
        testing::TestServer remote;
        QVERIFY(remote.start());
        QVERIFY(remote.registerUser(QStringLiteral("bob")).ok);
        app::AppController controller(m_options);
        controller.start();
        ui::MainWindow *window = controller.window();
        QTRY_VERIFY_WITH_TIMEOUT(window->session(), kWaitMs);
        client::ClientSession *ada = window->session();

        Q_EMIT window->signInPage()->signInRequested(
            remote.httpUrl(QString()), QStringLiteral("bob"), QStringLiteral("correct horse"));
        QTRY_VERIFY_WITH_TIMEOUT(window->session() && window->session() != ada &&
                                     window->session()->connection() ==
                                         client::ClientSession::Connection::Online,
                                 kWaitMs);
        client::ClientSession *bob = window->session();
        QCOMPARE(bob->state()->me().username, u"bob");
        QCOMPARE(controller.sessions().size(), 2);
        QCOMPARE(ada->connection(), client::ClientSession::Connection::Online); // still signed in
        QVERIFY(ada->accountKey() != bob->accountKey());

        controller.switchTo(ada->accountKey());
        QCOMPARE(window->session(), ada);
        client::AccountRegistry registry;
        QCOMPARE(registry.accounts().size(), 2);
        QCOMPARE(registry.lastUsedKey(), ada->accountKey());
        // Each account caches into its own directory.
        QVERIFY(client::AccountRegistry::dataDirFor(ada->accountKey()) !=
                client::AccountRegistry::dataDirFor(bob->accountKey()));
    }

    void aTakenNameIsRefusedWithAClearError()
    {
        app::AppController controller(m_options);
        controller.start();
        ui::MainWindow *window = controller.window();
        QTRY_VERIFY_WITH_TIMEOUT(window->session(), kWaitMs); // ada resumed; the server is up
        const qsizetype known = client::AccountRegistry().accounts().size();
        Q_EMIT window->signInPage()->createLocalAccountRequested(
            QStringLiteral("ada"), QStringLiteral("Another Ada"), QStringLiteral("correct horse"));
        QTRY_VERIFY_WITH_TIMEOUT(!window->signInPage()->errorMessage().isEmpty(), kWaitMs);
        QVERIFY(!window->signInPage()->isBusy());
        QCOMPARE(client::AccountRegistry().accounts().size(), known);
    }

    // With LAN access the settings say where teammates connect and that only accounts made
    // here sign in; the host makes one in the settings, and it signs in over HTTP while
    // registering does not.
    void lanModeHostCreatesAccountsForTeammates()
    {
        ui::AppSettings().setEmbeddedLanAccess(true); // as the settings window saves it
        app::AppController controller(m_options);
        controller.start();
        ui::MainWindow *window = controller.window();
        QTRY_VERIFY_WITH_TIMEOUT(window->session() && window->session()->connection() ==
                                                          client::ClientSession::Connection::Online,
                                 kWaitMs);
        const QUrl server = window->session()->serverUrl();

        controller.openSettings();
        auto *settings = window->findChild<ui::SettingsDialog *>();
        QVERIFY(settings);
        auto *warning = settings->findChild<QLabel *>(QStringLiteral("lanWarning"));
        QVERIFY(warning && !warning->isHidden());
        QCOMPARE(warning->text(), settings->lanWarningText());
        for (const QHostAddress &address :
             app::privateNetworkAddresses(app::interfaceAddresses())) {
            if (address.scopeId().isEmpty()) // where the server listens, with its port
                QVERIFY2(warning->text().contains(app::addressWithPort(address, server.port())),
                         qPrintable(warning->text()));
        }

        settings->findChild<QPushButton *>(QStringLiteral("createAccountButton"))->click();
        auto *create = window->findChild<ui::CreateAccountDialog *>();
        QVERIFY(create);
        create->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->setText(u"grace"_s);
        create->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(u"correct horse"_s);
        create->findChild<QLineEdit *>(QStringLiteral("confirmEdit"))->setText(u"correct horse"_s);
        create->findChild<QPushButton *>(QStringLiteral("createButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(create->message().contains(u"grace"_s), kWaitMs);

        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        const auto post = [&](const QString &path) {
            QNetworkRequest request(server.resolved(QUrl(path)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            std::unique_ptr<QNetworkReply> reply(
                network.post(request, R"({"username":"grace","password":"correct horse"})"_ba));
            QSignalSpy finished(reply.get(), &QNetworkReply::finished);
            if (!reply->isFinished())
                finished.wait(kWaitMs);
            return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        };
        QCOMPARE(post(u"/api/v1/session"_s), 200);
        QCOMPARE(post(u"/api/v1/register"_s), 403);
        ui::AppSettings().setEmbeddedLanAccess(false);
    }

    // --language wins for one run, the saved choice otherwise, and the settings window switches
    // the language at once (and back on Cancel).
    void languageComesFromTheOptionTheSettingsAndTheSettingsWindow()
    {
        ui::AppSettings().setLanguage(QStringLiteral("fr"));
        const auto submitText = [](app::AppController &controller) {
            return controller.window()
                ->signInPage()
                ->findChild<QPushButton *>(QStringLiteral("signInSubmit"))
                ->text();
        };
        QString english;
        QString german;
        for (const QString &code : {QStringLiteral("en"), QStringLiteral("de")}) {
            app::AppOptions options = m_options;
            options.language = code;
            app::AppController controller(options);
            QCOMPARE(controller.language()->currentLanguage(), code);
            (code == u"en" ? english : german) = submitText(controller);
        }
        QVERIFY(german != english);
        QCOMPARE(ui::AppSettings().language(), u"fr"); // the option is not saved
        app::AppController controller(m_options);
        QCOMPARE(controller.language()->currentLanguage(), u"fr");
        const QString french = submitText(controller);
        QVERIFY(french != english && french != german);

        controller.openSettings();
        auto *dialog = controller.window()->findChild<ui::SettingsDialog *>();
        QVERIFY(dialog);
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("ja")));
        QCOMPARE(controller.language()->currentLanguage(), u"ja");
        QTRY_VERIFY(submitText(controller) != french);
        dialog->reject();
        QCOMPARE(controller.language()->currentLanguage(), u"fr");
        QTRY_COMPARE(submitText(controller), french);

        ui::AppSettings().setLanguage(QString());
        QVERIFY(controller.language()->apply(QStringLiteral("en")));
    }

private:
    QTemporaryDir m_home;
    app::AppOptions m_options;
};

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"
