#pragma once

#include <QFont>
#include <QStringList>

class QColor;
class QPainter;
class QTextDocument;

namespace confab::ui {

// How a message's Markdown looks, on top of Qt's importer: `_text_` in italics as in every
// chat app (Qt's GitHub dialect underlines it), block quotes with a bar at the left, code
// blocks and `inline code` in a monospace font on a tinted background, and a colour emoji
// font behind the text when the system has one.
namespace messagemarkdown {

// The colour emoji family preferred for message text when it is installed.
inline constexpr char kEmojiFamily[] = "Noto Color Emoji";

// `font` with the colour emoji family as a fallback when `installedFamilies` holds it, so
// every emoji comes from one consistent font instead of whichever font fontconfig picks.
QFont withEmojiFallback(const QFont &font, const QStringList &installedFamilies);
// The same against the system's font database (read once: fonts rarely change while running).
QFont withEmojiFallback(const QFont &font);

// Fills `document` with `markdown` (GitHub dialect, no HTML) styled as described above.
void setMessageMarkdown(QTextDocument &document, const QString &markdown, const QFont &font);

// Draws the bars of the document's block quotes; the painter is at the document's origin.
void paintQuoteBars(QPainter *painter, const QTextDocument &document, const QColor &color);

} // namespace messagemarkdown
} // namespace confab::ui
