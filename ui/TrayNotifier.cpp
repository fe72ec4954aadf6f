#include "TrayNotifier.h"

#include <QAction>
#include <QEvent>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>

namespace confab::ui {

namespace {

Q_LOGGING_CATEGORY(lcTray, "confab.ui.tray")

constexpr int kBadgeCap = 99;
constexpr int kMessageTimeoutMs = 10'000;
// Trays ask for anything from 16 to 64 pixels; painting each size keeps the badge legible
// instead of scaling one bitmap.
constexpr int kIconSizes[] = {16, 22, 24, 32, 48, 64};

const QColor kBubbleColor(0x2f, 0x6f, 0xeb);
const QColor kBadgeColor(0xd9, 0x23, 0x23);

void paintBubble(QPainter &painter, qreal size)
{
    const QRectF body(size * 0.06, size * 0.14, size * 0.80, size * 0.58);
    QPainterPath bubble;
    bubble.addRoundedRect(body, size * 0.16, size * 0.16);
    QPainterPath tail;
    tail.moveTo(size * 0.22, body.bottom() - 1);
    tail.lineTo(size * 0.16, size * 0.92);
    tail.lineTo(size * 0.46, body.bottom() - 1);
    tail.closeSubpath();
    painter.fillPath(bubble.united(tail), kBubbleColor);

    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    const qreal radius = size * 0.055;
    for (int i = -1; i <= 1; ++i)
        painter.drawEllipse(body.center() + QPointF(i * size * 0.2, 0), radius, radius);
}

void paintBadge(QPainter &painter, qreal size, const QString &text)
{
    QFont font;
    font.setBold(true);
    font.setPixelSize(qMax(6, int(size * 0.36)));
    const qreal height = size * 0.5;
    const qreal textWidth = QFontMetricsF(font).horizontalAdvance(text);
    const qreal width = qMin(size, qMax(height, textWidth + size * 0.16));
    const QRectF badge(size - width, 0, width, height);

    painter.setPen(Qt::NoPen);
    painter.setBrush(kBadgeColor);
    painter.drawRoundedRect(badge, height / 2, height / 2);
    painter.setPen(Qt::white);
    painter.setFont(font);
    painter.drawText(badge, Qt::AlignCenter, text);
}

} // namespace

TrayNotifier::TrayNotifier(QObject *parent)
    : QObject(parent)
    , m_menu(std::make_unique<QMenu>())
    , m_tray(std::make_unique<QSystemTrayIcon>())
{
    buildMenu();
    updateIcon();
    retranslate();
    connect(m_tray.get(), &QSystemTrayIcon::activated, this, &TrayNotifier::onActivated);
    connect(m_tray.get(), &QSystemTrayIcon::messageClicked, this,
            &TrayNotifier::handleMessageClicked);
    // Showing the icon without a tray to show it in only produces warnings.
    if (isAvailable())
        m_tray->show();
}

TrayNotifier::~TrayNotifier() = default;

bool TrayNotifier::isAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayNotifier::buildMenu()
{
    m_showAction = m_menu->addAction(QString());
    m_menu->addSeparator();
    m_quitAction = m_menu->addAction(QString());
    connect(m_showAction, &QAction::triggered, this, &TrayNotifier::showWindowRequested);
    connect(m_quitAction, &QAction::triggered, this, &TrayNotifier::quitRequested);
    m_tray->setContextMenu(m_menu.get());
    // The menu is a top-level widget, so it is told when the language changes.
    m_menu->installEventFilter(this);
}

void TrayNotifier::retranslate()
{
    m_showAction->setText(tr("Show Confab"));
    m_quitAction->setText(tr("Quit"));
    m_tray->setToolTip(toolTip());
}

bool TrayNotifier::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu.get() && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

QString TrayNotifier::toolTip() const
{
    if (m_unread == 0)
        return QGuiApplication::applicationDisplayName();
    return tr("Confab — %n unread", nullptr, m_unread);
}

QString TrayNotifier::badgeText(int count)
{
    if (count <= 0)
        return {};
    if (count > kBadgeCap)
        return tr("%1+").arg(kBadgeCap);
    return QString::number(count);
}

QPixmap TrayNotifier::paintIcon(int size, const QString &badge)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintBubble(painter, size);
    if (!badge.isEmpty())
        paintBadge(painter, size, badge);
    return pixmap;
}

void TrayNotifier::setUnreadCount(int count)
{
    count = qMax(0, count);
    if (count == m_unread)
        return;
    m_unread = count;
    updateIcon();
    m_tray->setToolTip(toolTip());
}

// Repaints only when the badge changes: 150 and 151 unread look the same.
void TrayNotifier::updateIcon()
{
    const QString badge = badgeText(m_unread);
    if (!m_icon.isNull() && badge == m_badge)
        return;
    m_badge = badge;
    QIcon icon;
    for (const int size : kIconSizes)
        icon.addPixmap(paintIcon(size, badge));
    m_icon = icon;
    m_tray->setIcon(m_icon);
}

bool TrayNotifier::notify(const QString &title, const QString &body, qint64 conversationId)
{
    m_lastShown = m_enabled && !m_doNotDisturb;
    if (!m_lastShown) {
        qCDebug(lcTray) << "notification silenced for conversation" << conversationId;
        return false;
    }
    // The tray shows one message at a time and its click names no message: the latest wins.
    m_clickTarget = conversationId;
    if (m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, body, m_icon, kMessageTimeoutMs);
    Q_EMIT notificationShown(title, body, conversationId);
    return true;
}

bool TrayNotifier::showNotice(const QString &title, const QString &body)
{
    const bool shown = m_tray->isVisible() && QSystemTrayIcon::supportsMessages();
    if (shown)
        m_tray->showMessage(title, body, QSystemTrayIcon::Information, kMessageTimeoutMs);
    Q_EMIT noticeShown(title, body);
    return shown;
}

void TrayNotifier::handleMessageClicked()
{
    if (m_clickTarget)
        Q_EMIT conversationActivated(*m_clickTarget);
}

void TrayNotifier::onActivated(QSystemTrayIcon::ActivationReason reason)
{
    if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
        Q_EMIT showWindowRequested();
}

} // namespace confab::ui
