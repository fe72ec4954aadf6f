// Codec and fan-out microbenchmarks (QBENCHMARK; Google Benchmark is not installed).
//
//   build/release/tests/bench/confab-bench-wire            all of them
//   build/release/tests/bench/confab-bench-wire -tickcounter fanOut
//
// Timings only: this executable is not registered with ctest. The fan-out cases show why a
// broadcast is encoded once for all recipients: per recipient only the text of the frame is
// handed over (QWebSocket::sendTextMessage turns it into UTF-8 for each socket), never encoded
// again.

#include "model/Message.h"
#include "wire/FrameCodec.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using confab::model::Message;
using confab::wire::Frame;
using confab::wire::FrameCodec;

namespace {

Message sampleMessage(qsizetype contentBytes)
{
    Message message;
    message.id = 123456;
    message.conversationId = 42;
    message.seq = 9876;
    message.senderId = 7;
    message.content = QString(contentBytes, u'x');
    message.mobileRefId = u"lg1000123"_s;
    message.sentAt = QDateTime::fromMSecsSinceEpoch(1'790'000'000'000, Qt::UTC);
    return message;
}

Frame receiveMessageFrame(const Message &message)
{
    return Frame{std::nullopt, std::nullopt, u"chat:42"_s, u"receive_message"_s,
                 QJsonObject{{u"seq"_s, message.seq}, {u"message"_s, message.toJson()}}};
}

} // namespace

class BenchWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodePush_data();
    void decodePush();
    void encodeBroadcast_data();
    void encodeBroadcast();
    void messageToJson();
    void fanOut_data();
    void fanOut();
};

void BenchWire::decodePush_data()
{
    QTest::addColumn<int>("contentBytes");
    QTest::newRow("64 B") << 64;
    QTest::newRow("1 KiB") << 1024;
}

// What the server does for every frame a client sends.
void BenchWire::decodePush()
{
    QFETCH(int, contentBytes);
    const QByteArray frame = R"(["3","17","chat:42","send_message",{"content":")" +
                             QByteArray(contentBytes, 'x') + R"(","mobile_ref_id":"r17"}])";
    const FrameCodec codec;
    QBENCHMARK
    {
        const auto result = codec.decode(frame);
        QVERIFY(std::holds_alternative<Frame>(result));
    }
}

void BenchWire::encodeBroadcast_data()
{
    decodePush_data();
}

// One receive_message broadcast, encoded once per message.
void BenchWire::encodeBroadcast()
{
    QFETCH(int, contentBytes);
    const Frame frame = receiveMessageFrame(sampleMessage(contentBytes));
    QBENCHMARK
    {
        const QString text = FrameCodec::encodeText(frame);
        QVERIFY(!text.isEmpty());
    }
}

void BenchWire::messageToJson()
{
    const Message message = sampleMessage(64);
    QBENCHMARK
    {
        const QJsonObject json = message.toJson();
        QVERIFY(!json.isEmpty());
    }
}

void BenchWire::fanOut_data()
{
    QTest::addColumn<int>("recipients");
    QTest::addColumn<bool>("encodeOnce");
    for (const int recipients : {10, 100}) {
        QTest::addRow("%d recipients, encoded once", recipients) << recipients << true;
        QTest::addRow("%d recipients, encoded per socket", recipients) << recipients << false;
    }
}

// A broadcast to N sockets: the frame is encoded once and each socket gets the same text (to
// UTF-8 as QWebSocket does), compared with encoding it again for every socket.
void BenchWire::fanOut()
{
    QFETCH(int, recipients);
    QFETCH(bool, encodeOnce);
    const Frame frame = receiveMessageFrame(sampleMessage(64));
    qsizetype bytes = 0;
    QBENCHMARK
    {
        const QString shared = encodeOnce ? FrameCodec::encodeText(frame) : QString();
        for (int i = 0; i < recipients; ++i) {
            const QString text = encodeOnce ? shared : FrameCodec::encodeText(frame);
            bytes += text.toUtf8().size();
        }
    }
    QVERIFY(bytes > 0);
}

QTEST_GUILESS_MAIN(BenchWire)
#include "bench_wire.moc"
