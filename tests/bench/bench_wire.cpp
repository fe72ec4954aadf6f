// Codec and fan-out microbenchmarks (QBENCHMARK; Google Benchmark is not installed).
//
//   build/release/tests/bench/confab-bench-wire            all of them
//   build/release/tests/bench/confab-bench-wire -tickcounter fanOut
//
// Timings only: this executable is not registered with ctest. The fan-out cases show why a
// broadcast is encoded and framed once for all recipients: on plain TCP each recipient's send
// queue takes the same bytes (RawWebSocket); on TLS, QWebSocket still turns the shared text
// into UTF-8 for each socket; encoding again per socket is the case to avoid.

#include "model/Message.h"
#include "websocket/OutgoingFrame.h"
#include "wire/FrameCodec.h"

#include <QList>

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using confab::model::Message;
using confab::server::OutgoingFrame;
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
    QTest::addColumn<int>("path");
    for (const int recipients : {10, 100}) {
        QTest::addRow("%d recipients, shared frame bytes", recipients) << recipients << 0;
        QTest::addRow("%d recipients, shared text, UTF-8 per socket", recipients)
            << recipients << 1;
        QTest::addRow("%d recipients, encoded per socket", recipients) << recipients << 2;
    }
}

// A broadcast to N sockets, each with its own send queue: (0) framed once and every queue holds
// the same bytes, as RawWebSocket does; (1) the text shared and converted to UTF-8 per socket,
// as QWebSocket does for TLS; (2) encoded again for every socket.
void BenchWire::fanOut()
{
    QFETCH(int, recipients);
    QFETCH(int, path);
    const Frame frame = receiveMessageFrame(sampleMessage(64));
    QList<QList<QByteArray>> queues(recipients);
    qsizetype bytes = 0;
    QBENCHMARK
    {
        if (path == 0) {
            const OutgoingFrame shared = OutgoingFrame::phoenix(frame);
            for (QList<QByteArray> &queue : queues)
                queue.append(shared.bytes());
        } else {
            const QString text = path == 1 ? FrameCodec::encodeText(frame) : QString();
            for (QList<QByteArray> &queue : queues)
                queue.append(path == 1 ? text.toUtf8() : FrameCodec::encode(frame));
        }
        for (QList<QByteArray> &queue : queues) {
            bytes += queue.constLast().size();
            queue.clear();
        }
    }
    QVERIFY(bytes > 0);
}

QTEST_GUILESS_MAIN(BenchWire)
#include "bench_wire.moc"
