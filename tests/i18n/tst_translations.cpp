// The shipped translations: every .qm loads and is complete where users see it (error texts,
// plural forms), LanguageManager switches at runtime and on the system's language, and widgets
// show the new language at once.
#include "AppSettings.h"
#include "LanguageManager.h"
#include "widgets/ErrorTexts.h"
#include "widgets/SettingsDialog.h"
#include "widgets/SignInPage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace confab::ui;

namespace {

// CONFAB_LANGUAGES from translations/Translations.cmake, passed in by tests/i18n/CMakeLists.txt.
QStringList expectedLanguages()
{
    QStringList languages = QStringLiteral(CONFAB_EXPECTED_LANGUAGES).split(u',');
    languages.sort();
    return languages;
}

// One data row per shipped language, column "code".
void addLanguageRows()
{
    QTest::addColumn<QString>("code");
    for (const QString &code : expectedLanguages())
        QTest::newRow(qPrintable(code)) << code;
}

// A plural source text and the context it is translated in (ui/panels/MembersPanel.cpp).
constexpr const char *PluralContext = "confab::ui::MembersPanel";
constexpr const char *PluralSource = "%n member(s)";

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shipsTheExpectedLanguages();
    void everyShippedTranslationLoads_data();
    void everyShippedTranslationLoads();
    void serverErrorsAreTranslatedFromTheirReason_data();
    void serverErrorsAreTranslatedFromTheirReason();
    void pluralFormsFollowTheLanguage();
    void switchingLanguageRetranslatesWidgets();
    void unknownLanguageKeepsTheCurrentOne();
    void systemLanguageFallsBackToItsBaseLanguage();

private:
    QTemporaryDir m_dir;
};

void TestTranslations::init()
{
    QVERIFY(m_dir.isValid());
}

void TestTranslations::cleanup()
{
    // Back to the untranslated source language between tests.
    LanguageManager english;
    QVERIFY(english.apply(QStringLiteral("en")));
}

void TestTranslations::shipsTheExpectedLanguages()
{
    QCOMPARE(LanguageManager::shippedTranslations(), expectedLanguages());
    // Every shipped translation is offered in Settings, and every offered one is shipped.
    QStringList offered;
    for (const auto &[code, endonym] : AppSettings::supportedLanguages()) {
        if (!code.isEmpty() && code != u"en")
            offered.append(code);
    }
    offered.sort();
    QCOMPARE(offered, expectedLanguages());
}

void TestTranslations::everyShippedTranslationLoads_data()
{
    addLanguageRows();
}

void TestTranslations::everyShippedTranslationLoads()
{
    QFETCH(QString, code);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral("confab_") + code,
                            LanguageManager::translationsDirectory()));
    QVERIFY(!translator.isEmpty());
    QCOMPARE(translator.language(), code);
    const QString settingsTitle =
        translator.translate("confab::ui::SettingsDialog", "Settings", nullptr);
    QVERIFY2(!settingsTitle.isEmpty(), "the settings window title has no translation");
}

void TestTranslations::serverErrorsAreTranslatedFromTheirReason_data()
{
    addLanguageRows();
}

void TestTranslations::serverErrorsAreTranslatedFromTheirReason()
{
    QFETCH(QString, code);
    const QStringList reasons = knownErrorReasons();
    QStringList english;
    for (const QString &reason : reasons)
        english.append(errorText(reason, QStringLiteral("raw server message")));

    LanguageManager language;
    QVERIFY(language.apply(code));
    for (qsizetype i = 0; i < reasons.size(); ++i) {
        const QString translated = errorText(reasons.at(i), QStringLiteral("raw server message"));
        QVERIFY2(translated != english.at(i) && !translated.isEmpty(),
                 qPrintable(code + QStringLiteral(": ") + reasons.at(i)));
        QVERIFY(!translated.contains(u"raw server message"));
    }
}

void TestTranslations::pluralFormsFollowTheLanguage()
{
    // English leaves "%n member(s)" to the source; each language's own forms come from its .qm.
    const auto members = [](int n) {
        return QCoreApplication::translate(PluralContext, PluralSource, nullptr, n);
    };
    LanguageManager language;
    QVERIFY(language.apply(QStringLiteral("de")));
    QVERIFY(members(1).contains(u'1'));
    QVERIFY(members(5).contains(u'5'));
    QVERIFY2(members(1) != QString(members(5)).replace(u'5', u'1'), "German has two forms");

    // French counts 0 and 1 as singular, German only 1.
    QVERIFY(language.apply(QStringLiteral("fr")));
    QCOMPARE(QString(members(0)).replace(u'0', u'1'), members(1));
    QVERIFY(language.apply(QStringLiteral("de")));
    QVERIFY(QString(members(0)).replace(u'0', u'1') != members(1));

    // Japanese has one form for every number.
    QVERIFY(language.apply(QStringLiteral("ja")));
    QCOMPARE(QString(members(1)).replace(u'1', u'7'), members(7));
}

void TestTranslations::switchingLanguageRetranslatesWidgets()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("switch.ini")), nullptr);
    SettingsDialog dialog(&settings);
    SignInPage signIn;
    auto *tabs = dialog.findChild<QTabWidget *>();
    auto *submit = signIn.findChild<QPushButton *>(QStringLiteral("signInSubmit"));
    QVERIFY(tabs && submit);
    const QString englishTab = tabs->tabText(0);
    const QString englishSubmit = submit->text();
    const QString englishTitle = dialog.windowTitle();

    LanguageManager language;
    QSignalSpy changed(&language, &LanguageManager::languageChanged);
    QVERIFY(language.apply(QStringLiteral("de")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("de"));
    QCOMPARE(language.currentLanguage(), QStringLiteral("de"));
    QCOMPARE(QLocale().language(), QLocale::German);
    QTRY_COMPARE(dialog.windowTitle(),
                 QCoreApplication::translate("confab::ui::SettingsDialog", "Settings"));
    QVERIFY(dialog.windowTitle() != englishTitle);
    QVERIFY(tabs->tabText(0) != englishTab);
    QVERIFY(submit->text() != englishSubmit);

    // Straight from one translation to another, then back to the source language.
    QVERIFY(language.apply(QStringLiteral("ja")));
    QTRY_COMPARE(dialog.windowTitle(),
                 QCoreApplication::translate("confab::ui::SettingsDialog", "Settings"));
    QVERIFY(dialog.windowTitle() != englishTitle);
    QVERIFY(language.apply(QStringLiteral("en")));
    QTRY_COMPARE(dialog.windowTitle(), englishTitle);
    QCOMPARE(tabs->tabText(0), englishTab);
    QCOMPARE(submit->text(), englishSubmit);
}

void TestTranslations::unknownLanguageKeepsTheCurrentOne()
{
    LanguageManager language;
    QVERIFY(language.apply(QStringLiteral("es")));
    const QString spanish = errorText(QStringLiteral("not_found"));
    QVERIFY(spanish != QStringLiteral("This no longer exists, or you do not have access to it."));
    QSignalSpy changed(&language, &LanguageManager::languageChanged);
    QVERIFY(!language.apply(QStringLiteral("tlh")));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(language.currentLanguage(), QStringLiteral("es"));
    QCOMPARE(errorText(QStringLiteral("not_found")), spanish);
}

void TestTranslations::systemLanguageFallsBackToItsBaseLanguage()
{
    // main() below starts the process with LANGUAGE=fr_CA:de: Canadian French is not shipped,
    // French is, so "follow the system" picks French.
    LanguageManager language;
    QVERIFY(language.apply(QString()));
    QCOMPARE(language.currentLanguage(), QStringLiteral("fr"));
    QVERIFY(errorText(QStringLiteral("not_found")) !=
            QStringLiteral("This no longer exists, or you do not have access to it."));
}

int main(int argc, char *argv[])
{
    // The system language, as a desktop session sets it, before Qt reads it.
    qputenv("LANGUAGE", "fr_CA:de");
    qputenv("LC_ALL", "fr_CA.UTF-8");
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    TestTranslations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
