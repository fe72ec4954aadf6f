#include "Dialect.h"

#include <atomic>
#include <mutex>
#include <thread>

namespace confab::loadgen {

std::string_view jsonStringField(std::string_view json, std::string_view key)
{
    std::string pattern;
    pattern.reserve(key.size() + 4);
    pattern.append("\"").append(key).append("\":\"");
    const std::size_t start = json.find(pattern);
    if (start == std::string_view::npos)
        return {};
    const std::size_t from = start + pattern.size();
    const std::size_t end = json.find('"', from);
    if (end == std::string_view::npos)
        return {};
    return json.substr(from, end - from);
}

std::string createInParallel(int count, std::vector<Account> &accounts,
                             std::string (*one)(const sockaddr_in &, int, Account &),
                             const sockaddr_in &server)
{
    // Several requests at once, so the server's group commit and hashing pool can batch them.
    constexpr int kThreads = 8;
    accounts.assign(std::size_t(count), Account{});
    std::atomic<int> next{0};
    std::mutex errorLock;
    std::string firstError;
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&] {
            for (int i = next++; i < count; i = next++) {
                std::string error = one(server, i, accounts[std::size_t(i)]);
                if (!error.empty()) {
                    const std::lock_guard lock(errorLock);
                    if (firstError.empty())
                        firstError = std::move(error);
                    return;
                }
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    return firstError;
}

} // namespace confab::loadgen
