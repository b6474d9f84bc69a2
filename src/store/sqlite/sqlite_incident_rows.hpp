#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "domain/record.hpp"
#include "domain/result.hpp"
#include "store/incident_columns.hpp"
#include "store/incident_row_writer.hpp"
#include "store/incident_store.hpp"
#include "store/rollup_accumulator.hpp"
#include "store/sqlite/sqlite_connection.hpp"
#include "store/stored_incident.hpp"

namespace mssops::store {

// The SQL of the incidents table, its rollups and their audit rows, on a connection inside a
// transaction.

/// Reads the current row of a statement that selected incident_select_columns().
StoredIncident read_incident(const SqliteStatement& row);

/// The SQLite statements under IncidentTransaction and IncidentImporter. A bulk import's insert and
/// key lookup are prepared once and bound from IncidentRows without copying their texts: SQLite's own
/// CSV import binds the same way, and per-row preparing and copying cost more than the insert itself.
class SqliteIncidentRowWriter final : public IncidentRowWriter {
public:
    explicit SqliteIncidentRowWriter(SqliteConnection& connection) : connection_(connection) {}
    SqliteIncidentRowWriter(const SqliteIncidentRowWriter&) = delete;
    SqliteIncidentRowWriter& operator=(const SqliteIncidentRowWriter&) = delete;
    ~SqliteIncidentRowWriter() override;

    domain::Result<std::optional<StoredIncident>> find(std::int64_t id) override;
    domain::Result<std::optional<StoredIncident>> find(std::string_view key) override;
    domain::Result<std::optional<KeyState>> find_state(std::string_view key) override;
    domain::Result<std::int64_t> next_id() override;
    domain::Result<bool> source_exists(std::string_view key) override;
    domain::Result<std::int64_t> insert(const domain::Record& record, OnTakenKey on_taken) override;
    domain::Result<std::int64_t> insert(const IncidentRow& row, std::string_view now) override;
    domain::Result<void> update(const domain::Record& record) override;
    domain::Result<void> apply_rollups(const RollupAccumulator& changes) override;
    domain::Result<void> append_audit(const AuditEntry& entry) override;

private:
    SqliteConnection& connection_;
    sqlite3_stmt* insert_ = nullptr;
    sqlite3_stmt* find_ = nullptr;
};

}  // namespace mssops::store
