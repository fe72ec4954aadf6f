#include "LanguageManager.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLanguage, "confab.ui.language")

namespace confab::ui {

namespace {
const QString kSourceLanguage = QStringLiteral("en");
const QString kFilePrefix = QStringLiteral("confab_");
} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QString LanguageManager::translationsDirectory()
{
    return QStringLiteral(":/i18n");
}

QStringList LanguageManager::shippedTranslations()
{
    QStringList codes;
    const QStringList files =
        QDir(translationsDirectory())
            .entryList({kFilePrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes.append(file.mid(kFilePrefix.size(), file.size() - kFilePrefix.size() - 3));
    return codes;
}

QString LanguageManager::resolveSystemLanguage()
{
    // uiLanguages() lists the user's preferences in order ("de-AT", "de", "en-US", ...); the
    // first one we ship wins, and a regional variant falls back to its base language.
    const QStringList shipped = shippedTranslations();
    const QStringList preferred = QLocale::system().uiLanguages();
    for (QString language : preferred) {
        language.replace(u'-', u'_');
        if (language == kSourceLanguage || language.startsWith(kSourceLanguage + u'_'))
            return kSourceLanguage;
        if (shipped.contains(language))
            return language;
        const QString base = language.section(u'_', 0, 0);
        if (shipped.contains(base))
            return base;
    }
    return kSourceLanguage;
}

bool LanguageManager::apply(const QString &code)
{
    const QString language = code.isEmpty() ? resolveSystemLanguage() : code;
    if (language != kSourceLanguage && !shippedTranslations().contains(language)) {
        qCWarning(lcLanguage) << "no translation for" << language;
        return false;
    }

    auto translator = std::make_unique<QTranslator>();
    if (language != kSourceLanguage &&
        !translator->load(kFilePrefix + language, translationsDirectory())) {
        qCWarning(lcLanguage) << "cannot load the translation for" << language;
        return false;
    }

    removeTranslators();
    // Dates and numbers follow the UI language, so a German UI never shows "Yesterday, 3:04 PM";
    // following the system keeps the user's own regional formats (en_GB dates, say).
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    if (language != kSourceLanguage) {
        m_appTranslator = std::move(translator);
        QCoreApplication::installTranslator(m_appTranslator.get());
    }
    loadQtTranslation(locale);
    m_current = language;
    qCInfo(lcLanguage) << "language" << language;
    Q_EMIT languageChanged(language);
    return true;
}

void LanguageManager::loadQtTranslation(const QLocale &locale)
{
    // Qt's own texts (standard buttons, context menus of line edits) come from the system's
    // qtbase translations when they are installed; without them those few stay English.
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qtTranslator = std::move(translator);
        QCoreApplication::installTranslator(m_qtTranslator.get());
    }
}

void LanguageManager::removeTranslators()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
}

} // namespace confab::ui
