#include "panels/InlineError.h"

#include "client/ClientSession.h"
#include "widgets/ErrorTexts.h"

#include <QEvent>
#include <QTimer>

namespace confab::ui {

namespace {
// Long enough to read twice; an error that stays forever reads as a broken state.
constexpr int kVisibleMs = 10'000;
// Longer than the session waits for any answer, so a refusal of what was asked here still
// shows here, and a success does not leave the action expected forever.
constexpr int kExpectMs = 30'000;
} // namespace

InlineError::InlineError(client::ClientSession *session, QWidget *parent)
    : QLabel(parent)
    , m_session(session)
    , m_hideTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("inlineError"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hideTimer->setSingleShot(true);
    m_hideTimer->setInterval(kVisibleMs);
    connect(m_hideTimer, &QTimer::timeout, this, &InlineError::clearError);
    if (session)
        connect(session, &client::ClientSession::actionFailed, this, &InlineError::onActionFailed);
    hide();
    updateColour();
    retranslateUi();
}

void InlineError::watch(const QStringList &actions)
{
    for (const QString &action : actions)
        m_watched.insert(action);
}

void InlineError::expect(const QString &action)
{
    m_expected.insert(action, QDeadlineTimer(kExpectMs));
}

void InlineError::onActionFailed(const QString &action, const QString &reason)
{
    // take() of an action never expected gives an already expired deadline.
    const bool mine = !m_expected.take(action).hasExpired();
    if (mine || m_watched.contains(action))
        showReason(reason);
}

void InlineError::showReason(const QString &reason)
{
    m_reason = reason;
    retranslateUi();
    show();
    m_hideTimer->start();
}

void InlineError::clearError()
{
    m_reason.clear();
    m_hideTimer->stop();
    clear();
    hide();
}

void InlineError::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColour(); // a switch between light and dark needs the other red
}

void InlineError::updateColour()
{
    QPalette own = palette();
    const QColor wanted = errorColor(own);
    if (own.color(QPalette::WindowText) == wanted)
        return; // also ends the PaletteChange our own setPalette() causes
    own.setColor(QPalette::WindowText, wanted);
    setPalette(own);
}

void InlineError::retranslateUi()
{
    setAccessibleName(tr("Error"));
    setText(m_reason.isEmpty() ? QString() : errorText(m_reason));
    // A reader announces the description with the name: the error itself, or that all is well.
    setAccessibleDescription(m_reason.isEmpty() ? tr("No error") : text());
}

} // namespace confab::ui
