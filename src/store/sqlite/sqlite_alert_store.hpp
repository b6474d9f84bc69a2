#pragma once

#include "store/backend_store.hpp"
#include "store/sqlite/sqlite_database.hpp"

namespace mssops::store {

/// AlertStore on a SQLite database (migration 009_alerts).
using SqliteAlertStore = BackendAlertStore<SqliteDatabase>;

}  // namespace mssops::store
