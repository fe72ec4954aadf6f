#include "NotificationRouter.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "TrayNotifier.h"
#include "client/ClientSession.h"
#include "model/Notification.h"
#include "models/PlainText.h"

#include <QApplication>

namespace confab::app {

namespace {
// As much as a desktop notification shows; the server's notifications carry 200 characters.
constexpr qsizetype kBodyLength = 200;
} // namespace

NotificationRouter::NotificationRouter(ui::AppSettings *settings, ui::TrayNotifier *tray,
                                       ui::MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_tray(tray)
    , m_window(window)
{
    connect(m_tray, &ui::TrayNotifier::conversationActivated, this, [this](qint64 id) {
        if (m_lastSession)
            Q_EMIT conversationActivated(m_lastSession, id);
    });
}

void NotificationRouter::watch(client::ClientSession *session)
{
    connect(session->state(), &client::ClientState::notificationReceived, this,
            [this, session](const model::Notification &notification, bool) {
                onNotification(session, notification);
            });
    connect(session->state(), &client::ClientState::messagesInserted, this,
            [this, session](qint64 conversationId, const QList<qint64> &ids) {
                onMessagesInserted(session, conversationId, ids);
            });
}

bool NotificationRouter::allowed(client::ClientSession *session) const
{
    return m_settings->notificationsEnabled() &&
           session->ownStatus() != client::Availability::DoNotDisturb;
}

void NotificationRouter::onNotification(client::ClientSession *session,
                                        const model::Notification &notification)
{
    if (!allowed(session))
        return;
    QString body = notification.content;
    if (notification.kind == model::Notification::Kind::Added)
        body = tr("You were added to this conversation");
    show(session, notification.conversationId, notification.senderId, body);
}

// The server does not notify about a conversation this app has joined (the open one), so
// messages there notify from here when the user is looking elsewhere.
void NotificationRouter::onMessagesInserted(client::ClientSession *session, qint64 conversationId,
                                            const QList<qint64> &ids)
{
    if (conversationId != session->openConversationId() || !allowed(session))
        return;
    if (m_window->isActiveWindow() && m_window->session() == session)
        return;
    const client::ClientState *state = session->state();
    const model::Conversation *conversation = state->conversation(conversationId);
    if (conversation && conversation->reader && conversation->reader->muted)
        return;
    for (qint64 id : ids) {
        const model::Message *message = state->message(conversationId, id);
        // Only new arrivals: older pages loaded by scrolling are not news.
        if (message && message->senderId != state->me().id && conversation &&
            message->seq >= conversation->lastSeq)
            show(session, conversationId, message->senderId, message->content);
    }
}

// "Carol in Release 0.2" for a group, "Carol" for a direct conversation (which is named
// after her); the conversation's name alone when the sender's name is not known here.
QString NotificationRouter::title(const client::ClientState &state, qint64 conversationId,
                                  qint64 senderId)
{
    const QString name = state.displayName(conversationId);
    const model::Conversation *conversation = state.conversation(conversationId);
    const QString sender = state.userDisplayName(senderId, conversationId);
    if (conversation && conversation->kind == model::Conversation::Kind::Group &&
        !sender.isEmpty()) {
        //: Notification title: %1 is who wrote, %2 the group's name.
        return tr("%1 in %2").arg(sender, name);
    }
    if (!name.isEmpty())
        return name;
    return sender.isEmpty() ? tr("New message") : sender;
}

void NotificationRouter::show(client::ClientSession *session, qint64 conversationId,
                              qint64 senderId, const QString &content)
{
    // Desktop notifications show plain text: Markdown markers would be shown as typed.
    const QString body = m_settings->showMessagePreview()
                             ? ui::plainTextFromMarkdown(content).left(kBodyLength)
                             : tr("You have a new message");
    m_lastSession = session;
    m_tray->notify(title(*session->state(), conversationId, senderId), body, conversationId);
}

} // namespace confab::app
