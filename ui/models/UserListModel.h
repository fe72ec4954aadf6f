#pragma once

#include "model/User.h"

#include <QAbstractListModel>
#include <QList>

namespace confab::ui {

// A plain, checkable list of users: search results in the new-conversation and add-member
// dialogs. Checks are kept by user id, so people picked in one search stay picked when the
// next search replaces the list (checkedIds() includes them even while not shown).
class UserListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit UserListModel(QObject *parent = nullptr);
    ~UserListModel() override;

    void setUsers(const QList<model::User> &users);
    const QList<model::User> &users() const { return m_users; }
    QList<qint64> checkedIds() const { return m_checked; } // in the order they were checked
    void setChecked(qint64 userId, bool checked);
    void clearChecked();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void checkedIdsChanged();

private:
    void notifyCheck(qint64 userId);

    QList<model::User> m_users;
    QList<qint64> m_checked;
};

} // namespace confab::ui
