#pragma once

#include "store/backend_store.hpp"
#include "store/sqlite/sqlite_database.hpp"

namespace mssops::store {

/// IncidentStore on a SQLite database, with the incident_rollup_adm1 / _adm2 tables
/// (migrations/002_incidents.sql).
using SqliteIncidentStore = BackendIncidentStore<SqliteDatabase>;

}  // namespace mssops::store
