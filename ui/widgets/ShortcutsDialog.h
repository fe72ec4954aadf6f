#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace confab::ui {

// Help -> Keyboard shortcuts: a table of keys and what they do, built from keyboardShortcuts()
// so it lists exactly what the app has.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);

    // The keys column as shown, one entry per row.
    QStringList keysTexts() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace confab::ui
