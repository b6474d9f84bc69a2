#pragma once

#include <cstdint>
#include <optional>
#include <pqxx/pqxx>
#include <set>
#include <string>
#include <string_view>

#include "domain/record.hpp"
#include "domain/result.hpp"
#include "store/incident_columns.hpp"
#include "store/record_store.hpp"
#include "store/sqlite/sqlite_incident_rows.hpp"

namespace mssops::store {

// Row operations on the PostgreSQL incidents table and its rollups, inside an open transaction;
// the same operations as sqlite_incident_rows.hpp (StoredIncident and OnTakenKey come from there).

/// Reads a row that selected incident_select_columns().
StoredIncident read_postgres_incident(const pqxx::row& row);
/// The incident with that id or key, retired or not.
std::optional<StoredIncident> find_postgres_incident(pqxx::work& work, std::int64_t id);
std::optional<StoredIncident> find_postgres_incident(pqxx::work& work, std::string_view key);
/// Inserts the record; returns its id, or 0 when the key is taken and `on_taken` is ignore.
std::int64_t insert_postgres_incident(pqxx::work& work, const domain::Record& record, OnTakenKey on_taken);
/// Overwrites the row of record.id.
void update_postgres_incident(pqxx::work& work, const domain::Record& record);
/// Adds the gathered changes to the rollup tables, deleting cells whose count falls to 0.
void apply_postgres_rollups(pqxx::work& work, const RollupChanges& changes);
/// invalid_input on "source_id" when the fields name a source that is not stored (or retired).
domain::Result<void> check_postgres_incident_source(pqxx::work& work, const domain::Fields& fields,
                                                    std::set<std::string, std::less<>>& known);
/// Appends an audit row for an incident: action create, update, retire.
void audit_postgres_incident(pqxx::work& work, const Actor& who, std::string_view action,
                             const domain::Record* before, const domain::Record& after);

}  // namespace mssops::store
