#include "delegates/MessageLayout.h"
#include "TimeFormat.h"

#include "delegates/MessageMarkdown.h"
#include "models/MessageData.h"
#include "models/ModelRoles.h"
#include "models/PlainText.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetrics>
#include <QLocale>
#include <QModelIndex>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QtMath>
#include <array>

namespace confab::ui {

using client::Delivery;

namespace {

constexpr int kSideMargin = 12;
constexpr int kAvatarSize = 36;
constexpr int kGap = 10;
constexpr int kStarGutter = 22;
constexpr int kHeaderTop = 8;
constexpr int kRowTop = 2;
constexpr int kBottom = 4;
constexpr int kMinBodyWidth = 40;
constexpr int kIntroTop = 24;
constexpr int kIntroBottom = 12;
constexpr int kChipPadding = 7;
constexpr int kChipSpacing = 6;
constexpr int kLinkSpacing = 12;
// Heights of every row seen are kept; past this many (several resizes of a huge timeline)
// the table starts over rather than grow without bound.
constexpr qsizetype kMaxRememberedHeights = 300'000;

// Never loads an image or stylesheet a message names: no disk or network work while painting,
// and no way for a message to make the client read local files.
class InertDocument : public QTextDocument
{
protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

class PlainBody final : public MessageBody
{
public:
    PlainBody(const QString &text, qsizetype markStart, const QFont &font, int width)
        : m_markStart(markStart)
    {
        m_layout.setText(text);
        m_layout.setFont(font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_layout.setTextOption(option);
        m_layout.setCacheEnabled(true);
        qreal y = 0;
        m_layout.beginLayout();
        for (QTextLine line = m_layout.createLine(); line.isValid(); line = m_layout.createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        m_layout.endLayout();
        m_height = qMax(qCeil(y), QFontMetrics(font).height());
    }

    int height() const override { return m_height; }

    void draw(QPainter *painter, const QPointF &topLeft, const QPalette &, const QColor &text,
              const QColor &mark) const override
    {
        QList<QTextLayout::FormatRange> selections;
        if (m_markStart >= 0) {
            QTextLayout::FormatRange range;
            range.start = int(m_markStart);
            range.length = int(m_layout.text().size() - m_markStart);
            range.format.setForeground(mark);
            selections.append(range);
        }
        painter->setPen(text);
        m_layout.draw(painter, topLeft, selections);
    }

    QString anchorAt(const QPointF &) const override { return {}; }

private:
    QTextLayout m_layout;
    qsizetype m_markStart = -1;
    int m_height = 0;
};

class MarkdownBody final : public MessageBody
{
public:
    MarkdownBody(const QString &markdown, const QString &mark, const QFont &font, int width)
    {
        m_document.setUndoRedoEnabled(false);
        m_document.setDocumentMargin(0);
        messagemarkdown::setMessageMarkdown(m_document, markdown, font);
        trimOuterMargins();
        if (!mark.isEmpty()) {
            QTextCursor cursor(&m_document);
            cursor.movePosition(QTextCursor::End);
            m_markStart = cursor.position();
            cursor.insertText(mark, QTextCharFormat());
            m_markEnd = cursor.position();
        }
        m_document.setTextWidth(width);
        m_height = qCeil(m_document.size().height());
    }

    int height() const override { return m_height; }

    void draw(QPainter *painter, const QPointF &topLeft, const QPalette &palette,
              const QColor &text, const QColor &mark) const override
    {
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = palette;
        context.palette.setColor(QPalette::Text, text);
        if (m_markStart >= 0) {
            QAbstractTextDocumentLayout::Selection selection;
            selection.cursor = QTextCursor(&m_document);
            selection.cursor.setPosition(m_markStart);
            selection.cursor.setPosition(m_markEnd, QTextCursor::KeepAnchor);
            selection.format.setForeground(mark);
            context.selections.append(selection);
        }
        painter->save();
        painter->translate(topLeft);
        messagemarkdown::paintQuoteBars(painter, m_document, mark);
        m_document.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QString anchorAt(const QPointF &position) const override
    {
        return m_document.documentLayout()->anchorAt(position);
    }

    const QTextDocument *document() const override { return &m_document; }

private:
    // Paragraph spacing belongs between blocks, not around the message.
    void trimOuterMargins()
    {
        QTextCursor cursor(&m_document);
        QTextBlockFormat format = cursor.blockFormat();
        format.setTopMargin(0);
        cursor.setBlockFormat(format);
        cursor.movePosition(QTextCursor::End);
        format = cursor.blockFormat();
        format.setBottomMargin(0);
        cursor.setBlockFormat(format);
    }

    mutable InertDocument m_document; // a selection cursor needs it non-const
    int m_markStart = -1;
    int m_markEnd = -1;
    int m_height = 0;
};

} // namespace

MessageBody::~MessageBody() = default;

// --- MessageRow ---

MessageRow MessageRow::read(const QModelIndex &index)
{
    // One multiData() call: a model can look the message up once for all roles.
    std::array<QModelRoleData, 17> data{
        QModelRoleData(MessageIdRole),    QModelRoleData(MobileRefRole),
        QModelRoleData(SenderIdRole),     QModelRoleData(SenderNameRole),
        QModelRoleData(ContentRole),      QModelRoleData(SentAtRole),
        QModelRoleData(EditedRole),       QModelRoleData(DeletedRole),
        QModelRoleData(StarredRole),      QModelRoleData(ShowHeaderRole),
        QModelRoleData(DaySeparatorRole), QModelRoleData(ReactionsRole),
        QModelRoleData(ReplyCountRole),   QModelRoleData(SeenByRole),
        QModelRoleData(DeliveryRole),     QModelRoleData(FailureReasonRole),
        QModelRoleData(IntroRole)};
    index.multiData(data);
    MessageRow row;
    row.messageId = data[0].data().toLongLong();
    row.mobileRef = data[1].data().toString();
    row.senderId = data[2].data().toLongLong();
    row.senderName = data[3].data().toString();
    row.content = data[4].data().toString();
    row.sentAt = data[5].data().toDateTime();
    row.edited = data[6].data().toBool();
    row.deleted = data[7].data().toBool();
    row.starred = data[8].data().toBool();
    row.showHeader = !data[9].data().isValid() || data[9].data().toBool();
    row.day = data[10].data().toDate();
    row.reactions = data[11].data().toList();
    row.replyCount = data[12].data().toInt();
    row.seenBy = data[13].data().toStringList();
    row.delivery = Delivery(data[14].data().toInt());
    row.failureReason = data[15].data().toString();
    row.intro = data[16].data().toString();
    return row;
}

// --- MessageLayout ---

MessageLayout::MessageLayout(int cachedBodies)
    : m_bodies(cachedBodies)
{
}

MessageLayout::~MessageLayout() = default;

void MessageLayout::clear()
{
    m_bodies.clear();
    m_heights.clear();
}

void MessageLayout::useFont(const QFont &font)
{
    if (font == m_baseFont)
        return;
    clear();
    m_baseFont = font;
    m_font = messagemarkdown::withEmojiFallback(font);
}

QFont MessageLayout::smallFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.85 : 8.0);
    return small;
}

QFont MessageLayout::nameFont(const QFont &font)
{
    QFont name = font;
    name.setBold(true);
    return name;
}

QFont MessageLayout::introFont(const QFont &font)
{
    QFont intro = font;
    intro.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 1.1 : 11.0);
    return intro;
}

QString MessageLayout::dayText(const QDate &day, const QDate &today)
{
    if (day == today)
        return tr("Today");
    if (day == today.addDays(-1))
        return tr("Yesterday");
    return QLocale().toString(day, QLocale::LongFormat);
}

QString MessageLayout::repliesText(int count)
{
    return englishPlural(tr("%n repl(y|ies)", nullptr, count), count);
}

QString MessageLayout::chipLabel(const QString &emoji, int count)
{
    return tr("%1 %2", "reaction chip: emoji, count").arg(emoji, QLocale().toString(count));
}

QString MessageLayout::timeText(const QDateTime &time)
{
    return timeformat::timeOfDay(messagedata::localTime(time).time());
}

QString MessageLayout::statusText(Delivery delivery)
{
    switch (delivery) {
    case Delivery::Pending:
        return tr("Sending…");
    case Delivery::Failed:
        return tr("Not sent");
    case Delivery::Sent:
        break;
    }
    return {};
}

QString MessageLayout::seenByText(const QStringList &names)
{
    return tr("Seen by %1").arg(names.join(QStringLiteral(", ")));
}

bool MessageLayout::isPlainText(const QString &content)
{
    static const QString kMarkdownCharacters = QStringLiteral("*_`[]<>&\\~|#@\n\r\t");
    if (content.isEmpty())
        return true;
    if (content.front().isSpace() || content.back().isSpace())
        return false; // indentation is a code block; Markdown trims the rest
    const QChar first = content.front();
    if (first == u'-' || first == u'+' || first == u'=' || first == u'>')
        return false;
    for (QChar c : content) {
        if (kMarkdownCharacters.contains(c))
            return false;
    }
    qsizetype digits = 0;
    while (digits < content.size() && content.at(digits).isDigit())
        ++digits;
    if (digits > 0 && digits < content.size() &&
        (content.at(digits) == u'.' || content.at(digits) == u')'))
        return false; // an ordered list item
    return !content.contains(u"://") && !content.contains(u"www.", Qt::CaseInsensitive);
}

MessageLayout::Key MessageLayout::keyOf(const MessageRow &row, int width) const
{
    Key key;
    // Outbox rows have no id yet; their ref stands in, on the negative side.
    key.id = row.messageId != 0 ? row.messageId
                                : -qint64(qHash(row.mobileRef) & 0x3fffffffffffffffULL) - 1;
    key.textHash = qHash(row.content);
    key.width = width;
    key.flags = quint8((row.edited ? 1 : 0) | (row.deleted ? 2 : 0) | (int(row.delivery) << 2));
    return key;
}

std::unique_ptr<MessageBody> MessageLayout::makeBody(const MessageRow &row, int width) const
{
    if (row.deleted) {
        QFont italic = m_font;
        italic.setItalic(true);
        return std::make_unique<PlainBody>(tr("This message was deleted"), -1, italic, width);
    }
    const QString mark = row.edited ? QStringLiteral(" ") + tr("(edited)") : QString();
    if (isPlainText(row.content))
        return std::make_unique<PlainBody>(row.content + mark,
                                           mark.isEmpty() ? -1 : row.content.size(), m_font, width);
    return std::make_unique<MarkdownBody>(row.content, mark, m_font, width);
}

const MessageBody *MessageLayout::body(const MessageRow &row, const QFont &font, int width)
{
    useFont(font);
    const Key key = keyOf(row, width);
    if (const MessageBody *cached = m_bodies.object(key))
        return cached;
    std::unique_ptr<MessageBody> made = makeBody(row, width);
    if (m_heights.size() >= kMaxRememberedHeights)
        m_heights.clear();
    m_heights.insert(key, made->height());
    MessageBody *raw = made.get();
    m_bodies.insert(key, made.release());
    return raw;
}

int MessageLayout::bodyHeight(const MessageRow &row, int width)
{
    const auto known = m_heights.constFind(keyOf(row, width));
    if (known != m_heights.cend())
        return *known;
    return body(row, m_baseFont, width)->height();
}

MessageGeometry MessageLayout::geometry(const MessageRow &row, const QFont &font, int width)
{
    useFont(font);
    const QFontMetrics small(smallFont(font));
    const QFontMetrics name(nameFont(font));
    const QFontMetrics regular(font);
    const int contentLeft = kSideMargin + kAvatarSize + kGap;
    const int bodyWidth = qMax(kMinBodyWidth, width - contentLeft - kStarGutter - kSideMargin);

    MessageGeometry g;
    int y = 0;
    if (!row.intro.isEmpty()) {
        const int textWidth = qMax(kMinBodyWidth, width - 2 * kSideMargin);
        const QRect text = QFontMetrics(introFont(font))
                               .boundingRect(QRect(0, 0, textWidth, 10'000),
                                             Qt::AlignLeft | Qt::TextWordWrap, row.intro);
        g.intro = QRect(kSideMargin, kIntroTop, textWidth, text.height());
        y = g.intro.bottom() + 1 + kIntroBottom;
    }
    if (row.day.isValid()) {
        g.day = QRect(0, y, width, small.height() + 16);
        y = g.day.bottom() + 1;
    }
    g.top = y;
    y += row.showHeader ? kHeaderTop : kRowTop;
    if (row.showHeader) {
        g.avatar = QRect(kSideMargin, y, kAvatarSize, kAvatarSize);
        // +2: the advance is rounded, and eliding at the exact width would cut a name that fits.
        const int nameWidth = qMin(name.horizontalAdvance(row.senderName) + 2, bodyWidth * 2 / 3);
        g.name = QRect(contentLeft, y, nameWidth, name.height());
        g.time = QRect(g.name.right() + 1 + 8, y + name.ascent() - small.ascent(),
                       small.horizontalAdvance(timeText(row.sentAt)), small.height());
        y = g.name.bottom() + 1 + 2;
    } else {
        g.hoverTime =
            QRect(0, y + regular.ascent() - small.ascent(), contentLeft - 6, small.height());
    }
    g.star = QRect(width - kSideMargin - 16, row.showHeader ? g.name.top() : y, 16, 16);
    g.body = QRect(contentLeft, y, bodyWidth, bodyHeight(row, bodyWidth));
    y = g.body.bottom() + 1;
    layoutFooter(row, g, y);
    y += kBottom;
    if (row.showHeader)
        y = qMax(y, g.avatar.bottom() + 1 + kBottom);
    g.height = y;
    return g;
}

// Reaction chips and the replies link (wrapping), then delivery state, then read receipts.
void MessageLayout::layoutFooter(const MessageRow &row, MessageGeometry &g, int &y) const
{
    const QFontMetrics small(smallFont(m_baseFont));
    const int left = g.body.left();
    const int right = g.body.right();
    if (!row.reactions.isEmpty() || row.replyCount > 0) {
        const int chipHeight = small.height() + 6;
        int x = left;
        int top = y + 4;
        const auto place = [&](int width) {
            if (x > left && x + width > right) {
                x = left;
                top += chipHeight + 4;
            }
            const int at = x;
            x += width + kChipSpacing;
            return at;
        };
        for (const QVariant &value : row.reactions) {
            const QVariantMap reaction = value.toMap();
            MessageGeometry::Chip chip;
            chip.emoji = reaction.value(QStringLiteral("emoji")).toString();
            chip.label = chipLabel(chip.emoji, reaction.value(QStringLiteral("count")).toInt());
            chip.mine = reaction.value(QStringLiteral("mine")).toBool();
            chip.names = reaction.value(QStringLiteral("names")).toStringList();
            const int width = small.horizontalAdvance(chip.label) + 2 * kChipPadding;
            chip.rect = QRect(place(width), top, width, chipHeight);
            g.chips.append(chip);
        }
        if (row.replyCount > 0) {
            const int width = small.horizontalAdvance(repliesText(row.replyCount));
            g.replies =
                QRect(place(width), top + (chipHeight - small.height()) / 2, width, small.height());
        }
        y = top + chipHeight;
    }
    if (row.delivery != Delivery::Sent) {
        y += 2;
        const QString status = statusText(row.delivery);
        // Pending rows start with a clock glyph one line high.
        const int glyph = row.delivery == Delivery::Pending ? small.height() + 4 : 0;
        g.status = QRect(left, y, glyph + small.horizontalAdvance(status), small.height());
        if (row.delivery == Delivery::Failed) {
            g.retry = QRect(g.status.right() + 1 + kLinkSpacing, y,
                            small.horizontalAdvance(tr("Retry")), small.height());
            g.discard = QRect(g.retry.right() + 1 + kLinkSpacing, y,
                              small.horizontalAdvance(tr("Discard")), small.height());
        }
        y += small.height();
    }
    if (!row.seenBy.isEmpty()) {
        y += 2;
        g.seenBy = QRect(left, y, right - left + 1, small.height());
        y += small.height();
    }
}

} // namespace confab::ui
