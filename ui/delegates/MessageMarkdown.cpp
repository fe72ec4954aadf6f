#include "delegates/MessageMarkdown.h"

#include <QAbstractTextDocumentLayout>
#include <QColor>
#include <QFontDatabase>
#include <QList>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <utility>

namespace confab::ui::messagemarkdown {

namespace {

// md4c's MD_FLAG_UNDERLINE, part of Qt's GitHub dialect: it turns `_text_` into underline,
// which no chat app does and which reads as a link.
constexpr int kUnderlineFeature = 0x4000;
// Qt indents a quote by 40 px a level, a lot in a chat column; the bar needs far less.
constexpr qreal kQuoteIndent = 14;
constexpr qreal kQuoteBarWidth = 3;
constexpr qreal kCodePadding = 6;

// Grey at low opacity tints light and dark backgrounds alike.
QColor codeBackground()
{
    return QColor(128, 128, 128, 48);
}

bool isCodeBlock(const QTextBlock &block)
{
    const QTextBlockFormat format = block.blockFormat();
    return format.hasProperty(QTextFormat::BlockCodeFence) ||
           format.hasProperty(QTextFormat::BlockCodeLanguage) ||
           format.nonBreakableLines(); // indented code blocks carry only this
}

int quoteLevel(const QTextBlock &block)
{
    return block.blockFormat().intProperty(QTextFormat::BlockQuoteLevel);
}

void styleBlock(QTextBlock block)
{
    QTextCursor cursor(block);
    if (isCodeBlock(block)) {
        QTextBlockFormat format = block.blockFormat();
        format.setBackground(codeBackground());
        format.setLeftMargin(format.leftMargin() + kCodePadding);
        cursor.setBlockFormat(format);
        return;
    }
    if (const int level = quoteLevel(block); level > 0) {
        QTextBlockFormat format = block.blockFormat();
        format.setLeftMargin(level * kQuoteIndent);
        cursor.setBlockFormat(format);
    }
    // Inline code: monospace fragments outside code blocks get the same tint. The ranges are
    // collected first: changing a format while iterating merges fragments under the iterator.
    QList<std::pair<int, int>> code;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (fragment.isValid() && fragment.charFormat().fontFixedPitch())
            code.append({fragment.position(), fragment.position() + fragment.length()});
    }
    QTextCharFormat tint;
    tint.setBackground(codeBackground());
    for (const auto &[start, end] : std::as_const(code)) {
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(tint);
    }
}

} // namespace

QFont withEmojiFallback(const QFont &font, const QStringList &installedFamilies)
{
    const QString emoji = QString::fromLatin1(kEmojiFamily);
    if (!installedFamilies.contains(emoji))
        return font;
    QStringList families = font.families();
    if (families.isEmpty())
        families.append(font.family());
    if (families.contains(emoji))
        return font;
    families.append(emoji);
    QFont result = font;
    result.setFamilies(families);
    return result;
}

QFont withEmojiFallback(const QFont &font)
{
    static const QStringList installed = QFontDatabase::families();
    return withEmojiFallback(font, installed);
}

void setMessageMarkdown(QTextDocument &document, const QString &markdown, const QFont &font)
{
    document.setDefaultFont(font);
    const int features = int(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML) &
                         ~kUnderlineFeature;
    document.setMarkdown(markdown, QTextDocument::MarkdownFeatures(features));
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        styleBlock(block);
}

void paintQuoteBars(QPainter *painter, const QTextDocument &document, const QColor &color)
{
    const QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const int level = quoteLevel(block);
        if (level <= 0)
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        for (int i = 0; i < level; ++i) {
            painter->fillRect(
                QRectF(i * kQuoteIndent + 2, rect.top(), kQuoteBarWidth, rect.height()), color);
        }
    }
}

} // namespace confab::ui::messagemarkdown
