#pragma once

#include "store/backend_store.hpp"
#include "store/postgres/postgres_database.hpp"

namespace mssops::store {

/// AlertStore on a PostgreSQL database (migration 009_alerts).
using PostgresAlertStore = BackendAlertStore<PostgresDatabase>;

}  // namespace mssops::store
