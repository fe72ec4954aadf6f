// The WebSocket layer's pure parts: frames the server builds, the client-frame parser's rules
// (RFC 6455 5-8), the opening handshake and UTF-8 validation.

#include "RawWebSocketClient.h"
#include "websocket/OutgoingFrame.h"
#include "websocket/Utf8.h"
#include "websocket/WebSocketFrameParser.h"
#include "websocket/WebSocketHandshake.h"

#include <QMap>
#include <QTest>
#include <QtEndian>

using namespace confab::server;
using Kind = WebSocketFrameParser::Message::Kind;
using confab::testing::clientFrame;
using confab::testing::closePayload;

namespace {
struct Collector
{
    QList<WebSocketFrameParser::Message> messages;
    WebSocketFrameParser parser{1024, [this](WebSocketFrameParser::Message &&message) {
                                    messages.append(std::move(message));
                                }};
};
} // namespace

class TestWebSocketFraming : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void outgoingFrameHeaders_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<QByteArray>("header");
        QTest::addRow("empty") << 0 << QByteArray::fromHex("8100");
        QTest::addRow("125") << 125 << QByteArray::fromHex("817d");
        QTest::addRow("126") << 126 << QByteArray::fromHex("817e007e");
        QTest::addRow("65535") << 65535 << QByteArray::fromHex("817effff");
        QTest::addRow("65536") << 65536 << QByteArray::fromHex("817f0000000000010000");
    }
    void outgoingFrameHeaders()
    {
        QFETCH(int, size);
        QFETCH(QByteArray, header);
        const QByteArray payload(size, 'x');
        const OutgoingFrame frame = OutgoingFrame::text(payload);
        QCOMPARE(frame.bytes().left(header.size()), header);
        QCOMPARE(frame.size(), header.size() + size);
        QCOMPARE(frame.payload(), QByteArrayView(payload));
        QCOMPARE(frame.opcode(), OutgoingFrame::Opcode::Text);
    }

    void broadcastBytesAreShared()
    {
        const OutgoingFrame frame = OutgoingFrame::text("[null,null,\"t\",\"e\",{}]");
        const QByteArray first = frame.bytes();
        const QByteArray second = frame.bytes();
        QCOMPARE(first.constData(), second.constData()); // one buffer, not a copy per socket
    }

    void closeFrameCarriesCodeAndCutsReasonOnACharacter()
    {
        const OutgoingFrame close = OutgoingFrame::close(4401, "unauthorized");
        QCOMPARE(close.bytes().left(2), QByteArray::fromHex("880e"));
        QCOMPARE(close.payload().first(2), QByteArrayView(closePayload(4401)));
        QCOMPARE(close.payload().sliced(2), QByteArrayView("unauthorized"));

        // 122 ASCII bytes and a 2-byte character: 124 bytes do not fit in 123.
        const QByteArray reason = QByteArray(122, 'a') + "\xc3\xa9";
        const OutgoingFrame cut = OutgoingFrame::close(1000, reason);
        QCOMPARE(cut.payload().size(), 2 + 122);
        QVERIFY(isValidUtf8(cut.payload().sliced(2)));
    }

    void acceptKeyMatchesTheRfcExample()
    {
        QCOMPARE(webSocketAcceptKey("dGhlIHNhbXBsZSBub25jZQ=="),
                 QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
    }

    void handshakeIsChecked_data()
    {
        QTest::addColumn<bool>("get");
        QTest::addColumn<QString>("change"); // header=value, or header= to drop it
        QTest::addColumn<int>("status");
        QTest::addRow("valid") << true << QString() << 101;
        QTest::addRow("connection list")
            << true << QStringLiteral("connection=keep-alive, Upgrade") << 101;
        QTest::addRow("POST") << false << QString() << 400;
        QTest::addRow("no Connection") << true << QStringLiteral("connection=") << 400;
        QTest::addRow("Connection close") << true << QStringLiteral("connection=close") << 400;
        QTest::addRow("version 8") << true << QStringLiteral("sec-websocket-version=8") << 426;
        QTest::addRow("no version") << true << QStringLiteral("sec-websocket-version=") << 426;
        QTest::addRow("no key") << true << QStringLiteral("sec-websocket-key=") << 400;
        QTest::addRow("short key") << true << QStringLiteral("sec-websocket-key=AAAA") << 400;
        QTest::addRow("not base64")
            << true << QStringLiteral("sec-websocket-key=!!!!!!!!!!!!!!!!!!!!!!!!") << 400;
    }
    void handshakeIsChecked()
    {
        QFETCH(bool, get);
        QFETCH(QString, change);
        QFETCH(int, status);
        QMap<QByteArray, QByteArray> headers{{"connection", "Upgrade"},
                                             {"upgrade", "websocket"},
                                             {"sec-websocket-version", "13"},
                                             {"sec-websocket-key", "dGhlIHNhbXBsZSBub25jZQ=="}};
        if (!change.isEmpty()) {
            const QStringList parts = change.split(QLatin1Char('='));
            headers[parts[0].toLatin1()] = parts.mid(1).join(QLatin1Char('=')).toLatin1();
        }
        const HandshakeAnswer answer =
            answerWebSocketHandshake(get, [&](const char *name) { return headers.value(name); });
        QCOMPARE(answer.status, status);
        if (status == 101) {
            QVERIFY(answer.response.startsWith("HTTP/1.1 101 Switching Protocols\r\n"));
            QVERIFY(
                answer.response.contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"));
            QVERIFY(answer.response.endsWith("\r\n\r\n"));
        } else {
            QVERIFY(!answer.error.isEmpty());
            QVERIFY(answer.response.isEmpty());
        }
        if (status == 426)
            QCOMPARE(answer.extraHeaders, QByteArray("Sec-WebSocket-Version: 13\r\n"));
    }

    void utf8Validation_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::addRow("ascii") << QByteArray("hello, world: long enough for words") << true;
        QTest::addRow("2-byte") << QByteArray("caf\xc3\xa9") << true;
        QTest::addRow("3-byte") << QByteArray("\xe2\x82\xac") << true;
        QTest::addRow("4-byte") << QByteArray("\xf0\x9f\x98\x80") << true;
        QTest::addRow("U+10FFFF") << QByteArray("\xf4\x8f\xbf\xbf") << true;
        QTest::addRow("overlong 2") << QByteArray("\xc0\x80") << false;
        QTest::addRow("overlong 3") << QByteArray("\xe0\x80\x80") << false;
        QTest::addRow("overlong 4") << QByteArray("\xf0\x80\x80\x80") << false;
        QTest::addRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
        QTest::addRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << false;
        QTest::addRow("F5") << QByteArray("\xf5\x80\x80\x80") << false;
        QTest::addRow("stray continuation") << QByteArray("a\x80") << false;
        QTest::addRow("truncated") << QByteArray("ok\xe2\x82") << false;
        QTest::addRow("bad after 8 ascii") << QByteArray("abcdefghijklm\xff") << false;
        QTest::addRow("ascii after multibyte") << QByteArray("\xc3\xa9"
                                                             "abcdefghijklmnop")
                                               << true;
    }
    void utf8Validation()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QCOMPARE(isValidUtf8(bytes), valid);
    }

    void parsesTextAndBinary()
    {
        Collector c;
        QVERIFY(c.parser.feed(clientFrame(0x1, "[\"hi\"]") + clientFrame(0x2, "\x01\x02")));
        QCOMPARE(c.messages.size(), 2);
        QCOMPARE(c.messages[0].kind, Kind::Text);
        QCOMPARE(c.messages[0].payload, QByteArray("[\"hi\"]"));
        QCOMPARE(c.messages[1].kind, Kind::Binary);
        QCOMPARE(c.messages[1].payload, QByteArray("\x01\x02"));
        QCOMPARE(c.parser.bufferedBytes(), 0);
    }

    void inputSplitAnywhereGivesTheSameMessages()
    {
        const QByteArray text(300, 'q'); // a 16-bit length
        const QByteArray stream =
            clientFrame(0x1, text) + clientFrame(0x9, "p") + clientFrame(0x1, "short");
        for (qsizetype step : {1, 2, 3, 7, 100}) {
            Collector c;
            for (qsizetype i = 0; i < stream.size(); i += step)
                QVERIFY2(c.parser.feed(
                             QByteArrayView(stream).sliced(i, std::min(step, stream.size() - i))),
                         c.parser.failure().reason);
            QCOMPARE(c.messages.size(), 3);
            QCOMPARE(c.messages[0].payload, text);
            QCOMPARE(c.messages[1].kind, Kind::Ping);
            QCOMPARE(c.messages[2].payload, QByteArray("short"));
            QCOMPARE(c.parser.bufferedBytes(), 0);
        }
    }

    void fragmentsAreJoinedAroundControlFrames()
    {
        Collector c;
        // "café" split inside the é: only the whole message has to be valid UTF-8.
        QVERIFY(c.parser.feed(clientFrame(0x1, "caf\xc3", false)));
        QVERIFY(c.parser.feed(clientFrame(0x9, "ping")));
        QVERIFY(c.parser.feed(clientFrame(0x0, "\xa9", false)));
        QCOMPARE(c.messages.size(), 1); // the ping came out at once
        QCOMPARE(c.messages[0].kind, Kind::Ping);
        QCOMPARE(c.messages[0].payload, QByteArray("ping"));
        QVERIFY(c.parser.feed(clientFrame(0x0, "!", true)));
        QCOMPARE(c.messages.size(), 2);
        QCOMPARE(c.messages[1].kind, Kind::Text);
        QCOMPARE(c.messages[1].payload, QByteArray("caf\xc3\xa9!"));
    }

    void closeFrames()
    {
        Collector c;
        QVERIFY(c.parser.feed(clientFrame(0x8, closePayload(1000, "bye"))));
        QVERIFY(c.parser.feed(clientFrame(0x8, {})));
        QCOMPARE(c.messages.size(), 2);
        QCOMPARE(c.messages[0].kind, Kind::Close);
        QCOMPARE(c.messages[0].closeCode, quint16(1000));
        QCOMPARE(c.messages[0].payload, QByteArray("bye"));
        QCOMPARE(c.messages[1].closeCode, quint16(1005));
    }

    void violationsFailWithTheRightCode_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("code");
        QTest::addRow("unmasked") << clientFrame(0x1, "x", true, false) << 1002;
        QTest::addRow("reserved bit") << clientFrame(0x1, "x", true, true, 0x40) << 1002;
        QTest::addRow("opcode 3") << clientFrame(0x3, "x") << 1002;
        QTest::addRow("opcode 0xB") << clientFrame(0xB, "x") << 1002;
        QTest::addRow("lone continuation") << clientFrame(0x0, "x") << 1002;
        QTest::addRow("text inside a message")
            << clientFrame(0x1, "a", false) + clientFrame(0x1, "b") << 1002;
        QTest::addRow("fragmented ping") << clientFrame(0x9, "x", false) << 1002;
        QTest::addRow("long ping") << clientFrame(0x9, QByteArray(126, 'p')) << 1002;
        QTest::addRow("close of one byte") << clientFrame(0x8, "x") << 1002;
        QTest::addRow("close code 1005") << clientFrame(0x8, closePayload(1005)) << 1002;
        QTest::addRow("close code 999") << clientFrame(0x8, closePayload(999)) << 1002;
        QTest::addRow("close reason not UTF-8")
            << clientFrame(0x8, closePayload(1000, "\xff")) << 1007;
        QTest::addRow("text not UTF-8") << clientFrame(0x1, "\xc3\x28") << 1007;
        QTest::addRow("over the limit") << clientFrame(0x1, QByteArray(1025, 'x')) << 1009;
        QTest::addRow("fragments over the limit") << clientFrame(0x1, QByteArray(600, 'x'), false) +
                                                         clientFrame(0x0, QByteArray(600, 'x'))
                                                  << 1009;
        QByteArray huge = QByteArray::fromHex("81ff8000000000000000");
        QTest::addRow("64-bit length with the top bit") << huge << 1002;
    }
    void violationsFailWithTheRightCode()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, code);
        Collector c;
        QVERIFY(!c.parser.feed(input));
        QVERIFY(c.parser.failed());
        QCOMPARE(int(c.parser.failure().closeCode), code);
        QVERIFY(qstrlen(c.parser.failure().reason) > 0);
        QCOMPARE(c.parser.bufferedBytes(), 0);
        // Nothing after a violation is read.
        QVERIFY(!c.parser.feed(clientFrame(0x1, "later")));
        QVERIFY(std::none_of(c.messages.cbegin(), c.messages.cend(),
                             [](const auto &m) { return m.payload == "later"; }));
    }

    void oversizedFrameFailsFromItsHeaderAlone()
    {
        Collector c;
        // The header announces 1 MiB; the parser must not wait to buffer it before refusing.
        const QByteArray header = clientFrame(0x1, QByteArray(1024 * 1024, 'x')).left(14);
        QVERIFY(!c.parser.feed(header));
        QCOMPARE(int(c.parser.failure().closeCode), 1009);
    }
};

QTEST_GUILESS_MAIN(TestWebSocketFraming)
#include "tst_websocketframing.moc"
