#pragma once

#include <QString>

// Text helpers shared by the models and delegates: they run on every repaint of a list row, so
// they are plain string passes, never a QTextDocument.
namespace confab::ui {

// One plain line from Markdown, as a conversation preview or an accessible description shows
// it: block markers (#, >, lists, fences), emphasis, code ticks and link targets dropped,
// whitespace collapsed. Not a full Markdown parser; it only has to read well.
QString plainTextFromMarkdown(const QString &markdown);

// The first letters of up to two words, upper-cased ("Ada Lovelace" -> "AL"); "?" when the name
// has no letter or digit.
QString initialsOf(const QString &name);

// Qt fills in %n but leaves a source string's plural markers to the translation catalogue.
// Without one (English is the source language) "%n repl(y|ies)" would show as written; this
// picks the English form: "(y|ies)" gives "y" or "ies", "(s)" gives "" or "s". Apply it to the
// result of tr() with %n, before any arg() that inserts user text.
QString englishPlural(const QString &translated, int n);

} // namespace confab::ui
