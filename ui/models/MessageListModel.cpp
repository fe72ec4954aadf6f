#include "models/MessageListModel.h"

#include "client/ClientState.h"
#include "models/MessageData.h"
#include "models/ModelRoles.h"

#include <algorithm>

namespace confab::ui {

using client::ClientState;

namespace {

const QList<int> kMessageRoles = {Qt::DisplayRole, Qt::AccessibleTextRole, ContentRole,
                                  EditedRole,      ReactionsRole,          StarredRole,
                                  ReplyCountRole};

bool isListed(const model::Message &message)
{
    return message.starred && !message.deleted;
}

} // namespace

MessageListModel::MessageListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

MessageListModel::~MessageListModel() = default;

void MessageListModel::setConversation(ClientState *state, qint64 conversationId)
{
    if (state != m_state) {
        if (m_state)
            disconnect(m_state, nullptr, this, nullptr);
        m_state = state;
        if (state) {
            connect(state, &ClientState::messagesReset, this, &MessageListModel::onMessagesReset);
            connect(state, &ClientState::messagesInserted, this,
                    &MessageListModel::onMessagesInserted);
            connect(state, &ClientState::messageChanged, this, &MessageListModel::onMessageChanged);
            connect(state, &ClientState::membersChanged, this, &MessageListModel::onMembersChanged);
            connect(state, &ClientState::conversationRemoved, this,
                    &MessageListModel::onConversationGone);
        }
    }
    m_conversationId = state ? conversationId : 0;
    rebuild();
}

void MessageListModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    if (m_state && m_conversationId != 0) {
        for (const model::Message &message : m_state->starred(m_conversationId))
            m_rows.append({message.id, message.seq});
    }
    endResetModel();
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

qsizetype MessageListModel::lowerBound(qint64 seq) const
{
    const auto at = std::lower_bound(m_rows.cbegin(), m_rows.cend(), seq,
                                     [](const Row &row, qint64 value) { return row.seq < value; });
    return at - m_rows.cbegin();
}

QModelIndex MessageListModel::indexOfMessage(qint64 messageId) const
{
    const auto at = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                 [&](const Row &row) { return row.id == messageId; });
    return at == m_rows.cend() ? QModelIndex() : index(int(at - m_rows.cbegin()));
}

void MessageListModel::onMessagesReset(qint64 conversationId)
{
    if (conversationId == m_conversationId)
        rebuild();
}

void MessageListModel::onMessagesInserted(qint64 conversationId, const QList<qint64> &messageIds)
{
    if (conversationId != m_conversationId)
        return;
    for (qint64 id : messageIds) {
        if (const model::Message *message = m_state->message(conversationId, id))
            place(*message);
    }
}

void MessageListModel::onMessageChanged(qint64 conversationId, qint64 messageId)
{
    if (conversationId != m_conversationId)
        return;
    if (const model::Message *message = m_state->message(conversationId, messageId))
        place(*message);
}

// Inserts, removes or repaints the message's row, whichever its star now calls for.
void MessageListModel::place(const model::Message &message)
{
    const qsizetype at = lowerBound(message.seq);
    const bool present = at < m_rows.size() && m_rows.at(at).id == message.id;
    if (isListed(message) && !present) {
        beginInsertRows({}, int(at), int(at));
        m_rows.insert(at, Row{message.id, message.seq});
        endInsertRows();
    } else if (!isListed(message) && present) {
        beginRemoveRows({}, int(at), int(at));
        m_rows.removeAt(at);
        endRemoveRows();
    } else if (present) {
        const QModelIndex row = index(int(at));
        Q_EMIT dataChanged(row, row, kMessageRoles);
    }
}

void MessageListModel::onMembersChanged(qint64 conversationId)
{
    if (conversationId == m_conversationId && !m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                           {SenderNameRole, ReactionsRole, Qt::AccessibleTextRole});
}

void MessageListModel::onConversationGone(qint64 conversationId)
{
    if (conversationId != m_conversationId)
        return;
    m_conversationId = 0;
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, rowCount() - 1);
        m_rows.clear();
        endRemoveRows();
    }
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !m_state)
        return {};
    const model::Message *message = m_state->message(m_conversationId, m_rows.at(index.row()).id);
    if (!message)
        return {};
    switch (role) {
    case ShowHeaderRole:
        return true; // each starred message stands alone, with its sender and time
    case DaySeparatorRole:
        return QDate();
    case SeenByRole:
        return QStringList();
    default:
        return messagedata::value(*m_state, *message, client::Delivery::Sent, {}, role);
    }
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(confabRoleNames());
    return names;
}

} // namespace confab::ui
