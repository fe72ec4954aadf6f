#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

namespace confab::client {
class ClientState;
}
namespace confab::model {
struct Message;
}

namespace confab::ui {

// A flat list of one conversation's starred messages (the starred panel), ascending by seq,
// read live from ClientState::starred(). A message joins or leaves the list as it is starred,
// unstarred or deleted. Roles are the TimelineModel's, minus those about neighbours.
class MessageListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit MessageListModel(QObject *parent = nullptr);
    ~MessageListModel() override;

    void setConversation(client::ClientState *state, qint64 conversationId);
    qint64 conversationId() const { return m_conversationId; }
    QModelIndex indexOfMessage(qint64 messageId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        qint64 id = 0;
        qint64 seq = 0;
    };

    void rebuild();
    void onMessagesReset(qint64 conversationId);
    void onMessagesInserted(qint64 conversationId, const QList<qint64> &messageIds);
    void onMessageChanged(qint64 conversationId, qint64 messageId);
    void onMembersChanged(qint64 conversationId);
    void onConversationGone(qint64 conversationId);
    void place(const model::Message &message);
    qsizetype lowerBound(qint64 seq) const;

    QPointer<client::ClientState> m_state;
    qint64 m_conversationId = 0;
    QList<Row> m_rows; // ascending by seq
};

} // namespace confab::ui
