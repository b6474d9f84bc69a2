#pragma once

#include "store/backend_store.hpp"
#include "store/sqlite/sqlite_database.hpp"

namespace mssops::store {

/// AccountStore on a SQLite database (migration 003_accounts). Thread-safe through SqliteDatabase.
using SqliteAccountStore = BackendAccountStore<SqliteDatabase>;

}  // namespace mssops::store
