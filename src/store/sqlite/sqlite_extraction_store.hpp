#pragma once

#include "store/backend_store.hpp"
#include "store/sqlite/sqlite_database.hpp"

namespace mssops::store {

/// ExtractionStore on a SQLite database (migration 007_extractions).
using SqliteExtractionStore = BackendExtractionStore<SqliteDatabase>;

}  // namespace mssops::store
