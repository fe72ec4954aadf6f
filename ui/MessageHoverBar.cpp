#include "MessageHoverBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QToolButton>

namespace confab::ui {

MessageHoverBar::MessageHoverBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageHoverBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true); // it floats over the message text
    setBackgroundRole(QPalette::Base);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(0);
    m_react = addButton(QStringLiteral("hoverReactButton"), QStringLiteral("face-smile"));
    m_reply = addButton(QStringLiteral("hoverReplyButton"), QStringLiteral("mail-reply-sender"));
    m_star = addButton(QStringLiteral("hoverStarButton"), QStringLiteral("starred"));
    m_more = addButton(QStringLiteral("hoverMoreButton"), QStringLiteral("view-more-symbolic"));
    connect(m_react, &QToolButton::clicked, this, &MessageHoverBar::reactClicked);
    connect(m_reply, &QToolButton::clicked, this, &MessageHoverBar::replyClicked);
    connect(m_star, &QToolButton::clicked, this, &MessageHoverBar::starClicked);
    connect(m_more, &QToolButton::clicked, this, &MessageHoverBar::moreClicked);
    retranslateUi();
    hide();
}

QToolButton *MessageHoverBar::addButton(const QString &objectName, const QString &iconName)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus);
    button->setCursor(Qt::PointingHandCursor);
    const QIcon icon = QIcon::fromTheme(iconName);
    button->setIcon(icon);
    // Without an icon theme the button shows its text, never an empty square.
    button->setToolButtonStyle(icon.isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
    layout()->addWidget(button);
    return button;
}

void MessageHoverBar::setStarred(bool starred)
{
    m_starred = starred;
    retranslateUi();
}

void MessageHoverBar::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_react->setEnabled(!readOnly);
    m_star->setEnabled(!readOnly);
    retranslateUi();
}

void MessageHoverBar::retranslateUi()
{
    setAccessibleName(tr("Message toolbar"));
    const QString archived = tr("This conversation is archived.");
    m_react->setText(tr("React", "verb: add an emoji reaction"));
    m_react->setAccessibleName(tr("Add a reaction"));
    m_react->setToolTip(m_readOnly ? archived : tr("Add a reaction"));
    m_reply->setText(tr("Reply", "verb: reply in a thread"));
    m_reply->setAccessibleName(tr("Reply in thread"));
    m_reply->setToolTip(tr("Reply in thread"));
    m_star->setText(m_starred ? tr("Unstar", "verb: remove the message's star")
                              : tr("Star", "verb: mark the message with a star"));
    m_star->setAccessibleName(m_starred ? tr("Remove the star") : tr("Star this message"));
    m_star->setToolTip(m_readOnly ? archived : m_star->accessibleName());
    m_more->setText(tr("More", "button: more actions on a message"));
    m_more->setAccessibleName(tr("More actions"));
    m_more->setAccessibleDescription(tr("Opens the message's menu, as the Menu key does."));
    m_more->setToolTip(tr("More actions"));
    adjustSize();
}

void MessageHoverBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace confab::ui
