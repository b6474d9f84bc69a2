#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "domain/record.hpp"
#include "domain/result.hpp"
#include "store/incident_columns.hpp"
#include "store/incident_store.hpp"
#include "store/rollup_accumulator.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace mssops::store {

// Row operations on the incidents table and its rollups, for a connection inside a transaction.

/// A stored incident with the hash of its fields.
struct StoredIncident {
    domain::Record record;
    std::int64_t content_hash = 0;
};

/// "id, version, retired, created_at, updated_at, content_hash, key, date, ..." as read_incident() reads
/// them.
const std::string& incident_select_columns();
/// Reads the current row of a statement that selected incident_select_columns().
StoredIncident read_incident(const SqliteStatement& row);

/// The incident whose `column` ("id" or "key") equals the value, retired or not.
domain::Result<std::optional<StoredIncident>> find_incident(SqliteConnection& connection, std::int64_t id);
domain::Result<std::optional<StoredIncident>> find_incident(SqliteConnection& connection,
                                                            std::string_view key);

/// Whether the conflict on a taken key is an error or leaves the row alone.
enum class OnTakenKey { fail, ignore };

/// Inserts the record (its fields validated and normalised); returns its id, or 0 when the key is
/// taken and `on_taken` is ignore.
domain::Result<std::int64_t> insert_incident(SqliteConnection& connection, const domain::Record& record,
                                             OnTakenKey on_taken);
/// The statements of a bulk import, prepared once and bound from IncidentRows without copying their
/// texts: SQLite's own CSV import binds the same way, and per-row preparing and copying cost more
/// than the insert itself.
class SqliteIncidentRowWriter {
public:
    explicit SqliteIncidentRowWriter(SqliteConnection& connection) : connection_(connection) {}
    SqliteIncidentRowWriter(const SqliteIncidentRowWriter&) = delete;
    SqliteIncidentRowWriter& operator=(const SqliteIncidentRowWriter&) = delete;
    ~SqliteIncidentRowWriter();

    /// Inserts a new incident (version 1, created and updated at `now`); its id, or 0 when the key is taken.
    domain::Result<std::int64_t> insert(const IncidentRow& row, std::string_view now);

    /// What an import needs to know of a stored key: whether the row it brings changes anything.
    struct KeyState {
        std::int64_t id = 0;
        bool retired = false;
        std::int64_t content_hash = 0;
    };
    /// The stored state of the incident with `key`, retired or not.
    domain::Result<std::optional<KeyState>> find(std::string_view key);

private:
    SqliteConnection& connection_;
    sqlite3_stmt* insert_ = nullptr;
    sqlite3_stmt* find_ = nullptr;
};

/// Overwrites the row of record.id.
domain::Result<void> update_incident(SqliteConnection& connection, const domain::Record& record);

/// Adds the gathered changes to the rollup tables, deleting cells whose count falls to 0.
domain::Result<void> apply_rollups(SqliteConnection& connection, const RollupChanges& changes);
domain::Result<void> apply_rollups(SqliteConnection& connection, const RollupAccumulator& changes);

/// invalid_input on "source_id" when the fields name a source that is not stored (or retired).
/// Keys found are added to `known` so a long import asks once per source.
domain::Result<void> check_incident_source(SqliteConnection& connection, const domain::Fields& fields,
                                           std::set<std::string, std::less<>>& known);
/// The same for a source key itself.
domain::Result<void> check_incident_source(SqliteConnection& connection, std::string_view source,
                                           std::set<std::string, std::less<>>& known);

/// Appends an audit row for an incident: action create, update, retire.
domain::Result<void> audit_incident(SqliteConnection& connection, const Actor& who, std::string_view action,
                                    const domain::Record* before, const domain::Record& after);

/// Makes fields the table stores as REAL hold doubles, so that 19 and 19.0 hash alike.
void normalise_incident_fields(domain::Fields& fields);

}  // namespace mssops::store
