#pragma once

#include <cstdint>

#include "domain/result.hpp"
#include "store/store.hpp"

namespace mssops::store {

/// What copy_store() moved.
struct CopySummary {
    std::int64_t records = 0;
    std::int64_t audit_entries = 0;
    std::int64_t incidents = 0;
    std::int64_t users = 0;
    std::int64_t api_tokens = 0;
    std::int64_t alerts = 0;      // Alerts raised.
    std::int64_t alert_rows = 0;  // Rows of all the alert tables, the alerts included.
};

/// The actor of the audit rows copy_store() writes for incidents, users and tokens.
inline constexpr const char* copy_actor = "migrate";

/// Copies a store into an empty one: `mssops migrate` moves a SQLite store into PostgreSQL with it.
/// Records (retired ones too) and the audit log are copied exactly, ids, versions and stamps kept, in
/// one transaction (Store::load_snapshot). Then, each in its own transaction: incidents by key (one
/// import; retired ones retired again), users with their password hashes, and API tokens with their
/// hashes (revoked ones revoked again), so passwords and tokens keep working; last, in one transaction,
/// the alert tables (alerts, subscriptions, feed token hashes, webhooks with their secrets, deliveries
/// and their tries) with their ids, so feed links and webhook signatures keep working. These are written
/// through the ordinary store calls, so they get fresh stamps and audit rows by copy_actor, and
/// incident ids are kept only when the source's ids have no gaps. Browser sessions and failed
/// sign-ins are not copied: users sign in again. conflict on "destination" when `to` already holds
/// records, audit entries, incidents or users.
domain::Result<CopySummary> copy_store(Store& from, Store& to);

}  // namespace mssops::store
