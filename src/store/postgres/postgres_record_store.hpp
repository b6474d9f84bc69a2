#pragma once

#include "store/backend_store.hpp"
#include "store/postgres/postgres_database.hpp"

namespace mssops::store {

/// RecordStore on PostgreSQL: the body is a jsonb column.
using PostgresRecordStore = BackendRecordStore<PostgresDatabase>;

}  // namespace mssops::store
