#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/incident_period.hpp"
#include "domain/record.hpp"
#include "domain/result.hpp"
#include "store/import_summary.hpp"
#include "store/incident_columns.hpp"
#include "store/record_store.hpp"

namespace mssops::store {

/// Filters for listing incidents. Dates are "YYYY-MM-DD", inclusive, on the event date.
struct IncidentQuery {
    std::optional<std::string> from;
    std::optional<std::string> to;
    std::vector<std::string> event_types;  // Any of these; empty means all.
    std::optional<std::string> actor;      // Equal to actor1 or actor2.
    std::optional<std::string> admin1;     // Admin-1 name as the source wrote it: "Ouest".
    std::optional<std::string> adm1_pcode;
    std::optional<std::string> adm2_pcode;
    std::optional<std::string> country;    // ISO3: a mission's host country.
    std::optional<std::string> source_id;  // Key of the source record the incidents cite.
    bool include_retired = false;
    std::int64_t limit = 100;  // 1..1000 for list(); ignored by each().
    std::int64_t offset = 0;
};

/// The admin level aggregates are grouped by.
enum class AggregateBy { none, adm1, adm2 };

/// "none", "adm1", "adm2"; nullopt otherwise.
std::optional<AggregateBy> aggregate_by_from_text(std::string_view text);

/// What to count: events and fatalities per admin unit x period x event type.
struct AggregateQuery {
    AggregateBy by = AggregateBy::adm1;
    domain::IncidentPeriod period = domain::IncidentPeriod::week;
    std::optional<std::string> from;  // "YYYY-MM-DD", inclusive, on the event date.
    std::optional<std::string> to;
    std::vector<std::string> event_types;
    std::optional<std::string> actor;  // Equal to actor1 or actor2; answered by a scan, not the rollups.
    /// ISO3: only the events in this country (a mission's host country). The rollups hold no country,
    /// so a store whose events are all in this country answers from them and any other by a scan.
    std::optional<std::string> country;
};

/// How many live incidents cite one source record.
struct SourceCitationCount {
    std::string source_id;
    std::int64_t incidents = 0;
};

/// One cell of an aggregate. A unit is named by its P-code when known and by the source's
/// admin name otherwise; both are "" when `by` is none or the event has no admin unit.
struct AggregateRow {
    std::string period;        // "2024-W40", "2024-10", "2024-10-03".
    std::string period_start;  // First day of the period: "2024-09-30".
    std::string pcode;
    std::string unit;  // admin1 (or admin2) name.
    std::string event_type;
    std::int64_t events = 0;
    std::int64_t fatalities = 0;
};

/// What happened to one row handed to an import.
enum class UpsertOutcome { created, updated, unchanged };

/// The writes of a bulk import, all inside one transaction (see IncidentStore::import).
class IncidentImport {
public:
    virtual ~IncidentImport() = default;
    /// Writes validated incident fields (with a "key"): created when the key is new, updated and
    /// audited when it differs from the stored row (a retired row comes back), unchanged otherwise.
    virtual domain::Result<UpsertOutcome> put(const domain::Fields& fields) = 0;
    /// The same for a checked typed row (its texts need live only through the call). A backend
    /// without a faster way writes row.to_fields().
    virtual domain::Result<UpsertOutcome> put(const IncidentRow& row) { return put(row.to_fields()); }
    /// Retires the incident with `key` (audited); false when no live incident has it.
    virtual domain::Result<bool> retire_key(std::string_view key) = 0;
};

/// The work of a bulk import: writes through the IncidentImport and returns what it read for the
/// import's audit row, or an Error, which rolls everything back.
using ImportWork = std::function<domain::Result<ImportSummary>(IncidentImport&)>;

/// Incident events (ACLED-shaped, kind "incidents" in the catalog), stored in typed columns with
/// rollups by day x admin unit x event type that every write keeps current in its transaction.
class IncidentStore {
public:
    virtual ~IncidentStore() = default;

    /// Creates an incident; invalid_input names the field; conflict when the key is taken.
    /// Without a key it gets "mssops-<id>".
    virtual domain::Result<domain::Record> create(const domain::Fields& fields, const Actor& who) = 0;
    virtual domain::Result<domain::Record> get(std::int64_t id) = 0;
    virtual domain::Result<domain::Record> find_by_key(std::string_view key) = 0;
    /// Applies `changes` (null removes a field); conflict when `expected_version` is stale.
    virtual domain::Result<domain::Record> update(
        std::int64_t id, const domain::Fields& changes, const Actor& who,
        std::optional<std::int64_t> expected_version = std::nullopt) = 0;
    /// Soft delete: kept, marked retired, left out of lists and aggregates.
    virtual domain::Result<domain::Record> retire(std::int64_t id, const Actor& who) = 0;
    /// A page of incidents, newest event first; invalid_input for a bad date or limit.
    virtual domain::Result<Page> list(const IncidentQuery& query) = 0;
    /// Calls `visit` for every incident matching `query` (paging ignored), newest first.
    virtual domain::Result<void> each(const IncidentQuery& query,
                                      const std::function<void(const domain::Record&)>& visit) = 0;
    /// Events and fatalities per unit x period x event type, ordered by period, unit, type.
    virtual domain::Result<std::vector<AggregateRow>> aggregate(const AggregateQuery& query) = 0;
    /// Live incidents per cited source record, by source_id; incidents citing none are left out.
    virtual domain::Result<std::vector<SourceCitationCount>> citation_counts() = 0;
    /// Runs `work` in one write transaction with prepared statements; rollups are updated once at
    /// the end, in the same transaction. Commits with one audit row (action "import") holding the
    /// work's description and the counts; rolls back when `work` returns an Error.
    virtual domain::Result<ImportCounts> import(const Actor& who, const ImportWork& work) = 0;
};

}  // namespace mssops::store
