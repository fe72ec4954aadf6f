#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace confab::ui {

// Says that a sign-in token could not be kept (no keychain, or the keychain said no) and offers
// the choice right there: store it unencrypted on this computer (only when no keychain exists:
// a refusal is the user's answer and is never worked around), try again, or stay signed in only
// until the app quits. Without it the next start silently asks for the password again.
class KeychainNoticeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit KeychainNoticeDialog(QWidget *parent = nullptr);

    // `account` names the account ("Ada Lovelace (@ada) on this computer"); `reason` is the
    // one of ClientSession::credentialStorageProblem (keychain_unavailable, keychain_refused,
    // keychain).
    void setProblem(const QString &account, const QString &reason);
    QString message() const;

Q_SIGNALS:
    void storeUnencryptedRequested();
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    bool keychainMissing() const;
    void retranslateUi();

    QString m_account;
    QString m_reason;
    QLabel *m_text = nullptr;
    QPushButton *m_storeButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_keepButton = nullptr;
};

} // namespace confab::ui
