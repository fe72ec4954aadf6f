#pragma once

#include "client/ClientSession.h"
#include "client/ClientState.h"

#include <QColor>
#include <QIcon>
#include <QToolButton>

class QActionGroup;

namespace confab::ui {

// The user's own presence: a button showing "● Online" that opens a menu of Online, Away and
// Do not disturb. Choosing updates the button at once and emits statusChosen(); the caller
// tells the server and calls setStatus() if the server says otherwise. While the session is
// not connected the button says so ("Offline", "Connecting...") instead of a status nobody
// can see; the chosen status stays checked in the menu and applies once connected.
class StatusSelector : public QToolButton
{
    Q_OBJECT
public:
    using Availability = confab::client::Availability;

    explicit StatusSelector(QWidget *parent = nullptr);

    void setStatus(confab::client::Availability status);
    Availability status() const { return m_status; }
    void setConnection(confab::client::ClientSession::Connection connection);
    // What the button shows: the chosen status while connected, else the connection's state.
    QString shownText() const;

    // Shared with other views that show presence (member list, conversation list).
    static QString availabilityText(Availability availability);
    static QColor availabilityColor(Availability availability);
    static QIcon dotIcon(Availability availability, int size = 10);

Q_SIGNALS:
    void statusChosen(confab::client::Availability status);

protected:
    void changeEvent(QEvent *event) override;

private:
    void addChoice(Availability availability);
    void retranslateUi();

    Availability m_status = Availability::Online;
    client::ClientSession::Connection m_connection = client::ClientSession::Connection::Online;
    QActionGroup *m_choices = nullptr;
};

} // namespace confab::ui
