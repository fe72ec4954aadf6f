#include "models/MemberListModel.h"

#include "client/ClientState.h"
#include "models/ModelRoles.h"
#include "models/PlainText.h"

#include <QCollator>
#include <QSet>
#include <algorithm>

namespace confab::ui {

using client::Availability;
using client::ClientState;

namespace {

const QList<int> kMemberRoles = {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole,
                                 NameRole,        InitialsRole,    UsernameRole,
                                 MemberRole};

QString availabilityText(Availability availability)
{
    switch (availability) {
    case Availability::Online:
        return MemberListModel::tr("online", "presence, read by screen readers");
    case Availability::Away:
        return MemberListModel::tr("away", "presence, read by screen readers");
    case Availability::DoNotDisturb:
        return MemberListModel::tr("do not disturb", "presence, read by screen readers");
    case Availability::Unknown:
        //: While we are offline ourselves: we cannot see whether they are online.
        return MemberListModel::tr("presence unknown", "presence, read by screen readers");
    case Availability::Offline:
        break;
    }
    return MemberListModel::tr("offline", "presence, read by screen readers");
}

} // namespace

MemberListModel::MemberListModel(ClientState *state, QObject *parent)
    : QAbstractListModel(parent)
    , m_state(state)
{
    connect(state, &ClientState::membersChanged, this, &MemberListModel::onMembersChanged);
    connect(state, &ClientState::presenceChanged, this, &MemberListModel::onPresenceChanged);
    connect(state, &ClientState::conversationRemoved, this, &MemberListModel::onConversationGone);
}

MemberListModel::~MemberListModel() = default;

void MemberListModel::setConversation(qint64 conversationId)
{
    beginResetModel();
    m_conversationId = conversationId;
    m_userIds = sortedMemberIds();
    endResetModel();
}

QList<qint64> MemberListModel::sortedMemberIds() const
{
    QList<model::Member> members = m_state->members(m_conversationId);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(members.begin(), members.end(),
                     [&](const model::Member &a, const model::Member &b) {
                         const bool aOwner = a.role == model::Member::Role::Owner;
                         const bool bOwner = b.role == model::Member::Role::Owner;
                         if (aOwner != bOwner)
                             return aOwner;
                         const int byName = collator.compare(a.displayName, b.displayName);
                         return byName != 0 ? byName < 0 : a.userId < b.userId;
                     });
    QList<qint64> ids;
    ids.reserve(members.size());
    for (const model::Member &member : std::as_const(members))
        ids.append(member.userId);
    return ids;
}

// Turns the current rows into the new order with removals, moves and inserts, so a join,
// leave, rename or owner change keeps the selection and scroll position.
void MemberListModel::onMembersChanged(qint64 conversationId)
{
    if (conversationId != m_conversationId)
        return;
    const QList<qint64> wanted = sortedMemberIds();
    const QSet<qint64> keep(wanted.cbegin(), wanted.cend());
    for (qsizetype row = m_userIds.size() - 1; row >= 0; --row) {
        if (!keep.contains(m_userIds.at(row))) {
            beginRemoveRows({}, int(row), int(row));
            m_userIds.removeAt(row);
            endRemoveRows();
        }
    }
    for (qsizetype row = 0; row < wanted.size(); ++row) {
        if (row < m_userIds.size() && m_userIds.at(row) == wanted.at(row))
            continue;
        const qsizetype existing = m_userIds.indexOf(wanted.at(row), row);
        if (existing < 0) {
            beginInsertRows({}, int(row), int(row));
            m_userIds.insert(row, wanted.at(row));
            endInsertRows();
        } else {
            beginMoveRows({}, int(existing), int(existing), {}, int(row));
            m_userIds.move(existing, row);
            endMoveRows();
        }
    }
    if (!m_userIds.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), kMemberRoles);
}

void MemberListModel::onPresenceChanged(const QList<qint64> &userIds)
{
    const QSet<qint64> changed(userIds.cbegin(), userIds.cend());
    for (int row = 0; row < m_userIds.size(); ++row) {
        if (changed.contains(m_userIds.at(row))) {
            const QModelIndex at = index(row);
            Q_EMIT dataChanged(at, at, {PresenceRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
        }
    }
}

void MemberListModel::onConversationGone(qint64 conversationId)
{
    if (conversationId != m_conversationId || m_userIds.isEmpty())
        return;
    beginRemoveRows({}, 0, rowCount() - 1);
    m_userIds.clear();
    endRemoveRows();
}

int MemberListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_userIds.size());
}

QVariant MemberListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 userId = m_userIds.at(index.row());
    const model::Member *member = m_state->member(m_conversationId, userId);
    if (!member)
        return {};
    const bool owner = member->role == model::Member::Role::Owner;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return member->displayName;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QStringList parts{tr("%1 (@%2)").arg(member->displayName, member->username)};
        if (owner)
            parts.append(tr("owner", "member role tag"));
        parts.append(availabilityText(m_state->availability(userId)));
        return parts.join(QStringLiteral(" — "));
    }
    case IdRole:
    case UserIdRole:
    case AvatarSeedRole:
        return userId;
    case InitialsRole:
        return initialsOf(member->displayName);
    case UsernameRole:
        return member->username;
    case MemberRole:
        return model::Member::roleName(member->role);
    case PresenceRole:
        return int(m_state->availability(userId));
    default:
        return {};
    }
}

QHash<int, QByteArray> MemberListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(confabRoleNames());
    return names;
}

} // namespace confab::ui
