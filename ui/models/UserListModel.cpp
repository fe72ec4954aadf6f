#include "models/UserListModel.h"

#include "models/ModelRoles.h"
#include "models/PlainText.h"

#include <algorithm>
#include <utility>

namespace confab::ui {

UserListModel::UserListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

UserListModel::~UserListModel() = default;

// A new result set replaces the old one wholesale: nothing about the old rows carries over
// except which people are checked.
void UserListModel::setUsers(const QList<model::User> &users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

void UserListModel::setChecked(qint64 userId, bool checked)
{
    if (checked == m_checked.contains(userId))
        return;
    if (checked)
        m_checked.append(userId);
    else
        m_checked.removeOne(userId);
    notifyCheck(userId);
    Q_EMIT checkedIdsChanged();
}

void UserListModel::clearChecked()
{
    if (m_checked.isEmpty())
        return;
    const QList<qint64> was = std::exchange(m_checked, {});
    for (qint64 userId : was)
        notifyCheck(userId);
    Q_EMIT checkedIdsChanged();
}

void UserListModel::notifyCheck(qint64 userId)
{
    const auto at = std::find_if(m_users.cbegin(), m_users.cend(),
                                 [&](const model::User &user) { return user.id == userId; });
    if (at == m_users.cend())
        return;
    const QModelIndex row = index(int(at - m_users.cbegin()));
    Q_EMIT dataChanged(row, row, {Qt::CheckStateRole, Qt::AccessibleTextRole});
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const model::User &user = m_users.at(index.row());
    const bool checked = m_checked.contains(user.id);
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return user.displayName;
    case Qt::ToolTipRole:
        return tr("@%1").arg(user.username);
    case Qt::AccessibleTextRole:
        return checked ? tr("%1 (@%2), selected").arg(user.displayName, user.username)
                       : tr("%1 (@%2)").arg(user.displayName, user.username);
    case Qt::CheckStateRole:
        return checked ? Qt::Checked : Qt::Unchecked;
    case IdRole:
    case UserIdRole:
    case AvatarSeedRole:
        return user.id;
    case UsernameRole:
        return user.username;
    case InitialsRole:
        return initialsOf(user.displayName);
    default:
        return {};
    }
}

bool UserListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    setChecked(m_users.at(index.row()).id, value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags UserListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
           Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> UserListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(confabRoleNames());
    return names;
}

} // namespace confab::ui
