#include "panels/Confirmation.h"

#include "client/ClientSession.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace confab::ui {

namespace {
// One translation context for the texts of this file.
struct Confirmations
{
    Q_DECLARE_TR_FUNCTIONS(Confirmations)
};
} // namespace

QMessageBox *confirmAsync(QWidget *parent, const QString &objectName, const ConfirmationText &text,
                          std::function<void()> onAccept)
{
    auto *box = new QMessageBox(QMessageBox::Warning, text.title, text.question,
                                QMessageBox::NoButton, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setInformativeText(text.detail);
    QPushButton *go = box->addButton(text.accept, QMessageBox::DestructiveRole);
    go->setObjectName(QStringLiteral("acceptButton"));
    go->setAccessibleName(text.accept);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    // Enter must not destroy anything by accident: the safe answer is the default.
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [go, onAccept = std::move(onAccept)](QAbstractButton *clicked) {
                         if (clicked == go && onAccept)
                             onAccept();
                     });
    box->open();
    return box;
}

QMessageBox *confirmLeaveConversation(QWidget *parent, client::ClientSession *session,
                                      qint64 conversationId)
{
    const ConfirmationText text{
        Confirmations::tr("Leave conversation"),
        Confirmations::tr("Leave “%1”?").arg(session->state()->displayName(conversationId)),
        Confirmations::tr("You will stop receiving its messages. Someone will have to add you "
                          "again."),
        Confirmations::tr("Leave"),
    };
    const QPointer<client::ClientSession> guard(session);
    return confirmAsync(parent, QStringLiteral("confirmLeaveDialog"), text,
                        [guard, conversationId] {
                            if (guard)
                                guard->leaveConversation(conversationId);
                        });
}

} // namespace confab::ui
