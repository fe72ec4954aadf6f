#pragma once

#include <QSortFilterProxyModel>

namespace confab::ui {

// The sidebar's order and search over a ConversationListModel: pinned first, then the most
// recent activity, newest first (ties by id, newest first); the filter text matches names
// ignoring case and diacritics ("zoe" finds "Zoë"); archived conversations are hidden unless
// asked for. Sorting and filtering are dynamic, so new activity moves a row up by itself.
class ConversationFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ConversationFilterProxy(QObject *parent = nullptr);
    ~ConversationFilterProxy() override;

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);

    bool showArchived() const { return m_showArchived; }
    void setShowArchived(bool show);

    // Case-folded, without combining marks: the form both sides of a search are compared in.
    static QString searchKey(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_filterText;
    QString m_filterKey;
    bool m_showArchived = false;
};

} // namespace confab::ui
