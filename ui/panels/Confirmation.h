#pragma once

#include <QString>
#include <functional>

class QMessageBox;
class QWidget;

namespace confab::client {
class ClientSession;
}

namespace confab::ui {

// What a destructive action asks before it runs.
struct ConfirmationText
{
    QString title;    // window title
    QString question; // the main text, a question
    QString detail;   // what follows, "" for none
    QString accept;   // the verb on the button that goes ahead ("Delete", "Leave")
};

// Asks without blocking: the dialog is window-modal and opened with open(), so no nested event
// loop runs while the state under it keeps changing; `onAccept` runs only if the user goes ahead
// and `parent` still exists. The dialog deletes itself; its object name lets tests answer it.
QMessageBox *confirmAsync(QWidget *parent, const QString &objectName, const ConfirmationText &text,
                          std::function<void()> onAccept);

// "Leave this group?", then session->leaveConversation(): the members and settings panels
// both offer it.
QMessageBox *confirmLeaveConversation(QWidget *parent, client::ClientSession *session,
                                      qint64 conversationId);

} // namespace confab::ui
