#include "widgets/TypingIndicator.h"
#include "models/PlainText.h"

#include <QEvent>

namespace confab::ui {

TypingIndicator::TypingIndicator(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("typingIndicator"));
    // Long names must not widen the window: the label takes the width it is given and elides.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    setForegroundRole(QPalette::PlaceholderText);
    QFont small = font();
    small.setItalic(true);
    setFont(small);
    // The line keeps its height when nobody types, so the timeline above it does not jump.
    setMinimumHeight(fontMetrics().height());
    retranslateUi();
}

void TypingIndicator::setTypingNames(const QStringList &names)
{
    if (names == m_names)
        return;
    m_names = names;
    retranslateUi();
}

QString TypingIndicator::typingText(const QStringList &names)
{
    switch (names.size()) {
    case 0:
        return {};
    case 1:
        return tr("%1 is typing…").arg(names.at(0));
    case 2:
        return tr("%1 and %2 are typing…").arg(names.at(0), names.at(1));
    default: {
        const int others = int(names.size() - 2);
        return englishPlural(tr("%1, %2 and %n other(s) are typing…", nullptr, others), others)
            .arg(names.at(0), names.at(1));
    }
    }
}

void TypingIndicator::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange)
        setMinimumHeight(fontMetrics().height());
}

void TypingIndicator::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateElidedText();
}

void TypingIndicator::retranslateUi()
{
    m_fullText = typingText(m_names);
    updateElidedText();
}

void TypingIndicator::updateElidedText()
{
    // Before the first layout the width is meaningless; resizeEvent elides once it is known.
    const QString shown =
        isVisible() ? fontMetrics().elidedText(m_fullText, Qt::ElideRight, width()) : m_fullText;
    setText(shown);
    setToolTip(shown == m_fullText ? QString() : m_fullText);
    setAccessibleName(m_fullText); // screen readers get the names the elision cut off
}

} // namespace confab::ui
