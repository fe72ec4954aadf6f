#include "LauncherBadge.h"

#include <QDBusMessage>
#include <QLoggingCategory>
#include <QVariantMap>

Q_LOGGING_CATEGORY(lcLauncherBadge, "confab.ui.launcherbadge")

namespace confab::ui {

namespace {
// The object path only has to be unique per app; listeners match on the app URI.
const QString kPath = QStringLiteral("/chat/confab/Confab/LauncherEntry");
const QString kInterface = QStringLiteral("com.canonical.Unity.LauncherEntry");
} // namespace

LauncherBadge::LauncherBadge(const QString &desktopFileName, const QDBusConnection &bus,
                             QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_appUri(QStringLiteral("application://%1.desktop").arg(desktopFileName))
{
}

void LauncherBadge::setCount(int count)
{
    count = qMax(0, count);
    // The first zero is sent too: a badge left by an earlier run of the app goes away.
    if (count == m_count && m_published)
        return;
    m_count = count;
    publish();
}

void LauncherBadge::publish()
{
    if (!m_bus.isConnected())
        return;
    QDBusMessage update = QDBusMessage::createSignal(kPath, kInterface, QStringLiteral("Update"));
    const QVariantMap properties{{QStringLiteral("count"), qint64(m_count)},
                                 {QStringLiteral("count-visible"), m_count > 0}};
    update << m_appUri << properties;
    if (!m_bus.send(update))
        qCDebug(lcLauncherBadge) << "could not send the launcher badge:" << m_bus.lastError();
    m_published = true;
}

} // namespace confab::ui
