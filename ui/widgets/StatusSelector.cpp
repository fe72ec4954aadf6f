#include "widgets/StatusSelector.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QPainter>
#include <QPixmap>

namespace confab::ui {

StatusSelector::StatusSelector(QWidget *parent)
    : QToolButton(parent)
    , m_choices(new QActionGroup(this))
{
    setObjectName(QStringLiteral("statusSelector"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setPopupMode(QToolButton::InstantPopup);
    setAutoRaise(true);

    auto *menu = new QMenu(this);
    setMenu(menu);
    m_choices->setExclusive(true);
    addChoice(Availability::Online);
    addChoice(Availability::Away);
    addChoice(Availability::DoNotDisturb);
    connect(m_choices, &QActionGroup::triggered, this, [this](QAction *action) {
        const auto chosen = action->data().value<Availability>();
        setStatus(chosen);
        Q_EMIT statusChosen(chosen);
    });

    retranslateUi();
}

void StatusSelector::addChoice(Availability availability)
{
    QAction *action = menu()->addAction(dotIcon(availability), QString());
    action->setCheckable(true);
    action->setData(QVariant::fromValue(availability));
    action->setChecked(availability == m_status);
    m_choices->addAction(action);
}

void StatusSelector::setStatus(Availability status)
{
    m_status = status;
    const QList<QAction *> actions = m_choices->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().value<Availability>() == status);
    retranslateUi();
}

void StatusSelector::setConnection(client::ClientSession::Connection connection)
{
    m_connection = connection;
    retranslateUi();
}

QString StatusSelector::shownText() const
{
    using Connection = client::ClientSession::Connection;
    switch (m_connection) {
    case Connection::Online:
        return availabilityText(m_status);
    case Connection::Connecting:
        //: Shown instead of the user's own status while the app connects.
        return tr("Connecting…");
    case Connection::Offline:
    case Connection::WaitingToReconnect:
    case Connection::SignedOut:
        break;
    }
    return availabilityText(Availability::Offline);
}

QString StatusSelector::availabilityText(Availability availability)
{
    switch (availability) {
    case Availability::Online:
        //: Presence status.
        return tr("Online");
    case Availability::Away:
        //: Presence status.
        return tr("Away");
    case Availability::DoNotDisturb:
        //: Presence status.
        return tr("Do not disturb");
    case Availability::Offline:
        //: Presence status.
        return tr("Offline");
    case Availability::Unknown:
        //: Presence status of others while we are offline ourselves.
        return tr("Presence unknown");
    }
    return {};
}

QColor StatusSelector::availabilityColor(Availability availability)
{
    // The colours every chat app uses for these states; readable on light and dark windows.
    switch (availability) {
    case Availability::Online:
        return QColor(0x2e, 0xa0, 0x43);
    case Availability::Away:
        return QColor(0xe0, 0x9b, 0x1a);
    case Availability::DoNotDisturb:
        return QColor(0xd9, 0x3b, 0x3b);
    case Availability::Offline:
    case Availability::Unknown:
        break;
    }
    return QColor(0x8c, 0x8c, 0x8c);
}

QIcon StatusSelector::dotIcon(Availability availability, int size)
{
    const qreal ratio = qApp ? qApp->devicePixelRatio() : 1.0;
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(availabilityColor(availability));
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
    return QIcon(pixmap);
}

void StatusSelector::changeEvent(QEvent *event)
{
    QToolButton::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void StatusSelector::retranslateUi()
{
    const QList<QAction *> actions = m_choices->actions();
    for (QAction *action : actions)
        action->setText(availabilityText(action->data().value<Availability>()));
    const bool connected = m_connection == client::ClientSession::Connection::Online;
    setText(shownText());
    setIcon(dotIcon(connected ? m_status : Availability::Offline));
    //: %1 is a presence status such as "Away", or "Offline" while not connected.
    setAccessibleName(tr("Your status: %1").arg(shownText()));
    //: %1 is the status the user chose, such as "Away".
    setAccessibleDescription(connected ? QString()
                                       : tr("Others see you as offline; your status, %1, applies "
                                            "once connected")
                                             .arg(availabilityText(m_status)));
    setToolTip(tr("Change your status"));
}

} // namespace confab::ui
