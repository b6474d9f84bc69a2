#include "http/response_cache.hpp"

#include "domain/field_access.hpp"

#include <algorithm>

namespace mssops::http {

struct ResponseCache::Flight {
    Flight(std::string flight_key, std::vector<std::string> flight_reads, std::uint64_t began_in,
           std::chrono::steady_clock::time_point began_at)
        : key(std::move(flight_key)),
          reads(std::move(flight_reads)),
          generation(began_in),
          started_at(began_at) {}

    const std::string key;
    const std::vector<std::string> reads;
    const std::uint64_t generation;  // The cache's generation when the computation began.
    const std::chrono::steady_clock::time_point started_at;
    bool superseded = false;  // Guarded by the cache's mutex: a kind it reads was written since it began.
    std::mutex mutex;
    std::condition_variable finished;
    bool done = false;  // Guarded by mutex, as is response.
    Response response;
};

namespace {

std::int64_t utc_day() {
    return std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()).time_since_epoch().count();
}

}  // namespace

ResponseCache::ResponseCache(std::size_t max_entries, std::chrono::milliseconds max_lag, Clock clock)
    : max_entries_(max_entries), max_lag_(max_lag), clock_(std::move(clock)), day_(utc_day()) {}

void ResponseCache::follow_day() {
    const auto today = utc_day();
    if (day_.exchange(today, std::memory_order_acq_rel) == today) return;
    std::unique_lock lock(mutex_);
    // Yesterday's bodies are wrong today, not merely late: drop them rather than mark them stale.
    all_at_ = ++generation_;
    entries_.clear();
    flights_.clear();
}

ResponseCache::Lookup ResponseCache::lookup(const std::string& key, const std::vector<std::string>& reads,
                                            const std::function<bool()>& may_serve_stale) {
    follow_day();
    {
        std::shared_lock lock(mutex_);
        auto found = entries_.find(key);
        if (found != entries_.end() && !found->second.stale_since) return {found->second.response, nullptr};
    }
    std::shared_ptr<Flight> joined;
    {
        std::unique_lock lock(mutex_);
        auto found = entries_.find(key);
        if (found != entries_.end() && !found->second.stale_since) return {found->second.response, nullptr};
        const auto now = clock_();
        auto flying = flights_.find(key);
        std::optional<bool> stale_allowed;
        auto allowed = [&] {
            if (!stale_allowed) stale_allowed = may_serve_stale();
            return *stale_allowed;
        };
        // While another request computes the view, a body at most max_lag behind the store will do.
        if (flying != flights_.end() && found != entries_.end() &&
            now - *found->second.stale_since <= max_lag_ && allowed())
            return {stale_copy(found->second, now), nullptr};
        // A computation begun before a write reads data at most as old as its start: joined only by
        // a request that takes such lag, and only while it is within max_lag.
        if (flying != flights_.end() &&
            (!flying->second->superseded || (now - flying->second->started_at <= max_lag_ && allowed()))) {
            joined = flying->second;
        } else {
            auto flight = std::make_shared<Flight>(key, reads, generation_, now);
            flights_[key] = flight;
            return {std::nullopt, std::move(flight)};
        }
    }
    std::unique_lock wait(joined->mutex);
    joined->finished.wait(wait, [&] { return joined->done; });
    return {joined->response, nullptr};
}

std::optional<Response> ResponseCache::peek(const std::string& key,
                                            const std::function<bool()>& may_serve_stale) {
    follow_day();
    std::shared_lock lock(mutex_);
    auto found = entries_.find(key);
    if (found == entries_.end()) return std::nullopt;
    if (!found->second.stale_since) return found->second.response;
    const auto now = clock_();
    if (now - *found->second.stale_since <= max_lag_ && flights_.contains(key) && may_serve_stale())
        return stale_copy(found->second, now);
    return std::nullopt;
}

Response ResponseCache::stale_copy(const Entry& entry, std::chrono::steady_clock::time_point now) const {
    Response stale = entry.response;
    for (auto& [name, value] : stale.headers)
        if (name == cache_status_header) value = "mssops; hit; detail=stale";
    const auto age = std::chrono::duration_cast<std::chrono::seconds>(now - entry.computed_at);
    stale.headers.emplace_back("Age", std::to_string(age.count()));
    stale.headers.emplace_back(stale_header, "up to " + std::to_string(max_lag_.count()) + " ms");
    return stale;
}

void ResponseCache::finish(const std::shared_ptr<Flight>& flight, Response& response) {
    if (response.status == 200 && !response.shared_body) {
        // Share the body between the cache, the waiters and this response so later hits copy no bytes.
        response.shared_body = std::make_shared<const std::string>(std::move(response.body));
        response.body.clear();
    }
    {
        std::unique_lock lock(mutex_);
        auto flying = flights_.find(flight->key);
        if (flying != flights_.end() && flying->second == flight) flights_.erase(flying);
        if (response.status == 200) {
            // Checked under the lock that invalidate() takes: when a write to a kind read slipped in
            // since the computation began, the body is kept as stale from that beginning, for callers
            // that take a bounded lag, unless the cache holds a newer one.
            std::optional<std::chrono::steady_clock::time_point> stale_since;
            if (invalidated_since(flight->reads, flight->generation)) stale_since = flight->started_at;
            auto held = entries_.find(flight->key);
            const bool newer_held = held != entries_.end() && stale_since &&
                                    (!held->second.stale_since || *held->second.stale_since > *stale_since);
            if (!newer_held) {
                // Past the bound, start afresh rather than track recency: entries are cheap to rebuild.
                if (entries_.size() >= max_entries_ && held == entries_.end()) entries_.clear();
                Entry entry{response, flight->reads, clock_(), stale_since};
                // RFC 9211: says a response came from this cache, which clients and tests can see.
                entry.response.headers.emplace_back(cache_status_header, "mssops; hit");
                entries_[flight->key] = std::move(entry);
            }
        }
    }
    {
        std::lock_guard lock(flight->mutex);
        flight->response = response;
        flight->done = true;
    }
    flight->finished.notify_all();
}

bool ResponseCache::matches(const std::vector<std::string>& reads,
                            const std::vector<std::string>* kinds) const {
    if (kinds == nullptr || reads.empty()) return true;
    return std::any_of(reads.begin(), reads.end(), [kinds](const std::string& kind) {
        return std::find(kinds->begin(), kinds->end(), kind) != kinds->end();
    });
}

bool ResponseCache::invalidated_since(const std::vector<std::string>& reads, std::uint64_t generation) const {
    if (all_at_ > generation) return true;
    if (reads.empty()) return any_kind_at_ > generation;
    return std::any_of(reads.begin(), reads.end(), [&](const std::string& kind) {
        auto found = invalidated_at_.find(kind);
        return found != invalidated_at_.end() && found->second > generation;
    });
}

void ResponseCache::invalidate_locked(const std::vector<std::string>* kinds) {
    ++generation_;
    if (kinds == nullptr) {
        all_at_ = generation_;
    } else {
        any_kind_at_ = generation_;
        for (const auto& kind : *kinds) invalidated_at_[kind] = generation_;
    }
    const auto now = clock_();
    for (auto entry = entries_.begin(); entry != entries_.end();) {
        auto& held = entry->second;
        // A body stale for longer than the lag allowed is of no use any more.
        if (held.stale_since && now - *held.stale_since > max_lag_) {
            entry = entries_.erase(entry);
            continue;
        }
        if (!held.stale_since && matches(held.reads, kinds)) held.stale_since = now;
        ++entry;
    }
    // Requests from now on join a computation that may have read the old data only if they take a lag.
    for (auto& [key, flight] : flights_)
        if (matches(flight->reads, kinds)) flight->superseded = true;
}

void ResponseCache::invalidate(const std::vector<std::string>& kinds) {
    if (kinds.empty()) return;
    std::unique_lock lock(mutex_);
    invalidate_locked(&kinds);
}

void ResponseCache::invalidate_all() {
    std::unique_lock lock(mutex_);
    invalidate_locked(nullptr);
}

std::size_t ResponseCache::fresh_entries() const {
    std::shared_lock lock(mutex_);
    return static_cast<std::size_t>(std::count_if(
        entries_.begin(), entries_.end(), [](const auto& entry) { return !entry.second.stale_since; }));
}

std::string cache_key(const Request& request) {
    // Lengths before each part, so no decoded value (which may hold '&' or '=') can forge another key.
    // Request::query is a sorted map, so equal queries in any order share a key.
    std::string key = request.path;
    for (const auto& [name, value] : request.query)
        key += '\n' + std::to_string(name.size()) + ':' + name + std::to_string(value.size()) + ':' + value;
    // Viewers are answered without the fields held back from them (domain/field_access).
    if (!domain::reads_every_field(request.principal)) key += "\nfields:readable";
    // A response may be written in the asker's language (the situation report follows Accept-Language).
    if (auto language = request.headers.find("accept-language"); language != request.headers.end())
        key += "\nlanguage:" + language->second;
    return key;
}

}  // namespace mssops::http
