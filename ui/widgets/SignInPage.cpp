#include "widgets/SignInPage.h"
#include "widgets/UsernameHint.h"

#include "client/FailureReason.h"

#include "model/User.h"
#include "widgets/ErrorTexts.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <memory>

namespace confab::ui {

namespace {

constexpr int MinPasswordLength = 8;
constexpr int MaxDisplayNameLength = 64; // PROTOCOL.md §4 register

// Hosts that are almost certainly on the local network, where nobody has a certificate.
bool looksLocal(const QString &host)
{
    return host == u"localhost" || !QHostAddress(host).isNull() || !host.contains(u'.') ||
           host.endsWith(u".local") || host.endsWith(u".lan");
}

QLabel *makeBuddyLabel(QLineEdit *field, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setBuddy(field);
    return label;
}

} // namespace

SignInPage::SignInPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("signInPage"));
    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(buildCard(), 0);
    centre->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(centre);
    layout->addStretch(2); // a little above the middle looks balanced

    retranslateUi();
    updateRows();
}

QWidget *SignInPage::buildCard()
{
    auto *card = new QWidget(this);
    card->setMinimumWidth(420);
    card->setMaximumWidth(480);
    auto *layout = new QVBoxLayout(card);
    layout->setSpacing(12);

    m_title = new QLabel(card);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro = new QLabel(card);
    m_intro->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);

    m_knownBox = new QWidget(card);
    m_knownHeading = new QLabel(m_knownBox);
    m_knownButtons = new QVBoxLayout;
    auto *knownLayout = new QVBoxLayout(m_knownBox);
    knownLayout->setContentsMargins(0, 0, 0, 0);
    knownLayout->addWidget(m_knownHeading);
    knownLayout->addLayout(m_knownButtons);
    m_knownBox->hide();
    layout->addWidget(m_knownBox);

    m_localRadio = new QRadioButton(card);
    m_localRadio->setObjectName(QStringLiteral("localModeRadio"));
    m_remoteRadio = new QRadioButton(card);
    m_remoteRadio->setObjectName(QStringLiteral("remoteModeRadio"));
    m_localRadio->setChecked(true);
    m_modeGroup = new QButtonGroup(this);
    m_modeGroup->addButton(m_localRadio);
    m_modeGroup->addButton(m_remoteRadio);
    auto *modes = new QVBoxLayout;
    modes->setSpacing(4);
    modes->addWidget(m_localRadio);
    modes->addWidget(m_remoteRadio);
    layout->addLayout(modes);
    connect(m_remoteRadio, &QRadioButton::toggled, this,
            [this](bool remote) { setMode(remote ? Mode::Remote : Mode::Local); });

    auto *line = new QFrame(card);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);

    m_accountChoice = new QWidget(card);
    m_haveAccountRadio = new QRadioButton(m_accountChoice);
    m_haveAccountRadio->setObjectName(QStringLiteral("haveAccountRadio"));
    m_createAccountRadio = new QRadioButton(m_accountChoice);
    m_createAccountRadio->setObjectName(QStringLiteral("createAccountRadio"));
    m_haveAccountRadio->setChecked(true);
    auto *choiceLayout = new QHBoxLayout(m_accountChoice);
    choiceLayout->setContentsMargins(0, 0, 0, 0);
    choiceLayout->addWidget(m_haveAccountRadio);
    choiceLayout->addWidget(m_createAccountRadio);
    choiceLayout->addStretch(1);
    layout->addWidget(m_accountChoice);
    connect(m_createAccountRadio, &QRadioButton::toggled, this, [this] {
        clearError();
        updateRows();
    });

    buildForm();
    layout->addLayout(m_form);

    m_noticeLabel = new QLabel(card);
    m_noticeLabel->setObjectName(QStringLiteral("signInNotice"));
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->hide();
    layout->addWidget(m_noticeLabel);

    m_errorLabel = new QLabel(card);
    m_errorLabel->setObjectName(QStringLiteral("signInError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    m_progressLabel = new QLabel(card);
    m_progressLabel->setObjectName(QStringLiteral("signInProgress"));
    m_progressLabel->setForegroundRole(QPalette::PlaceholderText);
    m_progressLabel->hide();
    m_submitButton = new QPushButton(card);
    m_submitButton->setObjectName(QStringLiteral("signInSubmit"));
    m_submitButton->setDefault(true);
    m_cancelButton = new QPushButton(card);
    m_cancelButton->setObjectName(QStringLiteral("signInCancel"));
    m_cancelButton->setAutoDefault(false);
    m_cancelButton->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_submitButton, 1);
    buttons->addWidget(m_cancelButton); // after: the focus chain follows creation order
    layout->addWidget(m_progressLabel);
    layout->addLayout(buttons);
    connect(m_submitButton, &QPushButton::clicked, this, &SignInPage::submit);
    connect(m_cancelButton, &QPushButton::clicked, this, &SignInPage::cancelRequested);
    return card;
}

void SignInPage::buildForm()
{
    m_serverEdit = new QLineEdit(this);
    m_serverEdit->setObjectName(QStringLiteral("serverEdit"));
    m_serverEdit->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_displayNameEdit = new QLineEdit(this);
    m_displayNameEdit->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayNameEdit->setMaxLength(MaxDisplayNameLength);
    m_usernameEdit = new QLineEdit(this);
    m_usernameEdit->setObjectName(QStringLiteral("usernameEdit"));
    m_usernameEdit->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhPreferLowercase);
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_confirmEdit = new QLineEdit(this);
    m_confirmEdit->setObjectName(QStringLiteral("confirmEdit"));
    m_confirmEdit->setEchoMode(QLineEdit::Password);
    m_usernameHint = new QLabel(this);
    m_usernameHint->setObjectName(QStringLiteral("usernameHint"));
    m_usernameHint->setWordWrap(true);
    m_usernameHint->setForegroundRole(QPalette::PlaceholderText);
    connect(m_usernameEdit, &QLineEdit::textChanged, this, &SignInPage::updateUsernameHint);

    m_serverLabel = makeBuddyLabel(m_serverEdit, this);
    m_displayNameLabel = makeBuddyLabel(m_displayNameEdit, this);
    m_usernameLabel = makeBuddyLabel(m_usernameEdit, this);
    m_passwordLabel = makeBuddyLabel(m_passwordEdit, this);
    m_confirmLabel = makeBuddyLabel(m_confirmEdit, this);

    // Rows in the order of Row, so updateRows() can address them by index.
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(m_serverLabel, m_serverEdit);
    m_form->addRow(m_displayNameLabel, m_displayNameEdit);
    m_form->addRow(m_usernameLabel, m_usernameEdit);
    m_form->addRow(QString(), m_usernameHint);
    m_form->addRow(m_passwordLabel, m_passwordEdit);
    m_form->addRow(m_confirmLabel, m_confirmEdit);

    for (QLineEdit *field :
         {m_serverEdit, m_displayNameEdit, m_usernameEdit, m_passwordEdit, m_confirmEdit})
        connect(field, &QLineEdit::returnPressed, this, &SignInPage::submit);
}

// --- state ---

void SignInPage::setMode(Mode mode)
{
    {
        const QSignalBlocker blocker(m_remoteRadio);
        m_remoteRadio->setChecked(mode == Mode::Remote);
        m_localRadio->setChecked(mode == Mode::Local);
    }
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_passwordNeededFor.clear();
    clearError();
    updateRows();
}

void SignInPage::setEmbeddedHasAccounts(bool hasAccounts)
{
    m_embeddedHasAccounts = hasAccounts;
    updateRows();
}

void SignInPage::setCreatingAccount(bool creating)
{
    m_createAccountRadio->setChecked(creating);
    m_haveAccountRadio->setChecked(!creating);
}

bool SignInPage::isCreatingAccount() const
{
    return m_createAccountRadio->isChecked();
}

bool SignInPage::creating() const
{
    return m_mode == Mode::Local ? !m_embeddedHasAccounts : isCreatingAccount();
}

void SignInPage::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *input : std::initializer_list<QWidget *>{
             m_knownBox, m_localRadio, m_remoteRadio, m_accountChoice, m_serverEdit,
             m_displayNameEdit, m_usernameEdit, m_passwordEdit, m_confirmEdit, m_submitButton})
        input->setEnabled(!busy);
    m_progressLabel->setVisible(busy);
    if (busy)
        clearError();
    retranslateUi();
}

void SignInPage::setError(const QString &reason)
{
    setBusy(false);
    m_problem = Problem::None;
    m_errorReason = reason;
    m_errorWhileCreating = creating();
    updateErrorText();
    // Put the cursor where the fix goes.
    QLineEdit *field = m_passwordEdit;
    if (client::isReason(reason, wire::ErrorReason::Conflict))
        field = m_usernameEdit;
    else if (client::isReason(reason, client::LocalReason::Network) && m_mode == Mode::Remote)
        field = m_serverEdit;
    field->setFocus();
    field->selectAll();
}

void SignInPage::clearError()
{
    m_problem = Problem::None;
    m_errorReason.clear();
    updateErrorText();
}

QString SignInPage::errorMessage() const
{
    return m_errorLabel->text();
}

void SignInPage::setKnownAccounts(const QList<QPair<QString, QString>> &accounts)
{
    m_knownAccounts = accounts;
    rebuildKnownAccounts();
}

void SignInPage::setServerUrl(const QUrl &url)
{
    m_serverEdit->setText(url.toDisplayString());
}

void SignInPage::setUsername(const QString &username)
{
    m_usernameEdit->setText(username);
}

void SignInPage::clearPasswords()
{
    m_passwordEdit->clear();
    m_confirmEdit->clear();
}

void SignInPage::askPasswordFor(Mode mode, const QUrl &server, const QString &username,
                                const QString &account)
{
    setMode(mode);
    if (mode == Mode::Remote) {
        setServerUrl(server);
        setCreatingAccount(false);
    }
    setUsername(username);
    clearPasswords();
    clearError();
    m_passwordNeededFor = account;
    retranslateUi();
    m_passwordEdit->setFocus(Qt::OtherFocusReason);
}

QString SignInPage::noticeMessage() const
{
    return m_noticeLabel->isHidden() ? QString() : m_noticeLabel->text();
}

QString SignInPage::usernameHint() const
{
    return m_form->isRowVisible(int(Row::UsernameHint)) ? m_usernameHint->text() : QString();
}

void SignInPage::setCancelAvailable(bool available)
{
    m_cancelButton->setVisible(available);
}

// Names are lowercase on every server; say so, with the name that will be used, instead of
// changing what was typed behind the user's back.
void SignInPage::updateUsernameHint()
{
    m_usernameHint->setText(usernameHintText(m_usernameEdit->text(), creating()));
    m_form->setRowVisible(int(Row::UsernameHint), !m_usernameHint->text().isEmpty());
}

// --- validation and submit ---

std::optional<QUrl> SignInPage::normalizeServerUrl(const QString &input)
{
    QString text = input.trimmed();
    if (text.isEmpty() || text.contains(u' '))
        return std::nullopt;
    static const QRegularExpression schemePrefix(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    QString scheme;
    if (const auto match = schemePrefix.match(text); match.hasMatch()) {
        scheme = match.captured(1).toLower();
        text = text.mid(match.capturedLength());
    }
    if (scheme == u"ws")
        scheme = QStringLiteral("http");
    else if (scheme == u"wss")
        scheme = QStringLiteral("https");
    else if (!scheme.isEmpty() && scheme != u"http" && scheme != u"https")
        return std::nullopt;

    QUrl url(QStringLiteral("http://") + text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasQuery() ||
        url.hasFragment())
        return std::nullopt;
    if (scheme.isEmpty())
        scheme = looksLocal(url.host()) ? QStringLiteral("http") : QStringLiteral("https");

    QUrl result;
    result.setScheme(scheme);
    result.setHost(url.host());
    result.setPort(url.port());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    result.setPath(path);
    return result;
}

QString SignInPage::username() const
{
    return storedUsername(m_usernameEdit->text());
}

SignInPage::Problem SignInPage::validate() const
{
    if (m_mode == Mode::Remote) {
        if (m_serverEdit->text().trimmed().isEmpty())
            return Problem::ServerEmpty;
        if (!normalizeServerUrl(m_serverEdit->text()))
            return Problem::ServerInvalid;
    }
    if (creating() && m_displayNameEdit->text().trimmed().size() > MaxDisplayNameLength)
        return Problem::DisplayNameTooLong;
    if (username().isEmpty())
        return Problem::UsernameEmpty;
    if (!model::User::isValidUsername(username()))
        return Problem::UsernameInvalid;
    if (m_passwordEdit->text().isEmpty())
        return Problem::PasswordEmpty;
    if (creating() && m_passwordEdit->text().size() < MinPasswordLength)
        return Problem::PasswordShort;
    if (creating() && m_confirmEdit->text() != m_passwordEdit->text())
        return Problem::ConfirmMismatch;
    return Problem::None;
}

void SignInPage::submit()
{
    if (m_busy)
        return;
    if (const Problem problem = validate(); problem != Problem::None) {
        showProblem(problem);
        return;
    }
    clearError();
    m_passwordNeededFor.clear();
    m_noticeLabel->hide();
    const QString password = m_passwordEdit->text();
    // The server names a new account after its user name when no name is given.
    QString displayName = m_displayNameEdit->text().trimmed();
    if (displayName.isEmpty())
        displayName = username();

    if (m_mode == Mode::Local) {
        if (creating())
            Q_EMIT createLocalAccountRequested(username(), displayName, password);
        else
            Q_EMIT signInLocalRequested(username(), password);
        return;
    }
    const QUrl server = *normalizeServerUrl(m_serverEdit->text());
    m_serverEdit->setText(server.toDisplayString()); // show what will actually be used
    if (creating())
        Q_EMIT registerRequested(server, username(), password, displayName);
    else
        Q_EMIT signInRequested(server, username(), password);
}

void SignInPage::showProblem(Problem problem)
{
    m_errorReason.clear();
    m_problem = problem;
    updateErrorText();
    if (QLineEdit *field = fieldFor(problem)) {
        field->setFocus();
        field->selectAll();
    }
}

QLineEdit *SignInPage::fieldFor(Problem problem) const
{
    switch (problem) {
    case Problem::ServerEmpty:
    case Problem::ServerInvalid:
        return m_serverEdit;
    case Problem::DisplayNameTooLong:
        return m_displayNameEdit;
    case Problem::UsernameEmpty:
    case Problem::UsernameInvalid:
        return m_usernameEdit;
    case Problem::PasswordEmpty:
    case Problem::PasswordShort:
        return m_passwordEdit;
    case Problem::ConfirmMismatch:
        return m_confirmEdit;
    case Problem::None:
        break;
    }
    return nullptr;
}

QString SignInPage::problemText(Problem problem) const
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::ServerEmpty:
        return tr("Enter the address of the server.");
    case Problem::ServerInvalid:
        return tr("That is not a server address. Use a form like chat.example.com or "
                  "192.168.1.10:4100.");
    case Problem::DisplayNameTooLong:
        return tr("Your name can have at most %1 characters.").arg(MaxDisplayNameLength);
    case Problem::UsernameEmpty:
        return tr("Enter a user name.");
    case Problem::UsernameInvalid:
        return tr("A user name has 2 to 32 characters: lowercase letters, digits, “.”, “_” "
                  "and “-”.");
    case Problem::PasswordEmpty:
        return tr("Enter your password.");
    case Problem::PasswordShort:
        return tr("Use a password of at least %1 characters.").arg(MinPasswordLength);
    case Problem::ConfirmMismatch:
        return tr("The two passwords do not match.");
    }
    return {};
}

// --- presentation ---

void SignInPage::updateRows()
{
    const bool remote = m_mode == Mode::Remote;
    const bool newAccount = creating();
    m_form->setRowVisible(int(Row::Server), remote);
    m_form->setRowVisible(int(Row::DisplayName), newAccount);
    m_form->setRowVisible(int(Row::Confirm), newAccount);
    m_accountChoice->setVisible(remote);
    retranslateUi();
}

void SignInPage::updateErrorText()
{
    QString text = problemText(m_problem);
    // The one place where "forbidden" has a precise meaning: registration is closed.
    if (text.isEmpty() && m_errorReason == u"forbidden" && m_errorWhileCreating)
        text = tr("This server does not accept new accounts. Ask its administrator for one.");
    else if (text.isEmpty() && !m_errorReason.isEmpty())
        text = errorText(m_errorReason);
    m_errorLabel->setText(text);
    QPalette errorPalette = palette();
    errorPalette.setColor(QPalette::WindowText, errorColor(palette()));
    m_errorLabel->setPalette(errorPalette);
    m_errorLabel->setVisible(!text.isEmpty());
}

void SignInPage::rebuildKnownAccounts()
{
    while (auto item = std::unique_ptr<QLayoutItem>(m_knownButtons->takeAt(0))) {
        // Later: this may run inside the clicked() of the very button being replaced.
        item->widget()->hide();
        item->widget()->deleteLater();
    }
    QWidget *previous = m_knownHeading;
    for (const auto &[key, label] : std::as_const(m_knownAccounts)) {
        auto *button = new QPushButton(label, m_knownBox);
        button->setAutoDefault(false);
        button->setProperty("accountKey", key);
        connect(button, &QPushButton::clicked, this, [this, key] {
            if (!m_busy)
                Q_EMIT knownAccountChosen(key);
        });
        m_knownButtons->addWidget(button);
        // New widgets join the end of the focus chain; put them where they are shown.
        QWidget::setTabOrder(previous, button);
        previous = button;
    }
    if (previous != m_knownHeading)
        QWidget::setTabOrder(previous, m_localRadio);
    m_knownBox->setVisible(!m_knownAccounts.isEmpty());
    retranslateUi();
}

void SignInPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Start where typing is needed: the first visible field that is still empty.
    for (QLineEdit *field :
         {m_serverEdit, m_displayNameEdit, m_usernameEdit, m_passwordEdit, m_confirmEdit}) {
        if (field->isVisibleTo(this) && field->text().isEmpty()) {
            field->setFocus();
            return;
        }
    }
}

void SignInPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        updateErrorText();
}

void SignInPage::retranslateUi()
{
    setAccessibleName(tr("Sign in", "page name"));
    m_title->setText(tr("Welcome to Confab"));
    if (m_mode == Mode::Remote)
        m_intro->setText(tr("Sign in to a Confab server run by you or your organisation."));
    else if (m_embeddedHasAccounts)
        m_intro->setText(tr("Sign in to the Confab server on this computer."));
    else
        m_intro->setText(tr("Confab can run its own server on this computer. Create the first "
                            "account to start; others can join once you allow it in Settings."));
    m_knownHeading->setText(tr("Continue with a recent account:"));
    for (int i = 0; i < m_knownButtons->count(); ++i) {
        if (QWidget *button = m_knownButtons->itemAt(i)->widget())
            //: %1 is an account, e.g. "ada on chat.example.com".
            button->setAccessibleName(tr("Continue as %1").arg(m_knownAccounts.value(i).second));
    }

    m_localRadio->setText(tr("Host on this computer"));
    m_remoteRadio->setText(tr("Connect to a server"));
    m_haveAccountRadio->setText(tr("I have an account"));
    m_createAccountRadio->setText(tr("Create an account"));
    m_localRadio->setAccessibleDescription(
        tr("Confab runs the chat server itself; your messages stay on this computer."));
    m_remoteRadio->setAccessibleDescription(
        tr("Sign in to a Confab server that you or your team run elsewhere."));
    m_haveAccountRadio->setAccessibleDescription(tr("Sign in with your user name and password."));
    m_createAccountRadio->setAccessibleDescription(tr("Make a new account on this server."));

    m_serverLabel->setText(tr("&Server address:"));
    m_serverEdit->setPlaceholderText(tr("chat.example.com or 192.168.1.10:4100"));
    m_serverEdit->setAccessibleName(tr("Server address"));
    //: The name other people see, e.g. "Ada Lovelace".
    m_displayNameLabel->setText(tr("&Your name:"));
    m_displayNameEdit->setPlaceholderText(tr("Shown to others, e.g. Ada Lovelace"));
    m_displayNameEdit->setAccessibleName(tr("Your name"));
    m_usernameLabel->setText(tr("&User name:"));
    m_usernameEdit->setPlaceholderText(creating() ? tr("e.g. ada") : QString());
    m_usernameEdit->setAccessibleName(tr("User name"));
    m_passwordLabel->setText(tr("&Password:"));
    m_passwordEdit->setPlaceholderText(
        creating() ? tr("At least %1 characters").arg(MinPasswordLength) : QString());
    m_passwordEdit->setAccessibleName(tr("Password"));
    m_confirmLabel->setText(tr("&Confirm password:"));
    m_confirmEdit->setAccessibleName(tr("Confirm password"));
    m_confirmEdit->setAccessibleDescription(tr("The same password again, to catch a typo."));
    updateUsernameHint();
    //: %1 names an account, e.g. "Ada Lovelace (@ada) on this computer".
    m_noticeLabel->setText(tr("No sign-in is stored for %1. Enter its password to continue.")
                               .arg(m_passwordNeededFor));
    m_noticeLabel->setVisible(!m_passwordNeededFor.isEmpty());
    //: Button: leave the sign-in page and go back to the chat.
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel adding an account"));
    m_cancelButton->setAccessibleDescription(tr("Goes back to the chat of the signed-in account."));
    m_submitButton->setAccessibleDescription(
        creating() ? tr("Creates the account and signs in with it.")
                   : tr("Signs in with the user name and password above."));

    if (m_mode == Mode::Local && creating())
        m_submitButton->setText(tr("Create account and start"));
    else if (creating())
        m_submitButton->setText(tr("Create account"));
    else
        //: Button.
        m_submitButton->setText(tr("Sign in"));
    m_progressLabel->setText(creating() ? tr("Creating your account…") : tr("Signing in…"));
    updateErrorText();
}

} // namespace confab::ui
