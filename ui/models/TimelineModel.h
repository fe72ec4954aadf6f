#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QString>

namespace confab::client {
class ClientState;
}
namespace confab::model {
struct Message;
}

namespace confab::ui {

// The messages of one conversation as a list view shows them, read live from the ClientState.
//
// Main timeline (setConversation): the stored messages that are not thread replies, ascending
// by seq, followed by this conversation's unacknowledged outbox entries (Pending/Failed).
// Thread (setThreadRoot): the root, its replies, then outbox replies to it.
//
// Rows hold only (id, seq), so 100,000 messages cost a couple of megabytes; every change
// arrives as a row insert at its binary-searched seq position or a dataChanged with the roles
// that moved, never a reset except on messagesReset.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit TimelineModel(client::ClientState *state, QObject *parent = nullptr);
    ~TimelineModel() override;

    void setConversation(qint64 conversationId);
    void setThreadRoot(qint64 conversationId, qint64 rootId);
    void clear();
    qint64 conversationId() const { return m_conversationId; }
    qint64 threadRootId() const { return m_threadRootId; } // 0 for the main timeline

    // "This is the beginning of your conversation with Bob": shown above the first row (the
    // first row's IntroRole) once the whole history is loaded; empty before that and in a
    // thread. The view shows it on its own while the conversation has no messages at all.
    QString introText() const;

    // The row of a stored message (for jump-to-message), invalid when not shown here.
    QModelIndex indexOfMessage(qint64 messageId) const;
    QModelIndex indexOfOutboxEntry(const QString &mobileRefId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Older history, main timeline only: true while the state may hold older messages and no
    // request is outstanding. Note that QAbstractItemView calls fetchMore() whenever the *last*
    // row is visible, which in a chat is the usual case: a timeline view should call
    // fetchMore() itself when scrolled near the top rather than rely on that.
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

public Q_SLOTS:
    // The history request answered (or failed): fetchMore() may ask again.
    void historyRequestFinished();

Q_SIGNALS:
    // introText() changed (the history became complete, or the conversation was renamed).
    void introChanged();
    // Ask the session for messages older than `beforeSeq` (0: nothing loaded yet).
    void historyRequested(qint64 conversationId, qint64 beforeSeq);

private:
    struct Row
    {
        qint64 id = 0;
        qint64 seq = 0;
    };

    void rebuild();
    // Re-reads introText() and tells the first row and the view when it changed.
    void updateIntro();
    void onMessagesReset(qint64 conversationId);
    void onMessagesInserted(qint64 conversationId, const QList<qint64> &messageIds);
    void onMessageChanged(qint64 conversationId, qint64 messageId);
    void onOutboxChanged(qint64 conversationId);
    void onMembersChanged(qint64 conversationId);
    void onReadStatesChanged(qint64 conversationId);
    void onConversationGone(qint64 conversationId);
    void onConversationsReset();

    bool accepts(const model::Message &message) const;
    QStringList visibleOutboxRefs() const;
    void insertMessageRows(QList<Row> rows);
    void removeOutboxRow(qsizetype outboxIndex);
    void insertOutboxRow(qsizetype outboxIndex, const QString &mobileRefId);
    void notifyReplyCount(const model::Message &reply);
    void notifyNeighbours(int first, int last);
    void rememberReadSeqs();

    qsizetype lowerBound(qint64 seq) const;
    int rowOfMessage(qint64 messageId) const;
    int rowOfReadSeq(qint64 seq) const;
    // The message a row shows; outbox rows are materialised into `scratch`.
    const model::Message *messageAt(int row, model::Message &scratch) const;
    QVariant value(int row, const model::Message &message, int role) const;
    QVariant neighbourData(int row, const model::Message &message, int role) const;
    QStringList seenBy(int row, const model::Message &message) const;

    client::ClientState *m_state;
    qint64 m_conversationId = 0;
    qint64 m_threadRootId = 0;
    QList<Row> m_rows;                // stored messages, ascending by seq
    QStringList m_outboxRefs;         // outbox entries after them, by position
    QHash<qint64, qint64> m_readSeqs; // user -> read seq last shown, to repaint only what moves
    QString m_intro;                  // introText() as last announced
    bool m_historyPending = false;
    qint64 m_historyBeforeSeq = 0;
};

} // namespace confab::ui
