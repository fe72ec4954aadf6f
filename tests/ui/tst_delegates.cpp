// Delegates: avatar painting, conversation rows, message layout, hit testing through a real
// QListView, and a 100,000-message timeline that builds and scrolls.

#include "TimeFormat.h"
#include "UiTestSupport.h"
#include "delegates/AvatarPainter.h"
#include "delegates/ConversationDelegate.h"
#include "delegates/MemberDelegate.h"
#include "delegates/MessageDelegate.h"
#include "delegates/MessageLayout.h"
#include "models/ModelRoles.h"
#include "models/TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHelpEvent>
#include <QImage>
#include <QListView>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QToolTip>
#include <memory>

using namespace confab;
using namespace confab::ui;
using namespace confab::ui::test;

namespace {

constexpr qint64 kChat = 70;

QStyleOptionViewItem optionOfWidth(int width)
{
    QStyleOptionViewItem option;
    option.rect = QRect(0, 0, width, 0);
    option.font = QApplication::font();
    option.fontMetrics = QFontMetrics(option.font);
    option.palette = QApplication::palette();
    return option;
}

int heightOf(QStandardItem *item, int width = 400)
{
    QStandardItemModel model;
    model.appendRow(item);
    MessageDelegate delegate;
    return delegate.sizeHint(optionOfWidth(width), model.index(0, 0)).height();
}

QVariantList thumbsUp(bool mine)
{
    return {QVariantMap{{QStringLiteral("emoji"), QStringLiteral("👍")},
                        {QStringLiteral("count"), 2},
                        {QStringLiteral("mine"), mine},
                        {QStringLiteral("names"),
                         QStringList{QStringLiteral("Ada"), QStringLiteral("Me Myself")}}}};
}

// The geometry the delegate uses for a row of a view: the same layout code, same width.
MessageGeometry geometryIn(const QListView &view, const QModelIndex &index)
{
    MessageLayout layout;
    return layout.geometry(MessageRow::read(index), view.font(), view.viewport()->width());
}

} // namespace

class TestDelegates : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<client::ClientState> m_state;
    std::unique_ptr<TimelineModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<MessageDelegate> m_delegate;
    std::unique_ptr<QListView> m_view;

    void showTimeline(const QList<model::Message> &messages)
    {
        load(*m_state, group(kChat, QStringLiteral("Team")),
             {member(kMe, QStringLiteral("Me Myself")), member(kAda, QStringLiteral("Ada"))},
             messages);
        m_model = std::make_unique<TimelineModel>(m_state.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_model->setConversation(kChat);
        m_delegate = std::make_unique<MessageDelegate>();
        m_view = std::make_unique<QListView>();
        m_view->setItemDelegate(m_delegate.get());
        m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        m_view->setResizeMode(QListView::Adjust);
        // A scroll bar that comes and goes would change the width and lay out every row again.
        m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
        m_view->setModel(m_model.get());
        m_view->resize(520, 420);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    // Clicks the centre of a rectangle given in the row's coordinates.
    void clickInRow(const QModelIndex &index, const QRect &area)
    {
        m_view->scrollTo(index);
        const QPoint at = m_view->visualRect(index).topLeft() + area.center();
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at);
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_state = std::make_unique<client::ClientState>();
        signIn(*m_state, {group(kChat, QStringLiteral("Team"))});
    }

    void cleanup()
    {
        m_view.reset();
        m_delegate.reset();
        m_tester.reset();
        m_model.reset();
        m_state.reset();
    }

    // --- AvatarPainter ---

    void initials_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("initials");
        QTest::newRow("two words") << QStringLiteral("Ada Lovelace") << QStringLiteral("AL");
        QTest::newRow("three words") << QStringLiteral("grace b. hopper") << QStringLiteral("GB");
        QTest::newRow("one word") << QStringLiteral("bob") << QStringLiteral("B");
        QTest::newRow("punctuation") << QStringLiteral("  (zoë) ") << QStringLiteral("Z");
        QTest::newRow("empty") << QString() << QStringLiteral("?");
        QTest::newRow("symbols") << QStringLiteral("!!!") << QStringLiteral("?");
    }

    void initials()
    {
        QFETCH(QString, name);
        QFETCH(QString, initials);
        QCOMPARE(AvatarPainter::initials(name), initials);
    }

    void avatarColourIsStableAndVaried()
    {
        QCOMPARE(AvatarPainter::color(42), AvatarPainter::color(42));
        QSet<QRgb> colours;
        for (qint64 id = 1; id <= 50; ++id)
            colours.insert(AvatarPainter::color(id).rgba());
        QVERIFY(colours.size() >= 6);
    }

    void avatarPaintsColourAndPresenceDot()
    {
        QImage image(40, 40, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            AvatarPainter::paint(&painter, image.rect(), QStringLiteral("AL"), 7,
                                 client::Availability::Online, true, Qt::white);
        }
        QCOMPARE(image.pixelColor(5, 20), AvatarPainter::color(7));
        QCOMPARE(image.pixelColor(34, 34),
                 AvatarPainter::presenceColor(client::Availability::Online));

        image.fill(Qt::white);
        {
            QPainter painter(&image);
            AvatarPainter::paint(&painter, image.rect(), QStringLiteral("AL"), 7,
                                 client::Availability::Offline, true, Qt::white);
        }
        // Offline is a hollow ring: the dot's centre shows the background.
        QCOMPARE(image.pixelColor(34, 34), QColor(Qt::white));
        const QColor offlineRing = image.pixelColor(38, 34);
        QVERIFY(offlineRing != QColor(Qt::white));

        // Unknown (we are offline ourselves) draws no dot at all, not an offline ring.
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            AvatarPainter::paint(&painter, image.rect(), QStringLiteral("AL"), 7,
                                 client::Availability::Unknown, true, Qt::white);
        }
        QCOMPARE(image.pixelColor(38, 34), QColor(Qt::white));
        QVERIFY(AvatarPainter::presenceColor(client::Availability::Online) !=
                AvatarPainter::presenceColor(client::Availability::Away));
    }

    // --- ConversationDelegate ---

    void conversationTimeText()
    {
        const QDateTime now(QDate(2026, 11, 20), QTime(15, 0), Qt::LocalTime); // a Friday
        const QLocale locale;
        QCOMPARE(ConversationDelegate::timeText(
                     QDateTime(QDate(2026, 11, 20), QTime(9, 5), Qt::LocalTime), now),
                 timeformat::timeOfDay(QTime(9, 5))); // the system's clock (TimeFormat)
        QCOMPARE(ConversationDelegate::timeText(
                     QDateTime(QDate(2026, 11, 16), QTime(9, 5), Qt::LocalTime), now),
                 QStringLiteral("Mon"));
        QCOMPARE(ConversationDelegate::timeText(
                     QDateTime(QDate(2026, 11, 10), QTime(9, 5), Qt::LocalTime), now),
                 locale.toString(QDate(2026, 11, 10), QLocale::ShortFormat));
        QCOMPARE(ConversationDelegate::timeText(QDateTime(), now), QString());
        QCOMPARE(ConversationDelegate::badgeText(7), QStringLiteral("7"));
        QCOMPARE(ConversationDelegate::badgeText(99), QStringLiteral("99"));
        QCOMPARE(ConversationDelegate::badgeText(150), QStringLiteral("99+"));
    }

    void conversationRowDrawsBadgeOnlyWhenUnread()
    {
        ConversationDelegate delegate;
        QStandardItemModel model;
        auto *item = new QStandardItem;
        item->setData(QStringLiteral("Ada Lovelace"), NameRole);
        item->setData(QStringLiteral("AL"), InitialsRole);
        item->setData(QStringLiteral("see you"), PreviewRole);
        item->setData(at(20, 10), LastActivityRole);
        item->setData(int(model::Conversation::Kind::Direct), KindRole);
        item->setData(int(client::Availability::Online), PresenceRole);
        item->setData(qint64(5), UnreadRole);
        item->setData(true, PinnedRole);
        item->setData(true, MutedRole);
        model.appendRow(item);

        QStyleOptionViewItem option = optionOfWidth(320);
        const QSize hint = delegate.sizeHint(option, model.index(0, 0));
        QVERIFY(hint.height() >= 64);
        option.rect = QRect(QPoint(0, 0), QSize(320, hint.height()));
        // A highlight colour nothing else uses, to find the badge by.
        const QColor marker(255, 0, 255);
        option.palette.setColor(QPalette::Highlight, marker);
        option.palette.setColor(QPalette::Base, Qt::white);
        option.palette.setColor(QPalette::PlaceholderText, Qt::gray);
        const auto markerPixels = [&]() {
            QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            {
                QPainter painter(&image);
                delegate.paint(&painter, option, model.index(0, 0));
            }
            int count = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    count += image.pixelColor(x, y) == marker;
            return count;
        };
        item->setData(false, MutedRole); // muted badges are grey
        QVERIFY(markerPixels() > 20);
        item->setData(qint64(0), UnreadRole);
        QCOMPARE(markerPixels(), 0);
    }

    void conversationRowKeepsTheTimeWhole_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("roomy") << 320;
        QTest::newRow("sidebar minimum") << 200;
        QTest::newRow("squeezed") << 150;
    }

    void conversationRowKeepsTheTimeWhole()
    {
        QFETCH(int, width);
        QStandardItemModel model;
        auto *item = new QStandardItem;
        item->setData(QStringLiteral("A conversation with a name far too long for any sidebar"),
                      NameRole);
        item->setData(QStringLiteral("and a preview that is just as long, if not longer"),
                      PreviewRole);
        item->setData(QDateTime::currentDateTime(), LastActivityRole); // today: a clock time
        item->setData(qint64(120), UnreadRole);
        item->setData(true, PinnedRole);
        model.appendRow(item);
        QStyleOptionViewItem option = optionOfWidth(width);
        ConversationDelegate delegate;
        // A row never asks for more width than the list gives, so the list never scrolls
        // sideways.
        QVERIFY(delegate.sizeHint(option, model.index(0, 0)).width() <= width);
        option.rect.setHeight(delegate.sizeHint(option, model.index(0, 0)).height());

        const auto layout = ConversationDelegate::layoutRow(option, model.index(0, 0));
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.85);
        QVERIFY(!layout.timeText.isEmpty());
        QVERIFY(layout.time.width() >= QFontMetrics(small).horizontalAdvance(layout.timeText));
        QVERIFY(layout.time.right() <= option.rect.right());
        QVERIFY(!layout.badge.isEmpty());
        QVERIFY(layout.badge.right() <= option.rect.right());
        // The name and the preview take what is left.
        QVERIFY(layout.pin.right() < layout.time.left());
        QVERIFY(layout.name.right() < layout.pin.left());
        QVERIFY(layout.preview.right() < layout.badge.left());
        QVERIFY(layout.name.left() > layout.avatar.right());
        QVERIFY(layout.name.width() >= 0 && layout.preview.width() >= 0);
    }

    void conversationSelectionIsSubduedWithoutFocus()
    {
        ConversationDelegate delegate;
        QStandardItemModel model;
        auto *item = new QStandardItem;
        item->setData(QStringLiteral("Ada Lovelace"), NameRole);
        item->setData(QStringLiteral("see you"), PreviewRole);
        model.appendRow(item);
        QStyleOptionViewItem option = optionOfWidth(320);
        option.rect.setHeight(delegate.sizeHint(option, model.index(0, 0)).height());
        const QColor marker(255, 0, 255);
        option.palette.setColor(QPalette::Highlight, marker);
        option.palette.setColor(QPalette::Base, Qt::white);
        const auto markerPixels = [&](QStyle::State state) {
            QStyleOptionViewItem painted = option;
            painted.state = state;
            QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            {
                QPainter painter(&image);
                delegate.paint(&painter, painted, model.index(0, 0));
            }
            int count = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    count += image.pixelColor(x, y) == marker;
            return count;
        };
        const QStyle::State enabled = QStyle::State_Enabled | QStyle::State_Active;
        const int area = option.rect.width() * option.rect.height();
        // With the keys in the list: the solid selection colour over most of the row.
        QVERIFY(markerPixels(enabled | QStyle::State_Selected | QStyle::State_HasFocus) > area / 2);
        // Without them (after a context menu, or while typing elsewhere): a tint, not the colour.
        QCOMPARE(markerPixels(enabled | QStyle::State_Selected), 0);
        QCOMPARE(markerPixels(enabled), 0);
    }

    void conversationCurrentRowShowsAFocusRing()
    {
        ConversationDelegate delegate;
        QStandardItemModel model;
        auto *item = new QStandardItem;
        item->setData(QStringLiteral("Ada Lovelace"), NameRole);
        model.appendRow(item);
        QStyleOptionViewItem option = optionOfWidth(320);
        option.rect.setHeight(delegate.sizeHint(option, model.index(0, 0)).height());
        const QColor marker(255, 0, 255);
        option.palette.setColor(QPalette::Highlight, marker);
        option.palette.setColor(QPalette::Base, Qt::white);
        const auto leftEdgeMarkers = [&](QStyle::State state) {
            QStyleOptionViewItem painted = option;
            painted.state = state;
            QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            {
                QPainter painter(&image);
                delegate.paint(&painter, painted, model.index(0, 0));
            }
            int count = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < 5; ++x)
                    count += image.pixelColor(x, y) == marker;
            return count;
        };
        const QStyle::State enabled = QStyle::State_Enabled | QStyle::State_Active;
        QCOMPARE(leftEdgeMarkers(enabled), 0);
        // The current row of a focused list is framed down its whole height.
        QVERIFY(leftEdgeMarkers(enabled | QStyle::State_HasFocus) > option.rect.height() / 2);
    }

    void memberRowHasAHeight()
    {
        MemberDelegate delegate;
        QStandardItemModel model;
        model.appendRow(new QStandardItem(QStringLiteral("Ada")));
        QVERIFY(delegate.sizeHint(optionOfWidth(200), model.index(0, 0)).height() >= 32);
    }

    // --- MessageDelegate sizes ---

    void messageHeightGrowsWithContent()
    {
        const int shortText = heightOf(messageItem(QStringLiteral("hi")));
        QVERIFY(shortText > 0);
        QString longText;
        for (int i = 0; i < 60; ++i)
            longText += QStringLiteral("word%1 ").arg(i);
        QVERIFY(heightOf(messageItem(longText.trimmed())) > shortText);
        QVERIFY(heightOf(messageItem(QStringLiteral("# Title\n\nparagraph\n\n- a\n- b"))) >
                shortText);

        QStandardItem *withReactions = messageItem(QStringLiteral("hi"));
        withReactions->setData(thumbsUp(false), ReactionsRole);
        QVERIFY(heightOf(withReactions) > shortText);

        QStandardItem *withDay = messageItem(QStringLiteral("hi"));
        withDay->setData(QDate(2026, 11, 20), DaySeparatorRole);
        QVERIFY(heightOf(withDay) > shortText);

        QStandardItem *withSeen = messageItem(QStringLiteral("hi"));
        withSeen->setData(QStringList{QStringLiteral("Bob")}, SeenByRole);
        QVERIFY(heightOf(withSeen) > shortText);

        QStandardItem *failed = messageItem(QStringLiteral("hi"));
        failed->setData(int(client::Delivery::Failed), DeliveryRole);
        QVERIFY(heightOf(failed) > shortText);

        QStandardItem *continued = messageItem(QStringLiteral("hi"));
        continued->setData(false, ShowHeaderRole);
        QVERIFY(heightOf(continued) < shortText);

        // Narrower rows wrap into more lines.
        QVERIFY(heightOf(messageItem(longText), 250) > heightOf(messageItem(longText), 600));
    }

    void plainAndMarkdownBodiesLineUp()
    {
        QVERIFY(MessageLayout::isPlainText(QStringLiteral("see you at 5, ok?")));
        QVERIFY(!MessageLayout::isPlainText(QStringLiteral("*see* you")));
        QVERIFY(!MessageLayout::isPlainText(QStringLiteral("1. first")));
        QVERIFY(!MessageLayout::isPlainText(QStringLiteral("go to https://example.org")));
        QVERIFY(!MessageLayout::isPlainText(QStringLiteral("two\nlines")));
        // One line is one line, whichever renderer draws it.
        const int plain = heightOf(messageItem(QStringLiteral("hello")));
        const int rich = heightOf(messageItem(QStringLiteral("*hello*")));
        QVERIFY2(qAbs(plain - rich) <= 3,
                 qPrintable(QStringLiteral("%1 vs %2").arg(plain).arg(rich)));
    }

    void dayTextNamesRecentDays()
    {
        const QDate today(2026, 11, 20);
        QCOMPARE(MessageLayout::dayText(today, today), QStringLiteral("Today"));
        QCOMPARE(MessageLayout::dayText(today.addDays(-1), today), QStringLiteral("Yesterday"));
        QCOMPARE(MessageLayout::dayText(today.addDays(-9), today),
                 QLocale().toString(today.addDays(-9), QLocale::LongFormat));
        QCOMPARE(MessageLayout::repliesText(1), QStringLiteral("1 reply"));
        QCOMPARE(MessageLayout::repliesText(3), QStringLiteral("3 replies"));
    }

    void openableLinks_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("openable");
        QTest::newRow("https") << QStringLiteral("https://example.org/a") << true;
        QTest::newRow("http") << QStringLiteral("HTTP://example.org") << true;
        QTest::newRow("mailto") << QStringLiteral("mailto:ada@example.org") << true;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("relative") << QStringLiteral("docs/readme") << false;
    }

    void openableLinks()
    {
        QFETCH(QString, url);
        QFETCH(bool, openable);
        QCOMPARE(MessageDelegate::isOpenableLink(QUrl(url)), openable);
    }

    // --- hit testing through a view ---

    void clickingAReactionChipTogglesIt()
    {
        showTimeline({message(kChat, 1, 1, kAda, QStringLiteral("first"), at(20, 10))});
        apply(
            *m_state,
            events::ReactionsChanged{
                kChat, 2, 1, {{QStringLiteral("👍"), {kAda, kMe}}, {QStringLiteral("🎉"), {kAda}}}});
        const QModelIndex index = m_model->indexOfMessage(1);
        const MessageGeometry geometry = geometryIn(*m_view, index);
        QCOMPARE(geometry.chips.size(), 2);
        QVERIFY(geometry.chips.at(0).mine);
        QCOMPARE(geometry.chips.at(0).label, QStringLiteral("👍 2"));

        QSignalSpy toggled(m_delegate.get(), &MessageDelegate::reactionToggled);
        clickInRow(index, geometry.chips.at(1).rect);
        QCOMPARE(toggled.size(), 1);
        QCOMPARE(toggled.at(0).at(0).toModelIndex(), index);
        QCOMPARE(toggled.at(0).at(1).toString(), QStringLiteral("🎉"));

        // Clicking the body is not a chip.
        clickInRow(index, QRect(geometry.body.topLeft(), QSize(4, 4)));
        QCOMPARE(toggled.size(), 1);

        // The chip's tooltip names who reacted.
        m_view->scrollTo(index);
        const QPoint chip =
            m_view->visualRect(index).topLeft() + geometry.chips.at(0).rect.center();
        QHelpEvent help(QEvent::ToolTip, chip, m_view->viewport()->mapToGlobal(chip));
        QApplication::sendEvent(m_view->viewport(), &help);
        QTRY_COMPARE(QToolTip::text(), QStringLiteral("Ada and Me Myself reacted with 👍"));
        QToolTip::hideText();
    }

    void clickingRepliesOpensTheThread()
    {
        model::Message root = message(kChat, 1, 1, kAda, QStringLiteral("root"), at(20, 10));
        root.replyCount = 2;
        showTimeline({root});
        const QModelIndex index = m_model->indexOfMessage(1);
        const MessageGeometry geometry = geometryIn(*m_view, index);
        QVERIFY(geometry.replies.isValid());
        QSignalSpy thread(m_delegate.get(), &MessageDelegate::threadRequested);
        clickInRow(index, geometry.replies);
        QCOMPARE(thread.size(), 1);
        QCOMPARE(thread.at(0).at(0).toModelIndex(), index);
    }

    void failedRowOffersRetryAndDiscard()
    {
        showTimeline({message(kChat, 1, 1, kAda, QStringLiteral("first"), at(20, 10))});
        const QString ref = QStringLiteral("ref-9");
        apply(*m_state, events::OutboxQueued{outboxEntry(kChat, ref, QStringLiteral("mine"), 1)});
        QModelIndex index = m_model->indexOfOutboxEntry(ref);
        QVERIFY(!geometryIn(*m_view, index).retry.isValid()); // pending: nothing to retry
        apply(*m_state, events::OutboxFailed{ref, QStringLiteral("rate_limited")});
        index = m_model->indexOfOutboxEntry(ref);
        const MessageGeometry geometry = geometryIn(*m_view, index);
        QVERIFY(geometry.retry.isValid());
        QVERIFY(geometry.discard.isValid());

        QSignalSpy retry(m_delegate.get(), &MessageDelegate::retryRequested);
        QSignalSpy discard(m_delegate.get(), &MessageDelegate::discardRequested);
        clickInRow(index, geometry.retry);
        QCOMPARE(retry.size(), 1);
        QCOMPARE(retry.at(0).at(0).toString(), ref);
        QCOMPARE(discard.size(), 0);
        clickInRow(index, geometry.discard);
        QCOMPARE(discard.size(), 1);
        QCOMPARE(discard.at(0).at(0).toString(), ref);
        QCOMPARE(retry.size(), 1);
    }

    void clickingALinkReportsItAndOpensOnlyWebLinks()
    {
        showTimeline({message(kChat, 1, 1, kAda,
                              QStringLiteral("[local file](file:///etc/hostname)"), at(20, 10))});
        const QModelIndex index = m_model->indexOfMessage(1);
        const MessageGeometry geometry = geometryIn(*m_view, index);
        QSignalSpy links(m_delegate.get(), &MessageDelegate::linkActivated);
        clickInRow(index, QRect(geometry.body.topLeft() + QPoint(2, 2), QSize(6, 6)));
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.at(0).at(0).toUrl(), QUrl(QStringLiteral("file:///etc/hostname")));
        QVERIFY(!MessageDelegate::isOpenableLink(links.at(0).at(0).toUrl()));
    }

    void accessibleTextDescribesTheRow()
    {
        model::Message edited =
            message(kChat, 1, 1, kAda, QStringLiteral("**hi** there"), at(20, 10));
        edited.editedAt = at(20, 11);
        showTimeline({edited});
        const QString text = m_model->indexOfMessage(1).data(Qt::AccessibleTextRole).toString();
        QVERIFY2(text.startsWith(QStringLiteral("Ada, ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("hi there")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("edited")), qPrintable(text));
    }

    // --- scale ---

    void hundredThousandMessagesBuildAndScroll()
    {
        constexpr int kCount = 100'000;
        QList<model::Message> messages;
        messages.reserve(kCount);
        const QDateTime start = at(1, 8);
        for (int i = 1; i <= kCount; ++i) {
            // Mostly plain chat lines, some Markdown, a few long ones, two senders.
            QString content = i % 97 == 0   ? QStringLiteral("**note** %1 with `code`").arg(i)
                              : i % 13 == 0 ? QStringLiteral("a longer message number %1 that "
                                                             "wraps onto a second line in a "
                                                             "narrow window")
                                                  .arg(i)
                                            : QStringLiteral("message %1").arg(i);
            messages.append(message(kChat, i, i, i % 3 == 0 ? kMe : kAda, content,
                                    start.addSecs(qint64(i) * 47)));
        }
        showTimeline(messages);
        QCOMPARE(m_model->rowCount(), kCount);
        m_view->scrollToBottom();
        const QModelIndex last = m_model->index(kCount - 1);
        QTRY_VERIFY(m_view->viewport()->rect().intersects(m_view->visualRect(last)));
        QCOMPARE(m_view->verticalScrollBar()->value(), m_view->verticalScrollBar()->maximum());
        QCOMPARE(m_view->indexAt(m_view->visualRect(last).center()), last);

        // A live message at the end of the big timeline is one more row, not a rebuild.
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        apply(*m_state,
              events::MessageReceived{kCount + 1, message(kChat, kCount + 1, kCount + 1, kAda,
                                                          QStringLiteral("live"),
                                                          start.addSecs(qint64(kCount + 1) * 47))});
        QCOMPARE(m_model->rowCount(), kCount + 1);
        QCOMPARE(reset.size(), 0);
    }
};

QTEST_MAIN(TestDelegates)
#include "tst_delegates.moc"
