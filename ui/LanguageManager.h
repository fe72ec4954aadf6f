#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>
#include <QTranslator>
#include <memory>

namespace confab::ui {

// Installs the app's translation (and Qt's own, for standard dialogs) for one language and
// swaps them at runtime. Installing or removing a translator makes Qt send LanguageChange to
// every widget, whose retranslateUi() then picks up the new texts: no restart needed.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // The language codes the app ships a translation for ("de", "pt_BR", ...), sorted; English
    // is the source language and needs none.
    static QStringList shippedTranslations();
    // Where the compiled translations live (a Qt resource directory).
    static QString translationsDirectory();

    // Switches to `code` ("" follows the system's preferred languages; "en" is the untranslated
    // source). Returns false, keeping the current language, when `code` has no translation.
    bool apply(const QString &code);
    // The language in use after the last apply(): a code such as "de", or "en".
    QString currentLanguage() const { return m_current; }

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    static QString resolveSystemLanguage();
    void removeTranslators();
    void loadQtTranslation(const QLocale &locale);

    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_current = QStringLiteral("en");
};

} // namespace confab::ui
