#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace confab::ui {

// The title row of a side panel: a bold title, an optional quieter subtitle, and a close button.
// Shared so every panel closes the same way and reads the same to a screen reader.
class PanelHeader : public QWidget
{
    Q_OBJECT
public:
    explicit PanelHeader(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    void setSubtitle(const QString &subtitle); // "" hides it
    QToolButton *closeButton() const { return m_close; }

Q_SIGNALS:
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace confab::ui
