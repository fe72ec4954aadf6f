#include "models/PlainText.h"

#include <QRegularExpression>
#include <QStringList>

namespace confab::ui {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// A line that only draws something (a rule, a fence, a table separator) says nothing in text.
bool isDecorationLine(QStringView line)
{
    if (line.startsWith(u"```") || line.startsWith(u"~~~"))
        return true;
    if (line.size() < 3)
        return false;
    for (QChar c : line) {
        if (c != u'-' && c != u'*' && c != u'_' && c != u'=' && c != u'|' && c != u':' && c != u' ')
            return false;
    }
    return true;
}

// "# ", "> ", "- ", "* ", "+ ", "1. ", "1) " and "[ ] " at the start of a line, repeatedly
// ("> - [x] item" is all markers).
QStringView stripBlockMarkers(QStringView line)
{
    for (;;) {
        line = line.trimmed();
        qsizetype skip = 0;
        if (line.startsWith(u'#')) {
            while (skip < line.size() && line.at(skip) == u'#')
                ++skip;
        } else if (line.startsWith(u'>')) {
            skip = 1;
        } else if (line.size() > 1 &&
                   (line.startsWith(u'-') || line.startsWith(u'*') || line.startsWith(u'+')) &&
                   line.at(1) == u' ') {
            skip = 1;
        } else if (line.startsWith(u"[ ] ") || line.startsWith(u"[x] ") ||
                   line.startsWith(u"[X] ")) {
            skip = 3;
        } else {
            qsizetype digits = 0;
            while (digits < line.size() && line.at(digits).isDigit())
                ++digits;
            if (digits > 0 && digits + 1 < line.size() &&
                (line.at(digits) == u'.' || line.at(digits) == u')') && line.at(digits + 1) == u' ')
                skip = digits + 1;
        }
        if (skip == 0)
            return line;
        line = line.mid(skip);
    }
}

// Index of the ')' that closes a link target starting at `open` (a '('), or -1.
qsizetype closingParen(QStringView text, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < text.size(); ++i) {
        if (text.at(i) == u'(')
            ++depth;
        else if (text.at(i) == u')' && --depth == 0)
            return i;
    }
    return -1;
}

// Emphasis, code ticks, strike-through, escapes, link and image targets, <autolinks>.
void appendInline(QStringView line, QString &out)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\' && i + 1 < line.size() && line.at(i + 1).isPunct()) {
            out.append(line.at(++i));
        } else if (c == u'*' || c == u'`' ||
                   (c == u'~' && i + 1 < line.size() && line.at(i + 1) == u'~')) {
            if (c == u'~')
                ++i;
        } else if (c == u'_') {
            // snake_case keeps its underscores; _emphasis_ loses them.
            const bool inWord = i > 0 && i + 1 < line.size() && isWordChar(line.at(i - 1)) &&
                                isWordChar(line.at(i + 1));
            if (inWord)
                out.append(c);
        } else if (c == u'!' && i + 1 < line.size() && line.at(i + 1) == u'[') {
            // The alt text of an image reads like a link's text.
        } else if (c == u']' && i + 1 < line.size() && line.at(i + 1) == u'(') {
            const qsizetype close = closingParen(line, i + 1);
            if (close < 0)
                out.append(c);
            else
                i = close;
        } else if (c == u'[') {
            // dropped: the text that follows is what a reader sees
        } else if (c == u'<' && (line.mid(i + 1).startsWith(u"http") ||
                                 line.mid(i + 1).startsWith(u"mailto:"))) {
            const qsizetype close = line.indexOf(u'>', i);
            if (close < 0) {
                out.append(c);
            } else {
                out.append(line.mid(i + 1, close - i - 1));
                i = close;
            }
        } else {
            out.append(c);
        }
    }
}

} // namespace

QString plainTextFromMarkdown(const QString &markdown)
{
    QString out;
    out.reserve(qMin<qsizetype>(markdown.size(), 512));
    const QStringView text(markdown);
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const QStringView raw = text.mid(start, end - start).trimmed();
        if (!raw.isEmpty() && !isDecorationLine(raw)) {
            if (!out.isEmpty())
                out.append(u' ');
            appendInline(stripBlockMarkers(raw), out);
        }
        start = end + 1;
    }
    return out.simplified();
}

QString initialsOf(const QString &name)
{
    QString initials;
    bool atWordStart = true;
    for (QChar c : name) {
        if (!c.isLetterOrNumber()) {
            atWordStart = true;
            continue;
        }
        if (atWordStart) {
            initials.append(c.toUpper());
            if (initials.size() == 2)
                break;
        }
        atWordStart = false;
    }
    return initials.isEmpty() ? QStringLiteral("?") : initials;
}

QString englishPlural(const QString &translated, int n)
{
    if (!translated.contains(u'('))
        return translated;
    static const QRegularExpression choice(QStringLiteral("\\((\\w*)\\|(\\w*)\\)"));
    static const QRegularExpression suffix(QStringLiteral("\\((\\w+)\\)"));
    QString text = translated;
    text.replace(choice, n == 1 ? QStringLiteral("\\1") : QStringLiteral("\\2"));
    text.replace(suffix, n == 1 ? QString() : QStringLiteral("\\1"));
    return text;
}

} // namespace confab::ui
