#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "domain/principal.hpp"

namespace mssops::http::auth {

/// What the account store said of a credential (a session or an API token) when it was last read.
struct KnownCredential {
    domain::Principal principal;
    std::string csrf_token;     // Sessions: the token a cookie-borne write must send back.
    std::string expires_at;     // Sessions: UTC ISO 8601, compared as text like the store does.
    std::int64_t token_id = 0;  // API tokens: to record their use.
    std::string last_used_at;   // API tokens.
    std::chrono::system_clock::time_point read_at;
};

/// Credentials seen lately, by the hash of their secret, so that a request does not read the account
/// store twice before its answer. Entries go when the store's change counter moves (a token revoked
/// or a user disabled, even by another process), when this server handles a write (a sign-out), and
/// after `max_age` in any case — the bound on how long a change another server made to a PostgreSQL
/// store's sessions can go unseen. Thread-safe.
class CredentialCache {
public:
    explicit CredentialCache(std::chrono::seconds max_age = std::chrono::seconds(5),
                             std::size_t max_entries = 10000);

    /// The generation a reader must quote to keep what it read from the store.
    std::uint64_t generation() const { return generation_.load(std::memory_order_acquire); }
    /// The credential, unless older than max_age at `now`.
    std::optional<KnownCredential> find(const std::string& secret_hash,
                                        std::chrono::system_clock::time_point now) const;
    /// Keeps `credential` unless the cache was emptied since `generation` (what was read may be stale).
    void keep(const std::string& secret_hash, KnownCredential credential, std::uint64_t generation);
    /// Empties the cache when `change_counter` differs from the one last followed.
    void follow_store(std::int64_t change_counter);
    void clear();

private:
    std::chrono::seconds max_age_;
    std::size_t max_entries_;
    std::atomic<std::uint64_t> generation_{0};
    std::atomic<std::int64_t> store_changes_{-1};
    mutable std::mutex mutex_;
    std::unordered_map<std::string, KnownCredential> entries_;  // Guarded by mutex_.
};

}  // namespace mssops::http::auth
