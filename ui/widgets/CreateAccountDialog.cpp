#include "widgets/CreateAccountDialog.h"

#include "model/User.h"
#include "widgets/ErrorTexts.h"
#include "widgets/UsernameHint.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace confab::ui {

namespace {
constexpr int kMinPasswordLength = 8;     // the server's minimum
constexpr int kMaxDisplayNameLength = 64; // PROTOCOL.md §4 register
} // namespace

CreateAccountDialog::CreateAccountDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_usernameLabel(new QLabel(this))
    , m_usernameEdit(new QLineEdit(this))
    , m_usernameHint(new QLabel(this))
    , m_displayNameLabel(new QLabel(this))
    , m_displayNameEdit(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_confirmLabel(new QLabel(this))
    , m_confirmEdit(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("createAccountDialog"));
    m_intro->setWordWrap(true);
    m_usernameEdit->setObjectName(QStringLiteral("usernameEdit"));
    m_displayNameEdit->setObjectName(QStringLiteral("displayNameEdit"));
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_confirmEdit->setObjectName(QStringLiteral("confirmEdit"));
    m_usernameHint->setObjectName(QStringLiteral("usernameHint"));
    m_usernameHint->setWordWrap(true);
    m_usernameHint->setForegroundRole(QPalette::PlaceholderText);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();
    for (QLineEdit *edit : {m_passwordEdit, m_confirmEdit})
        edit->setEchoMode(QLineEdit::Password);
    m_usernameLabel->setBuddy(m_usernameEdit);
    m_displayNameLabel->setBuddy(m_displayNameEdit);
    m_passwordLabel->setBuddy(m_passwordEdit);
    m_confirmLabel->setBuddy(m_confirmEdit);
    m_createButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(m_usernameLabel, m_usernameEdit);
    form->addRow(QString(), m_usernameHint);
    form->addRow(m_displayNameLabel, m_displayNameEdit);
    form->addRow(m_passwordLabel, m_passwordEdit);
    form->addRow(m_confirmLabel, m_confirmEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_usernameEdit, &QLineEdit::textChanged, this,
            [this] { m_usernameHint->setText(usernameHintText(m_usernameEdit->text(), true)); });
    connect(m_createButton, &QPushButton::clicked, this, &CreateAccountDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
    retranslateUi();
}

void CreateAccountDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_createButton->setEnabled(!busy);
}

void CreateAccountDialog::setError(const QString &reason)
{
    setBusy(false);
    showMessage(errorText(reason), true);
    QLineEdit *field = reason == u"conflict" ? m_usernameEdit : m_passwordEdit;
    field->setFocus();
    field->selectAll();
}

void CreateAccountDialog::setCreated(const QString &username)
{
    setBusy(false);
    for (QLineEdit *edit : {m_usernameEdit, m_displayNameEdit, m_passwordEdit, m_confirmEdit})
        edit->clear();
    showMessage(tr("The account %1 was created. Its owner can sign in with it now.").arg(username),
                false);
    m_usernameEdit->setFocus();
}

QString CreateAccountDialog::usernameHint() const
{
    return m_usernameHint->text();
}

QString CreateAccountDialog::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

QString CreateAccountDialog::username() const
{
    return storedUsername(m_usernameEdit->text());
}

QString CreateAccountDialog::problem() const
{
    if (!model::User::isValidUsername(username()))
        return tr("A user name has 2 to 32 characters: lowercase letters, digits, “.”, “_” "
                  "and “-”.");
    if (m_displayNameEdit->text().trimmed().size() > kMaxDisplayNameLength)
        return tr("A name can have at most %1 characters.").arg(kMaxDisplayNameLength);
    if (m_passwordEdit->text().size() < kMinPasswordLength)
        return tr("Use a password of at least %1 characters.").arg(kMinPasswordLength);
    if (m_confirmEdit->text() != m_passwordEdit->text())
        return tr("The two passwords do not match.");
    return {};
}

void CreateAccountDialog::submit()
{
    if (m_busy)
        return;
    if (const QString text = problem(); !text.isEmpty()) {
        showMessage(text, true);
        return;
    }
    m_message->hide();
    setBusy(true);
    const QString displayName = m_displayNameEdit->text().trimmed();
    Q_EMIT createRequested(username(), displayName.isEmpty() ? username() : displayName,
                           m_passwordEdit->text());
}

void CreateAccountDialog::showMessage(const QString &text, bool isError)
{
    QPalette messagePalette = palette();
    if (isError)
        messagePalette.setColor(QPalette::WindowText, errorColor(palette()));
    m_message->setPalette(messagePalette);
    m_message->setText(text);
    m_message->show();
}

void CreateAccountDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void CreateAccountDialog::retranslateUi()
{
    setWindowTitle(tr("Create an Account"));
    m_intro->setText(tr("Create an account on the server on this computer for someone on your "
                        "local network. Tell them the user name and password; they sign in with "
                        "them from their own computer."));
    m_usernameLabel->setText(tr("&User name:"));
    m_displayNameLabel->setText(tr("&Name shown to others:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_confirmLabel->setText(tr("&Confirm password:"));
    m_usernameHint->setText(usernameHintText(m_usernameEdit->text(), true));
    //: Button: create the account described in the dialog.
    m_createButton->setText(tr("C&reate"));
    m_createButton->setAccessibleDescription(
        tr("Creates the account; the dialog stays open for the next one."));
    m_usernameEdit->setAccessibleDescription(
        tr("What they sign in with: lowercase letters, digits, “.”, “_” and “-”."));
    m_displayNameEdit->setAccessibleDescription(
        tr("Shown to others in conversations; the user name when left empty."));
    m_passwordEdit->setAccessibleDescription(
        tr("At least %1 characters; give it to them with the user name.").arg(kMinPasswordLength));
    m_confirmEdit->setAccessibleDescription(tr("The same password again, to catch a typo."));
}

} // namespace confab::ui
