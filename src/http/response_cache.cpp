#include "http/response_cache.hpp"

#include <chrono>
#include <mutex>

namespace mssops::http {

namespace {

std::int64_t utc_day() {
    return std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()).time_since_epoch().count();
}

}  // namespace

ResponseCache::ResponseCache(std::size_t max_entries) : max_entries_(max_entries), day_(utc_day()) {}

std::optional<Response> ResponseCache::find(const std::string& key) {
    if (const auto today = utc_day(); day_.exchange(today, std::memory_order_acq_rel) != today) invalidate();
    std::shared_lock lock(mutex_);
    auto found = entries_.find(key);
    if (found == entries_.end()) return std::nullopt;
    return found->second;
}

void ResponseCache::keep(const std::string& key, Response& response, std::uint64_t generation) {
    if (response.status != 200) return;
    // Share the body between the cache and this response so later hits copy no bytes.
    if (!response.shared_body)
        response.shared_body = std::make_shared<const std::string>(std::move(response.body));
    response.body.clear();
    std::unique_lock lock(mutex_);
    // Checked under the lock that invalidate() also takes: no write slipped in since the read began.
    if (generation != generation_.load(std::memory_order_acquire)) return;
    // Past the bound, start afresh rather than track recency: entries are cheap to rebuild.
    if (entries_.size() >= max_entries_) entries_.clear();
    entries_[key] = response;
}

void ResponseCache::invalidate() {
    std::unique_lock lock(mutex_);
    generation_.fetch_add(1, std::memory_order_acq_rel);
    entries_.clear();
}

void ResponseCache::follow_store(std::int64_t change_counter) {
    if (store_changes_.exchange(change_counter, std::memory_order_acq_rel) != change_counter) invalidate();
}

std::string cache_key(const Request& request) {
    // Lengths before each part, so no decoded value (which may hold '&' or '=') can forge another key.
    // Request::query is a sorted map, so equal queries in any order share a key.
    std::string key = request.path;
    for (const auto& [name, value] : request.query)
        key += '\n' + std::to_string(name.size()) + ':' + name + std::to_string(value.size()) + ':' + value;
    return key;
}

}  // namespace mssops::http
