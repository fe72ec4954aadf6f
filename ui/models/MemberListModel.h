#pragma once

#include <QAbstractListModel>
#include <QList>

namespace confab::client {
class ClientState;
}

namespace confab::ui {

// The members of one conversation: the owner first, then by display name (locale order).
// Member changes arrive as row inserts, removals and moves; presence as dataChanged.
class MemberListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit MemberListModel(client::ClientState *state, QObject *parent = nullptr);
    ~MemberListModel() override;

    void setConversation(qint64 conversationId);
    qint64 conversationId() const { return m_conversationId; }
    qint64 userIdAt(int row) const { return m_userIds.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<qint64> sortedMemberIds() const;
    void onMembersChanged(qint64 conversationId);
    void onPresenceChanged(const QList<qint64> &userIds);
    void onConversationGone(qint64 conversationId);

    client::ClientState *m_state;
    qint64 m_conversationId = 0;
    QList<qint64> m_userIds; // in display order
};

} // namespace confab::ui
