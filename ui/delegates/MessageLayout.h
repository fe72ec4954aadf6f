#pragma once

#include "client/ClientState.h"

#include <QCache>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFont>
#include <QHash>
#include <QList>
#include <QPalette>
#include <QRect>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <memory>

class QModelIndex;
class QPainter;
class QTextDocument;

namespace confab::ui {

// What one timeline row draws, read from the model's roles in one pass.
struct MessageRow
{
    qint64 messageId = 0;
    QString mobileRef;
    qint64 senderId = 0;
    QString senderName;
    QString content; // Markdown
    QDateTime sentAt;
    bool edited = false;
    bool deleted = false;
    bool starred = false;
    bool showHeader = true;
    QDate day; // valid: draw a day separator above the row
    QVariantList reactions;
    int replyCount = 0;
    QStringList seenBy;
    client::Delivery delivery = client::Delivery::Sent;
    QString failureReason;
    QString intro; // non-empty: the conversation's introduction goes above this (first) row

    static MessageRow read(const QModelIndex &index);
};

// A message body laid out at one width: Markdown through QTextDocument, or plain text (most
// chat lines) through a bare QTextLayout, which is several times cheaper to lay out.
class MessageBody
{
public:
    virtual ~MessageBody();
    virtual int height() const = 0;
    // `text` is the body's colour; `mark` the colour of the trailing "(edited)".
    virtual void draw(QPainter *painter, const QPointF &topLeft, const QPalette &palette,
                      const QColor &text, const QColor &mark) const = 0;
    // The link target under a point relative to the body's top left, else empty.
    virtual QString anchorAt(const QPointF &position) const = 0;
    // The rich text document behind a Markdown body (for tests of its formats), else null.
    virtual const QTextDocument *document() const { return nullptr; }
};

// Where everything of a row goes, relative to the row's top-left corner.
struct MessageGeometry
{
    struct Chip
    {
        QRect rect;
        QString emoji;
        QString label; // "👍 2"
        bool mine = false;
        QStringList names;
    };

    int height = 0;
    int top = 0;  // where the message itself starts, below the introduction and day band
    QRect intro;  // the conversation's introduction, above everything else
    QRect day;    // day separator band
    QRect avatar; // header only
    QRect name;
    QRect time;
    QRect hoverTime; // the gutter time shown on hover for rows without a header
    QRect star;
    QRect body;
    QList<Chip> chips;
    QRect replies;
    QRect status; // "Sending…" or "Not sent"
    QRect retry;
    QRect discard;
    QRect seenBy;
};

// Lays out message rows and caches what is expensive: bodies (bounded QCache of laid-out
// documents) and body heights (every row seen, so sizeHint stays cheap for 100,000 rows).
// Both are keyed by message id, content hash, edited, deleted, delivery and width, so an edit
// or a resize lays out again while a scroll never does.
class MessageLayout
{
    Q_DECLARE_TR_FUNCTIONS(MessageLayout)
public:
    explicit MessageLayout(int cachedBodies = 500);
    ~MessageLayout();

    MessageGeometry geometry(const MessageRow &row, const QFont &font, int width);
    const MessageBody *body(const MessageRow &row, const QFont &font, int width);
    void clear();

    static QFont smallFont(const QFont &font);
    static QFont nameFont(const QFont &font);
    static QFont introFont(const QFont &font);
    // "Today", "Yesterday", else the long date.
    static QString dayText(const QDate &day, const QDate &today = QDate::currentDate());
    static QString repliesText(int count);
    static QString chipLabel(const QString &emoji, int count);
    static QString timeText(const QDateTime &time);       // the locale's short time
    static QString statusText(client::Delivery delivery); // "Sending…", "Not sent"
    static QString seenByText(const QStringList &names);

    // True when the content renders the same as plain text, so the cheap body will do.
    static bool isPlainText(const QString &content);

private:
    struct Key
    {
        qint64 id = 0;
        size_t textHash = 0;
        int width = 0;
        quint8 flags = 0;

        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.id, key.textHash, key.width, key.flags);
        }
    };

    Key keyOf(const MessageRow &row, int width) const;
    int bodyHeight(const MessageRow &row, int width);
    void useFont(const QFont &font);
    void layoutFooter(const MessageRow &row, MessageGeometry &geometry, int &y) const;
    std::unique_ptr<MessageBody> makeBody(const MessageRow &row, int width) const;

    QFont m_baseFont; // the font asked for; m_font adds the emoji fallback
    QFont m_font;
    QCache<Key, MessageBody> m_bodies;
    QHash<Key, int> m_heights;
};

} // namespace confab::ui
