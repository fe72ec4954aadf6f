#include "widgets/Composer.h"

#include "model/Message.h"
#include "widgets/ErrorTexts.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStyle>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

namespace confab::ui {

namespace {

constexpr qsizetype MaxLength = model::Message::MaxContentLength;
// The counter appears in the last tenth, early enough to trim before hitting the wall.
constexpr qsizetype CounterThreshold = MaxLength - MaxLength / 10;
constexpr int MaxVisibleLines = 8;
constexpr qsizetype PreviewLength = 80;

QString withoutTrailingSpace(const QString &text)
{
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    return text.left(end);
}

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

QString shortPreview(const QString &text)
{
    const QString line = text.simplified();
    return line.size() <= PreviewLength ? line : line.left(PreviewLength - 1) + QChar(0x2026);
}

} // namespace

Composer::Composer(QWidget *parent)
    : QWidget(parent)
    , m_contextBar(new QFrame(this))
    , m_contextLabel(new QLabel(m_contextBar))
    , m_contextClose(new QToolButton(m_contextBar))
    , m_edit(new QPlainTextEdit(this))
    , m_sendButton(new QPushButton(this))
    , m_hintLabel(new QLabel(this))
    , m_counterLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("composer"));
    // As tall as its contents: the timeline above takes any spare height.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_edit->setObjectName(QStringLiteral("composerEdit"));
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_contextBar->setObjectName(QStringLiteral("composerContextBar"));
    m_contextClose->setObjectName(QStringLiteral("composerContextClose"));
    m_hintLabel->setObjectName(QStringLiteral("composerHint"));
    m_counterLabel->setObjectName(QStringLiteral("composerCounter"));

    // The reply/edit bar: a quiet strip in the alternate base colour above the editor.
    m_contextBar->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_contextBar->setAutoFillBackground(true);
    m_contextBar->setBackgroundRole(QPalette::AlternateBase);
    m_contextLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_contextClose->setAutoRaise(true);
    m_contextClose->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    auto *barLayout = new QHBoxLayout(m_contextBar);
    barLayout->setContentsMargins(8, 2, 2, 2);
    barLayout->addWidget(m_contextLabel, 1);
    barLayout->addWidget(m_contextClose);
    m_contextBar->hide();

    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_edit->installEventFilter(this);
    setFocusProxy(m_edit);
    m_sendButton->setEnabled(false);
    m_sendButton->setAutoDefault(false);

    m_hintLabel->setWordWrap(true);
    m_hintLabel->hide();
    m_counterLabel->setForegroundRole(QPalette::PlaceholderText);
    m_counterLabel->hide();

    auto *editRow = new QHBoxLayout;
    editRow->setSpacing(6);
    editRow->addWidget(m_edit, 1);
    editRow->addWidget(m_sendButton, 0, Qt::AlignBottom);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_hintLabel, 1);
    footer->addWidget(m_counterLabel, 0, Qt::AlignRight | Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_contextBar);
    layout->addLayout(editRow);
    layout->addLayout(footer);

    connect(m_edit, &QPlainTextEdit::textChanged, this, &Composer::onTextChanged);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &Composer::updateEditorHeight);
    connect(m_sendButton, &QPushButton::clicked, this, &Composer::submit);
    connect(m_contextClose, &QToolButton::clicked, this, [this] {
        if (isEditing())
            cancelEdit();
        else
            clearReplyTarget();
        m_edit->setFocus();
    });

    retranslateUi();
    updateEditorHeight();
}

// --- conversations and drafts ---

void Composer::setConversation(qint64 conversationId)
{
    if (conversationId == m_conversationId)
        return;
    if (isEditing())
        cancelEdit();
    stopTyping();
    saveDraft();
    m_conversationId = conversationId;
    restoreDraft();
}

QString Composer::draft(qint64 conversationId) const
{
    if (conversationId == m_conversationId && !m_archived)
        return isEditing() ? m_draftBeforeEdit : text();
    return m_drafts.value(conversationId).text;
}

void Composer::setDraft(qint64 conversationId, const QString &text)
{
    if (conversationId == m_conversationId && !m_archived && !isEditing()) {
        replaceText(text);
        return;
    }
    if (conversationId == m_conversationId && isEditing())
        m_draftBeforeEdit = text;
    else
        m_drafts[conversationId].text = text;
}

void Composer::saveDraft()
{
    if (m_archived) // the editor is empty; the draft was put aside when it became read-only
        return;
    Draft draft{isEditing() ? m_draftBeforeEdit : text(), m_reply};
    if (draft.text.isEmpty() && !draft.reply)
        m_drafts.remove(m_conversationId);
    else
        m_drafts.insert(m_conversationId, draft);
}

void Composer::restoreDraft()
{
    const Draft draft = m_drafts.take(m_conversationId);
    m_reply = m_fixedParent == 0 ? draft.reply : std::nullopt;
    replaceText(m_archived ? QString() : draft.text);
    if (m_archived) // keep it aside until the conversation is writable again
        m_drafts.insert(m_conversationId, draft);
    showHint(Hint::None);
    updateContextBar();
}

QString Composer::text() const
{
    return m_edit->toPlainText();
}

void Composer::setText(const QString &text)
{
    replaceText(text);
}

void Composer::replaceText(const QString &text)
{
    const QScopedValueRollback<bool> programmatic(m_programmatic, true);
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
}

// --- edit and reply ---

void Composer::beginEdit(qint64 messageId, const QString &currentText)
{
    if (m_archived)
        return;
    if (!isEditing())
        m_draftBeforeEdit = text();
    stopTyping(); // editing an old message is not typing a new one
    m_editingId = messageId;
    m_editOriginal = currentText;
    replaceText(currentText);
    showHint(Hint::None);
    updateContextBar();
    m_edit->setFocus();
}

void Composer::cancelEdit()
{
    if (!isEditing())
        return;
    finishEdit();
    Q_EMIT cancelled();
}

void Composer::finishEdit()
{
    m_editingId.reset();
    m_editOriginal.clear();
    replaceText(m_draftBeforeEdit);
    m_draftBeforeEdit.clear();
    showHint(Hint::None);
    updateContextBar();
}

void Composer::setReplyTarget(qint64 rootId, const QString &senderName, const QString &preview)
{
    if (m_fixedParent != 0 || m_archived)
        return;
    m_reply = ReplyTarget{rootId, senderName, shortPreview(preview)};
    updateContextBar();
    m_edit->setFocus();
}

void Composer::clearReplyTarget()
{
    m_reply.reset();
    updateContextBar();
}

void Composer::setFixedParent(qint64 rootId)
{
    m_fixedParent = rootId;
    if (rootId != 0)
        m_reply.reset();
    updateContextBar();
}

std::optional<qint64> Composer::parentId() const
{
    if (m_fixedParent != 0)
        return m_fixedParent;
    if (m_reply)
        return m_reply->rootId;
    return std::nullopt;
}

void Composer::setEnabledForConversation(bool archived)
{
    if (archived == m_archived)
        return;
    if (archived) {
        cancelEdit();
        stopTyping();
        saveDraft();
        m_archived = true;
        replaceText({});
    } else {
        m_archived = false;
        restoreDraft();
    }
    m_edit->setReadOnly(archived);
    m_edit->setFocusPolicy(archived ? Qt::NoFocus : Qt::StrongFocus);
    showHint(Hint::None);
    updateContextBar();
    retranslateUi(); // the placeholder says why nothing can be written
}

// --- keys and sending ---

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::ShortcutOverride) {
        // Claim Esc while there is something to cancel, before a window shortcut takes it.
        if (wantsKey(static_cast<QKeyEvent *>(event))) {
            event->accept();
            return true;
        }
    }
    if (watched == m_edit && event->type() == QEvent::KeyPress)
        return handleKey(static_cast<QKeyEvent *>(event));
    // A new width wraps the text into other lines; measure once the editor has relaid it out.
    if (watched == m_edit && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(this, &Composer::updateEditorHeight, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

bool Composer::wantsKey(const QKeyEvent *event) const
{
    if (event->key() != Qt::Key_Escape || event->modifiers() != Qt::NoModifier)
        return false;
    return isEditing() || (m_reply && m_fixedParent == 0);
}

bool Composer::handleKey(QKeyEvent *event)
{
    const auto mods = event->modifiers() & ~Qt::KeypadModifier;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (mods & Qt::ShiftModifier) {
            // Insert a real line break; the default would be a soft U+2028 separator.
            if (!m_edit->isReadOnly())
                m_edit->textCursor().insertText(QStringLiteral("\n"));
            return true;
        }
        if (mods == Qt::NoModifier || mods == Qt::ControlModifier) {
            submit();
            return true;
        }
        return false;
    case Qt::Key_Up:
        if (mods == Qt::NoModifier && text().isEmpty() && !isEditing() && !m_archived) {
            Q_EMIT editLastRequested();
            return true;
        }
        return false;
    case Qt::Key_Escape:
        if (!wantsKey(event))
            return false;
        if (isEditing())
            cancelEdit();
        else
            clearReplyTarget();
        return true;
    default:
        return false;
    }
}

void Composer::submit()
{
    if (m_archived)
        return;
    const QString message = withoutTrailingSpace(text());
    if (isEditing()) {
        submitEdit(message);
        return;
    }
    if (isBlank(message))
        return;
    if (message.size() > MaxLength) {
        showHint(Hint::TooLong);
        return;
    }
    const std::optional<qint64> parent = parentId();
    replaceText({});
    m_reply.reset();
    updateContextBar();
    stopTyping();
    Q_EMIT sendRequested(message, parent);
}

void Composer::submitEdit(const QString &message)
{
    if (isBlank(message)) {
        showHint(Hint::EmptyEdit);
        return;
    }
    if (message.size() > MaxLength) {
        showHint(Hint::TooLong);
        return;
    }
    if (message == withoutTrailingSpace(m_editOriginal)) {
        cancelEdit(); // nothing changed: no need to bother the server
        return;
    }
    const qint64 messageId = *m_editingId;
    finishEdit();
    Q_EMIT editSubmitted(messageId, message);
}

// --- typing and feedback ---

void Composer::onTextChanged()
{
    updateLengthFeedback();
    if (m_programmatic || isEditing() || m_archived)
        return;
    if (isBlank(text())) {
        stopTyping();
        return;
    }
    if (!m_typing || m_sinceTypingSignal.hasExpired(m_typingIntervalMs)) {
        m_typing = true;
        m_sinceTypingSignal.start();
        Q_EMIT typingChanged(true);
    }
}

void Composer::stopTyping()
{
    if (!m_typing)
        return;
    m_typing = false;
    Q_EMIT typingChanged(false);
}

void Composer::updateLengthFeedback()
{
    const qsizetype length = withoutTrailingSpace(text()).size();
    m_sendButton->setEnabled(!m_archived && !isBlank(text()));
    m_counterLabel->setVisible(length >= CounterThreshold);
    if (m_counterLabel->isVisibleTo(this)) {
        const QLocale locale;
        //: Characters used / characters allowed in one message.
        m_counterLabel->setText(
            tr("%1 / %2").arg(locale.toString(qint64(length)), locale.toString(MaxLength)));
        m_counterLabel->setAccessibleName(
            tr("%1 of %2 characters used")
                .arg(locale.toString(qint64(length)), locale.toString(MaxLength)));
        QPalette counterPalette = palette();
        if (length > MaxLength)
            counterPalette.setColor(QPalette::PlaceholderText, errorColor(palette()));
        m_counterLabel->setPalette(counterPalette);
    }
    if (m_hint == Hint::TooLong && length <= MaxLength)
        showHint(Hint::None);
    else if (m_hint == Hint::EmptyEdit && !isBlank(text()))
        showHint(Hint::None);
}

void Composer::showHint(Hint hint)
{
    m_hint = hint;
    switch (hint) {
    case Hint::None:
        m_hintLabel->clear();
        break;
    case Hint::TooLong:
        m_hintLabel->setText(
            tr("This message is too long to send: at most %1 characters fit in one message.")
                .arg(QLocale().toString(MaxLength)));
        break;
    case Hint::EmptyEdit:
        m_hintLabel->setText(tr("A message cannot be empty. To remove it, delete it instead."));
        break;
    }
    QPalette hintPalette = palette();
    hintPalette.setColor(QPalette::WindowText, errorColor(palette()));
    m_hintLabel->setPalette(hintPalette);
    m_hintLabel->setVisible(hint != Hint::None);
}

void Composer::updateContextBar()
{
    if (isEditing()) {
        m_contextLabel->setText(tr("Editing message · Esc to cancel"));
        m_contextLabel->setToolTip({});
        m_contextClose->setToolTip(tr("Cancel editing"));
        m_contextClose->setAccessibleName(tr("Cancel editing"));
    } else if (m_reply) {
        //: %1 is the sender's name, %2 the start of the message being replied to.
        m_contextLabel->setText(
            tr("Replying to %1: %2").arg(m_reply->senderName, m_reply->preview));
        m_contextLabel->setToolTip(m_contextLabel->text());
        m_contextClose->setToolTip(tr("Cancel reply"));
        m_contextClose->setAccessibleName(tr("Cancel reply"));
    } else {
        m_contextClose->setAccessibleName(tr("Cancel reply"));
    }
    m_contextClose->setAccessibleDescription(
        tr("Keeps the text and stops editing or replying; Esc does the same."));
    m_contextBar->setVisible(isEditing() || m_reply.has_value());
}

void Composer::updateEditorHeight()
{
    // The editor grows with its text up to a few lines, then scrolls. blockBoundingRect() lays
    // a block out at the current width if needed, so wrapped lines count too.
    const int lineHeight = m_edit->fontMetrics().lineSpacing();
    const qreal maxHeight = qreal(MaxVisibleLines) * lineHeight;
    const QAbstractTextDocumentLayout *layout = m_edit->document()->documentLayout();
    qreal contentHeight = 0;
    for (QTextBlock block = m_edit->document()->begin();
         block.isValid() && contentHeight < maxHeight; block = block.next())
        contentHeight += layout->blockBoundingRect(block).height();
    const QMargins margins = m_edit->contentsMargins();
    const int height = int(qBound(qreal(lineHeight), contentHeight, maxHeight) +
                           2 * m_edit->document()->documentMargin()) +
                       margins.top() + margins.bottom() + 2 * m_edit->frameWidth();
    m_edit->setFixedHeight(height);
}

void Composer::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange)
        updateEditorHeight();
    else if (event->type() == QEvent::PaletteChange)
        retranslateUi(); // the hint and counter colours derive from the palette
}

void Composer::retranslateUi()
{
    m_edit->setPlaceholderText(m_archived ? tr("This conversation is archived")
                                          : tr("Write a message…"));
    m_edit->setAccessibleName(tr("Message", "noun: the message being written"));
    m_edit->setAccessibleDescription(
        tr("Enter sends, Shift+Enter starts a new line, Up edits your last message."));
    //: Button that sends the message being written.
    m_sendButton->setText(tr("Send"));
    m_sendButton->setAccessibleName(tr("Send message"));
    m_sendButton->setAccessibleDescription(
        tr("Sends what you wrote; while offline it waits in the outbox and goes out later."));
    showHint(m_hint);
    updateContextBar();
    updateLengthFeedback();
}

} // namespace confab::ui
