// How a message looks: the Markdown styling on top of Qt's importer (italic underscores, quote
// bars, code backgrounds, the emoji font), the hover time, and the conversation's
// introduction above its first row. The document formats are checked where they are set, and
// the painting where only a picture shows it.

#include "UiTestSupport.h"
#include "delegates/MessageDelegate.h"
#include "delegates/MessageLayout.h"
#include "delegates/MessageMarkdown.h"
#include "models/MessageData.h"
#include "models/ModelRoles.h"
#include "models/TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFontInfo>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <algorithm>

using namespace confab;
using namespace confab::ui;
using namespace confab::ui::test;

namespace {

constexpr int kWidth = 420;

QStyleOptionViewItem optionFor(const MessageDelegate &delegate, const QModelIndex &index)
{
    QStyleOptionViewItem option;
    option.rect = QRect(0, 0, kWidth, 0);
    option.font = QApplication::font();
    option.fontMetrics = QFontMetrics(option.font);
    option.palette = QApplication::palette();
    option.rect.setHeight(delegate.sizeHint(option, index).height());
    return option;
}

QImage paintRow(MessageDelegate &delegate, const QModelIndex &index, QStyle::State extra = {})
{
    QStyleOptionViewItem option = optionFor(delegate, index);
    option.state |= QStyle::State_Enabled | extra;
    QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(option.palette.color(QPalette::Base));
    QPainter painter(&image);
    delegate.paint(&painter, option, index);
    return image;
}

MessageGeometry geometryOf(const QModelIndex &index)
{
    MessageLayout layout;
    return layout.geometry(MessageRow::read(index), QApplication::font(), kWidth);
}

QTextCharFormat formatOfWord(const QTextDocument &document, const QString &word)
{
    const QTextCursor found = document.find(word);
    return found.isNull() ? QTextCharFormat() : found.charFormat();
}

bool regionHasOnly(const QImage &image, const QRect &area, const QColor &color)
{
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (image.pixelColor(x, y) != color)
                return false;
        }
    }
    return true;
}

} // namespace

class TestMessageRendering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void markdownUsesChatConventions()
    {
        MessageLayout layout;
        MessageRow row;
        row.messageId = 1;
        row.content = QStringLiteral("_soft_ and **loud** with `tick`\n\n> quoted words\n\n"
                                     "```\nblock line\n```");
        const MessageBody *body = layout.body(row, QApplication::font(), 400);
        const QTextDocument *document = body->document();
        QVERIFY(document);

        const QTextCharFormat soft = formatOfWord(*document, QStringLiteral("soft"));
        QVERIFY(soft.fontItalic());
        QVERIFY(!soft.fontUnderline());
        QVERIFY(formatOfWord(*document, QStringLiteral("loud")).fontWeight() >= QFont::Bold);

        const QTextCharFormat tick = formatOfWord(*document, QStringLiteral("tick"));
        QVERIFY(tick.fontFixedPitch());
        QVERIFY(tick.background().style() != Qt::NoBrush);
        // Ordinary words keep the page's background.
        QCOMPARE(soft.background().style(), Qt::NoBrush);

        const QTextBlock quote = document->find(QStringLiteral("quoted")).block();
        QCOMPARE(quote.blockFormat().intProperty(QTextFormat::BlockQuoteLevel), 1);

        const QTextBlock code = document->find(QStringLiteral("block line")).block();
        QVERIFY(code.blockFormat().background().style() != Qt::NoBrush);
        // Qt names a monospace family for block text rather than setting fixed pitch.
        QVERIFY(QFontInfo(formatOfWord(*document, QStringLiteral("block")).font()).fixedPitch());
        QVERIFY(!QFontInfo(soft.font()).fixedPitch());
        QCOMPARE(quote.blockFormat().background().style(), Qt::NoBrush);
    }

    void snakeCaseStaysPlain()
    {
        MessageLayout layout;
        MessageRow row;
        row.messageId = 2;
        row.content = QStringLiteral("call snake_case_name now, *really*");
        const QTextDocument *document = layout.body(row, QApplication::font(), 400)->document();
        QVERIFY(document);
        QVERIFY(document->toPlainText().contains(QStringLiteral("snake_case_name")));
        QVERIFY(!formatOfWord(*document, QStringLiteral("case")).fontItalic());
    }

    void codeBlockAndQuoteBarShowInThePicture()
    {
        QStandardItemModel model;
        model.appendRow(messageItem(QStringLiteral("```\nx = 1\n```")));
        model.appendRow(messageItem(QStringLiteral("> quoted words")));
        model.appendRow(messageItem(QStringLiteral("*plain* words")));
        MessageDelegate delegate;
        const QColor base = QApplication::palette().color(QPalette::Base);

        // The code block's background spans the body; its right end has no text.
        const QModelIndex code = model.index(0, 0);
        const MessageGeometry codeGeometry = geometryOf(code);
        const QImage codeImage = paintRow(delegate, code);
        const QPoint codeEnd(codeGeometry.body.right() - 4, codeGeometry.body.center().y());
        QVERIFY(codeImage.pixelColor(codeEnd) != base);

        // A quote has a bar at the body's left edge, where its (indented) text never reaches.
        const QModelIndex quote = model.index(1, 0);
        const MessageGeometry quoteGeometry = geometryOf(quote);
        const QImage quoteImage = paintRow(delegate, quote);
        const QPoint bar(quoteGeometry.body.left() + 3, quoteGeometry.body.center().y());
        QVERIFY(quoteImage.pixelColor(bar) != base);

        // Plain Markdown paints neither.
        const QModelIndex plain = model.index(2, 0);
        const MessageGeometry plainGeometry = geometryOf(plain);
        const QImage plainImage = paintRow(delegate, plain);
        QCOMPARE(
            plainImage.pixelColor(plainGeometry.body.right() - 4, plainGeometry.body.center().y()),
            base);
    }

    void emojiFontIsAFallbackWhenInstalled()
    {
        QFont font(QStringLiteral("DejaVu Sans"));
        const QString emoji = QString::fromLatin1(messagemarkdown::kEmojiFamily);
        const QFont with =
            messagemarkdown::withEmojiFallback(font, {QStringLiteral("DejaVu Sans"), emoji});
        QCOMPARE(with.families(), (QStringList{QStringLiteral("DejaVu Sans"), emoji}));
        QCOMPARE(with.family(), QStringLiteral("DejaVu Sans")); // text keeps its font
        const QFont without =
            messagemarkdown::withEmojiFallback(font, {QStringLiteral("DejaVu Sans")});
        QVERIFY(!without.families().contains(emoji));
        // Applying it twice adds nothing.
        QCOMPARE(messagemarkdown::withEmojiFallback(with, {emoji}).families(), with.families());
    }

    void hoverTimeFollowsTheTrackedRowOnly()
    {
        QStandardItemModel model;
        model.appendRow(messageItem(QStringLiteral("continued line"), false));
        const QModelIndex index = model.index(0, 0);
        const QRect time = geometryOf(index).hoverTime;
        QVERIFY(time.isValid());
        const QColor base = QApplication::palette().color(QPalette::Base);

        MessageDelegate delegate;
        // Without a tracker the view's own hover state decides.
        QVERIFY(!regionHasOnly(paintRow(delegate, index, QStyle::State_MouseOver), time, base));
        QVERIFY(regionHasOnly(paintRow(delegate, index), time, base));

        // With one, a stale State_MouseOver from the view no longer leaves the time on screen.
        delegate.setHoveredIndex({});
        QVERIFY(regionHasOnly(paintRow(delegate, index, QStyle::State_MouseOver), time, base));
        delegate.setHoveredIndex(index);
        QVERIFY(!regionHasOnly(paintRow(delegate, index), time, base));
    }

    // --- the introduction ---

    void introductionWaitsForTheWholeHistory()
    {
        client::ClientState state;
        signIn(state, {});
        load(state, direct(30, user(kBob, QStringLiteral("Bob"))),
             {member(kMe, QStringLiteral("Me Myself")), member(kBob, QStringLiteral("Bob"))},
             {message(30, 301, 5, kBob, QStringLiteral("hi"), at(20, 10))}, /*hasMore=*/true);
        TimelineModel model(&state);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setConversation(30);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.introText().isEmpty()); // older messages may come: not the beginning
        QVERIFY(model.index(0, 0).data(IntroRole).toString().isEmpty());

        QSignalSpy changed(&model, &TimelineModel::introChanged);
        QSignalSpy rows(&model, &QAbstractItemModel::dataChanged);
        apply(state,
              events::HistoryLoaded{30,
                                    {message(30, 300, 4, kBob, QStringLiteral("first"), at(20, 9))},
                                    /*hasMore=*/false,
                                    /*fromCache=*/false});
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.introText(),
                 QStringLiteral("This is the beginning of your conversation with Bob."));
        QCOMPARE(model.index(0, 0).data(IntroRole).toString(), model.introText());
        QVERIFY(model.index(1, 0).data(IntroRole).toString().isEmpty());
        const bool toldRowZero = std::any_of(rows.cbegin(), rows.cend(), [](const auto &args) {
            return args.at(0).toModelIndex().row() == 0 &&
                   args.at(2).template value<QList<int>>().contains(IntroRole);
        });
        QVERIFY(toldRowZero);
    }

    void groupIntroductionNamesCreatorAndDay()
    {
        client::ClientState state;
        signIn(state, {});
        model::Conversation release = group(40, QStringLiteral("Release 0.2"), at(3, 9));
        release.createdBy = kAda;
        load(state, release,
             {member(kMe, QStringLiteral("Me Myself")), member(kAda, QStringLiteral("Ada"))}, {});
        TimelineModel model(&state);
        model.setConversation(40);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.introText(),
                 QStringLiteral("This is the start of #Release 0.2, created by Ada on %1.")
                     .arg(QLocale().toString(messagedata::localTime(at(3, 9)).date(),
                                             QLocale::LongFormat)));

        // Above the first row it makes the row taller, drawn before the message.
        apply(state, events::MessagesMerged{
                         40, {message(40, 401, 1, kAda, QStringLiteral("go"), at(20, 9))}, false});
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data(IntroRole).toString(), model.introText());
        const MessageGeometry geometry = geometryOf(first);
        QVERIFY(geometry.intro.isValid());
        QVERIFY(geometry.intro.bottom() < geometry.top);
        QVERIFY(geometry.top <= geometry.body.top());
    }
};

QTEST_MAIN(TestMessageRendering)
#include "tst_messagerendering.moc"
