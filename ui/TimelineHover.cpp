#include "TimelineHover.h"

#include "MessageHoverBar.h"
#include "delegates/MessageDelegate.h"
#include "models/ModelRoles.h"

#include <QEvent>
#include <QListView>
#include <QMouseEvent>
#include <QScrollBar>

namespace confab::ui {

namespace {
constexpr int kBarMargin = 12; // from the right edge, clear of the scroll bar

// Rows the toolbar has something for: stored messages that are not deleted.
bool offersActions(const QModelIndex &index)
{
    return index.isValid() && index.data(MessageIdRole).toLongLong() != 0 &&
           !index.data(DeletedRole).toBool();
}
} // namespace

TimelineHover::TimelineHover(QListView *view, MessageDelegate *delegate)
    : QObject(view)
    , m_view(view)
    , m_viewport(view->viewport())
    , m_delegate(delegate)
    , m_bar(new MessageHoverBar(view->viewport()))
{
    m_delegate->setHoveredIndex({});
    m_view->setMouseTracking(true);
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this);
    // Rows move under a still mouse when the view scrolls or lays out again.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &TimelineHover::recheckUnderCursor);
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this,
            &TimelineHover::recheckUnderCursor);
    QAbstractItemModel *model = m_view->model();
    Q_ASSERT(model); // set the model first
    connect(model, &QAbstractItemModel::modelReset, this, &TimelineHover::clear);
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_hovered.isValid())
            return;
        // The hovered row went (its persistent index is invalid now): forget it everywhere.
        m_delegate->setHoveredIndex({});
        updateBar();
        Q_EMIT hoveredChanged({});
    });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &first, const QModelIndex &last) {
                if (m_hovered.isValid() && m_hovered.row() >= first.row() &&
                    m_hovered.row() <= last.row()) {
                    updateBar();
                    Q_EMIT hoveredChanged(m_hovered);
                }
            });
}

void TimelineHover::clear()
{
    m_pointer.reset();
    setHovered({});
}

bool TimelineHover::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport) {
        switch (event->type()) {
        case QEvent::MouseMove:
            m_pointer = static_cast<QMouseEvent *>(event)->position().toPoint();
            hoverAt(*m_pointer);
            break;
        case QEvent::Leave: // also when a popup or another window takes the mouse
        case QEvent::Hide:
            clear();
            break;
        case QEvent::Resize:
            updateBar();
            break;
        default:
            break;
        }
    } else if (watched == m_view &&
               (event->type() == QEvent::WindowDeactivate || event->type() == QEvent::Hide)) {
        clear();
    }
    return false;
}

void TimelineHover::hoverAt(const QPoint &viewportPosition)
{
    // Moves over the toolbar reach the viewport too; they keep the row the toolbar belongs to.
    if (m_bar->isVisible() && m_bar->geometry().contains(viewportPosition))
        return;
    setHovered(m_view->indexAt(viewportPosition));
}

// The pointer stood still while the rows moved: the row under it is another one now.
void TimelineHover::recheckUnderCursor()
{
    if (m_pointer)
        hoverAt(*m_pointer);
    updateBar();
}

void TimelineHover::setHovered(const QModelIndex &index)
{
    if (QModelIndex(m_hovered) == index)
        return;
    const QModelIndex previous = m_hovered;
    m_hovered = index;
    m_delegate->setHoveredIndex(index);
    repaintRow(previous);
    repaintRow(index);
    updateBar();
    Q_EMIT hoveredChanged(index);
}

void TimelineHover::repaintRow(const QModelIndex &index)
{
    if (index.isValid())
        m_view->viewport()->update(m_view->visualRect(index));
}

void TimelineHover::updateBar()
{
    if (!offersActions(m_hovered)) {
        m_bar->hide();
        return;
    }
    const QRect row = m_view->visualRect(m_hovered);
    const QSize size = m_bar->sizeHint();
    const int viewportHeight = m_view->viewport()->height();
    // Astride the top edge of the message (below its day band), as peers place it; kept
    // inside the viewport when that edge is scrolled out of view.
    const int edge = row.top() + m_delegate->messageTop(m_view, m_hovered);
    const int top = qBound(0, edge - size.height() / 2, qMax(0, viewportHeight - size.height()));
    m_bar->setGeometry(m_view->viewport()->width() - size.width() - kBarMargin, top, size.width(),
                       size.height());
    m_bar->show();
    m_bar->raise();
}

} // namespace confab::ui
