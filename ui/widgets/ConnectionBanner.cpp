#include "widgets/ConnectionBanner.h"
#include "models/PlainText.h"

#include "widgets/ErrorTexts.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTimer>

namespace confab::ui {

namespace {

QColor blend(const QColor &base, const QColor &tint, qreal amount)
{
    return QColor::fromRgbF(base.redF() + (tint.redF() - base.redF()) * amount,
                            base.greenF() + (tint.greenF() - base.greenF()) * amount,
                            base.blueF() + (tint.blueF() - base.blueF()) * amount);
}

} // namespace

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_retryButton(new QPushButton(this))
    , m_signInButton(new QPushButton(this))
    , m_countdown(new QTimer(this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    m_label->setObjectName(QStringLiteral("bannerText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::NoTextInteraction);
    m_retryButton->setObjectName(QStringLiteral("retryNowButton"));
    m_signInButton->setObjectName(QStringLiteral("signInButton"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 7); // one more below for the border line
    layout->setSpacing(8);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retryButton);
    layout->addWidget(m_signInButton);

    // Precise: a coarse timer may fire a little early and show the same second twice.
    m_countdown->setTimerType(Qt::PreciseTimer);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &ConnectionBanner::refresh);
    connect(m_retryButton, &QPushButton::clicked, this, &ConnectionBanner::retryNowRequested);
    connect(m_signInButton, &QPushButton::clicked, this, &ConnectionBanner::signInRequested);

    retranslateUi();
}

void ConnectionBanner::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    refresh();
    update();
}

void ConnectionBanner::setReconnectAt(const QDateTime &at)
{
    m_reconnectAt = at;
    refresh();
    // Restart so the ticks fall one second apart from the new deadline.
    if (m_countdown->isActive())
        m_countdown->start();
}

void ConnectionBanner::setPendingCount(int count)
{
    count = qMax(0, count);
    if (count == m_pendingCount)
        return;
    m_pendingCount = count;
    refresh();
}

QString ConnectionBanner::message() const
{
    return m_label->text();
}

void ConnectionBanner::retranslateUi()
{
    setAccessibleName(tr("Connection status"));
    m_retryButton->setText(tr("Retry now"));
    m_retryButton->setAccessibleName(tr("Retry connecting now"));
    m_retryButton->setAccessibleDescription(
        tr("Connects at once instead of waiting; messages you wrote are sent then."));
    //: Button: sign in again after the session ended.
    m_signInButton->setText(tr("Sign in"));
    m_signInButton->setAccessibleName(tr("Sign in again"));
    m_signInButton->setAccessibleDescription(
        tr("Your sign-in ended on the server; opens the sign-in page."));
    refresh();
}

void ConnectionBanner::refresh()
{
    QStringList parts;
    if (const QString state = stateText(); !state.isEmpty())
        parts << state;
    if (const QString pending = pendingText(); !pending.isEmpty())
        parts << pending;
    m_label->setText(parts.join(QStringLiteral(" · ")));
    m_retryButton->setVisible(m_state == State::Offline || m_state == State::WaitingToReconnect);
    m_signInButton->setVisible(m_state == State::SignedOut);
    setVisible(!parts.isEmpty());
    updateTimer();
}

void ConnectionBanner::updateTimer()
{
    const bool counting =
        isVisible() && m_state == State::WaitingToReconnect && secondsUntilReconnect() > 0;
    if (counting && !m_countdown->isActive())
        m_countdown->start();
    else if (!counting)
        m_countdown->stop();
}

QString ConnectionBanner::stateText() const
{
    switch (m_state) {
    case State::Connected:
        return {};
    case State::Connecting:
        return tr("Connecting…");
    case State::Offline:
        return tr("You are offline");
    case State::WaitingToReconnect:
        if (const int seconds = secondsUntilReconnect(); seconds > 0)
            //: %n is a number of seconds; "s" is the unit symbol.
            return tr("Reconnecting in %n s…", nullptr, seconds);
        return m_reconnectAt.isValid() ? tr("Reconnecting…") : tr("Waiting to reconnect…");
    case State::SignedOut:
        return tr("You are signed out");
    }
    return {};
}

QString ConnectionBanner::pendingText() const
{
    if (m_pendingCount == 0)
        return {};
    return englishPlural(tr("%n message(s) waiting to be sent", nullptr, m_pendingCount),
                         m_pendingCount);
}

int ConnectionBanner::secondsUntilReconnect() const
{
    if (!m_reconnectAt.isValid())
        return 0;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(m_reconnectAt);
    return ms > 0 ? int((ms + 999) / 1000) : 0;
}

bool ConnectionBanner::isProblem() const
{
    return m_state == State::Offline || m_state == State::WaitingToReconnect ||
           m_state == State::SignedOut;
}

void ConnectionBanner::paintEvent(QPaintEvent *)
{
    // A tint of the palette's own colours so the strip fits light and dark themes alike.
    QPainter painter(this);
    const QColor window = palette().color(QPalette::Window);
    const QColor tint = isProblem() ? errorColor(palette()) : palette().color(QPalette::Highlight);
    painter.fillRect(rect(), blend(window, tint, 0.18));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(rect().bottomLeft(), rect().bottomRight());
}

void ConnectionBanner::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ConnectionBanner::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ConnectionBanner::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_countdown->stop();
}

} // namespace confab::ui
