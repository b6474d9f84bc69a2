#include "http/change_watch.hpp"

#include <limits>

namespace mssops::http {

ChangeWatch::ChangeWatch(Reader read, std::chrono::microseconds interval, Clock clock)
    : read_(std::move(read)), interval_(interval), clock_(std::move(clock)) {}

std::optional<std::int64_t> ChangeWatch::current() const {
    if (!read_) return std::nullopt;
    const std::int64_t now =
        std::chrono::duration_cast<std::chrono::nanoseconds>(clock_().time_since_epoch()).count();
    const std::int64_t read_at = read_at_ns_.load(std::memory_order_acquire);
    if (read_at != std::numeric_limits<std::int64_t>::min() && now >= read_at &&
        now - read_at < std::chrono::duration_cast<std::chrono::nanoseconds>(interval_).count())
        return counter_.load(std::memory_order_relaxed);
    auto counter = read_();
    if (!counter) {
        read_at_ns_.store(std::numeric_limits<std::int64_t>::min(), std::memory_order_release);
        return std::nullopt;
    }
    counter_.store(*counter, std::memory_order_relaxed);
    read_at_ns_.store(now, std::memory_order_release);
    return *counter;
}

}  // namespace mssops::http
