#pragma once

#include "store/backend_store.hpp"
#include "store/postgres/postgres_database.hpp"

namespace mssops::store {

/// AuditLog on the PostgreSQL `audit` table, which triggers keep append-only.
using PostgresAuditLog = BackendAuditLog<PostgresDatabase>;

}  // namespace mssops::store
