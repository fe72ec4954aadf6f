#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace confab::ui {

class AppSettings;

// One signed-in account as the Account tab lists it.
struct AccountRow
{
    QString key;   // AccountRegistry key
    QString label; // e.g. "ada on chat.example.com"
    bool active = false;
    bool insecureStorage = false; // its token is in a plain file: no keychain was available

    friend bool operator==(const AccountRow &, const AccountRow &) = default;
};

// The preferences window. Settings are written to AppSettings on OK only; the language is
// the exception: it switches as soon as it is chosen (and back on Cancel) so the user sees
// the result at once. Account actions take effect immediately through the signals.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(AppSettings *settings, QWidget *parent = nullptr);

    void setAccounts(const QList<AccountRow> &accounts);
    // The local server as the Server tab reports it. After OK changed its settings the dialog
    // stays open while it restarts, closes once it runs, and stays open to show a failure.
    // Stopped: this app does not host a server now (it signed in to another one); saved settings
    // apply when it next does.
    enum class ServerStatus { Unknown, Running, Restarting, Failed, Stopped };
    void setServerStatus(ServerStatus status, const QString &detail = {});
    ServerStatus serverStatus() const { return m_serverStatus; }
    QString serverStatusText() const;
    // Where others on the network reach the local server ("192.168.1.20:4100"), for the LAN
    // warning; empty when this computer has no private network address.
    void setLanAddresses(const QStringList &addresses);
    QString lanWarningText() const;
    // Puts the stored settings into the controls, discarding unsaved changes.
    void reload();

    void accept() override;
    void reject() override;

Q_SIGNALS:
    void switchAccountRequested(const QString &key);
    void signOutRequested(const QString &key);
    void addAccountRequested();
    void languageChosen(const QString &code);
    // OK or Apply changed the port, LAN access or data location (already saved): restart.
    void restartEmbeddedServerRequested();
    void createAccountRequested(); // an account on the local server, for someone else

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildAccountTab();
    QWidget *buildGeneralTab();
    QWidget *buildNotificationsTab();
    QWidget *buildLanguageTab();
    QWidget *buildServerTab();
    // Saves every setting; true when the local server's own settings changed.
    bool apply();
    void applyAndRestart(bool closeWhenRunning);
    void copyAddresses();
    void updateServerStatus();
    QString selectedAccountKey() const;
    QString chosenLanguage() const;
    void onLanguageIndexChanged();
    void browseDataDir();
    void updateAccountList();
    void updateEnabledStates();
    void updateLanWarning();
    void retranslateUi();
    void retranslateDescriptions();

    AppSettings *m_settings;
    QList<AccountRow> m_accounts;
    QStringList m_lanAddresses;
    QString m_languageAtOpen; // what Cancel goes back to
    bool m_loading = false;   // control changes made by reload() are not the user's choice
    ServerStatus m_serverStatus = ServerStatus::Unknown;
    QString m_serverDetail;
    bool m_closeWhenRunning = false; // OK waits for the restart it caused

    QTabWidget *m_tabs = nullptr;
    QDialogButtonBox *m_buttons = nullptr;

    QLabel *m_accountsLabel = nullptr;
    QListWidget *m_accountList = nullptr;
    QPushButton *m_switchButton = nullptr;
    QPushButton *m_signOutButton = nullptr;
    QPushButton *m_addAccountButton = nullptr;
    QLabel *m_insecureWarning = nullptr;
    QCheckBox *m_allowInsecureCheck = nullptr;

    QCheckBox *m_closeToTrayCheck = nullptr;
    QLabel *m_autoAwayLabel = nullptr;
    QSpinBox *m_autoAwaySpin = nullptr;

    QCheckBox *m_notificationsCheck = nullptr;
    QCheckBox *m_previewCheck = nullptr;
    QCheckBox *m_soundCheck = nullptr;

    QLabel *m_languageLabel = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QLabel *m_languageNote = nullptr;

    QLabel *m_portLabel = nullptr;
    QSpinBox *m_portSpin = nullptr;
    QCheckBox *m_lanCheck = nullptr;
    QLabel *m_lanWarning = nullptr;
    QPushButton *m_createAccountButton = nullptr;
    QLabel *m_dataDirLabel = nullptr;
    QLineEdit *m_dataDirEdit = nullptr;
    QPushButton *m_browseButton = nullptr;
    QLabel *m_addressesLabel = nullptr;
    QLabel *m_addresses = nullptr;
    QPushButton *m_copyAddressesButton = nullptr;
    QLabel *m_serverStatusLabel = nullptr;
};

} // namespace confab::ui
