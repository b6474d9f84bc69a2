#pragma once

#include "store/backend_store.hpp"
#include "store/sqlite/sqlite_database.hpp"

namespace mssops::store {

/// RecordStore on a SQLite database: the body is JSON text.
using SqliteRecordStore = BackendRecordStore<SqliteDatabase>;

}  // namespace mssops::store
