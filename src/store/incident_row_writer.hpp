#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "domain/record.hpp"
#include "domain/result.hpp"
#include "store/audit_log.hpp"
#include "store/incident_columns.hpp"
#include "store/record_store.hpp"
#include "store/rollup_accumulator.hpp"
#include "store/stored_incident.hpp"

namespace mssops::store {

/// The statements one backend runs on its incidents table, its rollup tables and the audit log,
/// inside a transaction it holds open. The algorithms over them (upsert by key, rollups, audit) are
/// written once, in IncidentTransaction and IncidentImporter; a backend writes only its SQL.
/// Values come checked: a writer neither validates nor counts.
class IncidentRowWriter {
public:
    virtual ~IncidentRowWriter() = default;

    /// What an import needs to know of a stored key: whether the row it brings changes anything.
    struct KeyState {
        std::int64_t id = 0;
        bool retired = false;
        std::int64_t content_hash = 0;
    };

    /// The incident with that id or key, retired or not.
    virtual domain::Result<std::optional<StoredIncident>> find(std::int64_t id) = 0;
    virtual domain::Result<std::optional<StoredIncident>> find(std::string_view key) = 0;
    /// The stored state of the incident with `key`, retired or not, without reading its fields.
    virtual domain::Result<std::optional<KeyState>> find_state(std::string_view key) = 0;
    /// The id the next incident entered without a key is named after ("mssops-<id>").
    virtual domain::Result<std::int64_t> next_id() = 0;
    /// Whether a live source record has `key`.
    virtual domain::Result<bool> source_exists(std::string_view key) = 0;

    /// Inserts the record (fields normalised); its id, or 0 when the key is taken and `on_taken` is ignore.
    virtual domain::Result<std::int64_t> insert(const domain::Record& record, OnTakenKey on_taken) = 0;
    /// Inserts a typed row as a new incident (version 1, created and updated at `now`); its id, or 0
    /// when the key is taken.
    virtual domain::Result<std::int64_t> insert(const IncidentRow& row, std::string_view now) = 0;
    /// Overwrites the row of record.id.
    virtual domain::Result<void> update(const domain::Record& record) = 0;
    /// Adds the gathered changes to the rollup tables, deleting cells whose count falls to 0.
    virtual domain::Result<void> apply_rollups(const RollupAccumulator& changes) = 0;
    /// Appends one row to the audit log.
    virtual domain::Result<void> append_audit(const AuditEntry& entry) = 0;
};

/// invalid_input on "source_id" when no live source record has `source`. Keys found are added to
/// `known`, so a long import asks once per source.
domain::Result<void> check_incident_source(IncidentRowWriter& rows, std::string_view source,
                                           std::set<std::string, std::less<>>& known);

/// The audit row of a change to one incident: action create, update, retire or repair.
AuditEntry incident_audit_entry(const Actor& who, std::string_view action, const domain::Record* before,
                                const domain::Record& after);

}  // namespace mssops::store
