#pragma once

#include <QStyledItemDelegate>

namespace confab::ui {

// A member row (MemberListModel): avatar with presence dot, display name, "@username" and an
// "owner" tag.
class MemberDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit MemberDelegate(QObject *parent = nullptr);
    ~MemberDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace confab::ui
