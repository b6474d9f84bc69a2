#include "http/change_watch.hpp"

#include <limits>

#include "http/response_cache.hpp"

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

ChangeFeed::ChangeFeed(ChangeWatch::Reader counter, KindsReader kinds, std::chrono::microseconds interval)
    : watch_(std::move(counter), interval), kinds_(std::move(kinds)) {}

std::optional<std::int64_t> ChangeFeed::follow(ResponseCache& cache) const {
    const auto counter = watch_.current();
    if (!counter) return std::nullopt;
    if (followed_.load(std::memory_order_acquire) == *counter) return counter;
    std::lock_guard lock(mutex_);
    if (followed_.load(std::memory_order_acquire) == *counter) return counter;
    // Kinds written after the counter was read are in this answer too; the counter moves again for
    // them, which costs one more read that finds nothing new.
    auto changed = kinds_ ? kinds_(position_.value_or(-1))
                          : domain::Result<store::ChangedKinds>(domain::Error::unavailable("no change feed"));
    if (!changed) {
        cache.invalidate_all();
        position_.reset();
    } else {
        // Without a position (the first read, or one after a failure) nothing says what changed.
        if ((!position_ && started_) || changed->everything)
            cache.invalidate_all();
        else
            cache.invalidate(changed->kinds);
        position_ = changed->position;
    }
    started_ = true;
    followed_.store(*counter, std::memory_order_release);
    return counter;
}

}  // namespace mssops::http
