#pragma once

#include "store/backend_store.hpp"
#include "store/postgres/postgres_database.hpp"

namespace mssops::store {

/// IncidentStore on PostgreSQL (migrations/002_incidents.sql); the same behaviour as
/// SqliteIncidentStore.
using PostgresIncidentStore = BackendIncidentStore<PostgresDatabase>;

}  // namespace mssops::store
