#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

namespace confab::ui {

// Every keyboard shortcut of the app, in one list: the main window installs its own from it and
// the Help window (ShortcutsDialog) shows all of it, so the two cannot disagree. Keys handled by
// a widget itself (the composer, the sidebar, panels) are listed with WindowAction::None.
enum class WindowAction {
    None, // handled where it applies; listed for the Help window only
    QuickSwitcher,
    FocusFilter,
    NewConversation,
    Settings,
    Quit,
    ShowShortcuts,
};

struct KeyboardShortcut
{
    QList<QKeySequence> keys; // alternatives, the first one shown first
    const char *description;  // QT_TRANSLATE_NOOP("KeyboardShortcuts", ...)
    WindowAction action = WindowAction::None;
};

const QList<KeyboardShortcut> &keyboardShortcuts();
// The description in the current language.
QString shortcutDescription(const KeyboardShortcut &shortcut);
// "Ctrl+K" in the platform's native form, alternatives joined ("F1, Ctrl+/").
QString shortcutKeysText(const KeyboardShortcut &shortcut);

} // namespace confab::ui
