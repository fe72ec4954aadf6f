#include "models/ConversationListModel.h"

#include "client/ClientState.h"
#include "models/ModelRoles.h"
#include "models/PlainText.h"

#include <QDateTime>
#include <QSet>
#include <algorithm>

namespace confab::ui {

using client::ClientState;

namespace {

// Everything a conversationChanged can touch; Id and Kind never change. Name and LastActivity
// are also the proxy's filter and sort roles, which is what lets it re-sort and re-filter.
const QList<int> kChangeableRoles = {Qt::DisplayRole,
                                     Qt::ToolTipRole,
                                     Qt::AccessibleTextRole,
                                     Qt::AccessibleDescriptionRole,
                                     NameRole,
                                     InitialsRole,
                                     PreviewRole,
                                     LastActivityRole,
                                     UnreadRole,
                                     PinnedRole,
                                     MutedRole,
                                     ArchivedRole,
                                     PresenceRole,
                                     TopicRole,
                                     AvatarSeedRole};

} // namespace

ConversationListModel::ConversationListModel(ClientState *state, QObject *parent)
    : QAbstractListModel(parent)
    , m_state(state)
{
    connect(state, &ClientState::conversationsReset, this, &ConversationListModel::reset);
    connect(state, &ClientState::conversationAdded, this, &ConversationListModel::add);
    connect(state, &ClientState::conversationChanged, this, &ConversationListModel::change);
    connect(state, &ClientState::conversationRemoved, this, &ConversationListModel::remove);
    connect(state, &ClientState::presenceChanged, this, &ConversationListModel::presenceChanged);
    // A direct conversation without a reader view is named after the member list, and group
    // previews name their sender.
    connect(state, &ClientState::membersChanged, this, &ConversationListModel::change);
    m_ids = state->conversationIds();
    std::sort(m_ids.begin(), m_ids.end());
}

ConversationListModel::~ConversationListModel() = default;

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QModelIndex ConversationListModel::indexOfConversation(qint64 conversationId) const
{
    const qsizetype row = m_ids.indexOf(conversationId);
    return row < 0 ? QModelIndex() : index(int(row));
}

void ConversationListModel::reset()
{
    beginResetModel();
    m_ids = m_state->conversationIds();
    std::sort(m_ids.begin(), m_ids.end()); // a stable source order keeps the tester happy
    endResetModel();
}

void ConversationListModel::add(qint64 conversationId)
{
    if (m_ids.contains(conversationId)) {
        change(conversationId);
        return;
    }
    const int row = int(m_ids.size());
    beginInsertRows({}, row, row);
    m_ids.append(conversationId);
    endInsertRows();
}

void ConversationListModel::change(qint64 conversationId)
{
    const QModelIndex changed = indexOfConversation(conversationId);
    if (changed.isValid())
        Q_EMIT dataChanged(changed, changed, kChangeableRoles);
}

void ConversationListModel::remove(qint64 conversationId)
{
    const qsizetype row = m_ids.indexOf(conversationId);
    if (row < 0)
        return;
    beginRemoveRows({}, int(row), int(row));
    m_ids.removeAt(row);
    endRemoveRows();
}

void ConversationListModel::presenceChanged(const QList<qint64> &userIds)
{
    const QSet<qint64> changed(userIds.cbegin(), userIds.cend());
    for (int row = 0; row < m_ids.size(); ++row) {
        const qint64 peer = m_state->peerId(m_ids.at(row));
        if (peer != 0 && changed.contains(peer)) {
            const QModelIndex at = index(row);
            Q_EMIT dataChanged(at, at, {PresenceRole});
        }
    }
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 id = m_ids.at(index.row());
    const model::Conversation *conversation = m_state->conversation(id);
    if (!conversation)
        return {};
    const auto &reader = conversation->reader;
    const bool direct = conversation->kind == model::Conversation::Kind::Direct;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return m_state->displayName(id);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return accessibleText(id);
    case Qt::AccessibleDescriptionRole:
        return accessibleDescription(id);
    case IdRole:
        return id;
    case InitialsRole:
        return initialsOf(m_state->displayName(id));
    case KindRole:
        return int(conversation->kind);
    case PreviewRole:
        return preview(id);
    case LastActivityRole:
        return reader && reader->lastMessage ? reader->lastMessage->sentAt
                                             : conversation->createdAt;
    case UnreadRole:
        return reader ? reader->unreadCount : qint64(0);
    case PinnedRole:
        return reader && reader->pinned;
    case MutedRole:
        return reader && reader->muted;
    case ArchivedRole:
        return conversation->archived;
    case PresenceRole:
        return direct ? QVariant(int(m_state->availability(m_state->peerId(id)))) : QVariant();
    case TopicRole:
        return conversation->topic.value_or(QString());
    case AvatarSeedRole: {
        // A person keeps one colour wherever their face shows up.
        const qint64 peer = direct ? m_state->peerId(id) : 0;
        return peer != 0 ? peer : id;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(confabRoleNames());
    return names;
}

QString ConversationListModel::preview(qint64 conversationId) const
{
    const model::Conversation *conversation = m_state->conversation(conversationId);
    if (!conversation || !conversation->reader || !conversation->reader->lastMessage)
        return tr("No messages yet");
    const model::Message &last = *conversation->reader->lastMessage;
    const QString text = last.deleted ? tr("Message deleted") : plainTextFromMarkdown(last.content);
    if (last.senderId == m_state->me().id)
        return tr("You: %1").arg(text);
    if (conversation->kind == model::Conversation::Kind::Group) {
        if (const model::Member *sender = m_state->member(conversationId, last.senderId))
            return tr("%1: %2", "sender: message preview").arg(sender->displayName, text);
    }
    return text;
}

QString ConversationListModel::accessibleText(qint64 conversationId) const
{
    const model::Conversation *conversation = m_state->conversation(conversationId);
    QStringList parts{m_state->displayName(conversationId)};
    if (conversation && conversation->reader) {
        if (conversation->reader->unreadCount > 0)
            parts.append(tr("%n unread", nullptr, int(conversation->reader->unreadCount)));
        if (conversation->reader->pinned)
            parts.append(tr("pinned", "state of a conversation"));
        if (conversation->reader->muted)
            parts.append(tr("muted", "state of a conversation"));
    }
    if (conversation && conversation->archived)
        parts.append(tr("archived", "state of a conversation"));
    parts.append(tr("last message: %1").arg(preview(conversationId)));
    return parts.join(QStringLiteral(" — "));
}

QString ConversationListModel::accessibleDescription(qint64 conversationId) const
{
    // What the row's text leaves out: the kind of conversation and its topic.
    const model::Conversation *conversation = m_state->conversation(conversationId);
    if (!conversation)
        return {};
    QString kind = tr("Direct message");
    if (conversation->kind == model::Conversation::Kind::Group)
        kind = conversation->memberCount > 0
                   ? tr("Group of %n", "members", conversation->memberCount)
                   : tr("Group");
    const QString topic = conversation->topic.value_or(QString());
    return topic.isEmpty() ? kind : tr("%1, topic: %2").arg(kind, topic);
}

} // namespace confab::ui
