#pragma once

#include <QObject>
#include <QPersistentModelIndex>

class QListView;
class QTimer;

namespace confab::ui {

// Keeps a chat list where the reader expects it while its content changes: pinned to the newest
// row while the reader is there; still while they read older rows, even as older pages are
// inserted above and newer rows below; centred on a row the view jumped to.
//
// A batched QListView lays its rows out again on every insert, growing the scroll range batch
// by batch; every range change is where the anchor is applied, and setting the value there also
// pre-empts the clamp QScrollBar applies next, which would otherwise read as the user scrolling.
// Every other value change is the user's (wheel, keys, dragging, selecting a row).
//
// It also lays the rows out again when their data changes: QListView sizes rows only when it
// lays them out, so a reaction or an edit that makes a row taller would otherwise overlap the
// next one.
class TimelineScroller : public QObject
{
    Q_OBJECT
public:
    explicit TimelineScroller(QListView *view);

    bool isAtBottom() const;
    // Close enough to the oldest loaded row that older ones should be loaded, and not while
    // the reader holds the handle: rows arriving above would move the content under the
    // pointer or the handle away from it (see onRowsAboutToBeInserted). Loading resumes when
    // the handle is let go.
    bool wantsOlderRows() const;
    bool isPinned() const { return m_anchor == Anchor::Bottom; }
    void scrollToBottom();
    // Centres `index` until the user scrolls away.
    void holdOn(const QModelIndex &index);
    // Forget the position: the list now shows something else (pins to the bottom).
    void reset();

Q_SIGNALS:
    // The newest row is in view and the view stays with it (after a scroll or a change).
    void atBottom();
    // Rows were added at the end while the reader was elsewhere.
    void newRowsBelow();
    // The reader is close to the oldest loaded row: time to load older ones.
    void nearTop();

private:
    enum class Anchor {
        None,       // the scroll value: the reader is somewhere in the middle
        Bottom,     // the newest row, which new rows push up
        FromBottom, // the distance from the bottom: rows are being inserted above
        Target,     // a row the view jumped to
    };

    void onRangeChanged();
    void onScrolled(int value);
    void onRowsAboutToBeInserted(int first);
    void onRowsInserted(int last);
    void apply();
    void reportPosition();
    void onDataChanged(const QList<int> &roles);

    QListView *m_view;
    Anchor m_anchor = Anchor::Bottom;
    int m_fromBottom = 0;
    int m_keepValue = 0;
    bool m_adjusting = false; // the view moves itself: not the reader scrolling
    QPersistentModelIndex m_target;
    QTimer *m_relayout = nullptr; // coalesces the changes of one event loop pass
};

} // namespace confab::ui
