#pragma once

#include <QFrame>

class QToolButton;

namespace confab::ui {

// The small toolbar over the top right of the message under the mouse, as Slack and Element
// have: React, Reply in thread, Star or Unstar, and More (the message's context menu). It only
// asks; TimelineHover places it and ConversationView runs the actions (MessageActions). Its
// buttons take no keyboard focus: keyboard users have the same actions in the context menu
// (Menu key, Shift+F10), and a bar that appears under the mouse must not steal the Tab order.
class MessageHoverBar : public QFrame
{
    Q_OBJECT
public:
    explicit MessageHoverBar(QWidget *parent = nullptr);

    void setStarred(bool starred);
    // An archived conversation takes no reactions or stars.
    void setReadOnly(bool readOnly);

    QToolButton *reactButton() const { return m_react; }
    QToolButton *replyButton() const { return m_reply; }
    QToolButton *starButton() const { return m_star; }
    QToolButton *moreButton() const { return m_more; }

Q_SIGNALS:
    void reactClicked();
    void replyClicked();
    void starClicked();
    void moreClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    QToolButton *addButton(const QString &objectName, const QString &iconName);
    void retranslateUi();

    QToolButton *m_react = nullptr;
    QToolButton *m_reply = nullptr;
    QToolButton *m_star = nullptr;
    QToolButton *m_more = nullptr;
    bool m_starred = false;
    bool m_readOnly = false;
};

} // namespace confab::ui
