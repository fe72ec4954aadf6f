// libFuzzer target: whatever bytes a client sends, the codec, the payload reader and the model
// parsers must neither crash nor trip a sanitizer, and what they accept must be self-consistent.
//
//   cmake --preset fuzz && cmake --build build/fuzz -j2
//   mkdir -p /tmp/fuzz-frame-corpus /tmp/fuzz-artifacts
//   ./build/fuzz/tests/fuzz/fuzz_frame -max_total_time=30 -artifact_prefix=/tmp/fuzz-artifacts/ \
//       /tmp/fuzz-frame-corpus tests/fuzz/corpus
//
// New inputs go into the first corpus directory and crash inputs into the current directory
// unless -artifact_prefix is given: keep both out of the source tree.

#include "model/Conversation.h"
#include "model/Member.h"
#include "model/Message.h"
#include "model/Notification.h"
#include "model/PresenceMeta.h"
#include "model/User.h"
#include "wire/FrameCodec.h"
#include "wire/PayloadReader.h"

#include <QJsonArray>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>

using namespace Qt::StringLiterals;
using namespace confab;

namespace {

[[noreturn]] void fail(const char *what, const QByteArray &detail = {})
{
    std::fprintf(stderr, "fuzz_frame invariant broken: %s\n%s\n", what, detail.constData());
    std::abort();
}

#define FUZZ_CHECK(condition, detail)                                                              \
    do {                                                                                           \
        if (!(condition))                                                                          \
            fail(#condition, detail);                                                              \
    } while (false)

constexpr qint64 kMaxSafeInteger = (qint64(1) << 53) - 1;

const QStringList kStatuses{u"online"_s, u"away"_s, u"dnd"_s};

// Every PayloadReader read, first together (as a handler does) and then one by one, checking
// that whatever comes back satisfies the constraint it was read with.
void readPayload(const QJsonObject &payload)
{
    {
        wire::PayloadReader reader(payload);
        reader.requireId(u"id"_s);
        reader.optionalId(u"parent_id"_s);
        reader.requireIdList(u"user_ids"_s, 100);
        reader.requireString(u"content"_s, 1, 16384);
        reader.optionalString(u"mobile_ref_id"_s, 1, 64);
        reader.requireBool(u"typing"_s);
        reader.optionalBool(u"starred"_s);
        reader.requireInt(u"seq"_s, 0, std::numeric_limits<qint64>::max());
        reader.optionalInt(u"limit"_s, 1, 100);
        reader.requireOneOf(u"status"_s, kStatuses);
        FUZZ_CHECK(reader.ok() == reader.error().isEmpty(), reader.error().toUtf8());
    }

    for (const QString &key : payload.keys()) {
        wire::PayloadReader reader(payload);
        const qint64 id = reader.requireId(key);
        if (reader.ok())
            FUZZ_CHECK(id >= 1 && id <= kMaxSafeInteger, key.toUtf8());
        else
            FUZZ_CHECK(reader.error().startsWith(key + u": "_s), reader.error().toUtf8());

        wire::PayloadReader intReader(payload);
        const std::optional<qint64> number = intReader.optionalInt(key, -1000, 1000);
        FUZZ_CHECK(!number || (*number >= -1000 && *number <= 1000), key.toUtf8());

        wire::PayloadReader listReader(payload);
        const QList<qint64> ids = listReader.requireIdList(key, 50);
        FUZZ_CHECK(ids.size() <= 50, key.toUtf8());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            FUZZ_CHECK(ids[i] >= 1 && ids[i] <= kMaxSafeInteger, key.toUtf8());
            FUZZ_CHECK(!ids.mid(i + 1).contains(ids[i]), key.toUtf8());
        }
        if (!listReader.ok())
            FUZZ_CHECK(ids.isEmpty(), key.toUtf8());

        wire::PayloadReader stringReader(payload);
        const std::optional<QString> text = stringReader.optionalString(key, 2, 40);
        if (text) {
            FUZZ_CHECK(text->size() >= 2 && text->size() <= 40, key.toUtf8());
            FUZZ_CHECK(QStringView(*text).isValidUtf16(), key.toUtf8());
        }

        wire::PayloadReader boolReader(payload);
        const std::optional<bool> flag = boolReader.optionalBool(key);
        FUZZ_CHECK(!flag || payload.value(key).isBool(), key.toUtf8());

        wire::PayloadReader oneOfReader(payload);
        const QString status = oneOfReader.requireOneOf(key, kStatuses);
        FUZZ_CHECK(oneOfReader.ok() == kStatuses.contains(status), key.toUtf8());
    }
}

// A model value parsed from untrusted JSON must survive toJson -> fromJson unchanged.
template<typename T> void roundTrip(const QJsonObject &json, const char *name)
{
    const std::optional<T> parsed = T::fromJson(json);
    if (!parsed)
        return;
    const std::optional<T> again = T::fromJson(parsed->toJson());
    FUZZ_CHECK(again && *again == *parsed, name);
}

void parseModels(const QJsonObject &json)
{
    roundTrip<model::Message>(json, "Message");
    roundTrip<model::Conversation>(json, "Conversation");
    roundTrip<model::Member>(json, "Member");
    roundTrip<model::Notification>(json, "Notification");
    roundTrip<model::User>(json, "User");

    if (const std::optional<model::PresenceMap> presence = model::presenceMapFromJson(json)) {
        const std::optional<model::PresenceMap> again =
            model::presenceMapFromJson(model::presenceMapToJson(*presence));
        FUZZ_CHECK(again && *again == *presence, "PresenceMap");
    }
}

// Models arrive nested in payloads ({"message": {...}}, {"response": {"conversation": ...}}).
void parseNested(const QJsonValue &value, int depth)
{
    if (depth > 4)
        return;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        parseModels(object);
        for (const QJsonValue &member : object)
            parseNested(member, depth + 1);
    } else if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            parseNested(element, depth + 1);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    static const wire::FrameCodec codec;
    const wire::DecodeResult result = codec.decode(bytes);
    if (const auto *error = std::get_if<wire::DecodeError>(&result)) {
        const bool tooLarge = error->kind == wire::DecodeError::Kind::TooLarge;
        FUZZ_CHECK(tooLarge == (bytes.size() > codec.limits().maxFrameBytes), bytes.left(200));
        FUZZ_CHECK(!error->detail.isEmpty(), bytes.left(200));
        return 0;
    }
    const wire::Frame &frame = std::get<wire::Frame>(result);
    const wire::FrameLimits &limits = codec.limits();
    FUZZ_CHECK(!frame.topic.isEmpty() && frame.topic.size() <= limits.maxTopicLength,
               frame.topic.toUtf8());
    FUZZ_CHECK(!frame.event.isEmpty() && frame.event.size() <= limits.maxEventLength,
               frame.event.toUtf8());
    FUZZ_CHECK(QStringView(frame.topic).isValidUtf16() && QStringView(frame.event).isValidUtf16(),
               bytes.left(200));
    FUZZ_CHECK(!frame.joinRef || frame.joinRef->size() <= limits.maxRefLength, bytes.left(200));
    FUZZ_CHECK(!frame.ref || frame.ref->size() <= limits.maxRefLength, bytes.left(200));

    // encode -> decode gives the same frame, and the encoding is stable. The re-encoding can be
    // longer than the input (1e2 becomes 100), so it is decoded without a size limit.
    const QByteArray encoded = wire::FrameCodec::encode(frame);
    wire::FrameLimits unbounded = limits;
    unbounded.maxFrameBytes = std::numeric_limits<qsizetype>::max();
    const wire::DecodeResult again = wire::FrameCodec(unbounded).decode(encoded);
    const auto *decodedAgain = std::get_if<wire::Frame>(&again);
    FUZZ_CHECK(decodedAgain, encoded.left(200));
    FUZZ_CHECK(*decodedAgain == frame, encoded.left(200));
    FUZZ_CHECK(wire::FrameCodec::encode(*decodedAgain) == encoded, encoded.left(200));

    readPayload(frame.payload);

    parseNested(frame.payload, 0);
    return 0;
}
