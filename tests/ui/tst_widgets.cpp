// The standalone widgets of confab_ui: texts, validation, emitted signals, settings
// persistence and runtime retranslation. No network: every widget takes values and emits.
#include "AppSettings.h"
#include "WidgetTestSupport.h"
#include "widgets/Composer.h"
#include "widgets/ConnectionBanner.h"
#include "widgets/CreateAccountDialog.h"
#include "widgets/ErrorTexts.h"
#include "widgets/NewConversationDialog.h"
#include "widgets/QuickSwitcher.h"
#include "widgets/SettingsDialog.h"
#include "widgets/SignInPage.h"
#include "widgets/StatusSelector.h"
#include "widgets/TypingIndicator.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace confab::ui;
using namespace confab::ui::test;
using confab::client::Availability;

namespace {

constexpr int IdRole = Qt::UserRole + 7;

// Translates every string to "[x]" + the source, so a test can see which texts went through
// tr() and were set again after a language change.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return QStringLiteral("[x]") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

QStandardItemModel *makePeople(QObject *parent, bool checkable)
{
    auto *model = new QStandardItemModel(parent);
    const QList<QPair<qint64, QString>> rows{{1, QStringLiteral("Ada Lovelace")},
                                             {2, QStringLiteral("Bob Marley")},
                                             {3, QStringLiteral("Design team")}};
    for (const auto &[id, name] : rows) {
        auto *item = new QStandardItem(name);
        item->setData(id, IdRole);
        item->setCheckable(checkable);
        if (checkable)
            item->setCheckState(Qt::Unchecked);
        model->appendRow(item);
    }
    return model;
}

void setChecked(QStandardItemModel *model, int row, bool checked)
{
    model->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

} // namespace

class TestWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void typingText_data();
    void typingText();
    void typingIndicatorShowsNames();

    void bannerHiddenWhileConnected();
    void bannerTextsPerState();
    void bannerPendingCount();
    void bannerButtonsEmit();
    void bannerCountsDownOnlyWhileVisible();

    void errorTextsCoverEveryReason();
    void errorTextsFallBack();

    void normalizeServerUrl_data();
    void normalizeServerUrl();
    void signInLocalCreateValidates();
    void signInLocalCreateEmits();
    void signInLocalWithAccountsSignsIn();
    void signInRemoteEmitsNormalisedUrl();
    void signInRemoteRegisterEmits();
    void signInShowsServerErrorsAndBusy();
    void signInKnownAccounts();
    void signInTabOrderFollowsTheForm();

    void appSettingsDefaults();
    void appSettingsRoundTrip();
    void appSettingsRejectsBadValues();

    void settingsDialogAppliesOnAccept();
    void settingsDialogLanguageSwitchesLiveAndRevertsOnCancel();
    void settingsDialogAccounts();
    void settingsDialogRestartAppliesFirst();
    void settingsDialogLanWarningSaysWhatOthersCanDo();

    void createAccountValidates();
    void createAccountEmitsAndConfirms();
    void createAccountSaysTheNameIsLowercased();
    void createAccountShowsServerError();

    void quickSwitcherFiltersAndChooses();
    void quickSwitcherArrowsAndEscape();

    void newConversationSearchIsDebounced();
    void newConversationDirect();
    void newConversationGroup();
    void newConversationKeepsChoicesAcrossSearches();
    void newConversationShowsServerError();
    void newConversationFocusesSearchWhenOpened();
    void newConversationEnterChoosesTheOnlyResult();
    void newConversationEnterChoosesTheHighlightedResult();
    void newConversationHighlightedRowCountsAsChosen();
    void newConversationClearsStaleErrors();

    void statusSelectorEmitsAndShows();
    void statusSelectorSaysOfflineWhileNotConnected();

    void everyWidgetRetranslates();

private:
    QTemporaryDir m_dir;
};

void TestWidgets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ConfabTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_widgets"));
    QSettings().clear(); // test mode keeps files between runs
    QVERIFY(m_dir.isValid());
}

// --- TypingIndicator ---

void TestWidgets::typingText_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("expected");
    const QStringList all{QStringLiteral("Ada"), QStringLiteral("Bob"), QStringLiteral("Cy"),
                          QStringLiteral("Di"), QStringLiteral("Ed")};
    QTest::newRow("none") << QStringList() << QString();
    QTest::newRow("one") << all.mid(0, 1) << QStringLiteral("Ada is typing…");
    QTest::newRow("two") << all.mid(0, 2) << QStringLiteral("Ada and Bob are typing…");
    QTest::newRow("three") << all.mid(0, 3) << QStringLiteral("Ada, Bob and 1 other are typing…");
    QTest::newRow("five") << all << QStringLiteral("Ada, Bob and 3 others are typing…");
    // A name that looks like a placeholder is shown as it is.
    QTest::newRow("percent") << QStringList{QStringLiteral("%2"), QStringLiteral("Bob")}
                             << QStringLiteral("%2 and Bob are typing…");
}

void TestWidgets::typingText()
{
    QFETCH(QStringList, names);
    QFETCH(QString, expected);
    QCOMPARE(TypingIndicator::typingText(names), expected);
}

void TestWidgets::typingIndicatorShowsNames()
{
    TypingIndicator indicator;
    indicator.setTypingNames({QStringLiteral("Ada")});
    QCOMPARE(indicator.text(), QStringLiteral("Ada is typing…"));
    indicator.setTypingNames({});
    QCOMPARE(indicator.text(), QString());
}

// --- ConnectionBanner ---

void TestWidgets::bannerHiddenWhileConnected()
{
    ConnectionBanner banner;
    QVERIFY(banner.isHidden());
    banner.setState(ConnectionBanner::State::Connecting);
    QVERIFY(!banner.isHidden());
    banner.setState(ConnectionBanner::State::Connected);
    QVERIFY(banner.isHidden());
    QCOMPARE(banner.message(), QString());
}

void TestWidgets::bannerTextsPerState()
{
    using State = ConnectionBanner::State;
    ConnectionBanner banner;
    auto *retry = child<QPushButton>(&banner, "retryNowButton");
    auto *signIn = child<QPushButton>(&banner, "signInButton");

    banner.setState(State::Connecting);
    QCOMPARE(banner.message(), QStringLiteral("Connecting…"));
    QVERIFY(!retry->isVisibleTo(&banner));

    banner.setState(State::Offline);
    QCOMPARE(banner.message(), QStringLiteral("You are offline"));
    QVERIFY(retry->isVisibleTo(&banner));

    banner.setState(State::WaitingToReconnect);
    banner.setReconnectAt(QDateTime::currentDateTimeUtc().addMSecs(5000));
    QCOMPARE(banner.message(), QStringLiteral("Reconnecting in 5 s…"));
    QVERIFY(retry->isVisibleTo(&banner));
    banner.setReconnectAt({});
    QCOMPARE(banner.message(), QStringLiteral("Waiting to reconnect…"));

    banner.setState(State::SignedOut);
    QCOMPARE(banner.message(), QStringLiteral("You are signed out"));
    QVERIFY(signIn->isVisibleTo(&banner));
    QVERIFY(!retry->isVisibleTo(&banner));
    QVERIFY(!banner.isHidden());
}

void TestWidgets::bannerPendingCount()
{
    ConnectionBanner banner;
    banner.setPendingCount(3);
    QVERIFY(!banner.isHidden());
    QCOMPARE(banner.message(), QStringLiteral("3 messages waiting to be sent"));
    banner.setPendingCount(1);
    QCOMPARE(banner.message(), QStringLiteral("1 message waiting to be sent"));
    banner.setState(ConnectionBanner::State::Offline);
    banner.setPendingCount(2);
    QCOMPARE(banner.message(), QStringLiteral("You are offline · 2 messages waiting to be sent"));
    banner.setState(ConnectionBanner::State::Connected);
    banner.setPendingCount(0);
    QVERIFY(banner.isHidden());
}

void TestWidgets::bannerButtonsEmit()
{
    ConnectionBanner banner;
    QSignalSpy retry(&banner, &ConnectionBanner::retryNowRequested);
    QSignalSpy signIn(&banner, &ConnectionBanner::signInRequested);
    banner.setState(ConnectionBanner::State::Offline);
    child<QPushButton>(&banner, "retryNowButton")->click();
    banner.setState(ConnectionBanner::State::SignedOut);
    child<QPushButton>(&banner, "signInButton")->click();
    QCOMPARE(retry.count(), 1);
    QCOMPARE(signIn.count(), 1);
}

void TestWidgets::bannerCountsDownOnlyWhileVisible()
{
    QWidget window; // as in the app: the banner lives in a window that may be hidden
    auto *banner = new ConnectionBanner(&window);
    auto *timer = banner->findChild<QTimer *>();
    banner->setState(ConnectionBanner::State::WaitingToReconnect);
    banner->setReconnectAt(QDateTime::currentDateTimeUtc().addMSecs(2500));
    QCOMPARE(banner->message(), QStringLiteral("Reconnecting in 3 s…"));
    QVERIFY(!timer->isActive()); // the window was never shown: nothing ticks

    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(timer->isActive());
    QTRY_COMPARE(banner->message(), QStringLiteral("Reconnecting in 2 s…"));
    window.hide();
    QVERIFY(!timer->isActive());
    window.show();
    QVERIFY(timer->isActive());
    QTRY_COMPARE(banner->message(), QStringLiteral("Reconnecting…")); // and it stops at zero
    QVERIFY(!timer->isActive());
}

// --- ErrorTexts ---

void TestWidgets::errorTextsCoverEveryReason()
{
    const QString raw = QStringLiteral("RAW server detail: field x must be y");
    const QString generic = errorText(QStringLiteral("no_such_reason"));
    const QStringList reasons{QStringLiteral("invalid_credentials"),
                              QStringLiteral("conflict"),
                              QStringLiteral("rate_limited"),
                              QStringLiteral("network"),
                              QStringLiteral("forbidden"),
                              QStringLiteral("not_found"),
                              QStringLiteral("invalid"),
                              QStringLiteral("too_large"),
                              QStringLiteral("archived"),
                              QStringLiteral("unauthorized"),
                              QStringLiteral("internal"),
                              QStringLiteral("timeout"),
                              QStringLiteral("disconnected"),
                              QStringLiteral("not_joined"),
                              QStringLiteral("bad_response"),
                              QStringLiteral("unmatched_topic"),
                              QStringLiteral("too_many_channels"),
                              QStringLiteral("keychain"),
                              QStringLiteral("keychain_unavailable"),
                              QStringLiteral("keychain_refused")};
    for (const QString &reason : reasons) {
        const QString text = errorText(reason, raw);
        QVERIFY2(!text.isEmpty(), qPrintable(reason));
        QVERIFY2(text != generic, qPrintable(reason));
        QVERIFY2(!text.contains(raw), qPrintable(reason));
        QVERIFY2(knownErrorReasons().contains(reason), qPrintable(reason));
    }
    QVERIFY(errorText(QStringLiteral("conflict")).contains(QStringLiteral("user name is taken")));
    QCOMPARE(errorText(QStringLiteral("unauthorized")),
             QStringLiteral("Your session has ended. Please sign in again."));
    QVERIFY(errorText(QStringLiteral("network")).startsWith(QStringLiteral("Cannot reach")));
    // A keychain that said no is told apart from one that is missing.
    const QString refused = errorText(QStringLiteral("keychain_refused"));
    QVERIFY(refused.contains(QStringLiteral("refused")));
    QVERIFY(refused != errorText(QStringLiteral("keychain_unavailable")));
    QVERIFY(refused != errorText(QStringLiteral("keychain")));
    QVERIFY(errorText(QStringLiteral("keychain_unavailable"))
                .startsWith(QStringLiteral("No system keychain")));
}

void TestWidgets::errorTextsFallBack()
{
    const QString generic = errorText(QStringLiteral("something_new"));
    QVERIFY(!generic.isEmpty());
    QCOMPARE(errorText(QString()), generic);
    QCOMPARE(errorText(QStringLiteral("unknown")), generic);
    QCOMPARE(errorText(QStringLiteral("something_new"), QStringLiteral("Could not do it.")),
             QStringLiteral("Could not do it."));
}

// --- SignInPage ---

void TestWidgets::normalizeServerUrl_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: rejected
    QTest::newRow("host:port") << "localhost:4100"
                               << "http://localhost:4100";
    QTest::newRow("ip:port") << "192.168.1.10:4100"
                             << "http://192.168.1.10:4100";
    QTest::newRow("ipv6") << "[::1]:4100"
                          << "http://[::1]:4100";
    QTest::newRow("lan name") << "nas:8080"
                              << "http://nas:8080";
    QTest::newRow("domain") << "chat.example.com"
                            << "https://chat.example.com";
    QTest::newRow("domain:port") << " chat.example.com:8443 "
                                 << "https://chat.example.com:8443";
    QTest::newRow("http") << "http://chat.example.com:4100/"
                          << "http://chat.example.com:4100";
    QTest::newRow("https upper") << "HTTPS://Chat.Example.com"
                                 << "https://chat.example.com";
    QTest::newRow("ws") << "ws://10.0.0.2:4100"
                        << "http://10.0.0.2:4100";
    QTest::newRow("wss") << "wss://chat.example.com"
                         << "https://chat.example.com";
    QTest::newRow("path") << "https://example.com/confab/"
                          << "https://example.com/confab";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("ftp") << "ftp://example.com"
                         << "";
    QTest::newRow("no host") << "http://"
                             << "";
    QTest::newRow("space") << "chat example.com"
                           << "";
    QTest::newRow("bad port") << "localhost:99999"
                              << "";
    QTest::newRow("user info") << "https://ada:pw@example.com"
                               << "";
    QTest::newRow("query") << "https://example.com/?token=x"
                           << "";
}

void TestWidgets::normalizeServerUrl()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const std::optional<QUrl> url = SignInPage::normalizeServerUrl(input);
    if (expected.isEmpty()) {
        QVERIFY2(!url, qPrintable(url ? url->toString() : QString()));
        return;
    }
    QVERIFY(url);
    QCOMPARE(url->toString(), expected);
}

void TestWidgets::signInLocalCreateValidates()
{
    SignInPage page;
    QSignalSpy create(&page, &SignInPage::createLocalAccountRequested);
    QVERIFY(child<QLineEdit>(&page, "confirmEdit")->isVisibleTo(&page));
    QVERIFY(!child<QLineEdit>(&page, "serverEdit")->isVisibleTo(&page));
    auto submit = [&] { child<QPushButton>(&page, "signInSubmit")->click(); };

    submit();
    QCOMPARE(page.errorMessage(), QStringLiteral("Enter a user name."));
    child<QLineEdit>(&page, "usernameEdit")->setText(QStringLiteral("a!"));
    submit();
    QVERIFY(page.errorMessage().startsWith(QStringLiteral("A user name has 2 to 32 characters")));
    child<QLineEdit>(&page, "usernameEdit")->setText(QStringLiteral("ada"));
    child<QLineEdit>(&page, "passwordEdit")->setText(QStringLiteral("short"));
    submit();
    QCOMPARE(page.errorMessage(), QStringLiteral("Use a password of at least 8 characters."));
    child<QLineEdit>(&page, "passwordEdit")->setText(QStringLiteral("long enough"));
    child<QLineEdit>(&page, "confirmEdit")->setText(QStringLiteral("long enougj"));
    submit();
    QCOMPARE(page.errorMessage(), QStringLiteral("The two passwords do not match."));
    QCOMPARE(create.count(), 0);
    QVERIFY(child<QLabel>(&page, "signInError")->isVisibleTo(&page));
}

void TestWidgets::signInLocalCreateEmits()
{
    SignInPage page;
    QSignalSpy create(&page, &SignInPage::createLocalAccountRequested);
    child<QLineEdit>(&page, "displayNameEdit")->setText(QStringLiteral(" Ada Lovelace "));
    child<QLineEdit>(&page, "usernameEdit")->setText(QStringLiteral("Ada"));
    child<QLineEdit>(&page, "passwordEdit")->setText(QStringLiteral("correct horse"));
    child<QLineEdit>(&page, "confirmEdit")->setText(QStringLiteral("correct horse"));
    QTest::keyClick(child<QLineEdit>(&page, "confirmEdit"), Qt::Key_Return); // Enter submits

    QCOMPARE(create.count(), 1);
    QCOMPARE(create.at(0).at(0).toString(), QStringLiteral("ada"));
    QCOMPARE(create.at(0).at(1).toString(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(create.at(0).at(2).toString(), QStringLiteral("correct horse"));
    QCOMPARE(page.errorMessage(), QString());
}

void TestWidgets::signInLocalWithAccountsSignsIn()
{
    SignInPage page;
    page.setEmbeddedHasAccounts(true);
    QSignalSpy signIn(&page, &SignInPage::signInLocalRequested);
    QSignalSpy create(&page, &SignInPage::createLocalAccountRequested);
    QVERIFY(!child<QLineEdit>(&page, "confirmEdit")->isVisibleTo(&page));
    QCOMPARE(child<QPushButton>(&page, "signInSubmit")->text(), QStringLiteral("Sign in"));
    child<QLineEdit>(&page, "usernameEdit")->setText(QStringLiteral("ada"));
    child<QLineEdit>(&page, "passwordEdit")->setText(QStringLiteral("whatever1"));
    QTest::keyClick(child<QLineEdit>(&page, "passwordEdit"), Qt::Key_Return);

    QCOMPARE(create.count(), 0);
    QCOMPARE(signIn.count(), 1);
    QCOMPARE(signIn.at(0).at(0).toString(), QStringLiteral("ada"));
    QCOMPARE(signIn.at(0).at(1).toString(), QStringLiteral("whatever1"));
}

void TestWidgets::signInRemoteEmitsNormalisedUrl()
{
    SignInPage page;
    page.setMode(SignInPage::Mode::Remote);
    QVERIFY(child<QLineEdit>(&page, "serverEdit")->isVisibleTo(&page));
    QVERIFY(!child<QLineEdit>(&page, "confirmEdit")->isVisibleTo(&page));
    QSignalSpy signIn(&page, &SignInPage::signInRequested);
    child<QLineEdit>(&page, "usernameEdit")->setText(QStringLiteral("ada"));
    child<QLineEdit>(&page, "passwordEdit")->setText(QStringLiteral("secret123"));

    child<QLineEdit>(&page, "serverEdit")->setText(QStringLiteral("ftp://example.com"));
    child<QPushButton>(&page, "signInSubmit")->click();
    QVERIFY(page.errorMessage().startsWith(QStringLiteral("That is not a server address")));
    QCOMPARE(signIn.count(), 0);

    child<QLineEdit>(&page, "serverEdit")->setText(QStringLiteral("localhost:4100"));
    child<QPushButton>(&page, "signInSubmit")->click();
    QCOMPARE(signIn.count(), 1);
    QCOMPARE(signIn.at(0).at(0).toUrl(), QUrl(QStringLiteral("http://localhost:4100")));
    QCOMPARE(signIn.at(0).at(1).toString(), QStringLiteral("ada"));
    QCOMPARE(signIn.at(0).at(2).toString(), QStringLiteral("secret123"));
}

void TestWidgets::signInRemoteRegisterEmits()
{
    SignInPage page;
    page.setMode(SignInPage::Mode::Remote);
    child<QRadioButton>(&page, "createAccountRadio")->click();
    QVERIFY(page.isCreatingAccount());
    QVERIFY(child<QLineEdit>(&page, "confirmEdit")->isVisibleTo(&page));
    QVERIFY(child<QLineEdit>(&page, "displayNameEdit")->isVisibleTo(&page));
    QCOMPARE(child<QPushButton>(&page, "signInSubmit")->text(), QStringLiteral("Create account"));

    QSignalSpy reg(&page, &SignInPage::registerRequested);
    child<QLineEdit>(&page, "serverEdit")->setText(QStringLiteral("https://chat.example.com/"));
    child<QLineEdit>(&page, "usernameEdit")->setText(QStringLiteral("bob"));
    child<QLineEdit>(&page, "passwordEdit")->setText(QStringLiteral("password1"));
    child<QLineEdit>(&page, "confirmEdit")->setText(QStringLiteral("password1"));
    child<QPushButton>(&page, "signInSubmit")->click();

    QCOMPARE(reg.count(), 1);
    QCOMPARE(reg.at(0).at(0).toUrl(), QUrl(QStringLiteral("https://chat.example.com")));
    QCOMPARE(reg.at(0).at(1).toString(), QStringLiteral("bob"));
    QCOMPARE(reg.at(0).at(2).toString(), QStringLiteral("password1"));
    QCOMPARE(reg.at(0).at(3).toString(), QStringLiteral("bob")); // no name given: the user name
}

void TestWidgets::signInShowsServerErrorsAndBusy()
{
    SignInPage page;
    page.setEmbeddedHasAccounts(true);
    QSignalSpy signIn(&page, &SignInPage::signInLocalRequested);
    child<QLineEdit>(&page, "usernameEdit")->setText(QStringLiteral("ada"));
    child<QLineEdit>(&page, "passwordEdit")->setText(QStringLiteral("whatever1"));

    page.setBusy(true);
    QVERIFY(!child<QPushButton>(&page, "signInSubmit")->isEnabled());
    QVERIFY(!child<QLineEdit>(&page, "passwordEdit")->isEnabled());
    QVERIFY(child<QLabel>(&page, "signInProgress")->isVisibleTo(&page));
    QTest::keyClick(child<QLineEdit>(&page, "passwordEdit"), Qt::Key_Return);
    QCOMPARE(signIn.count(), 0);

    page.setError(QStringLiteral("invalid_credentials"));
    QVERIFY(!page.isBusy());
    QVERIFY(child<QPushButton>(&page, "signInSubmit")->isEnabled());
    QCOMPARE(page.errorMessage(), errorText(QStringLiteral("invalid_credentials")));
    page.setError(QStringLiteral("rate_limited"));
    QCOMPARE(page.errorMessage(), errorText(QStringLiteral("rate_limited")));

    // Refused registration says why, not just "not allowed".
    page.setMode(SignInPage::Mode::Remote);
    page.setCreatingAccount(true);
    page.setError(QStringLiteral("forbidden"));
    QVERIFY(page.errorMessage().contains(QStringLiteral("does not accept new accounts")));
}

void TestWidgets::signInKnownAccounts()
{
    SignInPage page;
    QSignalSpy chosen(&page, &SignInPage::knownAccountChosen);
    page.setKnownAccounts({{QStringLiteral("k1"), QStringLiteral("ada on chat.example.com")},
                           {QStringLiteral("k2"), QStringLiteral("bob on this computer")}});
    const auto buttons = page.findChildren<QPushButton *>();
    auto *bob = *std::find_if(buttons.begin(), buttons.end(), [](QPushButton *button) {
        return button->text() == QStringLiteral("bob on this computer");
    });
    QCOMPARE(bob->accessibleName(), QStringLiteral("Continue as bob on this computer"));
    bob->click();
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("k2"));
}

void TestWidgets::signInTabOrderFollowsTheForm()
{
    SignInPage page;
    page.setKnownAccounts({{QStringLiteral("k1"), QStringLiteral("ada on here")}});
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    const QList<const char *> order{"displayNameEdit", "usernameEdit", "passwordEdit",
                                    "confirmEdit", "signInSubmit"};
    child<QWidget>(&page, order.first())->setFocus();
    for (qsizetype i = 1; i < order.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QString::fromLatin1(order.at(i)));
    }
    // The account buttons come before the mode choice, where they are shown.
    const auto buttons = page.findChildren<QPushButton *>();
    QPushButton *account = *std::find_if(buttons.begin(), buttons.end(), [](QPushButton *button) {
        return button->text() == QStringLiteral("ada on here");
    });
    account->setFocus();
    QTest::keyClick(account, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("localModeRadio"));
}

// --- AppSettings ---

void TestWidgets::appSettingsDefaults()
{
    QSettings().clear();
    AppSettings settings;
    QCOMPARE(settings.language(), QString());
    QVERIFY(settings.notificationsEnabled());
    QVERIFY(settings.showMessagePreview());
    QVERIFY(settings.notificationSound());
    QCOMPARE(settings.embeddedPort(), quint16(4100));
    QVERIFY(!settings.embeddedLanAccess());
    QCOMPARE(settings.embeddedDataDir(),
             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                 QStringLiteral("/server"));
    QCOMPARE(settings.autoAwayMinutes(), 10);
    QVERIFY(settings.closeToTray());
    QVERIFY(!settings.allowInsecureTokenStorage());
}

void TestWidgets::appSettingsRoundTrip()
{
    QSettings().clear();
    {
        AppSettings settings;
        QSignalSpy changed(&settings, &AppSettings::changed);
        settings.setLanguage(QStringLiteral("pt_BR"));
        settings.setNotificationsEnabled(false);
        settings.setShowMessagePreview(false);
        settings.setNotificationSound(false);
        settings.setEmbeddedPort(5123);
        settings.setEmbeddedLanAccess(true);
        settings.setEmbeddedDataDir(m_dir.filePath(QStringLiteral("data")));
        settings.setAutoAwayMinutes(25);
        settings.setCloseToTray(false);
        settings.setLastAccountKey(QStringLiteral("ada@https://chat.example.com"));
        settings.setAllowInsecureTokenStorage(true);
        QCOMPARE(changed.count(), 11);
        settings.setEmbeddedPort(5123); // unchanged: no signal
        QCOMPARE(changed.count(), 11);
        settings.sync();
    }
    AppSettings reread;
    QCOMPARE(reread.language(), QStringLiteral("pt_BR"));
    QVERIFY(!reread.notificationsEnabled());
    QVERIFY(!reread.showMessagePreview());
    QVERIFY(!reread.notificationSound());
    QCOMPARE(reread.embeddedPort(), quint16(5123));
    QVERIFY(reread.embeddedLanAccess());
    QCOMPARE(reread.embeddedDataDir(), m_dir.filePath(QStringLiteral("data")));
    QCOMPARE(reread.autoAwayMinutes(), 25);
    QVERIFY(!reread.closeToTray());
    QCOMPARE(reread.lastAccountKey(), QStringLiteral("ada@https://chat.example.com"));
    QVERIFY(reread.allowInsecureTokenStorage());
}

void TestWidgets::appSettingsRejectsBadValues()
{
    QSettings raw;
    raw.clear();
    raw.setValue(QStringLiteral("embedded/port"), 80); // privileged
    raw.setValue(QStringLiteral("ui/language"), QStringLiteral("xx"));
    raw.setValue(QStringLiteral("embedded/lanAccess"), QStringLiteral("maybe"));
    raw.setValue(QStringLiteral("embedded/dataDir"), QStringLiteral("relative/dir"));
    raw.setValue(QStringLiteral("presence/autoAwayMinutes"), -5);
    raw.sync();
    AppSettings settings;
    QCOMPARE(settings.embeddedPort(), quint16(4100));
    QCOMPARE(settings.language(), QString());
    QVERIFY(!settings.embeddedLanAccess());
    QCOMPARE(settings.embeddedDataDir(), AppSettings::defaultEmbeddedDataDir());
    QCOMPARE(settings.autoAwayMinutes(), 10);

    for (const QVariant &bad : {QVariant(70000), QVariant(QStringLiteral("banana")), QVariant(0)}) {
        raw.setValue(QStringLiteral("embedded/port"), bad);
        raw.sync();
        QCOMPARE(AppSettings().embeddedPort(), quint16(4100));
    }
    settings.setEmbeddedPort(22);
    QCOMPARE(settings.embeddedPort(), quint16(4100));
}

// --- SettingsDialog ---

void TestWidgets::settingsDialogAppliesOnAccept()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("accept.ini")), nullptr);
    SettingsDialog dialog(&settings);
    child<QCheckBox>(&dialog, "notificationsCheck")->setChecked(false);
    QVERIFY(!child<QCheckBox>(&dialog, "previewCheck")->isEnabled()); // depends on the above
    child<QCheckBox>(&dialog, "soundCheck")->setChecked(false);
    child<QSpinBox>(&dialog, "portSpin")->setValue(5000);
    child<QCheckBox>(&dialog, "lanAccessCheck")->setChecked(true);
    QVERIFY(!child<QLabel>(&dialog, "lanWarning")->isHidden()); // its tab is not the current one
    child<QLineEdit>(&dialog, "dataDirEdit")->setText(m_dir.filePath(QStringLiteral("srv")));
    child<QCheckBox>(&dialog, "closeToTrayCheck")->setChecked(false);
    child<QSpinBox>(&dialog, "autoAwaySpin")->setValue(0);
    child<QCheckBox>(&dialog, "allowInsecureCheck")->setChecked(true);
    QVERIFY(settings.notificationsEnabled()); // nothing is written before OK

    dialog.accept();
    QVERIFY(!settings.notificationsEnabled());
    QVERIFY(!settings.notificationSound());
    QCOMPARE(settings.embeddedPort(), quint16(5000));
    QVERIFY(settings.embeddedLanAccess());
    QCOMPARE(settings.embeddedDataDir(), m_dir.filePath(QStringLiteral("srv")));
    QVERIFY(!settings.closeToTray());
    QCOMPARE(settings.autoAwayMinutes(), 0);
    QVERIFY(settings.allowInsecureTokenStorage());

    SettingsDialog reopened(&settings); // shows what is stored
    QCOMPARE(child<QSpinBox>(&reopened, "portSpin")->value(), 5000);
    QVERIFY(!child<QCheckBox>(&reopened, "notificationsCheck")->isChecked());
}

void TestWidgets::settingsDialogLanguageSwitchesLiveAndRevertsOnCancel()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("language.ini")), nullptr);
    SettingsDialog dialog(&settings);
    QSignalSpy chosen(&dialog, &SettingsDialog::languageChosen);
    auto *combo = child<QComboBox>(&dialog, "languageCombo");
    QCOMPARE(combo->count(), 7);
    QCOMPARE(combo->itemText(0), QStringLiteral("System default"));
    QVERIFY(combo->findText(QStringLiteral("日本語")) > 0);

    combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("de"));
    QCOMPARE(settings.language(), QString());
    dialog.reject();
    QCOMPARE(chosen.count(), 2);
    QCOMPARE(chosen.at(1).at(0).toString(), QString()); // back to what it was
    QCOMPARE(settings.language(), QString());

    SettingsDialog second(&settings);
    QSignalSpy chosenAgain(&second, &SettingsDialog::languageChosen);
    auto *combo2 = child<QComboBox>(&second, "languageCombo");
    combo2->setCurrentIndex(combo2->findData(QStringLiteral("fr")));
    second.accept();
    QCOMPARE(chosenAgain.count(), 1);
    QCOMPARE(settings.language(), QStringLiteral("fr"));
}

void TestWidgets::settingsDialogAccounts()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("accounts.ini")), nullptr);
    SettingsDialog dialog(&settings);
    QSignalSpy switchTo(&dialog, &SettingsDialog::switchAccountRequested);
    QSignalSpy signOut(&dialog, &SettingsDialog::signOutRequested);
    QSignalSpy add(&dialog, &SettingsDialog::addAccountRequested);
    auto *warning = child<QLabel>(&dialog, "insecureWarning");
    dialog.setAccounts({{QStringLiteral("a"), QStringLiteral("ada on here"), true, false},
                        {QStringLiteral("b"), QStringLiteral("bob on there"), false, false}});
    QVERIFY(!warning->isVisibleTo(&dialog));
    dialog.setAccounts({{QStringLiteral("a"), QStringLiteral("ada on here"), true, false},
                        {QStringLiteral("b"), QStringLiteral("bob on there"), false, true}});
    QVERIFY(warning->isVisibleTo(&dialog));
    QVERIFY(warning->text().contains(QStringLiteral("bob on there")));
    QVERIFY(!warning->text().contains(QStringLiteral("ada on here")));

    auto *list = child<QListWidget>(&dialog, "accountList");
    auto *switchButton = child<QPushButton>(&dialog, "switchAccountButton");
    list->setCurrentRow(0);
    QVERIFY(!switchButton->isEnabled()); // already the active one
    list->setCurrentRow(1);
    QVERIFY(switchButton->isEnabled());
    switchButton->click();
    child<QPushButton>(&dialog, "signOutButton")->click();
    child<QPushButton>(&dialog, "addAccountButton")->click();
    QCOMPARE(switchTo.count(), 1);
    QCOMPARE(switchTo.at(0).at(0).toString(), QStringLiteral("b"));
    QCOMPARE(signOut.count(), 1);
    QCOMPARE(signOut.at(0).at(0).toString(), QStringLiteral("b"));
    QCOMPARE(add.count(), 1);
}

void TestWidgets::settingsDialogRestartAppliesFirst()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("restart.ini")), nullptr);
    SettingsDialog dialog(&settings);
    quint16 portAtRestart = 0;
    connect(&dialog, &SettingsDialog::restartEmbeddedServerRequested, this,
            [&] { portAtRestart = settings.embeddedPort(); });
    child<QSpinBox>(&dialog, "portSpin")->setValue(6001);
    child<QPushButton>(&dialog, "applyButton")->click();
    QCOMPARE(portAtRestart, quint16(6001));
}

void TestWidgets::settingsDialogLanWarningSaysWhatOthersCanDo()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("lan.ini")), nullptr);
    SettingsDialog dialog(&settings);
    QSignalSpy create(&dialog, &SettingsDialog::createAccountRequested);
    auto *warning = child<QLabel>(&dialog, "lanWarning");
    auto *createButton = child<QPushButton>(&dialog, "createAccountButton");
    QVERIFY(warning->isHidden());
    QVERIFY(createButton->isHidden());

    child<QCheckBox>(&dialog, "lanAccessCheck")->setChecked(true);
    QVERIFY(!warning->isHidden());
    QVERIFY(!createButton->isHidden());
    const QStringList addresses{QStringLiteral("192.168.1.20:4100"),
                                QStringLiteral("[fd00::2]:4100")};
    dialog.setLanAddresses(addresses);
    QCOMPARE(warning->text(), dialog.lanWarningText());
    QCOMPARE(warning->text(),
             QStringLiteral("People on your local network can reach this server at %1 and sign "
                            "in with accounts you create; nobody can create an account from "
                            "another computer.")
                 .arg(QLocale().createSeparatedList(addresses)));
    dialog.setLanAddresses({});
    QVERIFY(warning->text().startsWith(
        QStringLiteral("This computer has no address on a private network")));

    createButton->click();
    QCOMPARE(create.count(), 1);
}

// --- CreateAccountDialog ---

void TestWidgets::createAccountValidates()
{
    CreateAccountDialog dialog;
    QSignalSpy requested(&dialog, &CreateAccountDialog::createRequested);
    auto *create = child<QPushButton>(&dialog, "createButton");
    child<QLineEdit>(&dialog, "usernameEdit")->setText(QStringLiteral("no spaces"));
    create->click();
    QVERIFY(dialog.message().contains(QStringLiteral("2 to 32 characters")));
    child<QLineEdit>(&dialog, "usernameEdit")->setText(QStringLiteral("grace"));
    child<QLineEdit>(&dialog, "passwordEdit")->setText(QStringLiteral("short"));
    create->click();
    QVERIFY(dialog.message().contains(QStringLiteral("at least 8")));
    child<QLineEdit>(&dialog, "passwordEdit")->setText(QStringLiteral("correct horse"));
    child<QLineEdit>(&dialog, "confirmEdit")->setText(QStringLiteral("correct hose"));
    create->click();
    QVERIFY(dialog.message().contains(QStringLiteral("do not match")));
    QCOMPARE(requested.count(), 0);
}

void TestWidgets::createAccountEmitsAndConfirms()
{
    CreateAccountDialog dialog;
    QSignalSpy requested(&dialog, &CreateAccountDialog::createRequested);
    auto *create = child<QPushButton>(&dialog, "createButton");
    child<QLineEdit>(&dialog, "usernameEdit")->setText(QStringLiteral("Grace"));
    child<QLineEdit>(&dialog, "passwordEdit")->setText(QStringLiteral("correct horse"));
    child<QLineEdit>(&dialog, "confirmEdit")->setText(QStringLiteral("correct horse"));
    create->click();
    QCOMPARE(requested.count(), 1);
    // Lowercased, and the user name stands in for a missing display name.
    QCOMPARE(requested.at(0), (QVariantList{QStringLiteral("grace"), QStringLiteral("grace"),
                                            QStringLiteral("correct horse")}));
    QVERIFY(!create->isEnabled()); // busy until answered
    create->click();
    QCOMPARE(requested.count(), 1);

    dialog.setCreated(QStringLiteral("grace"));
    QVERIFY(create->isEnabled());
    QVERIFY(dialog.message().contains(QStringLiteral("grace")));
    QVERIFY(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty()); // ready for the next
    QCOMPARE(dialog.result(), int(QDialog::Rejected));                    // not closed by a success
}

// The dialog says which name it will create instead of lowercasing it silently.
void TestWidgets::createAccountSaysTheNameIsLowercased()
{
    CreateAccountDialog dialog;
    QVERIFY(dialog.usernameHint().contains(QStringLiteral("Lowercase letters")));
    child<QLineEdit>(&dialog, "usernameEdit")->setText(QStringLiteral("Grace.Hopper"));
    QCOMPARE(dialog.usernameHint(),
             QStringLiteral("User names are lowercase: yours will be “grace.hopper”."));
    child<QLineEdit>(&dialog, "usernameEdit")->setText(QStringLiteral("grace"));
    QVERIFY(!dialog.usernameHint().contains(QStringLiteral("yours will be")));
}

void TestWidgets::createAccountShowsServerError()
{
    CreateAccountDialog dialog;
    dialog.setBusy(true);
    dialog.setError(QStringLiteral("conflict"));
    QVERIFY(child<QPushButton>(&dialog, "createButton")->isEnabled());
    QCOMPARE(dialog.message(), errorText(QStringLiteral("conflict")));
}

// --- QuickSwitcher ---

void TestWidgets::quickSwitcherFiltersAndChooses()
{
    QuickSwitcher switcher;
    switcher.setSourceModel(makePeople(&switcher, false));
    switcher.setIdRole(IdRole);
    QSignalSpy chosen(&switcher, &QuickSwitcher::conversationChosen);
    auto *search = child<QLineEdit>(&switcher, "quickSwitcherSearch");
    auto *list = child<QListView>(&switcher, "quickSwitcherList");

    QTest::keyClicks(search, QStringLiteral("LOVE"));
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("Ada Lovelace"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toLongLong(), 1);

    search->setText(QStringLiteral("zzz"));
    QCOMPARE(list->model()->rowCount(), 0);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(chosen.count(), 1); // nothing to open
}

void TestWidgets::quickSwitcherArrowsAndEscape()
{
    QWidget window;
    window.resize(800, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *switcher = new QuickSwitcher(&window);
    switcher->setSourceModel(makePeople(switcher, false));
    switcher->setIdRole(IdRole);
    QSignalSpy chosen(switcher, &QuickSwitcher::conversationChosen);
    auto *search = child<QLineEdit>(switcher, "quickSwitcherSearch");

    switcher->popup();
    QTRY_VERIFY(switcher->isVisible());
    QTest::keyClicks(search, QStringLiteral("a")); // Ada Lovelace, Bob Marley, Design team
    QTest::keyClick(search, Qt::Key_Down);
    QTest::keyClick(search, Qt::Key_Down);
    QTest::keyClick(search, Qt::Key_Down); // stays on the last row
    QTest::keyClick(search, Qt::Key_Up);
    QTest::keyClick(search, Qt::Key_Enter);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toLongLong(), 2);
    QVERIFY(!switcher->isVisible());

    switcher->popup();
    QTRY_VERIFY(switcher->isVisible());
    QCOMPARE(search->selectedText(), QStringLiteral("a")); // typing replaces the last query
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(!switcher->isVisible());
    QCOMPARE(chosen.count(), 1);
}

// --- NewConversationDialog ---

void TestWidgets::newConversationSearchIsDebounced()
{
    NewConversationDialog dialog;
    QSignalSpy search(&dialog, &NewConversationDialog::searchRequested);
    auto *field = child<QLineEdit>(&dialog, "peopleSearchEdit");
    QTest::keyClicks(field, QStringLiteral("ad"));
    QCOMPARE(search.count(), 0); // not on every key
    QVERIFY(search.wait(2000));
    QCOMPARE(search.count(), 1);
    QCOMPARE(search.at(0).at(0).toString(), QStringLiteral("ad"));

    field->setText(QStringLiteral("   "));
    QVERIFY(!search.wait(500)); // blank is not a search
    QTest::keyClicks(field, QStringLiteral("b"));
    QTest::keyClick(field, Qt::Key_Return); // Enter searches at once
    QCOMPARE(search.count(), 2);
    QCOMPARE(search.at(1).at(0).toString(), QStringLiteral("b"));
}

void TestWidgets::newConversationDirect()
{
    NewConversationDialog dialog;
    auto *people = makePeople(&dialog, true);
    dialog.setIdRole(IdRole);
    dialog.setResultsModel(people);
    QSignalSpy direct(&dialog, &NewConversationDialog::createDirectRequested);
    QSignalSpy group(&dialog, &NewConversationDialog::createGroupRequested);
    auto *start = child<QPushButton>(&dialog, "startButton");

    start->click();
    QCOMPARE(dialog.errorMessage(), QStringLiteral("Choose the person to write to."));
    setChecked(people, 0, true);
    setChecked(people, 1, true); // a direct conversation has one other: Bob replaces Ada
    QCOMPARE(dialog.selectedIds(), QList<qint64>{2});
    QCOMPARE(people->item(0)->checkState(), Qt::Unchecked);
    start->click();
    QCOMPARE(direct.count(), 1);
    QCOMPARE(direct.at(0).at(0).toLongLong(), 2);
    QCOMPARE(group.count(), 0);
    QCOMPARE(dialog.errorMessage(), QString());
}

void TestWidgets::newConversationGroup()
{
    NewConversationDialog dialog;
    auto *people = makePeople(&dialog, true);
    dialog.setIdRole(IdRole);
    dialog.setResultsModel(people);
    QSignalSpy group(&dialog, &NewConversationDialog::createGroupRequested);
    child<QRadioButton>(&dialog, "groupRadio")->click();
    QCOMPARE(dialog.kind(), NewConversationDialog::Kind::Group);
    auto *title = child<QLineEdit>(&dialog, "groupTitleEdit");
    QVERIFY(title->isVisibleTo(&dialog));
    auto *start = child<QPushButton>(&dialog, "startButton");

    start->click();
    QCOMPARE(dialog.errorMessage(), QStringLiteral("Give the group a name."));
    title->setText(QStringLiteral("  Release  "));
    start->click();
    QCOMPARE(dialog.errorMessage(), QStringLiteral("Add at least one person to the group."));
    setChecked(people, 2, true);
    setChecked(people, 0, true);
    start->click();
    QCOMPARE(group.count(), 1);
    QCOMPARE(group.at(0).at(0).toString(), QStringLiteral("Release"));
    QCOMPARE(group.at(0).at(1).value<QList<qint64>>(), (QList<qint64>{3, 1}));
    QCOMPARE(title->maxLength(), 128);
}

void TestWidgets::newConversationKeepsChoicesAcrossSearches()
{
    NewConversationDialog dialog;
    auto *people = makePeople(&dialog, true);
    dialog.setIdRole(IdRole);
    dialog.setResultsModel(people);
    dialog.setKind(NewConversationDialog::Kind::Group);
    setChecked(people, 0, true);

    // A new search result arrives: Ada is in it again, unchecked by the model.
    people->clear();
    auto *ada = new QStandardItem(QStringLiteral("Ada Lovelace"));
    ada->setData(1, IdRole);
    ada->setCheckable(true);
    people->appendRow(ada);
    QCOMPARE(ada->checkState(), Qt::Checked);
    QCOMPARE(dialog.selectedIds(), QList<qint64>{1});
}

void TestWidgets::newConversationShowsServerError()
{
    NewConversationDialog dialog;
    dialog.setBusy(true);
    QVERIFY(!child<QPushButton>(&dialog, "startButton")->isEnabled());
    dialog.setError(QStringLiteral("forbidden"));
    QVERIFY(child<QPushButton>(&dialog, "startButton")->isEnabled());
    QCOMPARE(dialog.errorMessage(), errorText(QStringLiteral("forbidden")));
}

void TestWidgets::newConversationFocusesSearchWhenOpened()
{
    NewConversationDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "peopleSearchEdit"));
}

void TestWidgets::newConversationEnterChoosesTheOnlyResult()
{
    NewConversationDialog dialog;
    auto *people = makePeople(&dialog, true);
    people->removeRows(1, 2); // Ada alone
    dialog.setIdRole(IdRole);
    dialog.setResultsModel(people);
    QSignalSpy search(&dialog, &NewConversationDialog::searchRequested);
    QSignalSpy direct(&dialog, &NewConversationDialog::createDirectRequested);
    auto *field = child<QLineEdit>(&dialog, "peopleSearchEdit");

    QTest::keyClicks(field, QStringLiteral("ada"));
    QTest::keyClick(field, Qt::Key_Return); // typed since the last search: search first
    QCOMPARE(search.count(), 1);
    QCOMPARE(direct.count(), 0);
    QTest::keyClick(field, Qt::Key_Return); // the results are in: Enter takes the only one
    QCOMPARE(search.count(), 1);
    QCOMPARE(direct.count(), 1);
    QCOMPARE(direct.at(0).at(0).toLongLong(), 1);

    // In a group the only result joins the chosen people, and the search is ready for more.
    NewConversationDialog groupDialog;
    auto *more = makePeople(&groupDialog, true);
    more->removeRows(0, 2); // Design team alone
    groupDialog.setIdRole(IdRole);
    groupDialog.setResultsModel(more);
    groupDialog.setKind(NewConversationDialog::Kind::Group);
    auto *groupField = child<QLineEdit>(&groupDialog, "peopleSearchEdit");
    groupField->setText(QStringLiteral("design"));
    QTest::keyClick(groupField, Qt::Key_Return);
    QTest::keyClick(groupField, Qt::Key_Return);
    QCOMPARE(groupDialog.selectedIds(), QList<qint64>{3});
    QCOMPARE(more->item(0)->checkState(), Qt::Checked);
    QCOMPARE(groupField->selectedText(), QStringLiteral("design"));
}

void TestWidgets::newConversationEnterChoosesTheHighlightedResult()
{
    NewConversationDialog dialog;
    auto *people = makePeople(&dialog, true);
    dialog.setIdRole(IdRole);
    dialog.setResultsModel(people);
    QSignalSpy search(&dialog, &NewConversationDialog::searchRequested);
    QSignalSpy direct(&dialog, &NewConversationDialog::createDirectRequested);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *field = child<QLineEdit>(&dialog, "peopleSearchEdit");
    auto *results = child<QListView>(&dialog, "peopleResults");

    QTest::keyClick(field, Qt::Key_Return); // three results, none highlighted: only a search
    QCOMPARE(direct.count(), 0);
    QTest::keyClick(field, Qt::Key_Down); // into the results, at the first
    QTRY_COMPARE(QApplication::focusWidget(), results);
    QCOMPARE(results->currentIndex().row(), 0);
    QTest::keyClick(results, Qt::Key_Down);
    QTest::keyClick(results, Qt::Key_Return);
    QCOMPARE(direct.count(), 1); // once: Enter does not also press "Start"
    QCOMPARE(direct.at(0).at(0).toLongLong(), 2);

    // Back in the search field, Enter takes the highlighted row rather than searching.
    const int searches = search.count();
    field->setFocus();
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(direct.count(), 2);
    QCOMPARE(direct.at(1).at(0).toLongLong(), 2);
    QCOMPARE(search.count(), searches);
}

void TestWidgets::newConversationHighlightedRowCountsAsChosen()
{
    NewConversationDialog dialog;
    auto *people = makePeople(&dialog, true);
    dialog.setIdRole(IdRole);
    dialog.setResultsModel(people);
    QSignalSpy direct(&dialog, &NewConversationDialog::createDirectRequested);
    QSignalSpy group(&dialog, &NewConversationDialog::createGroupRequested);
    auto *results = child<QListView>(&dialog, "peopleResults");
    auto *start = child<QPushButton>(&dialog, "startButton");

    // Direct: a clicked name is the choice, and it replaces a checked one.
    setChecked(people, 0, true);
    results->setCurrentIndex(people->index(1, 0));
    QCOMPARE(people->item(0)->checkState(), Qt::Unchecked);
    QCOMPARE(dialog.chosenIds(), QList<qint64>{2});
    start->click();
    QCOMPARE(direct.count(), 1);
    QCOMPARE(direct.at(0).at(0).toLongLong(), 2);

    // Group: the highlighted row joins the checked people...
    dialog.setKind(NewConversationDialog::Kind::Group);
    child<QLineEdit>(&dialog, "groupTitleEdit")->setText(QStringLiteral("Release"));
    setChecked(people, 0, true);
    results->setCurrentIndex(people->index(2, 0));
    start->click();
    QCOMPARE(group.count(), 1);
    QCOMPARE(group.at(0).at(1).value<QList<qint64>>(), (QList<qint64>{1, 3}));

    // ...unless its box was just unchecked: that is a "no".
    setChecked(people, 2, true);
    setChecked(people, 2, false);
    QCOMPARE(dialog.chosenIds(), QList<qint64>{1});
}

void TestWidgets::newConversationClearsStaleErrors()
{
    NewConversationDialog dialog;
    auto *people = makePeople(&dialog, true);
    dialog.setIdRole(IdRole);
    dialog.setResultsModel(people);
    auto *start = child<QPushButton>(&dialog, "startButton");
    auto *field = child<QLineEdit>(&dialog, "peopleSearchEdit");

    start->click();
    QVERIFY(!dialog.errorMessage().isEmpty());
    QTest::keyClicks(field, QStringLiteral("a"));
    QCOMPARE(dialog.errorMessage(), QString());

    start->click();
    QVERIFY(!dialog.errorMessage().isEmpty());
    setChecked(people, 1, true);
    QCOMPARE(dialog.errorMessage(), QString());

    dialog.setKind(NewConversationDialog::Kind::Group);
    auto *title = child<QLineEdit>(&dialog, "groupTitleEdit");
    title->setText(QStringLiteral("Release"));
    dialog.setError(QStringLiteral("forbidden")); // the server said no to the last attempt
    QCOMPARE(dialog.errorMessage(), errorText(QStringLiteral("forbidden")));
    title->setText(QStringLiteral("Release notes"));
    QCOMPARE(dialog.errorMessage(), QString());
}

// --- StatusSelector ---

void TestWidgets::statusSelectorEmitsAndShows()
{
    StatusSelector selector;
    QSignalSpy chosen(&selector, &StatusSelector::statusChosen);
    QCOMPARE(selector.text(), QStringLiteral("Online"));
    const QList<QAction *> actions = selector.menu()->actions();
    QCOMPARE(actions.size(), 3);
    auto away = std::find_if(actions.begin(), actions.end(), [](QAction *action) {
        return action->text() == QStringLiteral("Away");
    });
    QVERIFY(away != actions.end());
    (*away)->trigger();

    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).value<Availability>(), Availability::Away);
    QCOMPARE(selector.text(), QStringLiteral("Away"));
    QVERIFY((*away)->isChecked());
    QVERIFY(selector.accessibleName().contains(QStringLiteral("Away")));

    selector.setStatus(Availability::DoNotDisturb);
    QCOMPARE(selector.text(), QStringLiteral("Do not disturb"));
    QVERIFY(!(*away)->isChecked());
    QCOMPARE(chosen.count(), 1); // set from outside: not a choice
}

// Offline, others cannot see the chosen status: the button must not claim "Online".
void TestWidgets::statusSelectorSaysOfflineWhileNotConnected()
{
    using Connection = confab::client::ClientSession::Connection;
    StatusSelector selector;
    selector.setStatus(Availability::Away);
    selector.setConnection(Connection::Connecting);
    QCOMPARE(selector.text(), QStringLiteral("Connecting…"));
    QCOMPARE(selector.accessibleName(), QStringLiteral("Your status: Connecting…"));
    QVERIFY(selector.accessibleDescription().contains(QStringLiteral("Away")));
    selector.setConnection(Connection::WaitingToReconnect);
    QCOMPARE(selector.text(), QStringLiteral("Offline"));
    selector.setConnection(Connection::Offline);
    QCOMPARE(selector.text(), QStringLiteral("Offline"));
    QVERIFY(!selector.accessibleName().contains(QStringLiteral("Away")));

    // The choice still works offline, shows as checked, and is what shows once connected.
    const QList<QAction *> actions = selector.menu()->actions();
    auto dnd = std::find_if(actions.begin(), actions.end(), [](QAction *action) {
        return action->data().value<Availability>() == Availability::DoNotDisturb;
    });
    QVERIFY(dnd != actions.end());
    (*dnd)->trigger();
    QVERIFY((*dnd)->isChecked());
    QCOMPARE(selector.text(), QStringLiteral("Offline"));
    selector.setConnection(Connection::Online);
    QCOMPARE(selector.text(), QStringLiteral("Do not disturb"));
    QVERIFY(selector.accessibleDescription().isEmpty());
}

// --- retranslation ---

void TestWidgets::everyWidgetRetranslates()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("translate.ini")), nullptr);
    Composer composer;
    TypingIndicator typing;
    typing.setTypingNames({QStringLiteral("Ada")});
    ConnectionBanner banner;
    banner.setState(ConnectionBanner::State::Connecting);
    SignInPage signIn;
    SettingsDialog settingsDialog(&settings);
    QuickSwitcher switcher;
    NewConversationDialog newConversation;
    StatusSelector status;
    CreateAccountDialog createAccount;

    auto *composerEdit = child<QPlainTextEdit>(&composer, "composerEdit");
    auto *tabs = settingsDialog.findChild<QTabWidget *>();
    auto *switcherSearch = child<QLineEdit>(&switcher, "quickSwitcherSearch");
    auto *startButton = child<QPushButton>(&newConversation, "startButton");
    auto *createButton = child<QPushButton>(&createAccount, "createButton");
    auto *signInTitle = signIn.findChild<QLabel *>();
    const auto texts = [&] {
        return QStringList{composerEdit->placeholderText(),
                           typing.text(),
                           banner.message(),
                           signInTitle->text(),
                           tabs->tabText(0),
                           switcherSearch->placeholderText(),
                           startButton->text(),
                           status.text(),
                           createButton->text()};
    };
    const QStringList before = texts();
    for (const QString &text : before)
        QVERIFY2(!text.isEmpty() && !text.startsWith(QStringLiteral("[x]")), qPrintable(text));

    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto allMarked = [&] {
        const QStringList now = texts();
        return std::all_of(now.cbegin(), now.cend(),
                           [](const QString &text) { return text.startsWith(u"[x]"); });
    };
    QTRY_VERIFY2(allMarked(), qPrintable(texts().join(u'|')));
    QCOMPARE(typing.text(), QStringLiteral("[x]Ada is typing…"));

    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QTRY_COMPARE(texts(), before);
}

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
