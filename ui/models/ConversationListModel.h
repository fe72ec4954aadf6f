#pragma once

#include <QAbstractListModel>
#include <QList>

namespace confab::client {
class ClientState;
}

namespace confab::ui {

// One row per conversation of the account, read live from the ClientState (rows hold only
// ids). Unsorted: ConversationFilterProxy orders and filters it for the sidebar.
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit ConversationListModel(client::ClientState *state, QObject *parent = nullptr);
    ~ConversationListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row of a conversation, invalid when it is not in the list.
    QModelIndex indexOfConversation(qint64 conversationId) const;
    qint64 conversationIdAt(int row) const { return m_ids.value(row); }

private:
    void reset();
    void add(qint64 conversationId);
    void change(qint64 conversationId);
    void remove(qint64 conversationId);
    void presenceChanged(const QList<qint64> &userIds);

    QString preview(qint64 conversationId) const;
    // Screen readers read a row by these: the name, unread count, state and last message as
    // the text; the kind and topic as the description.
    QString accessibleText(qint64 conversationId) const;
    QString accessibleDescription(qint64 conversationId) const;

    client::ClientState *m_state;
    QList<qint64> m_ids; // source order: as they arrived; the proxy sorts
};

} // namespace confab::ui
