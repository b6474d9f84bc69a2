#pragma once

#include <atomic>
#include <cstdint>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>

#include "http/route.hpp"

namespace mssops::http {

/// Responses of cacheable GET routes, kept until the next write through the API. A write moves the
/// generation on and empties the cache; a response computed while a write landed is not kept, so a
/// stale answer never outlives the write that changed it. The cache also empties when the UTC day
/// changes, since answers such as "days to mandate expiry" depend on today. Thread-safe.
class ResponseCache {
public:
    explicit ResponseCache(std::size_t max_entries = 4096);

    /// The generation a reader must quote when it offers a response with `keep`.
    std::uint64_t generation() const { return generation_.load(std::memory_order_acquire); }
    /// The cached response for `key`, sharing its body; none once the UTC day has changed.
    std::optional<Response> find(const std::string& key);
    /// Keeps `response` (a 200) for `key`, unless a write has happened since `generation`.
    void keep(const std::string& key, Response& response, std::uint64_t generation);
    /// Forgets every response: called after each write.
    void invalidate();
    /// Forgets every response when the store's change counter (Store::change_counter) moved since
    /// the last call: writes by other processes, such as a CLI import, reach readers too.
    void follow_store(std::int64_t change_counter);

private:
    std::size_t max_entries_;
    std::atomic<std::uint64_t> generation_{0};
    std::atomic<std::int64_t> day_;                // UTC days since 1970 of the entries held.
    std::atomic<std::int64_t> store_changes_{-1};  // The store's change counter the entries reflect.
    mutable std::shared_mutex mutex_;
    std::unordered_map<std::string, Response> entries_;  // Guarded by mutex_.
};

/// The cache key of a request: the path and its query parameters in sorted order.
std::string cache_key(const Request& request);

}  // namespace mssops::http
