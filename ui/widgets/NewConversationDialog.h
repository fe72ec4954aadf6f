#pragma once

#include <QDialog>
#include <QHash>
#include <QList>
#include <QModelIndex>

class QAbstractItemModel;
class QDialogButtonBox;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QRadioButton;
class QTimer;

namespace confab::ui {

// Start a direct conversation with one person or a group with several. The caller runs the
// searches (searchRequested) and supplies the results as a model of checkable user rows; the
// dialog remembers who was checked across searches. It stays open after "Start": the caller
// closes it with accept() once the conversation exists, or calls setError().
class NewConversationDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Direct, Group };
    Q_ENUM(Kind)

    explicit NewConversationDialog(QWidget *parent = nullptr);

    // Rows must be checkable (Qt::CheckStateRole) and carry the user id in the id role.
    void setResultsModel(QAbstractItemModel *model);
    void setIdRole(int role) { m_idRole = role; }
    void setKind(Kind kind);
    Kind kind() const { return m_kind; }
    void setBusy(bool busy);
    void setError(const QString &reason);
    QString errorMessage() const;
    QList<qint64> selectedIds() const { return m_selected; } // the checked people
    // Who "Start" would use: the checked people and the highlighted row (for a direct
    // conversation, the highlighted row only when nobody is checked).
    QList<qint64> chosenIds() const;

Q_SIGNALS:
    void searchRequested(const QString &text);
    void createDirectRequested(qint64 userId);
    void createGroupRequested(const QString &title, const QList<qint64> &memberIds);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum class Problem { None, NoPerson, TooManyPeople, NoTitle, TitleTooLong, NoMembers };

    void start();
    Problem validate() const;
    QString problemText(Problem problem) const;
    void showMessage(const QString &text);
    void flushSearch();
    void onCheckStatesChanged(int firstRow, int lastRow);
    void setChecked(int row, bool checked);
    void syncCheckStates();
    void onActivated(const QModelIndex &index);
    void onHighlightChanged();
    bool searchKeyPressed(const QKeyEvent *event);
    // Direct: choose the row and start. Group: check the row and go back to the search.
    void chooseRow(const QModelIndex &index);
    QModelIndex highlightedRow() const;
    QModelIndex rowToChoose() const; // the highlighted row, or the only result
    void clearProblem();
    void updateKindUi();
    void updateSummary();
    void retranslateUi();

    QAbstractItemModel *m_model = nullptr;
    int m_idRole = Qt::UserRole;
    Kind m_kind = Kind::Direct;
    bool m_busy = false;
    bool m_searched = false;
    QList<qint64> m_selected; // in the order they were checked
    QHash<qint64, QString> m_names;
    Problem m_problem = Problem::None;
    QString m_errorReason;

    QRadioButton *m_directRadio = nullptr;
    QRadioButton *m_groupRadio = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLineEdit *m_titleEdit = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QListView *m_resultsView = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_startButton = nullptr;
    QTimer *m_searchTimer = nullptr;
};

} // namespace confab::ui
