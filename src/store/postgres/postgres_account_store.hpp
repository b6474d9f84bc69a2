#pragma once

#include "store/backend_store.hpp"
#include "store/postgres/postgres_database.hpp"

namespace mssops::store {

/// AccountStore on a PostgreSQL database (migrations/003_accounts.sql). Thread-safe through
/// PostgresDatabase.
using PostgresAccountStore = BackendAccountStore<PostgresDatabase>;

}  // namespace mssops::store
