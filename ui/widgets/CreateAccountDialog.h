#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace confab::ui {

// Creates an account on the server this computer hosts, for someone else: with LAN access on,
// teammates sign in with accounts made here, since nobody can register from another computer.
// The caller creates the account (createRequested) and answers with setCreated() or
// setError(); the dialog stays open so several accounts can be made in a row.
class CreateAccountDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateAccountDialog(QWidget *parent = nullptr);

    void setBusy(bool busy);
    // `reason` is an error reason name (ErrorTexts), such as "conflict".
    void setError(const QString &reason);
    // The account exists: says so and clears the fields for the next one.
    void setCreated(const QString &username);
    // The text under the fields: a problem, an error or the confirmation.
    QString message() const;
    // The line under the user name: the lowercase name that will be created, or the rules.
    QString usernameHint() const;

Q_SIGNALS:
    void createRequested(const QString &username, const QString &displayName,
                         const QString &password);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString username() const;
    QString problem() const;
    void submit();
    void showMessage(const QString &text, bool isError);
    void retranslateUi();

    QLabel *m_intro = nullptr;
    QLabel *m_usernameLabel = nullptr;
    QLineEdit *m_usernameEdit = nullptr;
    QLabel *m_usernameHint = nullptr;
    QLabel *m_displayNameLabel = nullptr;
    QLineEdit *m_displayNameEdit = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_confirmEdit = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_createButton = nullptr;
    bool m_busy = false;
};

} // namespace confab::ui
