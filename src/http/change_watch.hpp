#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <limits>
#include <mutex>
#include <optional>

#include "domain/result.hpp"
#include "store/store.hpp"

namespace mssops::http {

/// The store's change counter (Store::change_counter) as requests see it, read from the store at
/// most once per `interval`: under load, thousands of requests a second share one read instead of
/// each taking the store's lock. A change made by another process (a CLI import) is seen by the
/// requests that start one interval after it at the latest; this server's own writes drop its
/// caches directly (Dispatcher). Thread-safe and lock-free.
class ChangeWatch {
public:
    using Reader = std::function<domain::Result<std::int64_t>()>;
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    /// `read` may be empty: there is then no counter and caches must not be used.
    explicit ChangeWatch(
        Reader read, std::chrono::microseconds interval = std::chrono::milliseconds(1),
        Clock clock = [] { return std::chrono::steady_clock::now(); });

    /// The counter, or none when there is no reader or the last read failed (then the next call
    /// reads again).
    std::optional<std::int64_t> current() const;
    /// Makes the next current() read the store, whatever the interval says.
    void expire() const {
        read_at_ns_.store(std::numeric_limits<std::int64_t>::min(), std::memory_order_release);
    }
    bool watching() const { return static_cast<bool>(read_); }

private:
    Reader read_;
    std::chrono::microseconds interval_;
    Clock clock_;
    // Nanoseconds of the clock at the last successful read; the counter read then. The counter is
    // stored before the time, so whoever sees the time sees its counter.
    mutable std::atomic<std::int64_t> read_at_ns_{std::numeric_limits<std::int64_t>::min()};
    mutable std::atomic<std::int64_t> counter_{0};
};

class ResponseCache;

/// Tells a ResponseCache what other writers changed: when the store's change counter moved, reads
/// the kinds written since the last position (Store::changed_kinds) and invalidates the responses
/// that read them, so a CLI import or a second server on the same PostgreSQL reaches readers while
/// unrelated views stay cached. When the kinds cannot be read, everything is invalidated.
/// Thread-safe: one request reads the kinds while the others that saw the move wait for it.
class ChangeFeed {
public:
    using KindsReader = std::function<domain::Result<store::ChangedKinds>(std::int64_t after)>;

    /// `counter` and `kinds` may be empty: there is then no feed and caches must not be used.
    ChangeFeed(ChangeWatch::Reader counter, KindsReader kinds,
               std::chrono::microseconds interval = std::chrono::milliseconds(1));

    /// The change counter (ChangeWatch::current); when it moved, `cache` has dropped what changed
    /// before this returns. None when the counter cannot be read.
    std::optional<std::int64_t> follow(ResponseCache& cache) const;
    /// Called after this server's own write: the next follow() reads the counter, so it sees the
    /// write before a view is computed again rather than after, which would drop the new view.
    void expire() const { watch_.expire(); }
    bool watching() const { return watch_.watching(); }

private:
    ChangeWatch watch_;
    KindsReader kinds_;
    mutable std::atomic<std::int64_t> followed_{std::numeric_limits<std::int64_t>::min()};
    mutable std::mutex mutex_;
    mutable std::optional<std::int64_t> position_;  // Guarded by mutex_; none before the first read.
    mutable bool started_ = false;                  // Guarded by mutex_.
};

}  // namespace mssops::http
