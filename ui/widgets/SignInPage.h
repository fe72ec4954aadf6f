#pragma once

#include <QList>
#include <QPair>
#include <QUrl>
#include <QWidget>
#include <optional>

class QButtonGroup;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace confab::ui {

// The first page of the main window: host a server on this computer, or connect to one.
// Checks what it can before anything goes over the network (user name, password, address)
// and emits one request; the caller answers with setBusy() and, on failure, setError().
class SignInPage : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Local, Remote };
    Q_ENUM(Mode)

    explicit SignInPage(QWidget *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // With accounts on the local server, the local mode signs in instead of creating one.
    void setEmbeddedHasAccounts(bool hasAccounts);
    // Remote mode: register a new account instead of signing in.
    void setCreatingAccount(bool creating);
    bool isCreatingAccount() const;
    // Disables the form and says what is happening while a request is under way.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // Shows the text for a protocol or HTTP error reason (see errorText()); ends busy.
    void setError(const QString &reason);
    void clearError();
    // The error line as shown, from validation or from setError().
    QString errorMessage() const;
    // Previously used accounts, offered for one-click sign-in: (key, label) pairs.
    void setKnownAccounts(const QList<QPair<QString, QString>> &accounts);
    void setServerUrl(const QUrl &url);
    void setUsername(const QString &username);
    void clearPasswords();
    // A recent account was chosen but no sign-in is stored for it: fills in what is known,
    // says so, and puts the cursor in the password field. `account` is its label.
    void askPasswordFor(Mode mode, const QUrl &server, const QString &username,
                        const QString &account);
    // The info line above the submit button ("" when none).
    QString noticeMessage() const;
    // What the user name field will be stored as, when that differs from what was typed.
    QString usernameHint() const;
    // A Cancel button that returns to the chat, while another account is signed in.
    void setCancelAvailable(bool available);

    // "host:port", "http(s)://host[:port]" or "ws(s)://…" → http(s)://host[:port]; nothing
    // for anything else. Without a scheme, local names and IP addresses get http, others https.
    static std::optional<QUrl> normalizeServerUrl(const QString &input);

Q_SIGNALS:
    void signInRequested(const QUrl &server, const QString &username, const QString &password);
    void registerRequested(const QUrl &server, const QString &username, const QString &password,
                           const QString &displayName);
    void createLocalAccountRequested(const QString &username, const QString &displayName,
                                     const QString &password);
    void signInLocalRequested(const QString &username, const QString &password);
    void knownAccountChosen(const QString &key);
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum class Problem {
        None,
        ServerEmpty,
        ServerInvalid,
        DisplayNameTooLong,
        UsernameEmpty,
        UsernameInvalid,
        PasswordEmpty,
        PasswordShort,
        ConfirmMismatch,
    };
    enum class Row { Server, DisplayName, Username, UsernameHint, Password, Confirm };

    void buildForm();
    QWidget *buildCard();
    void submit();
    Problem validate() const;
    QLineEdit *fieldFor(Problem problem) const;
    QString problemText(Problem problem) const;
    void showProblem(Problem problem);
    bool creating() const; // the current mode makes a new account
    QString username() const;
    void updateRows();
    void updateErrorText();
    void updateUsernameHint();
    void rebuildKnownAccounts();
    void retranslateUi();

    Mode m_mode = Mode::Local;
    bool m_embeddedHasAccounts = false;
    bool m_busy = false;
    Problem m_problem = Problem::None;
    QString m_errorReason;
    bool m_errorWhileCreating = false; // the request that failed was a registration
    QList<QPair<QString, QString>> m_knownAccounts;
    QString m_passwordNeededFor; // the account askPasswordFor() named

    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QWidget *m_knownBox = nullptr;
    QLabel *m_knownHeading = nullptr;
    QVBoxLayout *m_knownButtons = nullptr;
    QButtonGroup *m_modeGroup = nullptr;
    QRadioButton *m_localRadio = nullptr;
    QRadioButton *m_remoteRadio = nullptr;
    QWidget *m_accountChoice = nullptr;
    QRadioButton *m_haveAccountRadio = nullptr;
    QRadioButton *m_createAccountRadio = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_displayNameLabel = nullptr;
    QLabel *m_usernameLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_serverEdit = nullptr;
    QLineEdit *m_displayNameEdit = nullptr;
    QLineEdit *m_usernameEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLineEdit *m_confirmEdit = nullptr;
    QLabel *m_usernameHint = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_noticeLabel = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_progressLabel = nullptr;
    QPushButton *m_submitButton = nullptr;
};

} // namespace confab::ui
