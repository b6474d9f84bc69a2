#pragma once

#include "store/backend_store.hpp"
#include "store/sqlite/sqlite_account_store.hpp"
#include "store/sqlite/sqlite_alert_store.hpp"
#include "store/sqlite/sqlite_audit_log.hpp"
#include "store/sqlite/sqlite_database.hpp"
#include "store/sqlite/sqlite_extraction_store.hpp"
#include "store/sqlite/sqlite_incident_store.hpp"
#include "store/sqlite/sqlite_record_store.hpp"

namespace mssops::store {

/// The embedded store: one SQLite file in WAL mode.
using SqliteStore = BackendStore<SqliteDatabase>;

}  // namespace mssops::store
