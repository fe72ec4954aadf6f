// model::isSingleEmoji, the rule both the server and the client apply to a reaction: exactly
// one grapheme cluster that is an emoji (issue #13, item 8).

#include "model/Emoji.h"

#include <QTest>

using confab::model::isSingleEmoji;

class TestEmoji : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classifies_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("emoji");
        QTest::newRow("pictograph") << QStringLiteral("👍") << true;
        QTest::newRow("text-default with VS16") << QStringLiteral("❤️") << true;
        QTest::newRow("text-default bare") << QStringLiteral("❤") << true;
        QTest::newRow("skin tone") << QStringLiteral("👍🏽") << true;
        QTest::newRow("VS16 then skin tone") << QStringLiteral("👍\uFE0F🏽") << true;
        QTest::newRow("family ZWJ") << QStringLiteral("👨‍👩‍👧‍👦") << true;
        QTest::newRow("ZWJ with VS16") << QStringLiteral("❤️‍🔥") << true;
        QTest::newRow("ZWJ with skin tones")
            << QStringLiteral("🧑🏽‍🤝‍🧑🏻") << true;
        QTest::newRow("rainbow flag") << QStringLiteral("🏳️‍🌈") << true;
        QTest::newRow("flag") << QStringLiteral("🇩🇪") << true;
        QTest::newRow("keycap") << QStringLiteral("1️⃣") << true;
        QTest::newRow("keycap without VS16") << QStringLiteral("#⃣") << true;
        QTest::newRow("tag flag") << QStringLiteral("🏴󠁧󠁢󠁳󠁣󠁴󠁿") << true;
        QTest::newRow("newer emoji") << QStringLiteral("🫠") << true;

        QTest::newRow("empty") << QString() << false;
        QTest::newRow("letter") << QStringLiteral("a") << false;
        QTest::newRow("word") << QStringLiteral("ok") << false;
        QTest::newRow("digit") << QStringLiteral("1") << false;
        QTest::newRow("accented letter") << QStringLiteral("e\u0301") << false;
        QTest::newRow("ideograph") << QStringLiteral("漢") << false;
        QTest::newRow("two emoji") << QStringLiteral("👍👍") << false;
        QTest::newRow("two flags") << QStringLiteral("🇩🇪🇫🇷") << false;
        QTest::newRow("one regional indicator") << QStringLiteral("🇩") << false;
        QTest::newRow("emoji and letter") << QStringLiteral("👍a") << false;
        QTest::newRow("leading space") << QStringLiteral(" 👍") << false;
        QTest::newRow("trailing joiner") << QStringLiteral("👍\u200D") << false;
        QTest::newRow("lone joiner") << QStringLiteral("\u200D") << false;
        QTest::newRow("lone VS16") << QStringLiteral("\uFE0F") << false;
        QTest::newRow("lone keycap mark") << QStringLiteral("\u20E3") << false;
        QTest::newRow("lone tag") << QStringLiteral("\U000E0067") << false;
        QTest::newRow("letter keycap") << QStringLiteral("a\u20E3") << false;
    }

    void classifies()
    {
        QFETCH(QString, text);
        QFETCH(bool, emoji);
        QCOMPARE(isSingleEmoji(text), emoji);
    }
};

QTEST_APPLESS_MAIN(TestEmoji)
#include "tst_emoji.moc"
