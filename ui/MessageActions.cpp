#include "MessageActions.h"

#include "client/ClientSession.h"
#include "model/Emoji.h"
#include "models/ModelRoles.h"
#include "panels/Confirmation.h"

#include <QAction>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QModelIndex>
#include <QPointer>
#include <QPushButton>
#include <QTextDocument>

namespace confab::ui {

namespace {
// The server accepts one emoji of up to 32 UTF-16 units (a family or flag sequence is long).
constexpr int kMaxReactionLength = 32;
} // namespace

MessageActions::MessageActions(client::ClientSession *session, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_dialogParent(dialogParent)
{
}

void MessageActions::setConversation(qint64 conversationId)
{
    m_conversationId = conversationId;
}

QStringList MessageActions::quickReactions()
{
    return {QStringLiteral("👍"), QStringLiteral("❤️"), QStringLiteral("😂"),
            QStringLiteral("🎉"), QStringLiteral("😮"),      QStringLiteral("😢")};
}

MessageActions::Target MessageActions::targetOf(const QModelIndex &index) const
{
    Target target;
    target.conversationId = m_conversationId;
    target.messageId = index.data(MessageIdRole).toLongLong();
    target.mobileRef = index.data(MobileRefRole).toString();
    target.content = index.data(ContentRole).toString();
    target.mine = index.data(IsMineRole).toBool();
    target.starred = index.data(StarredRole).toBool();
    target.deleted = index.data(DeletedRole).toBool();
    const auto delivery = client::Delivery(index.data(DeliveryRole).toInt());
    target.inOutbox = delivery != client::Delivery::Sent || target.messageId == 0;
    target.failed = delivery == client::Delivery::Failed;
    return target;
}

bool MessageActions::isArchived() const
{
    const model::Conversation *conversation = m_session->state()->conversation(m_conversationId);
    return conversation && conversation->archived;
}

bool MessageActions::canDelete(const Target &target) const
{
    if (target.mine)
        return true;
    const client::ClientState *state = m_session->state();
    const model::Conversation *conversation = state->conversation(target.conversationId);
    const model::Member *me = state->member(target.conversationId, state->me().id);
    return conversation && conversation->kind == model::Conversation::Kind::Group && me &&
           me->role == model::Member::Role::Owner;
}

QMenu *MessageActions::createMenu(const QModelIndex &index, QWidget *parent)
{
    if (!index.isValid() || m_conversationId == 0)
        return nullptr;
    const Target target = targetOf(index);
    if (!target.inOutbox && target.deleted)
        return nullptr; // nothing left to act on
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("messageMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true); // disabled actions say why
    menu->setAccessibleName(tr("Message actions"));
    if (target.inOutbox)
        addOutboxActions(menu, target);
    else
        addMessageActions(menu, target);
    return menu;
}

QMenu *MessageActions::popup(const QModelIndex &index, const QPoint &globalPos, QWidget *parent)
{
    QMenu *menu = createMenu(index, parent);
    if (menu)
        menu->popup(globalPos);
    return menu;
}

QMenu *MessageActions::popupReactionPicker(const QModelIndex &index, const QPoint &globalPos,
                                           QWidget *parent)
{
    if (!index.isValid() || m_conversationId == 0 || isArchived())
        return nullptr;
    const Target target = targetOf(index);
    if (target.inOutbox || target.deleted)
        return nullptr;
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("reactionPicker"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true);
    menu->setAccessibleName(tr("Reactions"));
    fillReactMenu(menu, target);
    menu->popup(globalPos);
    return menu;
}

void MessageActions::replyInThread(const QModelIndex &index)
{
    const Target target = targetOf(index);
    if (m_threadAction && !target.inOutbox && target.messageId != 0)
        Q_EMIT threadRequested(target.conversationId, target.messageId);
}

void MessageActions::toggleStar(const QModelIndex &index)
{
    const Target target = targetOf(index);
    if (!target.inOutbox && !target.deleted && !isArchived())
        flipStar(target);
}

void MessageActions::flipStar(const Target &target)
{
    Q_EMIT actionStarted(QStringLiteral("star"));
    m_session->setStarred(target.conversationId, target.messageId, !target.starred);
}

void MessageActions::addOutboxActions(QMenu *menu, const Target &target)
{
    QAction *retry = menu->addAction(tr("Retry sending"), this, [this, ref = target.mobileRef] {
        m_session->retryMessage(ref);
    });
    retry->setObjectName(QStringLiteral("retryAction"));
    retry->setEnabled(target.failed);
    if (!target.failed)
        retry->setToolTip(tr("This message is still being sent."));
    QAction *discard = menu->addAction(
        tr("Discard"), this, [this, ref = target.mobileRef] { m_session->discardMessage(ref); });
    discard->setObjectName(QStringLiteral("discardAction"));
}

void MessageActions::addMessageActions(QMenu *menu, const Target &target)
{
    const bool archived = isArchived();
    const QString archivedWhy = tr("This conversation is archived.");
    const auto limit = [&](QAction *action) {
        action->setEnabled(!archived);
        if (archived)
            action->setToolTip(archivedWhy);
    };

    if (m_threadAction) {
        QAction *reply = menu->addAction(tr("Reply in thread"), this, [this, target] {
            Q_EMIT threadRequested(target.conversationId, target.messageId);
        });
        reply->setObjectName(QStringLiteral("replyAction"));
    }
    QMenu *react = createReactMenu(menu, target);
    limit(react->menuAction());
    QAction *star =
        menu->addAction(target.starred ? tr("Unstar", "verb: remove the message's star")
                                       : tr("Star", "verb: mark the message with a star"),
                        this, [this, target] { flipStar(target); });
    star->setObjectName(QStringLiteral("starAction"));
    limit(star);
    if (target.mine) {
        QAction *edit = menu->addAction(tr("Edit"), this, [this, target] {
            Q_EMIT editRequested(target.messageId, target.content);
        });
        edit->setObjectName(QStringLiteral("editAction"));
        limit(edit);
    }
    if (canDelete(target)) {
        QAction *remove =
            menu->addAction(tr("Delete…"), this, [this, target] { confirmDelete(target); });
        remove->setObjectName(QStringLiteral("deleteAction"));
        limit(remove);
    }
    menu->addSeparator();
    QAction *copy =
        menu->addAction(tr("Copy text"), this, [content = target.content] { copyText(content); });
    copy->setObjectName(QStringLiteral("copyTextAction"));
}

QMenu *MessageActions::createReactMenu(QMenu *parent, const Target &target)
{
    QMenu *react = parent->addMenu(tr("React", "verb: add an emoji reaction"));
    react->setObjectName(QStringLiteral("reactMenu"));
    react->menuAction()->setObjectName(QStringLiteral("reactMenuAction"));
    fillReactMenu(react, target);
    return react;
}

void MessageActions::fillReactMenu(QMenu *react, const Target &target)
{
    for (const QString &emoji : quickReactions()) {
        QAction *action =
            react->addAction(emoji, this, [this, target, emoji] { this->react(target, emoji); });
        action->setObjectName(QStringLiteral("reactAction"));
        action->setData(emoji);
        //: %1 is an emoji.
        action->setToolTip(tr("React with %1").arg(emoji));
    }
    react->addSeparator();
    QAction *other =
        react->addAction(tr("Other…"), this, [this, target] { askForReaction(target); });
    other->setObjectName(QStringLiteral("otherReactionAction"));
}

void MessageActions::react(const Target &target, const QString &emoji)
{
    const QString reaction = emoji.trimmed();
    if (reaction.isEmpty())
        return;
    Q_EMIT actionStarted(QStringLiteral("react"));
    m_session->toggleReaction(target.conversationId, target.messageId, reaction);
}

void MessageActions::askForReaction(const Target &target)
{
    auto *dialog = new QInputDialog(m_dialogParent);
    dialog->setObjectName(QStringLiteral("otherReactionDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setWindowTitle(tr("Add a reaction"));
    dialog->setLabelText(tr("Type one emoji:"));
    dialog->setOkButtonText(tr("React", "verb: add an emoji reaction"));
    dialog->setInputMode(QInputDialog::TextInput);
    if (auto *edit = dialog->findChild<QLineEdit *>()) {
        edit->setMaxLength(kMaxReactionLength);
        edit->setAccessibleName(tr("Reaction", "the emoji typed in the reaction field"));
    }
    // The server takes exactly one emoji (model/Emoji): React stays off until that is typed.
    if (auto *buttons = dialog->findChild<QDialogButtonBox *>()) {
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        ok->setEnabled(false);
        connect(dialog, &QInputDialog::textValueChanged, ok, [ok](const QString &text) {
            ok->setEnabled(model::isSingleEmoji(text.trimmed()));
        });
    }
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, target](const QString &text) { react(target, text); });
    dialog->open();
}

void MessageActions::confirmDelete(const Target &target)
{
    const ConfirmationText text{
        tr("Delete message"),
        tr("Delete this message for everyone?"),
        target.mine ? QString() : tr("You are deleting someone else's message as the owner."),
        tr("Delete"),
    };
    confirmAsync(m_dialogParent, QStringLiteral("confirmDeleteDialog"), text,
                 [this, guard = QPointer<MessageActions>(this), target] {
                     if (!guard)
                         return;
                     Q_EMIT actionStarted(QStringLiteral("delete"));
                     m_session->deleteMessage(target.conversationId, target.messageId);
                 });
}

void MessageActions::copyText(const QString &markdown)
{
    // A one-off on a click, so a real Markdown parse is affordable; it keeps paragraphs, which
    // the one-line preview text would collapse.
    QTextDocument document;
    document.setMarkdown(markdown);
    QGuiApplication::clipboard()->setText(document.toPlainText());
}

} // namespace confab::ui
