#pragma once

#include <QObject>
#include <QPersistentModelIndex>
#include <QPoint>
#include <optional>

class QListView;

namespace confab::ui {

class MessageDelegate;
class MessageHoverBar;

// Which timeline row the mouse is over, kept true where QListView's own hover state is not:
// it clears when the mouse leaves the view (also through a popup or another window), follows
// the rows when they scroll under a still mouse, and can be cleared by the view's owner when
// a menu takes the mouse. The delegate paints the hover time and highlight from it, and the
// message's hover toolbar (MessageHoverBar) sits at the top right of that row.
class TimelineHover : public QObject
{
    Q_OBJECT
public:
    TimelineHover(QListView *view, MessageDelegate *delegate);

    MessageHoverBar *bar() const { return m_bar; }
    QModelIndex hoveredIndex() const { return m_hovered; }
    // Nothing is hovered until the mouse moves over a row again (a menu opened, a reset).
    void clear();

Q_SIGNALS:
    // The hovered row changed or its data did (starred); invalid: none.
    void hoveredChanged(const QModelIndex &index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void hoverAt(const QPoint &viewportPosition);
    void recheckUnderCursor();
    void setHovered(const QModelIndex &index);
    void updateBar();
    void repaintRow(const QModelIndex &index);

    QListView *m_view;
    QWidget *m_viewport; // kept: the view's own accessors must not run while it is destroyed
    MessageDelegate *m_delegate;
    MessageHoverBar *m_bar;
    QPersistentModelIndex m_hovered;
    std::optional<QPoint> m_pointer; // in the viewport, while the mouse is over it
};

} // namespace confab::ui
