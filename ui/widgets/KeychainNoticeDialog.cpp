#include "widgets/KeychainNoticeDialog.h"

#include "client/FailureReason.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace confab::ui {

KeychainNoticeDialog::KeychainNoticeDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
    , m_storeButton(new QPushButton(this))
    , m_retryButton(new QPushButton(this))
    , m_keepButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("keychainNotice"));
    m_text->setObjectName(QStringLiteral("keychainNoticeText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_storeButton->setObjectName(QStringLiteral("storeUnencryptedButton"));
    m_retryButton->setObjectName(QStringLiteral("retryKeychainButton"));
    m_keepButton->setObjectName(QStringLiteral("keepInMemoryButton"));
    m_keepButton->setDefault(true); // the safe choice

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(m_text, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_storeButton);
    buttons->addWidget(m_retryButton);
    buttons->addWidget(m_keepButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(buttons);
    setMinimumWidth(460);

    connect(m_storeButton, &QPushButton::clicked, this, [this] {
        Q_EMIT storeUnencryptedRequested();
        accept();
    });
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        Q_EMIT retryRequested();
        accept();
    });
    connect(m_keepButton, &QPushButton::clicked, this, &QDialog::reject);
    retranslateUi();
}

void KeychainNoticeDialog::setProblem(const QString &account, const QString &reason)
{
    m_account = account;
    m_reason = reason;
    retranslateUi();
}

QString KeychainNoticeDialog::message() const
{
    return m_text->text();
}

bool KeychainNoticeDialog::keychainMissing() const
{
    return client::isReason(m_reason, client::LocalReason::KeychainUnavailable);
}

void KeychainNoticeDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void KeychainNoticeDialog::retranslateUi()
{
    setWindowTitle(tr("Sign-in Not Saved"));
    QString text;
    if (keychainMissing())
        //: %1 names an account, e.g. "Ada Lovelace (@ada) on this computer".
        text = tr("No keychain (such as GNOME Keyring or KWallet) is available to keep the "
                  "sign-in of %1 safe. You are signed in now, but you will have to enter your "
                  "password again after Confab quits.");
    else if (client::isReason(m_reason, client::LocalReason::KeychainRefused))
        text = tr("The keychain refused to keep the sign-in of %1. You are signed in now, but "
                  "you will have to enter your password again after Confab quits.");
    else
        text = tr("The keychain could not keep the sign-in of %1. You are signed in now, but "
                  "you will have to enter your password again after Confab quits.");
    m_text->setText(text.arg(m_account));
    m_text->setAccessibleName(tr("What happened to the sign-in"));
    m_text->setAccessibleDescription(m_text->text());

    m_storeButton->setText(tr("&Store it unencrypted on this computer"));
    m_storeButton->setAccessibleName(tr("Store the sign-in unencrypted on this computer"));
    m_storeButton->setAccessibleDescription(
        tr("Anyone who can read your files could use it. You can change this in Settings."));
    m_storeButton->setVisible(keychainMissing());
    m_retryButton->setText(tr("&Try again"));
    m_retryButton->setAccessibleName(tr("Try the keychain again"));
    m_retryButton->setAccessibleDescription(
        tr("Asks the keychain once more, for example after unlocking it."));
    m_retryButton->setVisible(!keychainMissing());
    m_keepButton->setText(tr("&Keep me signed in only until I quit"));
    m_keepButton->setAccessibleName(tr("Keep me signed in only until I quit"));
    m_keepButton->setAccessibleDescription(
        tr("Nothing is written to disk; the next start asks for the password."));
}

} // namespace confab::ui
