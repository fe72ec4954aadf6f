#pragma once

#include <QLabel>
#include <QStringList>

namespace confab::ui {

// "Ada is typing…" under the timeline. Shows the names it is given, elided to its width; the
// caller decides whose typing counts (never the user's own).
class TypingIndicator : public QLabel
{
    Q_OBJECT
public:
    explicit TypingIndicator(QWidget *parent = nullptr);

    void setTypingNames(const QStringList &names);
    QStringList typingNames() const { return m_names; }

    // "" / "Ada is typing…" / "Ada and Bob are typing…" / "Ada, Bob and 3 others are typing…"
    static QString typingText(const QStringList &names);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void updateElidedText();

    QStringList m_names;
    QString m_fullText;
};

} // namespace confab::ui
