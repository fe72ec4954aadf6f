#include "widgets/SettingsDialog.h"

#include "AppSettings.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>
#include <utility>

namespace confab::ui {

namespace {

enum Tab { AccountTab, GeneralTab, NotificationsTab, LanguageTab, ServerTab };
constexpr int KeyRole = Qt::UserRole;

QLabel *makeNote(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_tabs(new QTabWidget(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
{
    Q_ASSERT(settings);
    setObjectName(QStringLiteral("settingsDialog"));
    // Built in Tab order: the indices are what retranslateUi() names.
    m_tabs->addTab(buildAccountTab(), QString());
    m_tabs->addTab(buildGeneralTab(), QString());
    m_tabs->addTab(buildNotificationsTab(), QString());
    m_tabs->addTab(buildLanguageTab(), QString());
    m_tabs->addTab(buildServerTab(), QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    QPushButton *applyButton = m_buttons->button(QDialogButtonBox::Apply);
    applyButton->setObjectName(QStringLiteral("applyButton"));
    connect(applyButton, &QPushButton::clicked, this, [this] { applyAndRestart(false); });

    setMinimumWidth(520);
    reload();
    retranslateUi();
}

// --- tabs ---

QWidget *SettingsDialog::buildAccountTab()
{
    auto *page = new QWidget(this);
    m_accountsLabel = new QLabel(page);
    m_accountList = new QListWidget(page);
    m_accountList->setObjectName(QStringLiteral("accountList"));
    const int iconSize = m_accountList->fontMetrics().height();
    m_accountList->setIconSize(QSize(iconSize, iconSize));
    m_accountsLabel->setBuddy(m_accountList);
    m_switchButton = new QPushButton(page);
    m_switchButton->setObjectName(QStringLiteral("switchAccountButton"));
    m_signOutButton = new QPushButton(page);
    m_signOutButton->setObjectName(QStringLiteral("signOutButton"));
    m_addAccountButton = new QPushButton(page);
    m_addAccountButton->setObjectName(QStringLiteral("addAccountButton"));
    for (QPushButton *button : {m_switchButton, m_signOutButton, m_addAccountButton})
        button->setAutoDefault(false);
    m_insecureWarning = new QLabel(page);
    m_insecureWarning->setObjectName(QStringLiteral("insecureWarning"));
    m_insecureWarning->setWordWrap(true);
    m_insecureWarning->hide();
    m_allowInsecureCheck = new QCheckBox(page);
    m_allowInsecureCheck->setObjectName(QStringLiteral("allowInsecureCheck"));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_switchButton);
    buttons->addWidget(m_signOutButton);
    buttons->addWidget(m_addAccountButton);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_accountList, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_accountsLabel);
    layout->addLayout(row, 1);
    layout->addWidget(m_insecureWarning);
    layout->addWidget(m_allowInsecureCheck);

    connect(m_accountList, &QListWidget::currentRowChanged, this,
            &SettingsDialog::updateEnabledStates);
    connect(m_switchButton, &QPushButton::clicked, this,
            [this] { Q_EMIT switchAccountRequested(selectedAccountKey()); });
    connect(m_signOutButton, &QPushButton::clicked, this,
            [this] { Q_EMIT signOutRequested(selectedAccountKey()); });
    connect(m_addAccountButton, &QPushButton::clicked, this, &SettingsDialog::addAccountRequested);
    return page;
}

QWidget *SettingsDialog::buildGeneralTab()
{
    auto *page = new QWidget(this);
    m_closeToTrayCheck = new QCheckBox(page);
    m_closeToTrayCheck->setObjectName(QStringLiteral("closeToTrayCheck"));
    m_autoAwaySpin = new QSpinBox(page);
    m_autoAwaySpin->setObjectName(QStringLiteral("autoAwaySpin"));
    m_autoAwaySpin->setRange(0, AppSettings::MaxAutoAwayMinutes);
    m_autoAwayLabel = new QLabel(page);
    m_autoAwayLabel->setBuddy(m_autoAwaySpin);

    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow); // spin boxes stay compact
    form->addRow(m_closeToTrayCheck);
    form->addRow(m_autoAwayLabel, m_autoAwaySpin);
    return page;
}

QWidget *SettingsDialog::buildNotificationsTab()
{
    auto *page = new QWidget(this);
    m_notificationsCheck = new QCheckBox(page);
    m_notificationsCheck->setObjectName(QStringLiteral("notificationsCheck"));
    m_previewCheck = new QCheckBox(page);
    m_previewCheck->setObjectName(QStringLiteral("previewCheck"));
    m_soundCheck = new QCheckBox(page);
    m_soundCheck->setObjectName(QStringLiteral("soundCheck"));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_notificationsCheck);
    // Indented: these only matter while notifications are on.
    auto *details = new QVBoxLayout;
    details->setContentsMargins(24, 0, 0, 0);
    details->addWidget(m_previewCheck);
    details->addWidget(m_soundCheck);
    layout->addLayout(details);
    layout->addStretch(1);
    connect(m_notificationsCheck, &QCheckBox::toggled, this, &SettingsDialog::updateEnabledStates);
    return page;
}

QWidget *SettingsDialog::buildLanguageTab()
{
    auto *page = new QWidget(this);
    m_languageCombo = new QComboBox(page);
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    for (const auto &[code, endonym] : AppSettings::supportedLanguages())
        m_languageCombo->addItem(endonym, code);
    m_languageLabel = new QLabel(page);
    m_languageLabel->setBuddy(m_languageCombo);
    m_languageNote = makeNote(page);

    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow); // spin boxes stay compact
    form->addRow(m_languageLabel, m_languageCombo);
    form->addRow(m_languageNote);
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::onLanguageIndexChanged);
    return page;
}

QWidget *SettingsDialog::buildServerTab()
{
    auto *page = new QWidget(this);
    m_portSpin = new QSpinBox(page);
    m_portSpin->setObjectName(QStringLiteral("portSpin"));
    m_portSpin->setRange(AppSettings::MinEmbeddedPort, 65535);
    m_portLabel = new QLabel(page);
    m_portLabel->setBuddy(m_portSpin);
    m_lanCheck = new QCheckBox(page);
    m_lanCheck->setObjectName(QStringLiteral("lanAccessCheck"));
    m_lanWarning = new QLabel(page); // plain text colour: this one must not be overlooked
    m_lanWarning->setWordWrap(true);
    m_lanWarning->setObjectName(QStringLiteral("lanWarning"));
    m_createAccountButton = new QPushButton(page);
    m_createAccountButton->setObjectName(QStringLiteral("createAccountButton"));
    m_createAccountButton->setAutoDefault(false);
    m_dataDirEdit = new QLineEdit(page);
    m_dataDirEdit->setObjectName(QStringLiteral("dataDirEdit"));
    m_dataDirLabel = new QLabel(page);
    m_dataDirLabel->setBuddy(m_dataDirEdit);
    m_browseButton = new QPushButton(page);
    m_browseButton->setAutoDefault(false);
    m_addressesLabel = new QLabel(page);
    m_addresses = new QLabel(page);
    m_addresses->setObjectName(QStringLiteral("serverAddresses"));
    m_addresses->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_addresses->setFocusPolicy(Qt::StrongFocus); // selectable from the keyboard too
    m_addressesLabel->setBuddy(m_addresses);
    m_copyAddressesButton = new QPushButton(page);
    m_copyAddressesButton->setObjectName(QStringLiteral("copyAddressesButton"));
    m_copyAddressesButton->setAutoDefault(false);
    m_serverStatusLabel = makeNote(page);
    m_serverStatusLabel->setObjectName(QStringLiteral("serverStatus"));

    auto *dataDirRow = new QHBoxLayout;
    dataDirRow->addWidget(m_dataDirEdit, 1);
    dataDirRow->addWidget(m_browseButton);
    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(m_addresses, 1);
    addressRow->addWidget(m_copyAddressesButton);

    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow); // spin boxes stay compact
    form->addRow(m_portLabel, m_portSpin);
    form->addRow(m_lanCheck);
    form->addRow(m_lanWarning);
    form->addRow(m_addressesLabel, addressRow);
    auto *createRow = new QHBoxLayout;
    createRow->addWidget(m_createAccountButton);
    createRow->addStretch(1);
    form->addRow(createRow);
    form->addRow(m_dataDirLabel, dataDirRow);
    form->addRow(m_serverStatusLabel);
    // The addresses were created after the rows below them; focus follows the layout.
    QWidget::setTabOrder(m_lanCheck, m_addresses);
    QWidget::setTabOrder(m_addresses, m_copyAddressesButton);
    QWidget::setTabOrder(m_copyAddressesButton, m_createAccountButton);

    connect(m_lanCheck, &QCheckBox::toggled, this, &SettingsDialog::updateEnabledStates);
    connect(m_browseButton, &QPushButton::clicked, this, &SettingsDialog::browseDataDir);
    connect(m_createAccountButton, &QPushButton::clicked, this,
            &SettingsDialog::createAccountRequested);
    connect(m_copyAddressesButton, &QPushButton::clicked, this, &SettingsDialog::copyAddresses);
    return page;
}

// --- settings ---

void SettingsDialog::reload()
{
    const QScopedValueRollback<bool> loading(m_loading, true);
    m_languageAtOpen = m_settings->language();
    m_languageCombo->setCurrentIndex(qMax(0, m_languageCombo->findData(m_languageAtOpen)));
    m_allowInsecureCheck->setChecked(m_settings->allowInsecureTokenStorage());
    m_closeToTrayCheck->setChecked(m_settings->closeToTray());
    m_autoAwaySpin->setValue(m_settings->autoAwayMinutes());
    m_notificationsCheck->setChecked(m_settings->notificationsEnabled());
    m_previewCheck->setChecked(m_settings->showMessagePreview());
    m_soundCheck->setChecked(m_settings->notificationSound());
    m_portSpin->setValue(m_settings->embeddedPort());
    m_lanCheck->setChecked(m_settings->embeddedLanAccess());
    m_dataDirEdit->setText(QDir::toNativeSeparators(m_settings->embeddedDataDir()));
    updateEnabledStates();
}

bool SettingsDialog::apply()
{
    const quint16 port = m_settings->embeddedPort();
    const bool lan = m_settings->embeddedLanAccess();
    const QString dataDir = m_settings->embeddedDataDir();
    m_settings->setLanguage(chosenLanguage());
    m_languageAtOpen = chosenLanguage();
    m_settings->setAllowInsecureTokenStorage(m_allowInsecureCheck->isChecked());
    m_settings->setCloseToTray(m_closeToTrayCheck->isChecked());
    m_settings->setAutoAwayMinutes(m_autoAwaySpin->value());
    m_settings->setNotificationsEnabled(m_notificationsCheck->isChecked());
    m_settings->setShowMessagePreview(m_previewCheck->isChecked());
    m_settings->setNotificationSound(m_soundCheck->isChecked());
    m_settings->setEmbeddedPort(quint16(m_portSpin->value()));
    m_settings->setEmbeddedLanAccess(m_lanCheck->isChecked());
    m_settings->setEmbeddedDataDir(QDir::fromNativeSeparators(m_dataDirEdit->text().trimmed()));
    m_settings->sync();
    return port != m_settings->embeddedPort() || lan != m_settings->embeddedLanAccess() ||
           dataDir != m_settings->embeddedDataDir();
}

void SettingsDialog::accept()
{
    applyAndRestart(true);
}

// Saves; when the local server's settings changed, restarts it and shows how that goes
// instead of leaving a separate "restart" step to the user.
void SettingsDialog::applyAndRestart(bool closeWhenRunning)
{
    if (!apply()) {
        if (closeWhenRunning)
            QDialog::accept();
        return;
    }
    m_closeWhenRunning = closeWhenRunning;
    setServerStatus(ServerStatus::Restarting);
    Q_EMIT restartEmbeddedServerRequested();
}

void SettingsDialog::setServerStatus(ServerStatus status, const QString &detail)
{
    m_serverStatus = status;
    m_serverDetail = detail;
    updateServerStatus();
    const bool restarting = status == ServerStatus::Restarting;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!restarting);
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(!restarting);
    if (status == ServerStatus::Failed && m_closeWhenRunning) {
        m_closeWhenRunning = false;
        m_tabs->setCurrentIndex(ServerTab); // where the failure is said
    } else if ((status == ServerStatus::Running || status == ServerStatus::Stopped) &&
               std::exchange(m_closeWhenRunning, false)) {
        QDialog::accept();
    }
}

QString SettingsDialog::serverStatusText() const
{
    switch (m_serverStatus) {
    case ServerStatus::Unknown:
        return {};
    case ServerStatus::Running:
        //: %1 is where the local server listens, e.g. "127.0.0.1:4100".
        return m_serverDetail.isEmpty()
                   ? tr("The local server is running.")
                   : tr("The local server is running at %1.").arg(m_serverDetail);
    case ServerStatus::Restarting:
        return tr("Restarting the local server…");
    case ServerStatus::Stopped:
        return tr("The local server is not running; the new settings apply when it starts.");
    case ServerStatus::Failed:
        //: %1 is the reason, as the server reported it.
        return tr("The local server could not start: %1").arg(m_serverDetail);
    }
    return {};
}

void SettingsDialog::updateServerStatus()
{
    const QString text = serverStatusText();
    m_serverStatusLabel->setText(text);
    m_serverStatusLabel->setVisible(!text.isEmpty());
    m_serverStatusLabel->setForegroundRole(
        m_serverStatus == ServerStatus::Failed ? QPalette::WindowText : QPalette::PlaceholderText);
}

void SettingsDialog::copyAddresses()
{
    QGuiApplication::clipboard()->setText(m_lanAddresses.join(u'\n'));
}

void SettingsDialog::reject()
{
    m_closeWhenRunning = false;
    // The language switched live while choosing; Cancel switches it back.
    if (chosenLanguage() != m_languageAtOpen) {
        {
            const QScopedValueRollback<bool> loading(m_loading, true);
            m_languageCombo->setCurrentIndex(qMax(0, m_languageCombo->findData(m_languageAtOpen)));
        }
        Q_EMIT languageChosen(m_languageAtOpen);
    }
    QDialog::reject();
}

QString SettingsDialog::chosenLanguage() const
{
    return m_languageCombo->currentData().toString();
}

void SettingsDialog::onLanguageIndexChanged()
{
    if (!m_loading)
        Q_EMIT languageChosen(chosenLanguage());
}

void SettingsDialog::browseDataDir()
{
    const QString chosen =
        QFileDialog::getExistingDirectory(this, tr("Where the Local Server Keeps Its Data"),
                                          QDir::fromNativeSeparators(m_dataDirEdit->text()));
    if (!chosen.isEmpty())
        m_dataDirEdit->setText(QDir::toNativeSeparators(chosen));
}

// --- LAN access ---

void SettingsDialog::setLanAddresses(const QStringList &addresses)
{
    m_lanAddresses = addresses;
    updateLanWarning();
    updateEnabledStates();
}

// Says exactly what others on the network can do: the embedded server keeps registration
// closed and listens only on private addresses (app/EmbeddedHost).
QString SettingsDialog::lanWarningText() const
{
    if (m_lanAddresses.isEmpty())
        return tr("This computer has no address on a private network (such as 192.168.x.x), so "
                  "nobody else can reach this server. It is never offered on a public address.");
    //: %1 is a list of addresses such as "192.168.1.20:4100 and [fd00::2]:4100".
    return tr("People on your local network can reach this server at %1 and sign in with "
              "accounts you create; nobody can create an account from another computer.")
        .arg(QLocale().createSeparatedList(m_lanAddresses));
}

void SettingsDialog::updateLanWarning()
{
    m_lanWarning->setText(lanWarningText());
    m_addresses->setText(m_lanAddresses.join(u'\n'));
}

// --- accounts ---

void SettingsDialog::setAccounts(const QList<AccountRow> &accounts)
{
    if (accounts == m_accounts)
        return;
    m_accounts = accounts;
    updateAccountList();
}

QString SettingsDialog::selectedAccountKey() const
{
    const QListWidgetItem *item = m_accountList->currentItem();
    return item ? item->data(KeyRole).toString() : QString();
}

void SettingsDialog::updateAccountList()
{
    const QString selected = selectedAccountKey();
    m_accountList->clear();
    QStringList insecure;
    for (const AccountRow &account : std::as_const(m_accounts)) {
        //: Marks the account the window currently shows.
        const QString text = account.active ? tr("%1 (active)").arg(account.label) : account.label;
        auto *item = new QListWidgetItem(text, m_accountList);
        item->setData(KeyRole, account.key);
        QFont font = item->font();
        font.setBold(account.active);
        item->setFont(font);
        if (account.insecureStorage) {
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(tr("The sign-in token is stored unencrypted."));
            insecure << account.label;
        }
        if (account.key == selected)
            m_accountList->setCurrentItem(item);
    }
    m_insecureWarning->setText(
        tr("No keychain was available, so the sign-in token of %1 is stored unencrypted on "
           "this computer. Anyone who can read your files can use it.")
            .arg(QLocale().createSeparatedList(insecure)));
    m_insecureWarning->setVisible(!insecure.isEmpty());
    updateEnabledStates();
}

void SettingsDialog::updateEnabledStates()
{
    const int row = m_accountList->currentRow();
    const bool selected = row >= 0 && row < m_accounts.size();
    m_switchButton->setEnabled(selected && !m_accounts.at(row).active);
    m_signOutButton->setEnabled(selected);
    m_previewCheck->setEnabled(m_notificationsCheck->isChecked());
    m_soundCheck->setEnabled(m_notificationsCheck->isChecked());
    const bool lan = m_lanCheck->isChecked();
    m_lanWarning->setVisible(lan);
    m_createAccountButton->setVisible(lan);
    m_addressesLabel->setVisible(lan && !m_lanAddresses.isEmpty());
    m_addresses->setVisible(lan && !m_lanAddresses.isEmpty());
    m_copyAddressesButton->setVisible(lan && !m_lanAddresses.isEmpty());
}

// --- language ---

void SettingsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_tabs->setTabText(AccountTab, tr("Account"));
    //: Settings tab for behaviour that fits nowhere else.
    m_tabs->setTabText(GeneralTab, tr("General"));
    m_tabs->setTabText(NotificationsTab, tr("Notifications"));
    m_tabs->setTabText(LanguageTab, tr("Language"));
    m_tabs->setTabText(ServerTab, tr("Local server"));

    m_accountsLabel->setText(tr("&Signed-in accounts:"));
    m_accountList->setAccessibleName(tr("Signed-in accounts"));
    //: Button: show another signed-in account in the window.
    m_switchButton->setText(tr("S&witch to"));
    m_signOutButton->setText(tr("Sign &out"));
    m_addAccountButton->setText(tr("&Add account…"));
    m_allowInsecureCheck->setText(
        tr("Allow storing sign-in tokens unencrypted when no keychain is available"));
    updateAccountList();

    m_closeToTrayCheck->setText(tr("Keep Confab running in the tray when its window is closed"));
    m_autoAwayLabel->setText(tr("Set me as &away after:"));
    m_autoAwaySpin->setAccessibleName(tr("Minutes of inactivity before Away"));
    //: Spin box suffix: a number of minutes follows.
    m_autoAwaySpin->setSuffix(tr(" min"));
    //: Auto-away spin box at 0: never become away automatically.
    m_autoAwaySpin->setSpecialValueText(tr("Never"));

    m_notificationsCheck->setText(tr("Show &notifications for new messages"));
    m_previewCheck->setText(tr("Show the message &text in notifications"));
    m_soundCheck->setText(tr("Play a &sound"));

    m_languageLabel->setText(tr("&Language:"));
    m_languageCombo->setAccessibleName(tr("Language"));
    //: The first entry of the language list: follow the operating system's language.
    m_languageCombo->setItemText(0, tr("System default"));
    m_languageNote->setText(tr("The new language applies at once."));

    m_portLabel->setText(tr("&Port:"));
    m_portSpin->setAccessibleName(tr("Local server port"));
    m_lanCheck->setText(tr("Allow other &computers on the network to connect"));
    updateLanWarning();
    m_createAccountButton->setText(tr("Create an &account for someone…"));
    m_dataDirLabel->setText(tr("&Data location:"));
    m_dataDirEdit->setAccessibleName(tr("Local server data location"));
    m_browseButton->setText(tr("&Browse…"));
    m_browseButton->setAccessibleName(tr("Choose the data location"));
    //: Label of the addresses teammates type as the server address.
    m_addressesLabel->setText(tr("Teammates connect to:"));
    m_addresses->setAccessibleName(tr("Addresses teammates connect to"));
    m_copyAddressesButton->setText(tr("&Copy"));
    m_copyAddressesButton->setAccessibleName(tr("Copy the addresses teammates connect to"));
    m_serverStatusLabel->setAccessibleName(tr("Local server status"));
    retranslateDescriptions();
    updateServerStatus();
}

// What each control does, for screen readers (a label says what it is; this says what happens).
void SettingsDialog::retranslateDescriptions()
{
    m_tabs->setAccessibleName(tr("Settings sections"));
    m_tabs->setAccessibleDescription(tr("Account, General, Notifications, Language and Local "
                                        "server; Ctrl+Tab moves to the next section."));
    m_accountList->setAccessibleDescription(
        tr("The accounts signed in on this computer; the one shown in the window is marked."));
    m_switchButton->setAccessibleDescription(tr("Shows the selected account in the window."));
    m_signOutButton->setAccessibleDescription(
        tr("Signs the selected account out and forgets its token on this computer."));
    m_addAccountButton->setAccessibleDescription(
        tr("Opens the sign-in page to add another account; the others stay signed in."));
    m_allowInsecureCheck->setAccessibleDescription(
        tr("Without a keychain, a sign-in token can only be kept in a file readable by your "
           "user; otherwise you sign in again after each start."));
    m_closeToTrayCheck->setAccessibleDescription(
        tr("Closing the window hides it; Quit (Ctrl+Q) ends Confab."));
    m_autoAwaySpin->setAccessibleDescription(
        tr("Others see you as away after this many minutes without input; 0 never."));
    m_notificationsCheck->setAccessibleDescription(
        tr("A desktop notification for each message in a conversation that is not muted."));
    m_previewCheck->setAccessibleDescription(
        tr("Off: notifications say who wrote, not what they wrote."));
    m_soundCheck->setAccessibleDescription(tr("A sound with each notification."));
    m_languageCombo->setAccessibleDescription(tr("The language of Confab's texts."));
    m_portSpin->setAccessibleDescription(
        tr("The port the server on this computer listens on; applied with OK or Apply."));
    m_lanCheck->setAccessibleDescription(
        tr("The server then also listens on this computer's private network addresses, for "
           "teammates with accounts you create."));
    m_createAccountButton->setAccessibleDescription(
        tr("Makes an account on this computer's server for a teammate."));
    m_dataDirEdit->setAccessibleDescription(
        tr("The folder that holds the local server's database."));
    m_browseButton->setAccessibleDescription(tr("Opens a folder picker."));
    m_addresses->setAccessibleDescription(tr("Teammates type one of these as the server address."));
    m_copyAddressesButton->setAccessibleDescription(
        tr("Copies the addresses to the clipboard, to send to teammates."));
}

} // namespace confab::ui
