#pragma once

#include <QDialog>
#include <QKeySequence>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace confab::ui {

// The Ctrl+K popup: type part of a name, move with the arrows, Enter opens it. Works over any
// model the caller gives (filtered case-insensitively on its display text); the conversation
// id of a row is read from the role set with setIdRole().
class QuickSwitcher : public QDialog
{
    Q_OBJECT
public:
    explicit QuickSwitcher(QWidget *parent = nullptr);

    // The key that opens it; the caller owns the QShortcut (it belongs to the main window).
    static QKeySequence defaultShortcut() { return QKeySequence(Qt::CTRL | Qt::Key_K); }

    void setSourceModel(QAbstractItemModel *model);
    void setIdRole(int role) { m_idRole = role; }
    // Shows the popup over the top of the parent's window (as open() and exec() do), the last
    // query selected so typing replaces it.
    void popup();

    QString filterText() const;

Q_SIGNALS:
    void conversationChosen(qint64 conversationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onFilterChanged(const QString &text);
    void moveSelection(int delta);
    void chooseCurrent();
    void chooseIndex(const QModelIndex &index);
    void updateEmptyState();
    void placeOverParent();
    void retranslateUi();

    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    int m_idRole = Qt::UserRole;
};

} // namespace confab::ui
