#include "models/ConversationFilterProxy.h"

#include "models/ModelRoles.h"

#include <QDateTime>

namespace confab::ui {

ConversationFilterProxy::ConversationFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // The source names these roles in every dataChanged that can move or hide a row; Qt only
    // re-sorts or re-filters a changed row when its sort or filter role is among them.
    setSortRole(LastActivityRole);
    setFilterRole(NameRole);
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder); // lessThan() puts what comes first as "less"
}

ConversationFilterProxy::~ConversationFilterProxy() = default;

QString ConversationFilterProxy::searchKey(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            key.append(c);
    }
    return key.toCaseFolded();
}

void ConversationFilterProxy::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    m_filterKey = searchKey(text.trimmed());
    invalidateFilter();
}

void ConversationFilterProxy::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    invalidateFilter();
}

bool ConversationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_showArchived && row.data(ArchivedRole).toBool())
        return false;
    if (m_filterKey.isEmpty())
        return true;
    return searchKey(row.data(NameRole).toString()).contains(m_filterKey);
}

bool ConversationFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftPinned = left.data(PinnedRole).toBool();
    const bool rightPinned = right.data(PinnedRole).toBool();
    if (leftPinned != rightPinned)
        return leftPinned;
    const QDateTime leftTime = left.data(LastActivityRole).toDateTime();
    const QDateTime rightTime = right.data(LastActivityRole).toDateTime();
    if (leftTime != rightTime)
        return leftTime > rightTime;
    return left.data(IdRole).toLongLong() > right.data(IdRole).toLongLong();
}

} // namespace confab::ui
