#include "panels/SidePanel.h"

#include <QEvent>
#include <QKeyEvent>

namespace confab::ui {

SidePanel::SidePanel(QWidget *parent)
    : QWidget(parent)
{
}

SidePanel::~SidePanel() = default;

void SidePanel::keyPressEvent(QKeyEvent *event)
{
    // Reached when the focused widget inside left Esc unhandled.
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        Q_EMIT closeRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void SidePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace confab::ui
