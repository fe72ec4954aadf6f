#pragma once

#include <QDialog>
#include <QPointer>
#include <QSet>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace confab::client {
class ClientSession;
}
namespace confab::model {
struct User;
}

namespace confab::ui {

class UserListModel;

// "Add people": search the server's users by name, tick the ones to add. People already in
// the conversation are not offered. The caller adds selectedIds() when the dialog is accepted.
class AddMembersDialog : public QDialog
{
    Q_OBJECT
public:
    AddMembersDialog(client::ClientSession *session, qint64 conversationId,
                     QWidget *parent = nullptr);
    ~AddMembersDialog() override;

    QList<qint64> selectedIds() const;
    UserListModel *results() const { return m_results; }
    QLineEdit *searchField() const { return m_search; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void search();
    void showResults(const QString &query, const QList<model::User> &users);
    void updateButtons();
    void retranslateUi();

    QPointer<client::ClientSession> m_session;
    qint64 m_conversationId;
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    UserListModel *m_results = nullptr;
    QTimer *m_debounce = nullptr;
    QString m_lastQuery;
    enum class Status { Idle, Searching, NothingFound, Found } m_statusKind = Status::Idle;
};

} // namespace confab::ui
