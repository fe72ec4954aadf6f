#pragma once

#include <QDeadlineTimer>
#include <QHash>
#include <QLabel>
#include <QPointer>
#include <QSet>

class QTimer;

namespace confab::client {
class ClientSession;
}

namespace confab::ui {

// A one-line error under a composer or inside a panel. It listens to the session's
// actionFailed and shows the translated text of the reason (never the server's raw message),
// but only for actions its owner cares about: those it always watches (e.g. loading) and those
// its owner started itself (expect()), so an error shows once, where the user acted.
class InlineError : public QLabel
{
    Q_OBJECT
public:
    explicit InlineError(client::ClientSession *session, QWidget *parent = nullptr);

    // Failures of these actions always show here (ClientSession::actionFailed action names).
    void watch(const QStringList &actions);
    // A failure of `action` soon shows here: the owner just asked the session for it.
    void expect(const QString &action);
    void showReason(const QString &reason);
    void clearError();
    QString reason() const { return m_reason; } // "" while nothing is shown

protected:
    void changeEvent(QEvent *event) override;

private:
    void onActionFailed(const QString &action, const QString &reason);
    void updateColour();
    void retranslateUi();

    QPointer<client::ClientSession> m_session;
    QSet<QString> m_watched;
    QHash<QString, QDeadlineTimer> m_expected; // until the session's answer is overdue
    QString m_reason;
    QTimer *m_hideTimer = nullptr;
};

} // namespace confab::ui
