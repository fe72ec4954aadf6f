#include "panels/SidePanelStack.h"

#include "panels/ConversationSettingsPanel.h"
#include "panels/MembersPanel.h"
#include "panels/StarredPanel.h"
#include "panels/ThreadPane.h"

#include <QEvent>
#include <QKeyEvent>

namespace confab::ui {

SidePanelStack::SidePanelStack(client::ClientSession *session, QWidget *parent)
    : QStackedWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("sidePanelStack"));
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(260);
    QWidget::hide();
    retranslateUi();
}

SidePanelStack::~SidePanelStack() = default;

template<typename T> T *SidePanelStack::ensure(T *&panel)
{
    if (panel)
        return panel;
    // Built on first use: most sessions never open most panels.
    panel = new T(m_session, this);
    addWidget(panel);
    connect(panel, &T::closeRequested, this, &SidePanelStack::closePanel);
    return panel;
}

QWidget *SidePanelStack::preparePanel(Panel panel, qint64 conversationId, qint64 rootId)
{
    switch (panel) {
    case Panel::Thread:
        ensure(m_thread)->setThread(conversationId, rootId);
        return m_thread;
    case Panel::Members:
        ensure(m_members)->setConversation(conversationId);
        return m_members;
    case Panel::Starred:
        if (!m_starred) {
            ensure(m_starred);
            connect(m_starred, &StarredPanel::jumpRequested, this, &SidePanelStack::jumpRequested);
        }
        m_starred->setConversation(conversationId);
        return m_starred;
    case Panel::Settings:
        ensure(m_settings)->setConversation(conversationId);
        return m_settings;
    case Panel::None:
        break;
    }
    return nullptr;
}

void SidePanelStack::show(Panel panel, qint64 conversationId, qint64 rootId)
{
    if (panel == Panel::None || conversationId == 0) {
        closePanel();
        return;
    }
    QWidget *widget = preparePanel(panel, conversationId, rootId);
    m_current = panel;
    m_conversationId = conversationId;
    setCurrentWidget(widget);
    QWidget::show();
    widget->setFocus(Qt::OtherFocusReason);
    Q_EMIT panelShown(panel);
}

void SidePanelStack::closePanel()
{
    if (m_current == Panel::None && isHidden())
        return;
    m_current = Panel::None;
    QWidget::hide(); // Qt moves the focus on along the chain
    Q_EMIT closed();
}

void SidePanelStack::keyPressEvent(QKeyEvent *event)
{
    // Reached when the focused widget inside left Esc unhandled.
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        closePanel();
        return;
    }
    QStackedWidget::keyPressEvent(event);
}

void SidePanelStack::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QStackedWidget::changeEvent(event);
}

void SidePanelStack::retranslateUi()
{
    setAccessibleName(tr("Side panel"));
}

} // namespace confab::ui
