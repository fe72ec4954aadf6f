// libFuzzer target: whatever bytes a client sends on an upgraded connection, the WebSocket frame
// parser must neither crash nor trip a sanitizer, must keep its size limit, and must read the
// same messages however the stream is cut into reads.
//
//   cmake --preset fuzz && cmake --build build/fuzz -j2 --target fuzz_websocket
//   mkdir -p /tmp/fuzz-ws-corpus /tmp/fuzz-artifacts
//   ./build/fuzz/tests/fuzz/fuzz_websocket -max_total_time=30 \
//       -artifact_prefix=/tmp/fuzz-artifacts/ /tmp/fuzz-ws-corpus tests/fuzz/corpus-websocket

#include "websocket/WebSocketFrameParser.h"

#include <QList>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using confab::server::WebSocketFrameParser;

namespace {
constexpr qsizetype kLimit = 4096;

struct Outcome
{
    QList<WebSocketFrameParser::Message> messages;
    bool ok = true;
    quint16 closeCode = 0;
};

// Feeds `stream` in pieces of `step` bytes (the whole of it when step is 0).
Outcome parse(QByteArrayView stream, qsizetype step)
{
    Outcome outcome;
    WebSocketFrameParser parser(kLimit, [&outcome](WebSocketFrameParser::Message &&message) {
        outcome.messages.append(std::move(message));
    });
    if (step == 0)
        step = std::max<qsizetype>(stream.size(), 1);
    for (qsizetype i = 0; i < stream.size() && outcome.ok; i += step)
        outcome.ok = parser.feed(stream.sliced(i, std::min(step, stream.size() - i)));
    outcome.closeCode = parser.failure().closeCode;
    if (parser.bufferedBytes() > kLimit + 14)
        std::abort(); // never more than one frame header past the limit is held
    return outcome;
}

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_websocket invariant broken: %s\n", what);
    std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks how the rest is cut into reads.
    const qsizetype step = data[0] % 17;
    const QByteArrayView stream(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const Outcome whole = parse(stream, 0);
    const Outcome pieces = parse(stream, step);
    if (whole.ok != pieces.ok || whole.closeCode != pieces.closeCode)
        fail("the outcome depends on how the input was cut");
    if (whole.messages.size() != pieces.messages.size())
        fail("the messages depend on how the input was cut");
    for (qsizetype i = 0; i < whole.messages.size(); ++i) {
        const auto &a = whole.messages[i];
        const auto &b = pieces.messages[i];
        if (a.kind != b.kind || a.payload != b.payload || a.closeCode != b.closeCode)
            fail("a message differs with the cut");
        if (a.payload.size() > kLimit)
            fail("a message is over the limit");
    }
    return 0;
}
