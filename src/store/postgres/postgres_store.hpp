#pragma once

#include "store/backend_store.hpp"
#include "store/postgres/postgres_account_store.hpp"
#include "store/postgres/postgres_alert_store.hpp"
#include "store/postgres/postgres_audit_log.hpp"
#include "store/postgres/postgres_database.hpp"
#include "store/postgres/postgres_extraction_store.hpp"
#include "store/postgres/postgres_incident_store.hpp"
#include "store/postgres/postgres_record_store.hpp"

namespace mssops::store {

/// The multi-user store: a PostgreSQL 15 database, reached by a postgresql:// URL.
using PostgresStore = BackendStore<PostgresDatabase>;

}  // namespace mssops::store
