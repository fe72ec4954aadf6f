#include "widgets/ShortcutsDialog.h"

#include "KeyboardShortcuts.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace confab::ui {

namespace {
enum Column { KeysColumn, ActionColumn, ColumnCount };
}

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(int(keyboardShortcuts().size()), ColumnCount, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    // Rows follow their wrapped text at whatever width the dialog gets, in every language.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(KeysColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        m_table->setItem(row, KeysColumn, new QTableWidgetItem);
        m_table->setItem(row, ActionColumn, new QTableWidgetItem);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 520);
    retranslateUi();
}

QStringList ShortcutsDialog::keysTexts() const
{
    QStringList texts;
    for (int row = 0; row < m_table->rowCount(); ++row)
        texts.append(m_table->item(row, KeysColumn)->text());
    return texts;
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ShortcutsDialog::retranslateUi()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_intro->setText(tr("Everything in Confab can be done from the keyboard. Tab moves between "
                        "the parts of the window."));
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setAccessibleDescription(tr("Each row: the keys, then what they do."));
    const QList<KeyboardShortcut> &shortcuts = keyboardShortcuts();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        m_table->item(row, KeysColumn)->setText(shortcutKeysText(shortcuts.at(row)));
        m_table->item(row, ActionColumn)->setText(shortcutDescription(shortcuts.at(row)));
    }
    m_buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
}

} // namespace confab::ui
