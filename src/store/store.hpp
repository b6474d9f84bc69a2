#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"
#include "store/account_store.hpp"
#include "store/alert_store.hpp"
#include "store/audit_log.hpp"
#include "store/extraction_store.hpp"
#include "store/incident_store.hpp"
#include "store/record_store.hpp"

namespace mssops::store {

/// What was written since a position in the store's change feed (Store::changed_kinds).
struct ChangedKinds {
    std::int64_t position = 0;       // Where the next call starts.
    std::vector<std::string> kinds;  // Each kind written since, once: "deployment_events", "incidents".
    bool everything = false;         // The feed cannot say (it went back: a restored file): assume all.
};

/// A database holding one or more missions: SQLite (one file, embedded) or PostgreSQL.
/// Callers see only these interfaces; the backend is chosen by open_store().
class Store {
public:
    virtual ~Store() = default;
    virtual RecordStore& records() = 0;
    /// Incident events with their rollups (ACLED-shaped; see incident_store.hpp).
    virtual IncidentStore& incidents() = 0;
    virtual AuditLog& audit() = 0;
    /// Users, sessions, API tokens and failed sign-ins.
    virtual AccountStore& accounts() = 0;
    /// Articles submitted for review with their candidate records.
    virtual ExtractionStore& extractions() = 0;
    /// Alerts raised, subscriptions, feed tokens, webhooks and deliveries.
    virtual AlertStore& alerts() = 0;
    /// A number that moves whenever a transaction that changed anything commits, in this process or
    /// another (a CLI import while the server runs): caches compare it to tell whether they are stale.
    /// Only equality means anything; it is cheap enough to read on every request.
    virtual domain::Result<std::int64_t> change_counter() = 0;
    /// The kinds written since `after`, a position an earlier call returned (negative: the current
    /// position, no kinds). Every write appends an audit row naming its kind, in this process or
    /// another, so a cache told these kinds drops only the views that read them. Read it when
    /// change_counter() moved.
    virtual domain::Result<ChangedKinds> changed_kinds(std::int64_t after) = 0;
    /// "sqlite" or "postgresql".
    virtual std::string backend() const = 0;
    /// Copies everything into a new SQLite file at `destination_path` with SQLite's online backup API.
    /// invalid_input on "destination" when the file exists, and on PostgreSQL (use pg_dump there).
    /// Restore with restore_sqlite() (store/sqlite/sqlite_backup.hpp) or by opening the file.
    virtual domain::Result<void> backup(std::string_view destination_path) = 0;
    /// The schema migrations applied, oldest first: {"001_records", ...}.
    virtual domain::Result<std::vector<std::string>> applied_migrations() = 0;
    /// Writes records and audit rows exactly as given (ids, versions and stamps kept) in one
    /// transaction, into a store that holds no records yet (conflict otherwise). See copy_store().
    virtual domain::Result<void> load_snapshot(const std::vector<domain::Record>& records,
                                               const std::vector<AuditEntry>& audit) = 0;
};

/// Opens (creating if needed) the store at `location`: a file path for SQLite, or a
/// "postgresql://" URL. Applies pending migrations. unavailable when it cannot be reached.
domain::Result<std::unique_ptr<Store>> open_store(std::string_view location);

/// Whether `location` names a PostgreSQL server ("postgresql://" or "postgres://") rather than a file.
bool is_postgres_location(std::string_view location);

}  // namespace mssops::store
