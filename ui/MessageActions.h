#pragma once

#include <QObject>
#include <QStringList>

class QMenu;
class QModelIndex;
class QPoint;
class QWidget;

namespace confab::client {
class ClientSession;
}

namespace confab::ui {

// The context menu of a message row (timeline, thread pane): reply in thread, react, star,
// edit, delete, copy; Retry and Discard for a row still in the outbox. It offers only what the
// user may do (edit their own, delete their own or, as a group's owner, any) and runs the
// session calls itself; what needs the view (editing in the composer, opening a thread) it
// asks for with signals. Confirmations and the "Other…" reaction prompt never block.
class MessageActions : public QObject
{
    Q_OBJECT
public:
    // `dialogParent` hosts the menu's dialogs (and owns this object).
    MessageActions(client::ClientSession *session, QWidget *dialogParent);

    void setConversation(qint64 conversationId);
    qint64 conversation() const { return m_conversationId; }
    // Off in the thread pane, where every row already is in the thread.
    void setThreadActionEnabled(bool enabled) { m_threadAction = enabled; }

    // The menu for a row of a message model (ModelRoles), or nullptr when the row offers
    // nothing. It deletes itself when closed; each action has an object name (replyAction,
    // reactMenu, otherReactionAction, starAction, editAction, deleteAction, copyTextAction,
    // retryAction, discardAction) so tests and scripts can trigger it.
    QMenu *createMenu(const QModelIndex &index, QWidget *parent);
    // Shows the menu of `index` at `globalPos`; the menu shown, or nullptr.
    QMenu *popup(const QModelIndex &index, const QPoint &globalPos, QWidget *parent);

    // The hover toolbar's actions on one row, the same as the menu's.
    // The reaction picker (the menu's React submenu on its own) at `globalPos`.
    QMenu *popupReactionPicker(const QModelIndex &index, const QPoint &globalPos, QWidget *parent);
    void replyInThread(const QModelIndex &index);
    void toggleStar(const QModelIndex &index);

    // The reactions one click away, in menu order.
    static QStringList quickReactions();

Q_SIGNALS:
    void threadRequested(qint64 conversationId, qint64 rootId);
    void editRequested(qint64 messageId, const QString &currentText);
    // A session action (named as in ClientSession::actionFailed) was asked for.
    void actionStarted(const QString &action);

private:
    struct Target
    {
        qint64 conversationId = 0;
        qint64 messageId = 0;
        QString mobileRef;
        QString content;
        bool mine = false;
        bool starred = false;
        bool deleted = false;
        bool inOutbox = false;
        bool failed = false;
    };

    Target targetOf(const QModelIndex &index) const;
    bool canDelete(const Target &target) const;
    bool isArchived() const;
    void addOutboxActions(QMenu *menu, const Target &target);
    void addMessageActions(QMenu *menu, const Target &target);
    QMenu *createReactMenu(QMenu *parent, const Target &target);
    void fillReactMenu(QMenu *react, const Target &target);
    void flipStar(const Target &target);
    void react(const Target &target, const QString &emoji);
    void askForReaction(const Target &target);
    void confirmDelete(const Target &target);
    static void copyText(const QString &markdown);

    client::ClientSession *m_session;
    QWidget *m_dialogParent;
    qint64 m_conversationId = 0;
    bool m_threadAction = true;
};

} // namespace confab::ui
