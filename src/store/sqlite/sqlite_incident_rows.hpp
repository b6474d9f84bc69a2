#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "domain/record.hpp"
#include "domain/result.hpp"
#include "store/backend_store.hpp"
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

/// A bulk import's insert and key lookup, prepared once and bound from IncidentRows without copying
/// their texts: SQLite's own CSV import binds the same way, and per-row preparing and copying cost
/// more than the insert itself. Finalized with the writer.
template <>
struct PreparedIncidentRows<SqliteConnection> {
    PreparedIncidentRows() = default;
    PreparedIncidentRows(const PreparedIncidentRows&) = delete;
    PreparedIncidentRows& operator=(const PreparedIncidentRows&) = delete;
    ~PreparedIncidentRows();

    sqlite3_stmt* insert = nullptr;
    sqlite3_stmt* find = nullptr;
};

/// The SQLite statements under IncidentTransaction and IncidentImporter.
using SqliteIncidentRowWriter = BackendIncidentRowWriter<SqliteConnection>;

}  // namespace mssops::store
