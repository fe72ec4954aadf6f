#include "KeyboardShortcuts.h"

#include <QCoreApplication>

namespace confab::ui {

const QList<KeyboardShortcut> &keyboardShortcuts()
{
    using K = QKeySequence;
    static const QList<KeyboardShortcut> shortcuts = {
        {{K(Qt::CTRL | Qt::Key_K)},
         QT_TRANSLATE_NOOP("KeyboardShortcuts", "Jump to a conversation (quick switcher)"),
         WindowAction::QuickSwitcher},
        {{K(Qt::CTRL | Qt::Key_F)},
         QT_TRANSLATE_NOOP("KeyboardShortcuts", "Filter the conversation list"),
         WindowAction::FocusFilter},
        {{K(Qt::CTRL | Qt::Key_N)},
         QT_TRANSLATE_NOOP("KeyboardShortcuts", "New conversation"),
         WindowAction::NewConversation},
        {{K(Qt::CTRL | Qt::Key_Comma)},
         QT_TRANSLATE_NOOP("KeyboardShortcuts", "Settings"),
         WindowAction::Settings},
        {{K(Qt::CTRL | Qt::Key_Q)},
         QT_TRANSLATE_NOOP("KeyboardShortcuts", "Quit Confab"),
         WindowAction::Quit},
        {{K(Qt::Key_F1), K(Qt::CTRL | Qt::Key_Slash)},
         QT_TRANSLATE_NOOP("KeyboardShortcuts", "Show these keyboard shortcuts"),
         WindowAction::ShowShortcuts},
        {{K(Qt::ALT | Qt::Key_Up), K(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab)},
         QT_TRANSLATE_NOOP("KeyboardShortcuts", "Previous conversation in the list")},
        {{K(Qt::ALT | Qt::Key_Down), K(Qt::CTRL | Qt::Key_Tab)},
         QT_TRANSLATE_NOOP("KeyboardShortcuts", "Next conversation in the list")},
        {{K(Qt::Key_Return)},
         QT_TRANSLATE_NOOP("KeyboardShortcuts",
                           "Open the selected conversation; in the message box: send")},
        {{K(Qt::SHIFT | Qt::Key_Return)},
         QT_TRANSLATE_NOOP("KeyboardShortcuts", "New line in the message box")},
        {{K(Qt::Key_Up)},
         QT_TRANSLATE_NOOP("KeyboardShortcuts", "Edit your last message (empty message box)")},
        {{K(Qt::Key_Escape)},
         QT_TRANSLATE_NOOP("KeyboardShortcuts",
                           "Clear the filter, close the side panel, or cancel an edit or reply")},
        {{K(Qt::SHIFT | Qt::Key_F10)},
         QT_TRANSLATE_NOOP("KeyboardShortcuts", "Actions for the selected message")},
    };
    return shortcuts;
}

QString shortcutDescription(const KeyboardShortcut &shortcut)
{
    return QCoreApplication::translate("KeyboardShortcuts", shortcut.description);
}

QString shortcutKeysText(const KeyboardShortcut &shortcut)
{
    QStringList texts;
    for (const QKeySequence &keys : shortcut.keys)
        texts.append(keys.toString(QKeySequence::NativeText));
    return texts.join(QStringLiteral(", "));
}

} // namespace confab::ui
