// The composer's keyboard contract: what Enter, Shift+Enter, Up and Esc do, what reaches the
// signals (trimmed, within the length limit, with the right parent), typing notifications at a
// bounded rate, drafts per conversation and the archived read-only state.
#include "widgets/Composer.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using confab::ui::Composer;

class TestComposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void enterSendsTrimmedTextAndClears();
    void keypadEnterAndSendButtonSend();
    void shiftEnterInsertsNewline();
    void blankTextIsNotSent();
    void replyTargetGoesWithTheNextMessageOnly();
    void escapeClearsReplyTarget();
    void fixedParentAppliesToEverySend();
    void upInEmptyComposerRequestsEdit();
    void editSubmitsAndRestoresDraft();
    void escapeCancelsEditAndRestoresDraft();
    void unchangedEditIsNotSubmitted();
    void typingTrueAtMostOncePerInterval();
    void typingRepeatsAfterInterval();
    void typingFalseOnceWhenCleared();
    void typingFalseOnceOnSend();
    void noTypingWhileEditingOrRestoringDrafts();
    void draftsArePerConversation();
    void switchingConversationEndsTypingFirst();
    void overLengthIsRefusedWithHint();
    void counterAppearsNearLimit();
    void archivedIsReadOnly();

private:
    QPlainTextEdit *editor() const;
    QLabel *label(const char *name) const;
    static std::optional<qint64> parentOf(const QList<QVariant> &arguments);

    Composer *m_composer = nullptr;
};

void TestComposer::init()
{
    m_composer = new Composer;
    m_composer->resize(500, 200);
    m_composer->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_composer));
    m_composer->setConversation(1);
    editor()->setFocus();
}

void TestComposer::cleanup()
{
    delete m_composer;
    m_composer = nullptr;
}

QPlainTextEdit *TestComposer::editor() const
{
    return m_composer->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
}

QLabel *TestComposer::label(const char *name) const
{
    return m_composer->findChild<QLabel *>(QString::fromLatin1(name));
}

std::optional<qint64> TestComposer::parentOf(const QList<QVariant> &arguments)
{
    return arguments.at(1).value<std::optional<qint64>>();
}

void TestComposer::enterSendsTrimmedTextAndClears()
{
    QSignalSpy sent(m_composer, &Composer::sendRequested);
    QTest::keyClicks(editor(), QStringLiteral("  Hello there  "));
    QTest::keyClick(editor(), Qt::Key_Return);

    QCOMPARE(sent.count(), 1);
    // Leading spaces may be meaningful (indented code); trailing ones never are.
    QCOMPARE(sent.at(0).at(0).toString(), QStringLiteral("  Hello there"));
    QCOMPARE(parentOf(sent.at(0)), std::nullopt);
    QCOMPARE(m_composer->text(), QString());
}

void TestComposer::keypadEnterAndSendButtonSend()
{
    QSignalSpy sent(m_composer, &Composer::sendRequested);
    QTest::keyClicks(editor(), QStringLiteral("one"));
    QTest::keyClick(editor(), Qt::Key_Enter, Qt::KeypadModifier);
    QTest::keyClicks(editor(), QStringLiteral("two"));
    auto *send = m_composer->findChild<QPushButton *>(QStringLiteral("sendButton"));
    QVERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);

    QCOMPARE(sent.count(), 2);
    QCOMPARE(sent.at(0).at(0).toString(), QStringLiteral("one"));
    QCOMPARE(sent.at(1).at(0).toString(), QStringLiteral("two"));
    QVERIFY(!send->isEnabled()); // nothing left to send
}

void TestComposer::shiftEnterInsertsNewline()
{
    QSignalSpy sent(m_composer, &Composer::sendRequested);
    QTest::keyClicks(editor(), QStringLiteral("line one"));
    QTest::keyClick(editor(), Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(editor(), QStringLiteral("line two"));

    QCOMPARE(sent.count(), 0);
    QCOMPARE(m_composer->text(), QStringLiteral("line one\nline two"));
    QTest::keyClick(editor(), Qt::Key_Return);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toString(), QStringLiteral("line one\nline two"));
}

void TestComposer::blankTextIsNotSent()
{
    QSignalSpy sent(m_composer, &Composer::sendRequested);
    QTest::keyClick(editor(), Qt::Key_Return);
    QTest::keyClicks(editor(), QStringLiteral("   "));
    QTest::keyClick(editor(), Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClick(editor(), Qt::Key_Return);

    QCOMPARE(sent.count(), 0);
    QCOMPARE(m_composer->text(), QStringLiteral("   \n")); // kept: the user may go on typing
}

void TestComposer::replyTargetGoesWithTheNextMessageOnly()
{
    QSignalSpy sent(m_composer, &Composer::sendRequested);
    m_composer->setReplyTarget(42, QStringLiteral("Ada"), QStringLiteral("Is the build\ngreen?"));
    auto *bar = m_composer->findChild<QWidget *>(QStringLiteral("composerContextBar"));
    QVERIFY(bar->isVisible());
    QVERIFY(bar->findChild<QLabel *>()->text().startsWith(QStringLiteral("Replying to Ada: ")));
    QVERIFY(bar->findChild<QLabel *>()->text().contains(QStringLiteral("Is the build green?")));

    QTest::keyClicks(editor(), QStringLiteral("Yes"));
    QTest::keyClick(editor(), Qt::Key_Return);
    QTest::keyClicks(editor(), QStringLiteral("And more"));
    QTest::keyClick(editor(), Qt::Key_Return);

    QCOMPARE(sent.count(), 2);
    QCOMPARE(parentOf(sent.at(0)), std::optional<qint64>(42));
    QCOMPARE(parentOf(sent.at(1)), std::nullopt);
    QVERIFY(!bar->isVisible());
}

void TestComposer::escapeClearsReplyTarget()
{
    m_composer->setReplyTarget(42, QStringLiteral("Ada"), QStringLiteral("Hi"));
    QTest::keyClick(editor(), Qt::Key_Escape);
    QCOMPARE(m_composer->parentId(), std::nullopt);
    QVERIFY(!m_composer->findChild<QWidget *>(QStringLiteral("composerContextBar"))->isVisible());

    m_composer->setReplyTarget(43, QStringLiteral("Bob"), QStringLiteral("Hi"));
    QTest::mouseClick(m_composer->findChild<QWidget *>(QStringLiteral("composerContextClose")),
                      Qt::LeftButton);
    QCOMPARE(m_composer->parentId(), std::nullopt);
}

void TestComposer::fixedParentAppliesToEverySend()
{
    QSignalSpy sent(m_composer, &Composer::sendRequested);
    m_composer->setFixedParent(7);
    m_composer->setReplyTarget(9, QStringLiteral("Ada"), QStringLiteral("ignored in a thread"));
    QVERIFY(!m_composer->findChild<QWidget *>(QStringLiteral("composerContextBar"))->isVisible());
    for (const QString &text : {QStringLiteral("first"), QStringLiteral("second")}) {
        QTest::keyClicks(editor(), text);
        QTest::keyClick(editor(), Qt::Key_Return);
    }
    QCOMPARE(sent.count(), 2);
    QCOMPARE(parentOf(sent.at(0)), std::optional<qint64>(7));
    QCOMPARE(parentOf(sent.at(1)), std::optional<qint64>(7));
}

void TestComposer::upInEmptyComposerRequestsEdit()
{
    QSignalSpy editLast(m_composer, &Composer::editLastRequested);
    QTest::keyClick(editor(), Qt::Key_Up);
    QCOMPARE(editLast.count(), 1);

    QTest::keyClicks(editor(), QStringLiteral("x"));
    QTest::keyClick(editor(), Qt::Key_Up); // moves the cursor, as in any editor
    QCOMPARE(editLast.count(), 1);
}

void TestComposer::editSubmitsAndRestoresDraft()
{
    QSignalSpy sent(m_composer, &Composer::sendRequested);
    QSignalSpy submitted(m_composer, &Composer::editSubmitted);
    QTest::keyClicks(editor(), QStringLiteral("my draft"));
    m_composer->beginEdit(99, QStringLiteral("old text"));

    QVERIFY(m_composer->isEditing());
    QCOMPARE(m_composer->text(), QStringLiteral("old text"));
    auto *bar = m_composer->findChild<QWidget *>(QStringLiteral("composerContextBar"));
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->findChild<QLabel *>()->text(), QStringLiteral("Editing message · Esc to cancel"));

    QTest::keyClick(editor(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor(), QStringLiteral("new text "));
    QTest::keyClick(editor(), Qt::Key_Return);

    QCOMPARE(submitted.count(), 1);
    QCOMPARE(submitted.at(0).at(0).toLongLong(), 99);
    QCOMPARE(submitted.at(0).at(1).toString(), QStringLiteral("new text"));
    QCOMPARE(sent.count(), 0);
    QVERIFY(!m_composer->isEditing());
    QVERIFY(!bar->isVisible());
    QCOMPARE(m_composer->text(), QStringLiteral("my draft"));
}

void TestComposer::escapeCancelsEditAndRestoresDraft()
{
    QSignalSpy submitted(m_composer, &Composer::editSubmitted);
    QSignalSpy cancelled(m_composer, &Composer::cancelled);
    QTest::keyClicks(editor(), QStringLiteral("keep me"));
    m_composer->beginEdit(5, QStringLiteral("original"));
    QTest::keyClicks(editor(), QStringLiteral(" changed"));
    QTest::keyClick(editor(), Qt::Key_Escape);

    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(submitted.count(), 0);
    QVERIFY(!m_composer->isEditing());
    QCOMPARE(m_composer->text(), QStringLiteral("keep me"));
}

void TestComposer::unchangedEditIsNotSubmitted()
{
    QSignalSpy submitted(m_composer, &Composer::editSubmitted);
    QSignalSpy cancelled(m_composer, &Composer::cancelled);
    m_composer->beginEdit(5, QStringLiteral("same"));
    QTest::keyClick(editor(), Qt::Key_Return);
    QCOMPARE(submitted.count(), 0);
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!m_composer->isEditing());

    // Emptying an edited message is refused with a hint instead of sending "".
    m_composer->beginEdit(6, QStringLiteral("text"));
    QTest::keyClick(editor(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(editor(), Qt::Key_Backspace);
    QTest::keyClick(editor(), Qt::Key_Return);
    QCOMPARE(submitted.count(), 0);
    QVERIFY(m_composer->isEditing());
    QVERIFY(label("composerHint")->isVisible());
}

void TestComposer::typingTrueAtMostOncePerInterval()
{
    m_composer->setTypingIntervalMs(60'000);
    QSignalSpy typing(m_composer, &Composer::typingChanged);
    QTest::keyClicks(editor(), QStringLiteral("a quick burst of typing"));

    QCOMPARE(typing.count(), 1);
    QCOMPARE(typing.at(0).at(0).toBool(), true);
}

void TestComposer::typingRepeatsAfterInterval()
{
    constexpr int interval = 30;
    m_composer->setTypingIntervalMs(interval);
    QList<qint64> trueAt;
    QElapsedTimer clock;
    clock.start();
    connect(m_composer, &Composer::typingChanged, this, [&](bool typing) {
        if (typing)
            trueAt << clock.elapsed();
    });
    QTest::keyClick(editor(), Qt::Key_A);
    QCOMPARE(trueAt.size(), 1);
    // Keep typing until the composer says so again: it must, and not before the interval.
    QTRY_VERIFY((QTest::keyClick(editor(), Qt::Key_B), trueAt.size() >= 2));
    QVERIFY2(trueAt.at(1) - trueAt.at(0) >= interval,
             qPrintable(QString::number(trueAt.at(1) - trueAt.at(0))));
}

void TestComposer::typingFalseOnceWhenCleared()
{
    QSignalSpy typing(m_composer, &Composer::typingChanged);
    QTest::keyClicks(editor(), QStringLiteral("ab"));
    QTest::keyClick(editor(), Qt::Key_Backspace);
    QTest::keyClick(editor(), Qt::Key_Backspace);
    QTest::keyClick(editor(), Qt::Key_Backspace); // already empty: nothing new to say

    QCOMPARE(typing.count(), 2);
    QCOMPARE(typing.at(0).at(0).toBool(), true);
    QCOMPARE(typing.at(1).at(0).toBool(), false);
}

void TestComposer::typingFalseOnceOnSend()
{
    QSignalSpy typing(m_composer, &Composer::typingChanged);
    QTest::keyClicks(editor(), QStringLiteral("hi"));
    QTest::keyClick(editor(), Qt::Key_Return);
    QTest::keyClick(editor(), Qt::Key_Return);

    QCOMPARE(typing.count(), 2);
    QCOMPARE(typing.at(1).at(0).toBool(), false);
}

void TestComposer::noTypingWhileEditingOrRestoringDrafts()
{
    QSignalSpy typing(m_composer, &Composer::typingChanged);
    m_composer->setDraft(2, QStringLiteral("saved"));
    m_composer->setConversation(2);
    QCOMPARE(m_composer->text(), QStringLiteral("saved"));
    m_composer->setConversation(1);
    m_composer->beginEdit(3, QStringLiteral("old"));
    QTest::keyClicks(editor(), QStringLiteral(" more"));
    QCOMPARE(typing.count(), 0);
}

void TestComposer::draftsArePerConversation()
{
    QTest::keyClicks(editor(), QStringLiteral("draft one"));
    m_composer->setConversation(2);
    QCOMPARE(m_composer->text(), QString());
    QTest::keyClicks(editor(), QStringLiteral("two"));
    m_composer->setReplyTarget(8, QStringLiteral("Bob"), QStringLiteral("Question?"));

    m_composer->setConversation(1);
    QCOMPARE(m_composer->text(), QStringLiteral("draft one"));
    QCOMPARE(m_composer->parentId(), std::nullopt);
    QCOMPARE(m_composer->draft(2), QStringLiteral("two"));

    m_composer->setConversation(2);
    QCOMPARE(m_composer->text(), QStringLiteral("two"));
    QCOMPARE(m_composer->parentId(), std::optional<qint64>(8)); // the reply is part of the draft
}

void TestComposer::switchingConversationEndsTypingFirst()
{
    QList<QPair<bool, qint64>> events; // (typing, conversation at the time)
    connect(m_composer, &Composer::typingChanged, this, [&](bool typing) {
        events.append({typing, m_composer->conversation()});
    });
    QTest::keyClicks(editor(), QStringLiteral("hello"));
    m_composer->setConversation(2);

    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(1), qMakePair(false, qint64(1)));
}

void TestComposer::overLengthIsRefusedWithHint()
{
    QSignalSpy sent(m_composer, &Composer::sendRequested);
    m_composer->setText(QString(16'385, QLatin1Char('x')));
    QTest::keyClick(editor(), Qt::Key_Return);

    QCOMPARE(sent.count(), 0);
    QVERIFY(label("composerHint")->isVisible());
    QVERIFY(label("composerHint")->text().contains(QLocale().toString(16'384)));
    QCOMPARE(m_composer->text().size(), 16'385); // nothing is lost

    QTest::keyClick(editor(), Qt::Key_Backspace);
    QVERIFY(!label("composerHint")->isVisible());
    QTest::keyClick(editor(), Qt::Key_Return);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toString().size(), 16'384);
}

void TestComposer::counterAppearsNearLimit()
{
    m_composer->setText(QStringLiteral("short"));
    QVERIFY(!label("composerCounter")->isVisible());
    m_composer->setText(QString(15'000, QLatin1Char('y')));
    QVERIFY(label("composerCounter")->isVisible());
    QVERIFY(label("composerCounter")->text().contains(QLocale().toString(15'000)));
}

void TestComposer::archivedIsReadOnly()
{
    QSignalSpy sent(m_composer, &Composer::sendRequested);
    QSignalSpy editLast(m_composer, &Composer::editLastRequested);
    QTest::keyClicks(editor(), QStringLiteral("unsent"));
    m_composer->setEnabledForConversation(true);

    QVERIFY(m_composer->isArchived());
    QVERIFY(editor()->isReadOnly());
    QCOMPARE(editor()->placeholderText(), QStringLiteral("This conversation is archived"));
    QCOMPARE(m_composer->text(), QString());
    QVERIFY(!m_composer->findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    QTest::keyClicks(editor(), QStringLiteral("more"));
    QTest::keyClick(editor(), Qt::Key_Return);
    QTest::keyClick(editor(), Qt::Key_Up);
    QCOMPARE(sent.count(), 0);
    QCOMPARE(editLast.count(), 0);

    m_composer->setEnabledForConversation(false);
    QVERIFY(!editor()->isReadOnly());
    QCOMPARE(m_composer->text(), QStringLiteral("unsent")); // the draft was kept aside
    QVERIFY(editor()->placeholderText() != QStringLiteral("This conversation is archived"));
}

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
