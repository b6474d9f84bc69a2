#pragma once

#include "store/backend_store.hpp"
#include "store/sqlite/sqlite_database.hpp"

namespace mssops::store {

/// AuditLog on the SQLite `audit` table, which triggers keep append-only.
using SqliteAuditLog = BackendAuditLog<SqliteDatabase>;

}  // namespace mssops::store
