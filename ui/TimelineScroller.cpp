#include "TimelineScroller.h"

#include "models/ModelRoles.h"

#include <QListView>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTimer>

namespace confab::ui {

namespace {
// Within this many pixels of the end counts as the bottom: rounding must not unpin the view.
constexpr int kBottomSlack = 8;
} // namespace

TimelineScroller::TimelineScroller(QListView *view)
    : QObject(view)
    , m_view(view)
{
    QScrollBar *bar = view->verticalScrollBar();
    connect(bar, &QScrollBar::rangeChanged, this, &TimelineScroller::onRangeChanged);
    connect(bar, &QScrollBar::valueChanged, this, &TimelineScroller::onScrolled);
    connect(bar, &QScrollBar::sliderReleased, this, &TimelineScroller::reportPosition);
    QAbstractItemModel *model = view->model();
    Q_ASSERT(model); // set the model first: the scroller follows that one
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first, int) { onRowsAboutToBeInserted(first); });
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int, int last) { onRowsInserted(last); });
    connect(model, &QAbstractItemModel::modelReset, this, &TimelineScroller::reset);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                onDataChanged(roles);
            });
    m_relayout = new QTimer(this);
    m_relayout->setSingleShot(true);
    m_relayout->setInterval(0);
    connect(m_relayout, &QTimer::timeout, m_view, &QListView::doItemsLayout);
}

void TimelineScroller::onDataChanged(const QList<int> &roles)
{
    // Roles that never change a row's height need only the repaint the view does anyway.
    static const QList<int> cosmetic{Qt::ToolTipRole, Qt::AccessibleTextRole, StarredRole,
                                     PresenceRole};
    const bool resizes = roles.isEmpty() || std::any_of(roles.cbegin(), roles.cend(), [](int role) {
                             return !cosmetic.contains(role);
                         });
    if (resizes)
        m_relayout->start();
}

bool TimelineScroller::isAtBottom() const
{
    const QScrollBar *bar = m_view->verticalScrollBar();
    return bar->value() >= bar->maximum() - kBottomSlack;
}

bool TimelineScroller::wantsOlderRows() const
{
    const QScrollBar *bar = m_view->verticalScrollBar();
    return !bar->isSliderDown() && bar->value() <= m_view->viewport()->height() / 2;
}

void TimelineScroller::scrollToBottom()
{
    m_anchor = Anchor::Bottom;
    m_target = QPersistentModelIndex();
    apply();
    Q_EMIT atBottom();
}

void TimelineScroller::holdOn(const QModelIndex &index)
{
    m_target = index;
    m_anchor = Anchor::Target;
    apply();
}

void TimelineScroller::reset()
{
    m_target = QPersistentModelIndex();
    m_anchor = Anchor::Bottom;
    apply();
}

void TimelineScroller::onRangeChanged()
{
    apply();
    reportPosition();
}

void TimelineScroller::apply()
{
    QScrollBar *bar = m_view->verticalScrollBar();
    const QScopedValueRollback<bool> adjusting(m_adjusting, true);
    switch (m_anchor) {
    case Anchor::Bottom:
        bar->setValue(bar->maximum());
        break;
    case Anchor::FromBottom:
        bar->setValue(bar->maximum() - m_fromBottom);
        break;
    case Anchor::Target:
        if (m_target.isValid())
            m_view->scrollTo(m_target, QAbstractItemView::PositionAtCenter);
        break;
    case Anchor::None:
        bar->setValue(m_keepValue);
        break;
    }
}

void TimelineScroller::onScrolled(int value)
{
    if (m_adjusting)
        return;
    m_anchor = isAtBottom() ? Anchor::Bottom : Anchor::None;
    m_target = QPersistentModelIndex();
    m_keepValue = value;
    m_fromBottom = m_view->verticalScrollBar()->maximum() - value;
    reportPosition();
}

void TimelineScroller::reportPosition()
{
    if (m_anchor == Anchor::Bottom)
        Q_EMIT atBottom();
    if (wantsOlderRows())
        Q_EMIT nearTop();
}

void TimelineScroller::onRowsAboutToBeInserted(int first)
{
    const QScrollBar *bar = m_view->verticalScrollBar();
    // While the reader holds the handle, the handle is theirs: it stays under the pointer even
    // if older rows requested before the press arrive above. Keeping the rows still instead
    // would move the handle down away from the pointer, and the next move of the mouse would
    // jump back up: dragging down would scroll up. (No new request starts while it is held.)
    if (bar->isSliderDown() && m_anchor != Anchor::Bottom) {
        m_keepValue = bar->value();
        m_anchor = Anchor::None;
        return;
    }
    if (m_anchor == Anchor::Bottom || m_anchor == Anchor::Target)
        return;
    const QModelIndex top = m_view->indexAt(QPoint(0, 0));
    if (top.isValid() && first <= top.row()) {
        m_fromBottom = bar->maximum() - bar->value();
        m_anchor = Anchor::FromBottom;
    } else {
        m_keepValue = bar->value();
        m_anchor = Anchor::None;
    }
}

void TimelineScroller::onRowsInserted(int last)
{
    // A short list has no scroll range to change: say so here, not only on range changes.
    if (m_anchor == Anchor::Bottom)
        Q_EMIT atBottom();
    else if (last == m_view->model()->rowCount() - 1)
        Q_EMIT newRowsBelow();
}

} // namespace confab::ui
