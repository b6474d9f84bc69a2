#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "http/route.hpp"

namespace mssops::http {

/// The header a body served stale carries, with Age: how far it may lag the store.
inline constexpr const char* stale_header = "X-Data-Lag";
/// The header of every response served from the cache (RFC 9211): "mssops; hit", and
/// "mssops; hit; detail=stale" for a stale body.
inline constexpr const char* cache_status_header = "Cache-Status";

/// Responses of cacheable GET routes, each kept with the kinds of record it reads (Route::reads;
/// none means every kind). A write marks stale only the responses that read a kind it wrote, so an
/// incident write keeps the mission summary. A view is computed by one request at a time: while it
/// computes, the others asking wait for its result, or, when they take a lag (see lookup) and a body
/// of the view at most `max_lag` behind the store is held, are served that body at once with Age
/// and X-Data-Lag headers. A body computed while a write to a kind it reads landed is stale from the
/// moment its computation began. Everything is dropped when the UTC day changes, since answers such
/// as "days to mandate expiry" depend on today. Thread-safe.
class ResponseCache {
public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;
    /// One computation of a missing response, shared by the requests that wait for it.
    struct Flight;

    /// What lookup() found: a response to send, or a flight the caller must compute and finish().
    struct Lookup {
        std::optional<Response> response;
        std::shared_ptr<Flight> flight;
    };

    explicit ResponseCache(
        std::size_t max_entries = 4096, std::chrono::milliseconds max_lag = std::chrono::seconds(1),
        Clock clock = [] { return std::chrono::steady_clock::now(); });

    /// The response for `key` (a route reading `reads`): fresh from the cache; when another request
    /// computes it and `may_serve_stale()`, the held body if at most max_lag behind the store; else
    /// that computation's result (this call waits) when it began after the last write to a kind it
    /// reads, or, if `may_serve_stale()`, at most max_lag before; otherwise a flight to compute.
    Lookup lookup(const std::string& key, const std::vector<std::string>& reads,
                  const std::function<bool()>& may_serve_stale);
    /// The response for `key` when it is held fresh, or stale as lookup() would serve it; never
    /// waits nor starts a computation.
    std::optional<Response> peek(const std::string& key, const std::function<bool()>& may_serve_stale);
    /// Ends `flight` with `response`: its waiters get it, and the cache keeps it when it is a 200
    /// and no kind it reads was invalidated since the flight began. Shares the body (no copy later).
    void finish(const std::shared_ptr<Flight>& flight, Response& response);
    /// Marks stale every response that reads one of `kinds`, and the computations under way for them.
    void invalidate(const std::vector<std::string>& kinds);
    /// Marks every response stale.
    void invalidate_all();
    /// How many responses are held fresh (for tests and statistics).
    std::size_t fresh_entries() const;

private:
    struct Entry {
        Response response;
        std::vector<std::string> reads;
        std::chrono::steady_clock::time_point computed_at;
        std::optional<std::chrono::steady_clock::time_point> stale_since;
    };

    /// A copy of a stale entry's response with the headers that say so.
    Response stale_copy(const Entry& entry, std::chrono::steady_clock::time_point now) const;
    bool matches(const std::vector<std::string>& reads, const std::vector<std::string>* kinds) const;
    bool invalidated_since(const std::vector<std::string>& reads, std::uint64_t generation) const;
    void invalidate_locked(const std::vector<std::string>* kinds);
    void follow_day();

    std::size_t max_entries_;
    std::chrono::milliseconds max_lag_;
    Clock clock_;
    std::atomic<std::int64_t> day_;  // UTC days since 1970 of the entries held.
    mutable std::shared_mutex mutex_;
    // All guarded by mutex_. generation_ counts invalidations; invalidated_at_ says the generation of
    // each kind's last one, any_kind_at_ that of the last one of any kind, all_at_ of the last of all.
    std::uint64_t generation_ = 0;
    std::unordered_map<std::string, std::uint64_t> invalidated_at_;
    std::uint64_t any_kind_at_ = 0;
    std::uint64_t all_at_ = 0;
    std::unordered_map<std::string, Entry> entries_;
    std::unordered_map<std::string, std::shared_ptr<Flight>> flights_;
};

/// The cache key of a request: the path and its query parameters in sorted order.
std::string cache_key(const Request& request);

}  // namespace mssops::http
