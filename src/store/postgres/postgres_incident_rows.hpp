#pragma once

#include <cstdint>
#include <optional>
#include <pqxx/pqxx>
#include <string>
#include <string_view>

#include "domain/record.hpp"
#include "domain/result.hpp"
#include "store/backend_store.hpp"
#include "store/incident_columns.hpp"
#include "store/incident_row_writer.hpp"
#include "store/rollup_accumulator.hpp"
#include "store/stored_incident.hpp"

namespace mssops::store {

// The SQL of the PostgreSQL incidents table, its rollups and their audit rows, inside an open
// transaction.

/// Reads a row that selected incident_select_columns().
StoredIncident read_postgres_incident(const pqxx::row& row);

/// The PostgreSQL statements under IncidentTransaction and IncidentImporter. libpqxx reports a failed
/// statement by throwing; PostgresDatabase turns that into an Error and rolls the transaction back.
using PostgresIncidentRowWriter = BackendIncidentRowWriter<pqxx::work>;

}  // namespace mssops::store
