#include "Ledger.h"

#include <algorithm>
#include <charconv>

namespace confab::loadgen {

std::size_t Ledger::add(std::int64_t sentNs, std::int32_t expected)
{
    m_messages.push_back(Message{sentNs, expected, 0, Ack::Pending});
    m_outstanding += expected + 1;
    return m_messages.size() - 1;
}

void Ledger::content(std::string &out, std::int64_t sentNs, std::size_t index,
                     std::string_view filler)
{
    out.clear();
    out.append(std::to_string(sentNs)).append(" ").append(std::to_string(index));
    out.append(" ").append(filler);
}

bool Ledger::parse(std::string_view content, std::int64_t &sentNs, std::size_t &index)
{
    const char *begin = content.data();
    const char *end = begin + content.size();
    const auto first = std::from_chars(begin, end, sentNs);
    if (first.ec != std::errc() || first.ptr == end || *first.ptr != ' ')
        return false;
    const auto second = std::from_chars(first.ptr + 1, end, index);
    return second.ec == std::errc();
}

void Ledger::noteDelivery(std::size_t index)
{
    Message &message = m_messages[index];
    if (message.received < message.expected)
        --m_outstanding;
    ++message.received;
}

void Ledger::noteAck(std::size_t index, bool ok)
{
    Message &message = m_messages[index];
    if (message.ack != Ack::Pending)
        return;
    message.ack = ok ? Ack::Ok : Ack::Error;
    --m_outstanding;
    if (!ok) // a refused message is delivered to nobody
        m_outstanding -= std::max(0, message.expected - message.received);
}

Ledger::Totals Ledger::totals() const
{
    Totals totals;
    for (const Message &message : m_messages) {
        ++totals.sent;
        totals.deliveries += message.received;
        totals.duplicated += std::max(0, message.received - message.expected);
        switch (message.ack) {
        case Ack::Ok:
            ++totals.acked;
            totals.expectedDeliveries += message.expected;
            totals.lost += std::max(0, message.expected - message.received);
            break;
        case Ack::Error:
            ++totals.ackErrors;
            break;
        case Ack::Pending:
            // Never answered: every delivery it should have had counts as lost, and so does
            // the message itself when it had nobody to go to.
            ++totals.unacked;
            totals.expectedDeliveries += message.expected;
            totals.lost += std::max(1, message.expected - message.received);
            break;
        }
    }
    return totals;
}

LatencySummary summarise(std::vector<std::int32_t> &microseconds)
{
    LatencySummary summary;
    summary.count = microseconds.size();
    if (microseconds.empty())
        return summary;
    std::sort(microseconds.begin(), microseconds.end());
    const auto at = [&](double p) {
        const std::size_t index =
            std::min(microseconds.size() - 1, std::size_t(p * double(microseconds.size())));
        return double(microseconds[index]) / 1000.0;
    };
    summary.p50 = at(0.50);
    summary.p95 = at(0.95);
    summary.p99 = at(0.99);
    summary.max = double(microseconds.back()) / 1000.0;
    return summary;
}

} // namespace confab::loadgen
