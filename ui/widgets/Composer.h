#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>
#include <optional>

class QFrame;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace confab::ui {

// Where the user writes messages. Enter sends, Shift+Enter breaks the line, Up in an empty
// composer asks to edit the last own message, Esc leaves edit or reply mode. Keeps one draft
// per conversation and reports typing at a bounded rate. Knows nothing of the network: it only
// emits what the user asked for.
class Composer : public QWidget
{
    Q_OBJECT
public:
    explicit Composer(QWidget *parent = nullptr);

    // Saves the draft (and reply target) of the current conversation and restores that of
    // `conversationId`. Leaves edit mode and ends typing first, so typingChanged(false) is
    // emitted while conversation() is still the old one.
    void setConversation(qint64 conversationId);
    qint64 conversation() const { return m_conversationId; }
    // Drafts by conversation, for the caller to persist across restarts.
    QString draft(qint64 conversationId) const;
    void setDraft(qint64 conversationId, const QString &text);

    // The text in the editor; setText() replaces it without counting as typing.
    QString text() const;
    void setText(const QString &text);

    // Edits `messageId`: shows the edit bar and fills its text; the draft comes back when the
    // edit is submitted or cancelled.
    void beginEdit(qint64 messageId, const QString &currentText);
    void cancelEdit();
    bool isEditing() const { return m_editingId.has_value(); }

    // The next message replies to `rootId`; a bar shows "Replying to Ada: …" with a close
    // button. Ignored while a fixed parent is set.
    void setReplyTarget(qint64 rootId, const QString &senderName, const QString &preview);
    void clearReplyTarget();
    // In a thread pane every message goes to the same root and no reply bar is shown;
    // 0 clears it.
    void setFixedParent(qint64 rootId);
    // The parent the next message will be sent with.
    std::optional<qint64> parentId() const;

    // An archived conversation is read-only and says so in the placeholder.
    void setEnabledForConversation(bool archived);
    bool isArchived() const { return m_archived; }

    // How often typingChanged(true) may repeat while the user keeps typing (default 1 s).
    void setTypingIntervalMs(int ms) { m_typingIntervalMs = ms; }

Q_SIGNALS:
    void sendRequested(const QString &text, std::optional<qint64> parentId);
    void editLastRequested();
    void editSubmitted(qint64 messageId, const QString &text);
    // Edit mode ended without a change being submitted (Esc, the close button, a switch).
    void cancelled();
    void typingChanged(bool typing);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct ReplyTarget
    {
        qint64 rootId = 0;
        QString senderName;
        QString preview;
    };
    struct Draft
    {
        QString text;
        std::optional<ReplyTarget> reply;
    };
    enum class Hint { None, TooLong, EmptyEdit };

    bool handleKey(QKeyEvent *event);
    bool wantsKey(const QKeyEvent *event) const;
    void submit();
    void submitEdit(const QString &text);
    void finishEdit();
    void onTextChanged();
    void stopTyping();
    void saveDraft();
    void restoreDraft();
    void replaceText(const QString &text);
    void showHint(Hint hint);
    void updateContextBar();
    void updateLengthFeedback();
    void updateEditorHeight();
    void retranslateUi();

    QFrame *m_contextBar = nullptr;
    QLabel *m_contextLabel = nullptr;
    QToolButton *m_contextClose = nullptr;
    QPlainTextEdit *m_edit = nullptr;
    QPushButton *m_sendButton = nullptr;
    QLabel *m_hintLabel = nullptr;
    QLabel *m_counterLabel = nullptr;

    qint64 m_conversationId = 0;
    QHash<qint64, Draft> m_drafts;
    std::optional<ReplyTarget> m_reply;
    qint64 m_fixedParent = 0;
    std::optional<qint64> m_editingId;
    QString m_editOriginal;
    QString m_draftBeforeEdit;
    bool m_archived = false;
    Hint m_hint = Hint::None;

    bool m_programmatic = false; // text changes made by code are not typing
    bool m_typing = false;       // the last typingChanged() said true
    QElapsedTimer m_sinceTypingSignal;
    int m_typingIntervalMs = 1000;
};

} // namespace confab::ui
