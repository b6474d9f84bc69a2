#include "http/auth/credential_cache.hpp"

namespace mssops::http::auth {

CredentialCache::CredentialCache(std::chrono::seconds max_age, std::size_t max_entries)
    : max_age_(max_age), max_entries_(max_entries) {}

std::optional<KnownCredential> CredentialCache::find(const std::string& secret_hash,
                                                     std::chrono::system_clock::time_point now) const {
    std::lock_guard lock(mutex_);
    auto found = entries_.find(secret_hash);
    if (found == entries_.end()) return std::nullopt;
    // A clock set back makes an entry look young; treat it as old instead.
    const auto age = now - found->second.read_at;
    if (age >= max_age_ || age < std::chrono::seconds(0)) return std::nullopt;
    return found->second;
}

void CredentialCache::keep(const std::string& secret_hash, KnownCredential credential,
                           std::uint64_t generation) {
    std::lock_guard lock(mutex_);
    if (generation != generation_.load(std::memory_order_acquire)) return;
    // Past the bound, start afresh: an entry costs two store reads to rebuild.
    if (entries_.size() >= max_entries_) entries_.clear();
    entries_.insert_or_assign(secret_hash, std::move(credential));
}

void CredentialCache::follow_store(std::int64_t change_counter) {
    if (store_changes_.exchange(change_counter, std::memory_order_acq_rel) != change_counter) clear();
}

void CredentialCache::clear() {
    std::lock_guard lock(mutex_);
    generation_.fetch_add(1, std::memory_order_acq_rel);
    entries_.clear();
}

}  // namespace mssops::http::auth
