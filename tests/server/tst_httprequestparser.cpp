// The front door's request parser: framing (lengths, chunks, pipelining) whatever the reads'
// sizes, keep-alive rules, the head limits and what request smuggling relies on.

#include "http/HttpRequestParser.h"

#include <QTest>

using namespace confab::server;
using State = HttpRequestParser::State;

namespace {

// Records what the parser reports as one line per event.
struct Recorder final : HttpParserListener
{
    QStringList events;
    QByteArray body;
    int refuseHeadWith = 0;

    int headReceived(HttpRequest &head, bool upgrade) override
    {
        QString line = QStringLiteral("head %1 %2").arg(int(head.method)).arg(head.url.toString());
        for (const auto &[name, value] : std::as_const(head.headers))
            line += QStringLiteral(" [%1=%2]")
                        .arg(QString::fromLatin1(name), QString::fromLatin1(value));
        if (upgrade)
            line += QStringLiteral(" upgrade");
        events.append(line);
        return refuseHeadWith;
    }
    int bodyReceived(QByteArrayView piece) override
    {
        body.append(piece);
        return 0;
    }
    void messageComplete() override
    {
        events.append(QStringLiteral("end ") + QString::fromLatin1(std::exchange(body, {})));
    }
};

// Feeds `input` in pieces cut at `cuts`, resuming after every complete request as the
// connection does; returns what was left unconsumed when the parser stopped for good.
QByteArray drive(HttpRequestParser &parser, const QByteArray &input, const QList<qsizetype> &cuts)
{
    QByteArray pending;
    qsizetype from = 0;
    QList<qsizetype> ends = cuts;
    ends.append(input.size());
    for (const qsizetype end : std::as_const(ends)) {
        pending += input.mid(from, end - from);
        from = end;
        while (!pending.isEmpty()) {
            pending.remove(0, parser.feed(pending));
            if (parser.state() == State::Complete)
                parser.resume();
            else
                break;
        }
        if (parser.state() != State::Reading)
            return pending + input.mid(from);
    }
    return pending;
}

const QByteArray kPipelined =
    "POST /api/v1/session?x=1 HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello"
    "POST /chunked HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n"
    "GET /healthz HTTP/1.1\r\n\r\n";

QByteArray withHeaders(int count, qsizetype valueBytes = 1)
{
    QByteArray request = "GET / HTTP/1.1\r\n";
    for (int i = 0; i < count; ++i)
        request += "X-" + QByteArray::number(i) + ": " + QByteArray(valueBytes, 'v') + "\r\n";
    return request + "\r\n";
}

} // namespace

class TestHttpRequestParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pipelinedRequestsWhateverTheReads()
    {
        Recorder whole;
        HttpRequestParser wholeParser(whole);
        QCOMPARE(drive(wholeParser, kPipelined, {}), QByteArray());
        const QStringList expected{
            QStringLiteral("head %1 /api/v1/session?x=1 [Host=h] [Content-Length=5]")
                .arg(int(QHttpServerRequest::Method::Post)),
            QStringLiteral("end hello"),
            QStringLiteral("head %1 /chunked [Transfer-Encoding=chunked]")
                .arg(int(QHttpServerRequest::Method::Post)),
            QStringLiteral("end abcde"),
            QStringLiteral("head %1 /healthz").arg(int(QHttpServerRequest::Method::Get)),
            QStringLiteral("end "),
        };
        QCOMPARE(whole.events, expected);
        for (qsizetype cut = 1; cut < kPipelined.size(); ++cut) {
            Recorder split;
            HttpRequestParser parser(split);
            QCOMPARE(drive(parser, kPipelined, {cut}), QByteArray());
            QCOMPARE(split.events, expected);
        }
        Recorder trickled;
        HttpRequestParser parser(trickled);
        QList<qsizetype> everyByte;
        for (qsizetype at = 1; at < kPipelined.size(); ++at)
            everyByte.append(at);
        drive(parser, kPipelined, everyByte);
        QCOMPARE(trickled.events, expected);
    }

    void stopsAfterEachRequest()
    {
        Recorder recorder;
        HttpRequestParser parser(recorder);
        const qsizetype used = parser.feed(kPipelined);
        QCOMPARE(parser.state(), State::Complete);
        QCOMPARE(kPipelined.left(used).right(5), QByteArray("hello"));
        QCOMPARE(recorder.events.size(), 2);
        QCOMPARE(parser.feed(kPipelined.mid(used)), 0); // nothing until resumed
    }

    void keepAliveRules_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<bool>("keepAlive");
        QTest::addRow("1.1") << QByteArray("GET / HTTP/1.1\r\n\r\n") << true;
        QTest::addRow("1.1 close")
            << QByteArray("GET / HTTP/1.1\r\nConnection: close\r\n\r\n") << false;
        QTest::addRow("1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
        QTest::addRow("1.0 keep-alive")
            << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << true;
    }
    void keepAliveRules()
    {
        QFETCH(QByteArray, request);
        QFETCH(bool, keepAlive);
        Recorder recorder;
        HttpRequestParser parser(recorder);
        parser.feed(request);
        QCOMPARE(parser.state(), State::Complete);
        QCOMPARE(parser.keepAlive(), keepAlive);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addRow("target over 8 KiB")
            << QByteArray("GET /" + QByteArray(8 * 1024, 'a') + " HTTP/1.1\r\n\r\n") << 414;
        QTest::addRow("101 header lines") << withHeaders(101) << 431;
        QTest::addRow("headers over 16 KiB") << withHeaders(2, 9000) << 431;
        QTest::addRow("length and chunked")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n"
                          "\r\n0\r\n\r\n")
            << 400;
        QTest::addRow("no colon") << QByteArray("GET / HTTP/1.1\r\nNoColon\r\n\r\n") << 400;
        QTest::addRow("NUL in value") << QByteArray("GET / HTTP/1.1\r\nX: a\0b\r\n\r\n", 26) << 400;
        QTest::addRow("two lengths")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab")
            << 400;
        QTest::addRow("HTTP/2 preface") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505;
        QTest::addRow("absolute target")
            << QByteArray("GET http://elsewhere/ HTTP/1.1\r\n\r\n") << 400;
    }
    void refusals()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        Recorder recorder;
        HttpRequestParser parser(recorder);
        drive(parser, request, {});
        QCOMPARE(parser.state(), State::Failed);
        QCOMPARE(parser.status(), status);
        QVERIFY(!recorder.events.contains(QStringLiteral("end ")));
    }

    void limitsAreInclusive()
    {
        Recorder recorder;
        HttpRequestParser parser(recorder);
        drive(parser, withHeaders(100), {});
        QCOMPARE(parser.state(), State::Reading);
        QCOMPARE(recorder.events.size(), 2);
    }

    void listenerRefusesTheHead()
    {
        Recorder recorder;
        recorder.refuseHeadWith = 413;
        HttpRequestParser parser(recorder);
        const QByteArray rest = drive(parser, kPipelined, {});
        QCOMPARE(parser.state(), State::Failed);
        QCOMPARE(parser.status(), 413);
        QVERIFY(rest.contains("hello")); // the body was never read
    }

    void upgradeLeavesTheRestUnread()
    {
        Recorder recorder;
        HttpRequestParser parser(recorder);
        const QByteArray request = "GET /socket/websocket HTTP/1.1\r\nConnection: Upgrade\r\n"
                                   "Upgrade: websocket\r\n\r\n";
        const QByteArray frame("\x81\x80\x01\x02\x03\x04", 6);
        const qsizetype used = parser.feed(request + frame);
        QCOMPARE(parser.state(), State::Upgrade);
        QCOMPARE(used, request.size());
        QVERIFY(recorder.events.value(0).endsWith(QStringLiteral("upgrade")));
    }

    void requestCutShortFails()
    {
        Recorder recorder;
        HttpRequestParser parser(recorder);
        parser.feed("POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc");
        QVERIFY(parser.inRequest());
        parser.finish();
        QCOMPARE(parser.state(), State::Failed);
    }
};

QTEST_APPLESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
