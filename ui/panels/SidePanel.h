#pragma once

#include <QWidget>

namespace confab::ui {

// The common behaviour of the panels shown in the SidePanelStack: Esc, when nothing inside the
// panel used it, asks to close the panel, and a language change re-translates the panel's texts.
// Kept in one place so every panel closes and re-translates the same way.
class SidePanel : public QWidget
{
    Q_OBJECT
public:
    explicit SidePanel(QWidget *parent = nullptr);
    ~SidePanel() override;

Q_SIGNALS:
    void closeRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

    // Sets every user-visible text again; each panel also calls it once after building its UI.
    virtual void retranslateUi() = 0;
};

} // namespace confab::ui
