#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace confab::loadgen {

// Every message sent, and what became of it: whether it was acknowledged, how many deliveries
// it should have and how many arrived. This is what "lost" and "duplicated" are counted from.
class Ledger
{
public:
    enum class Ack : std::int8_t { Pending, Ok, Error };
    struct Message
    {
        std::int64_t sentNs = 0;
        std::int32_t expected = 0;
        std::int32_t received = 0;
        Ack ack = Ack::Pending;
    };
    struct Totals
    {
        std::int64_t sent = 0;
        std::int64_t acked = 0;
        std::int64_t ackErrors = 0;
        std::int64_t unacked = 0;
        std::int64_t expectedDeliveries = 0;
        std::int64_t deliveries = 0;
        std::int64_t lost = 0;
        std::int64_t duplicated = 0;
    };

    std::size_t add(std::int64_t sentNs, std::int32_t expected);
    Message &at(std::size_t index) { return m_messages[index]; }
    std::size_t size() const { return m_messages.size(); }
    // Writes "<sent ns> <index> <filler>" (the send timestamp travels in the payload).
    static void content(std::string &out, std::int64_t sentNs, std::size_t index,
                        std::string_view filler);
    // Reads it back. False when the text is not one of ours.
    static bool parse(std::string_view content, std::int64_t &sentNs, std::size_t &index);
    // Deliveries still missing, or all ok.
    std::int64_t outstanding() const { return m_outstanding; }
    void noteDelivery(std::size_t index);
    void noteAck(std::size_t index, bool ok);
    Totals totals() const;

private:
    std::vector<Message> m_messages;
    std::int64_t m_outstanding = 0; // expected deliveries not yet seen, plus unanswered sends
};

// Latencies in microseconds, summarised as percentiles in milliseconds.
struct LatencySummary
{
    double p50 = 0, p95 = 0, p99 = 0, max = 0;
    std::size_t count = 0;
};
LatencySummary summarise(std::vector<std::int32_t> &microseconds);

} // namespace confab::loadgen
